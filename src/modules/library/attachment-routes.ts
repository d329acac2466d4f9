import fastifyMultipart, { type MultipartFile } from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { notFound } from '../../platform/http/access';
import { seeOther, sendPage } from '../../platform/http/render';
import { pageContext } from '../../platform/views/page-context';
import * as aq from './attachment-queries';
import {
  addAttachment,
  AttachmentTooLargeError,
  removeAttachment,
  type AttachmentInput,
} from './attachment-service';
import { MAX_ATTACHMENT_BYTES } from './extract';
import { libraryMessages } from './messages';
import { LibraryError } from './model';
import { loadItemPage } from './page-data';
import { canPublish, isEditor } from './permissions';
import { baseUrlOf, idParam, readableItem } from './route-support';
import { ItemPage } from './views/item-page';

interface Received {
  file: AttachmentInput | null;
  tooLarge: boolean;
}

const received = new WeakMap<FastifyRequest, Received>();

async function drain(stream: AsyncIterable<unknown>) {
  for await (const chunk of stream) void chunk;
}

/** The item page again with a problem about the upload (nothing was saved). */
async function uploadProblem(request: FastifyRequest, reply: FastifyReply, problem: string, status: number) {
  const item = await readableItem(request);
  const ctx = pageContext(request);
  const data = await loadItemPage(request.server.database.db, request.user, item, ctx.locale);
  const props = {
    ctx,
    item,
    data,
    url: `${baseUrlOf(request)}/library/${item.slug}`,
    canEdit: true,
    canPublish: canPublish(request.user),
    problem,
  };
  return sendPage(reply, ItemPage, props, status);
}

/** `attachment` with an ASCII fallback name and the exact name in RFC 5987 form (RFC 6266). */
function attachmentHeader(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\;]/g, '_') || 'file';
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16)}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** Upload, download and removal of an item's files. */
export async function attachmentRoutes(app: FastifyInstance) {
  const db = app.database.db;

  // Multipart only in this scope. A file past the limit is cut off, not an error: its bytes are
  // dropped and the route answers 413 with the item page and a message, so nothing is saved.
  await app.register(async (scope) => {
    await scope.register(fastifyMultipart, {
      attachFieldsToBody: 'keyValues',
      throwFileSizeLimit: false,
      limits: { fileSize: MAX_ATTACHMENT_BYTES, files: 1, fields: 5, fieldSize: 1000 },
      async onFile(part: MultipartFile) {
        const state = received.get(this) ?? { file: null, tooLarge: false };
        received.set(this, state);
        if (!part.filename || state.file || state.tooLarge) return drain(part.file);
        const chunks: Buffer[] = [];
        for await (const chunk of part.file) chunks.push(chunk as Buffer);
        if (part.file.truncated) state.tooLarge = true;
        else
          state.file = { filename: part.filename, contentType: part.mimetype, data: Buffer.concat(chunks) };
      },
    });

    scope.post('/library/:itemSlug/attachments', { config: { access: 'staff' } }, async (request, reply) => {
      const item = await readableItem(request);
      const m = libraryMessages(request.locale);
      const state = received.get(request) ?? { file: null, tooLarge: false };
      if (state.tooLarge) return uploadProblem(request, reply, m['problem.tooLarge'], 413);
      if (!state.file || state.file.data.length === 0)
        return uploadProblem(request, reply, m['problem.noFile'], 400);
      try {
        const result = await addAttachment(db, item.id, state.file, request.user!.id);
        return seeOther(reply, `/library/${item.slug}?uploaded=${result.textStatus}#attachments-heading`);
      } catch (error) {
        if (error instanceof AttachmentTooLargeError)
          return uploadProblem(request, reply, m['problem.tooLarge'], 413);
        if (error instanceof LibraryError) throw notFound();
        throw error;
      }
    });
  });

  app.get(
    '/library/:itemSlug/attachments/:attachmentId',
    { config: { access: 'public' } },
    async (request, reply) => {
      const item = await readableItem(request);
      const file = await aq.findAttachment(db, item.id, idParam(request, 'attachmentId'));
      if (!file) throw notFound();
      return reply
        .header('content-type', file.content_type)
        .header('content-disposition', attachmentHeader(file.filename))
        .header('x-content-type-options', 'nosniff')
        .header(
          'cache-control',
          item.status === 'published' && item.audience === 'public'
            ? 'public, max-age=300'
            : 'private, no-store',
        )
        .send(Buffer.from(file.data));
    },
  );

  app.post(
    '/library/:itemSlug/attachments/:attachmentId/delete',
    { config: { access: 'staff' } },
    async (request, reply) => {
      const item = await readableItem(request);
      if (!isEditor(request.user)) throw notFound();
      try {
        await removeAttachment(db, item.id, idParam(request, 'attachmentId'), request.user!.id);
      } catch (error) {
        if (error instanceof LibraryError) throw notFound();
        throw error;
      }
      return seeOther(reply, `/library/${item.slug}#attachments-heading`);
    },
  );
}
