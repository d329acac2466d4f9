import type { FastifyInstance } from 'fastify';
import { sendPage } from '../../platform/http/render';
import { pageContext } from '../../platform/views/page-context';
import { importRegistry } from './import-service';
import { ImportFileError } from './registry-formats';
import { uploads } from './route-helpers';
import { ImportPage } from './views/import-page';

/** UTF-8 as the lists are published; a file saved by Excel in Windows-1252 is read as that instead. */
function decode(content: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    return new TextDecoder('windows-1252').decode(content);
  }
}

export function importRoutes(app: FastifyInstance) {
  const db = app.database.db;

  app.get('/organisations/import', { config: { access: 'operator' } }, async (request, reply) => {
    return sendPage(reply, ImportPage, { ctx: pageContext(request) });
  });

  app.post('/organisations/import', { config: { access: 'operator' } }, async (request, reply) => {
    const ctx = pageContext(request);
    const upload = uploads.get(request);
    if (!upload || upload.content.length === 0) {
      return sendPage(
        reply,
        ImportPage,
        { ctx, fileError: { code: upload ? ('empty' as const) : ('missing' as const), detail: '' } },
        400,
      );
    }
    const filename = upload.filename.slice(0, 200);
    try {
      const result = await importRegistry(
        db,
        { content: decode(upload.content), filename },
        request.user?.id ?? null,
      );
      return sendPage(reply, ImportPage, { ctx, report: { filename, result } });
    } catch (error) {
      if (!(error instanceof ImportFileError)) throw error;
      return sendPage(reply, ImportPage, { ctx, fileError: { code: error.code, detail: error.detail } }, 400);
    }
  });
}
