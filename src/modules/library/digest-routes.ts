import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { HttpError } from '../../platform/http/access';
import { seeOther, sendPage } from '../../platform/http/render';
import { fields, parseInput } from '../../platform/http/validation';
import { pickText } from '../../platform/i18n/index';
import { pageContext } from '../../platform/views/page-context';
import { listVisibleProgrammes } from '../programmes/index';
import { getDigestChoice, saveDigestChoice } from './digest-service';
import { DigestPage } from './views/digest-page';

const digestSchema = z.object({ programmeIds: fields.list(fields.id()), themes: fields.list(z.string()) });

/** The programmes a login may choose: those they may view. */
const choosable = (request: FastifyRequest) =>
  listVisibleProgrammes(request.server.database.db, request.user);

/** /me/digest: a login's choice of the weekly e-mail. */
export async function digestRoutes(app: FastifyInstance) {
  const db = app.database.db;

  app.get('/me/digest', { config: { access: 'user' } }, async (request, reply) => {
    const ctx = pageContext(request);
    const [programmes, choice] = await Promise.all([
      choosable(request),
      getDigestChoice(db, request.user!.id),
    ]);
    return sendPage(reply, DigestPage, {
      ctx,
      programmes: programmes.map((p) => ({ value: String(p.id), label: pickText(p.title, ctx.locale) })),
      chosenProgrammes: choice.programmeIds,
      chosenThemes: choice.themes,
      saved: (request.query as { saved?: string }).saved === '1',
    });
  });

  app.post('/me/digest', { config: { access: 'user' } }, async (request, reply) => {
    const parsed = parseInput(digestSchema, request.body);
    // Only checkboxes: a value that is not one of them comes from a tampered form.
    if (!parsed.ok) throw new HttpError(400);
    const visible = new Set((await choosable(request)).map((p) => p.id));
    const user = request.user!;
    await saveDigestChoice(db, { id: user.id, email: user.email }, request.locale, {
      programmeIds: parsed.data.programmeIds.filter((id) => visible.has(id)),
      themes: parsed.data.themes,
    });
    return seeOther(reply, '/me/digest?saved=1');
  });
}
