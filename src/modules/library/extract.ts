import { Worker } from 'node:worker_threads';

/** The largest attachment accepted; an upload past it is refused with 413 and nothing is kept. */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;
/** Reading a file's text stops after this long; the file is then kept and flagged unreadable. */
export const EXTRACT_TIMEOUT_MS = 15_000;
/** At most this much text is kept from one file (a long report is ~1 MB of text). */
export const MAX_TEXT_CHARS = 2_000_000;

export type TextStatus = 'read' | 'unreadable';
export interface Extracted {
  text: string;
  status: TextStatus;
}

/**
 * PDF and .docx are read in a worker thread, so a broken or hostile file can neither block the
 * server's event loop nor run forever: the worker is terminated at the time cap, and its heap is
 * capped. The worker is plain JavaScript given as source (a .ts worker would not get tsx's loader
 * on Node 20); it imports the libraries by the absolute URLs resolved here.
 */
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
async function extract({ format, data, urls }) {
  if (format === 'pdf') {
    const { extractText, getDocumentProxy } = await import(urls.unpdf);
    const pdf = await getDocumentProxy(data);
    return (await extractText(pdf, { mergePages: true })).text;
  }
  const mammoth = await import(urls.mammoth);
  return (await (mammoth.default ?? mammoth).extractRawText({ buffer: Buffer.from(data) })).value;
}
extract(workerData).then(
  (text) => parentPort.postMessage({ ok: true, text: String(text) }),
  () => parentPort.postMessage({ ok: false }),
);
`;

const urls = { unpdf: import.meta.resolve('unpdf'), mammoth: import.meta.resolve('mammoth') };

/** What kind of file this is, by its first bytes and name rather than the browser's claimed type. */
export function detectFormat(
  filename: string,
  contentType: string,
  data: Buffer,
): 'pdf' | 'docx' | 'text' | null {
  const name = filename.toLowerCase();
  if (data.subarray(0, 5).toString('latin1') === '%PDF-' || name.endsWith('.pdf')) return 'pdf';
  if (name.endsWith('.docx')) return 'docx';
  if (name.endsWith('.txt') || name.endsWith('.md') || contentType.startsWith('text/plain')) return 'text';
  return null;
}

function inWorker(format: 'pdf' | 'docx', data: Buffer): Promise<string | null> {
  return new Promise((resolve) => {
    const worker = new Worker(workerSource, {
      eval: true,
      workerData: { format, data: new Uint8Array(data), urls },
      resourceLimits: { maxOldGenerationSizeMb: 256 },
      // pdf.js prints warnings about broken files; they are not the server's log.
      stdout: true,
      stderr: true,
    });
    let settled = false;
    const finish = (text: string | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(text);
    };
    const timer = setTimeout(() => finish(null), EXTRACT_TIMEOUT_MS);
    worker.on('message', (m: { ok: boolean; text?: string }) => finish(m.ok ? (m.text ?? '') : null));
    worker.on('error', () => finish(null));
    worker.on('exit', () => finish(null));
  });
}

/** The text inside a file, or the flag that it could not be read (never throws). */
export async function extractText(filename: string, contentType: string, data: Buffer): Promise<Extracted> {
  const format = detectFormat(filename, contentType, data);
  let text: string | null = null;
  if (format === 'text') {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(data);
    } catch {
      text = null;
    }
  } else if (format && data.length <= MAX_ATTACHMENT_BYTES) {
    text = await inWorker(format, data);
  }
  if (text == null) return { text: '', status: 'unreadable' };
  const clean = text
    .replaceAll('\u0000', '')
    .replace(/[ \t]+\n/g, '\n')
    .trim();
  return { text: clean.slice(0, MAX_TEXT_CHARS), status: 'read' };
}
