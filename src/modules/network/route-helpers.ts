import type { FastifyRequest } from 'fastify';
import { allows, notFound } from '../../platform/http/access';
import { parseId } from '../../platform/http/validation';
import { alphabetFor, type Alphabet } from './sort-key';

/** Ids in paths: anything but a positive whole number is a page that does not exist. */
export function idParam(request: FastifyRequest): number {
  const id = parseId((request.params as { id?: string }).id);
  if (id === null) throw notFound();
  return id;
}

/** A positive page number from the query, 1 when missing or odd. */
export function pageParam(value: unknown): number {
  const n = typeof value === 'string' && /^\d{1,6}$/.test(value) ? Number(value) : 1;
  return n >= 1 ? n : 1;
}

/** A query value as one trimmed string ('' when absent or repeated). */
export function queryText(value: unknown): string {
  return typeof value === 'string' ? value.trim().slice(0, 200) : '';
}

/** Uploaded files by request; the body keeps only the text fields, so the CSRF check reads them as usual. */
export const uploads = new WeakMap<FastifyRequest, { filename: string; content: Buffer }>();

/** The alphabet the reader's language sorts lists in. */
export function readerAlphabet(request: FastifyRequest): Alphabet {
  return alphabetFor(request.locale);
}

/** Operators see people's phone numbers and consent-based attributes; advisors do not need them. */
export function seesPrivateDetails(request: FastifyRequest): boolean {
  return allows('operator', request.user?.role ?? null);
}
