import crypto from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { h, type FunctionComponent } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { pageContext, type PageContext } from '../views/page-context';

// Stand-ins for the per-response CSP nonce and CSRF token while a page is rendered for the cache.
// Random per process, so no stored text can contain one; substituted on every response.
const NONCE_MARK = `n0nce${crypto.randomBytes(12).toString('hex')}`;
const CSRF_MARK = `csrf${crypto.randomBytes(12).toString('hex')}`;
const marks = new RegExp(`(${NONCE_MARK}|${CSRF_MARK})`);

/**
 * A rendered page split at its nonce and CSRF token: `parts` around them, `slots` in between. The
 * parts are kept as UTF-8 bytes: encoding the page's text again for every response cost more than
 * copying it.
 */
export interface PageTemplate {
  parts: Buffer[];
  slots: ('nonce' | 'csrf')[];
  length: number;
}

/** The request's page context with marks in place of the nonce and the CSRF token, for renderTemplate. */
export function templateContext(request: FastifyRequest): PageContext {
  return pageContext(request, { nonce: NONCE_MARK, csrfToken: CSRF_MARK });
}

/** Renders a page (props made with templateContext) once, for many responses. */
export function renderTemplate<P extends object>(page: FunctionComponent<P>, props: P): PageTemplate {
  const html = `<!doctype html>${renderToString(h(page as FunctionComponent<object>, props))}`;
  const pieces = html.split(marks);
  const parts: Buffer[] = [];
  const slots: PageTemplate['slots'] = [];
  pieces.forEach((piece, i) => {
    if (i % 2 === 0) parts.push(Buffer.from(piece));
    else slots.push(piece === NONCE_MARK ? 'nonce' : 'csrf');
  });
  return { parts, slots, length: parts.reduce((sum, part) => sum + part.length, 0) };
}

/** Sends a template with this response's own nonce and CSRF token filled in. */
export function sendTemplate(request: FastifyRequest, reply: FastifyReply, template: PageTemplate) {
  const chunks: Buffer[] = [template.parts[0]!];
  let length = template.length;
  for (let i = 0; i < template.slots.length; i++) {
    // Both are base64 or base64url text: one byte per character.
    const value = Buffer.from(template.slots[i] === 'nonce' ? request.cspNonce : request.csrfToken, 'latin1');
    chunks.push(value, template.parts[i + 1]!);
    length += value.length;
  }
  const html = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, length);
  return reply.status(200).type('text/html; charset=utf-8').send(html);
}

/**
 * Rendered pages by key, each valid for one data version (db/data-version.ts): an entry is used
 * only while the version read at the start of a request equals the one read before rendering it.
 * Bounded; the oldest entry goes first.
 */
export class PageCache {
  private entries = new Map<string, { version: number; template: PageTemplate }>();

  constructor(private max = 500) {}

  get(key: string, version: number): PageTemplate | undefined {
    const entry = this.entries.get(key);
    return entry?.version === version ? entry.template : undefined;
  }

  set(key: string, version: number, template: PageTemplate) {
    const entry = this.entries.get(key);
    // A slower request that read an older version must not replace a newer page.
    if (entry && entry.version > version) return;
    this.entries.delete(key);
    if (this.entries.size >= this.max) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, { version, template });
  }
}
