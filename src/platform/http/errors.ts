import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isConstraintViolation } from '../db/database';
import { MessagePage } from '../views/message-page';
import { pageContext } from '../views/page-context';
import { CsrfError } from './security';
import { sendPage } from './render';

type Status = 400 | 401 | 403 | 404 | 409 | 413 | 429 | 500;

// Codes of @fastify/multipart for a body that is not a well-formed form; busboy's own parse errors
// (a cut-off body, no boundary) are plain Errors known only by their message.
const brokenMultipartCodes = new Set([
  'FST_MP_PREMATURE_CLOSE',
  'FST_PROTO_VIOLATION',
  'FST_INVALID_MULTIPART_CONTENT_TYPE',
  'FST_INVALID_JSON_FIELD_ERROR',
]);
const brokenMultipartMessage =
  /^(Unexpected end of multipart data|Multipart: Boundary not found|Malformed part header|\w+ terminated early due to unexpected end of multipart data)$/;

/** A multipart body the parser could not read: the sender's fault (400), not ours. */
export function isBrokenUpload(error: FastifyError, request: FastifyRequest): boolean {
  if (error.code && brokenMultipartCodes.has(error.code)) return true;
  const type = request.headers['content-type'] ?? '';
  return type.toLowerCase().startsWith('multipart/') && brokenMultipartMessage.test(error.message ?? '');
}

function statusOf(error: FastifyError, request: FastifyRequest): Status {
  if (error instanceof CsrfError) return 403;
  if (isBrokenUpload(error, request)) return 400;
  if (isConstraintViolation(error)) return 409;
  const code = error.statusCode ?? 500;
  if ([400, 401, 403, 404, 409, 413, 429].includes(code)) return code as Status;
  if (code >= 400 && code < 500) return 400;
  return 500;
}

function wantsJson(request: FastifyRequest) {
  return request.url.startsWith('/api/') || (request.headers.accept ?? '').startsWith('application/json');
}

/** Every failure becomes a translated page (or JSON under /api) with the right status; never a stack trace. */
export function registerErrorHandlers(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = statusOf(error, request);
    if (status === 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ status, code: error.code }, error.message);
    const kind = error instanceof CsrfError ? 'csrf' : isBrokenUpload(error, request) ? 'upload' : null;
    return respond(request, reply, status, kind);
  });
  app.setNotFoundHandler((request, reply) => respond(request, reply, 404, null));
}

/** The error page (or JSON) for `status`; `kind` picks a more telling text for a CSRF or upload failure. */
export function respond(
  request: FastifyRequest,
  reply: FastifyReply,
  status: Status,
  kind: 'csrf' | 'upload' | null,
) {
  const ctx = pageContext(request);
  const t = ctx.t;
  const texts: Record<Status, [string, string]> = {
    400:
      kind === 'upload' ? [t.uploadBrokenTitle, t.uploadBrokenBody] : [t.badRequestTitle, t.badRequestBody],
    401: [t.logIn, t.loginRequired],
    403: kind === 'csrf' ? [t.csrfTitle, t.csrfBody] : [t.forbiddenTitle, t.forbiddenBody],
    404: [t.notFoundTitle, t.notFoundBody],
    409: [t.conflictTitle, t.conflictBody],
    413: [t.tooLargeTitle, t.tooLargeBody],
    429: [t.tooManyTitle, t.tooManyBody],
    500: [t.serverErrorTitle, t.serverErrorBody],
  };
  const [title, body] = texts[status];
  if (wantsJson(request)) return reply.status(status).send({ error: { status, message: title } });
  const link =
    status === 401
      ? { href: `/login?next=${encodeURIComponent(request.url)}`, label: t.logIn }
      : { href: '/', label: t.home };
  return sendPage(reply, MessagePage, { ctx, title, body, link }, status);
}
