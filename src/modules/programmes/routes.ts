import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { notFound } from '../../platform/http/access';
import { seeOther, sendPage } from '../../platform/http/render';
import type { FieldErrors } from '../../platform/http/validation';
import { pageContext } from '../../platform/views/page-context';
import { programmeActionRoutes } from './action-routes';
import { apiRoutes } from './api-routes';
import { parseProgrammeForm } from './inputs';
import type { Programme } from './model';
import { manageRoutes } from './manage-routes';
import { programmePageHandler } from './page-cache';
import { ownerOptions } from './page-data';
import { getProgramme, getProgrammeBySlug, listOwnProgrammes, listVisibleProgrammes } from './reads';
import { attempt, explain, formValues, slugParam } from './route-support';
import { createProgramme, updateProgramme } from './service';
import { HomePage } from './views/home-page';
import { ProgrammeFormPage } from './views/programme-form-page';
import { ProgrammesPage } from './views/programmes-page';

const programmeFields = {
  title: 'title_nb',
  ends_on: 'ends_on',
  owner_organisation_id: 'owner_organisation_id',
  slug: 'slug',
};

/** The home page, the programme list, the programme page and the operators' programme form. */
export async function programmeRoutes(app: FastifyInstance) {
  const db = app.database.db;

  app.get('/', { config: { access: 'public' } }, async (request, reply) => {
    const [publicProgrammes, ownProgrammes] = await Promise.all([
      listVisibleProgrammes(db, null),
      request.user ? listOwnProgrammes(db, request.user) : Promise.resolve(null),
    ]);
    return sendPage(reply, HomePage, { ctx: pageContext(request), publicProgrammes, ownProgrammes });
  });

  app.get('/programmes', { config: { access: 'public' } }, async (request, reply) => {
    const programmes = await listVisibleProgrammes(db, request.user);
    const canCreate = request.user?.role === 'operator';
    return sendPage(reply, ProgrammesPage, { ctx: pageContext(request), programmes, canCreate });
  });

  const showForm = async (request: FastifyRequest, reply: FastifyReply, programme?: Programme) =>
    sendPage(reply, ProgrammeFormPage, {
      ctx: pageContext(request),
      programme,
      owners: await ownerOptions(db),
    });

  const refuseForm = async (
    request: FastifyRequest,
    reply: FastifyReply,
    result: { errors: FieldErrors; problem?: string; status: 400 | 409 },
    programme?: Programme,
  ) =>
    sendPage(
      reply,
      ProgrammeFormPage,
      {
        ctx: pageContext(request),
        programme,
        owners: await ownerOptions(db),
        errors: result.errors,
        values: formValues(request),
        problem: result.problem,
      },
      result.status,
    );

  app.get('/programmes/new', { config: { access: 'operator' } }, (request, reply) =>
    showForm(request, reply),
  );

  app.post('/programmes/new', { config: { access: 'operator' } }, async (request, reply) => {
    const parsed = parseProgrammeForm(request.body, request.locale);
    if (!parsed.ok) return refuseForm(request, reply, { errors: parsed.errors, status: 400 });
    const created = await attempt(() => createProgramme(db, parsed.data, request.user!.id));
    if (!created.ok) {
      const fields = { ...programmeFields, title: `title_${request.locale}` };
      return refuseForm(request, reply, explain(request, created.error, fields));
    }
    const programme = await getProgramme(db, created.value);
    return seeOther(reply, `/programmes/${programme!.slug}`);
  });

  // One cache per app instance; instances keep theirs current through the data version.
  app.get('/programmes/:slug', { config: { access: 'public' } }, programmePageHandler(db));

  app.get('/programmes/:slug/edit', { config: { access: 'operator' } }, async (request, reply) => {
    const programme = await getProgrammeBySlug(db, slugParam(request));
    if (!programme) throw notFound();
    return showForm(request, reply, programme);
  });

  app.post('/programmes/:slug/edit', { config: { access: 'operator' } }, async (request, reply) => {
    const programme = await getProgrammeBySlug(db, slugParam(request));
    if (!programme) throw notFound();
    const parsed = parseProgrammeForm(request.body, request.locale);
    if (!parsed.ok) return refuseForm(request, reply, { errors: parsed.errors, status: 400 }, programme);
    const updated = await attempt(() => updateProgramme(db, programme.id, parsed.data, request.user!.id));
    if (!updated.ok) {
      const fields = { ...programmeFields, title: `title_${request.locale}` };
      return refuseForm(request, reply, explain(request, updated.error, fields), programme);
    }
    return seeOther(reply, `/programmes/${programme.slug}`);
  });

  await programmeActionRoutes(app);
  await manageRoutes(app);
  await apiRoutes(app);
}
