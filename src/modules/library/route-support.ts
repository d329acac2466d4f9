import type { FastifyRequest } from 'fastify';
import { notFound } from '../../platform/http/access';
import { parseId } from '../../platform/http/validation';
import type { LibraryItem } from './model';
import { canRead } from './permissions';
import { getItemBySlug } from './reads';

/** A path parameter as a row id; anything else is a page that does not exist. */
export function idParam(request: FastifyRequest, name: string): number {
  const id = parseId((request.params as Record<string, unknown>)[name]);
  if (id == null) throw notFound();
  return id;
}

/** The item in the URL; 404 when it does not exist or this reader may not read it (a draft stays private). */
export async function readableItem(request: FastifyRequest): Promise<LibraryItem> {
  const slug = (request.params as { itemSlug?: string }).itemSlug ?? '';
  const item = /^[a-z0-9-]{1,80}$/.test(slug)
    ? await getItemBySlug(request.server.database.db, slug)
    : undefined;
  if (!item || !canRead(request.user, item)) throw notFound();
  return item;
}

/** The site's address for absolute links (feeds, OpenGraph, e-mails). */
export const baseUrlOf = (request: FastifyRequest) => request.server.config.baseUrl.replace(/\/+$/, '');
