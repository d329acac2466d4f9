import { termOf } from './analyse';
import type { SearchLanguage, SnippetPart } from './types';

const wordPattern = /[\p{L}\p{N}]+/gu;
const WINDOW = 30;
const BEFORE = 8;
/** A hit further into a long attachment than this is not looked for; the snippet shows its start. */
const SCAN_LIMIT = 5_000;

interface Word {
  start: number;
  end: number;
  hit: boolean;
}

/** The words of `text` up to the window after the first hit (or the first window when there is none). */
function scan(
  text: string,
  language: SearchLanguage,
  terms: Set<string>,
): { words: Word[]; first: number; more: boolean } {
  const words: Word[] = [];
  let first = -1;
  let more = false;
  for (const match of text.matchAll(wordPattern)) {
    const enough =
      first >= 0 ? words.length >= Math.max(0, first - BEFORE) + WINDOW : words.length >= SCAN_LIMIT;
    if (enough) {
      more = true;
      break;
    }
    const word = match[0];
    const hit = terms.has(termOf(word.toLowerCase(), language));
    if (hit && first < 0) first = words.length;
    words.push({ start: match.index, end: match.index + word.length, hit });
  }
  return { words, first, more };
}

/** Joins the window's text into parts, runs of whitespace made single spaces, hits marked. */
function parts(
  text: string,
  words: Word[],
  from: number,
  to: number,
  before: boolean,
  after: boolean,
): SnippetPart[] {
  const out: SnippetPart[] = [];
  const push = (piece: string, hit: boolean) => {
    if (piece === '') return;
    const last = out[out.length - 1];
    if (last && !last.hit && !hit) last.text += piece;
    else out.push({ text: piece, hit });
  };
  if (before) push('… ', false);
  for (let i = from; i < to; i++) {
    const word = words[i]!;
    push(text.slice(word.start, word.end), word.hit);
    const next = words[i + 1];
    if (i + 1 < to && next) push(text.slice(word.end, next.start).replace(/\s+/g, ' '), false);
  }
  if (after) push(' …', false);
  return out;
}

/**
 * A snippet of about 30 words from the body around its first matching word, or the body's start
 * when only the title matched (the title itself when there is no body). A word is a hit when its
 * analysed form (in the document's language) is one of the query's terms, so "kommunene" marks
 * "kommuner". Plain text parts, no HTML: the view escapes them.
 */
export function makeSnippet(
  title: string,
  body: string,
  language: SearchLanguage,
  terms: Set<string>,
): SnippetPart[] {
  const source = body.trim() === '' ? title : body;
  const { words, first, more } = scan(source, language, terms);
  if (words.length === 0) return [];
  const from = first < 0 ? 0 : Math.max(0, first - BEFORE);
  const to = Math.min(words.length, from + WINDOW);
  return parts(source, words, from, to, from > 0, more || to < words.length);
}

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escape = (text: string) => text.replace(/[&<>"']/g, (c) => escapes[c] ?? c);

/** The snippet as HTML for the JSON API: text escaped, hits in <mark>. */
export function snippetToHtml(parts: SnippetPart[]): string {
  return parts.map((part) => (part.hit ? `<mark>${escape(part.text)}</mark>` : escape(part.text))).join('');
}
