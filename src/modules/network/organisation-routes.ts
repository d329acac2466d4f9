import type { FastifyInstance } from 'fastify';
import { seeOther, sendPage } from '../../platform/http/render';
import type { FormValues } from '../../platform/views/form';
import { pageContext } from '../../platform/views/page-context';
import { saveOrganisation, type SaveResult } from './form-service';
import { parseOrganisationForm } from './forms';
import {
  organisationDetails,
  organisationForEdit,
  organisationFormOptions,
  organisationListPage,
  PAGE_SIZE,
} from './page-data';
import { idParam, pageParam, queryText, readerAlphabet } from './route-helpers';
import { countries, organisationKinds, type Country, type OrganisationKind } from './tables';
import { OrganisationFormPage } from './views/organisation-form-page';
import { OrganisationListPage } from './views/organisation-list-page';
import { OrganisationPage } from './views/organisation-page';

const isKind = (v: string): v is OrganisationKind => (organisationKinds as readonly string[]).includes(v);
const isCountry = (v: string): v is Country => (countries as readonly string[]).includes(v);

/** The selected members as the form sent them, so a failed post shows the same choice. */
function sentMemberIds(body: FormValues): number[] {
  return [body.memberIds ?? []].flat().map(Number).filter(Number.isInteger);
}

export function organisationRoutes(app: FastifyInstance) {
  const db = app.database.db;

  app.get('/organisations', { config: { access: 'staff' } }, async (request, reply) => {
    const query = request.query as Record<string, unknown>;
    // A filter value we do not know is ignored rather than refused: it comes from a link or a bookmark.
    const kind = queryText(query.kind);
    const country = queryText(query.country);
    const filter = {
      q: queryText(query.q),
      kind: isKind(kind) ? kind : '',
      country: isCountry(country) ? country : '',
    };
    const page = pageParam(query.page);
    const { items, total } = await organisationListPage(
      db,
      {
        q: filter.q || undefined,
        kinds: isKind(kind) ? [kind] : undefined,
        country: isCountry(country) ? country : undefined,
        alphabet: readerAlphabet(request),
      },
      page,
    );
    return sendPage(reply, OrganisationListPage, {
      ctx: pageContext(request),
      items,
      total,
      page,
      pageSize: PAGE_SIZE,
      filter,
    });
  });

  app.get('/organisations/new', { config: { access: 'operator' } }, async (request, reply) => {
    const options = await organisationFormOptions(db, readerAlphabet(request));
    return sendPage(reply, OrganisationFormPage, {
      ctx: pageContext(request),
      organisation: null,
      memberIds: [],
      showMembers: true,
      ...options,
    });
  });

  app.post('/organisations/new', { config: { access: 'operator' } }, async (request, reply) => {
    const body = (request.body ?? {}) as FormValues;
    const parsed = parseOrganisationForm(body);
    const result = parsed.ok
      ? await saveOrganisation(db, null, parsed.data, request.user?.id ?? null)
      : parsed;
    if (result.ok) return seeOther(reply, `/organisations/${result.id}`);
    const options = await organisationFormOptions(db, readerAlphabet(request));
    const ctx = pageContext(request);
    return sendPage(
      reply,
      OrganisationFormPage,
      {
        ctx,
        organisation: null,
        memberIds: sentMemberIds(body),
        showMembers: true,
        errors: result.errors,
        values: body,
        ...options,
      },
      400,
    );
  });

  app.get('/organisations/:id', { config: { access: 'staff' } }, async (request, reply) => {
    const details = await organisationDetails(db, idParam(request), readerAlphabet(request));
    return sendPage(reply, OrganisationPage, { ctx: pageContext(request), ...details });
  });

  app.get('/organisations/:id/edit', { config: { access: 'operator' } }, async (request, reply) => {
    const { organisation, memberIds } = await organisationForEdit(db, idParam(request));
    const options = await organisationFormOptions(db, readerAlphabet(request));
    const showMembers = organisation.kind === 'city_region';
    return sendPage(reply, OrganisationFormPage, {
      ctx: pageContext(request),
      organisation,
      memberIds,
      showMembers,
      ...options,
    });
  });

  app.post('/organisations/:id/edit', { config: { access: 'operator' } }, async (request, reply) => {
    const id = idParam(request);
    const { organisation } = await organisationForEdit(db, id);
    const body = (request.body ?? {}) as FormValues;
    const parsed = parseOrganisationForm(body);
    const result: SaveResult = parsed.ok
      ? await saveOrganisation(db, id, parsed.data, request.user?.id ?? null)
      : parsed;
    if (result.ok) return seeOther(reply, `/organisations/${id}`);
    const options = await organisationFormOptions(db, readerAlphabet(request));
    const showMembers = organisation.kind === 'city_region' || body.kind === 'city_region';
    return sendPage(
      reply,
      OrganisationFormPage,
      {
        ctx: pageContext(request),
        organisation,
        memberIds: sentMemberIds(body),
        showMembers,
        errors: result.errors,
        kindLock: result.kindLock,
        values: body,
        ...options,
      },
      400,
    );
  });
}
