import type { FastifyInstance } from 'fastify';
import type { FieldErrors } from '../../platform/http/validation';
import { seeOther, sendPage } from '../../platform/http/render';
import type { FormValues } from '../../platform/views/form';
import { pageContext } from '../../platform/views/page-context';
import { savePerson } from './form-service';
import { parsePersonForm } from './forms';
import { organisationChoices, PAGE_SIZE, peopleListPage, personDetails } from './page-data';
import { idParam, pageParam, queryText, readerAlphabet, seesPrivateDetails } from './route-helpers';
import { PeopleListPage } from './views/people-list-page';
import { PersonFormPage } from './views/person-form-page';
import { PersonPage } from './views/person-page';

/** The service names a bad organisation by its place in the list; the form by its row. */
function onRows(errors: FieldErrors, rows: number[]): FieldErrors {
  const out: FieldErrors = {};
  for (const [name, key] of Object.entries(errors)) {
    const i = /^organisations\.(\d+)$/.exec(name)?.[1];
    out[i === undefined ? name : `organisationId_${rows[Number(i)] ?? 0}`] = key;
  }
  return out;
}

export function peopleRoutes(app: FastifyInstance) {
  const db = app.database.db;

  app.get('/people', { config: { access: 'staff' } }, async (request, reply) => {
    const query = request.query as Record<string, unknown>;
    const filter = { q: queryText(query.q) };
    const page = pageParam(query.page);
    const withPhone = seesPrivateDetails(request);
    const alphabet = readerAlphabet(request);
    const { items, total } = await peopleListPage(
      db,
      { q: filter.q || undefined, alphabet },
      page,
      withPhone,
    );
    return sendPage(reply, PeopleListPage, {
      ctx: pageContext(request),
      showPhone: withPhone,
      items,
      total,
      page,
      pageSize: PAGE_SIZE,
      filter,
    });
  });

  app.get('/people/new', { config: { access: 'operator' } }, async (request, reply) => {
    const organisations = await organisationChoices(db, readerAlphabet(request));
    return sendPage(reply, PersonFormPage, {
      ctx: pageContext(request),
      person: null,
      attributes: null,
      links: [],
      organisations,
    });
  });

  app.post('/people/new', { config: { access: 'operator' } }, async (request, reply) => {
    const body = (request.body ?? {}) as FormValues;
    const parsed = parsePersonForm(body);
    const result = parsed.ok ? await savePerson(db, null, parsed.data, request.user?.id ?? null) : parsed;
    if (result.ok) return seeOther(reply, `/people/${result.id}`);
    const errors = parsed.ok ? onRows(result.errors, parsed.data.rows) : result.errors;
    const organisations = await organisationChoices(db, readerAlphabet(request));
    const ctx = pageContext(request);
    return sendPage(
      reply,
      PersonFormPage,
      { ctx, person: null, attributes: null, links: [], organisations, errors, values: body },
      400,
    );
  });

  app.get('/people/:id', { config: { access: 'staff' } }, async (request, reply) => {
    const showPrivate = seesPrivateDetails(request);
    const details = await personDetails(db, idParam(request), readerAlphabet(request), showPrivate);
    return sendPage(reply, PersonPage, { ctx: pageContext(request), showPrivate, ...details });
  });

  app.get('/people/:id/edit', { config: { access: 'operator' } }, async (request, reply) => {
    // Operators only (the route's access), so the form holds every detail.
    const {
      person,
      attributes,
      organisations: links,
    } = await personDetails(db, idParam(request), readerAlphabet(request), true);
    const organisations = await organisationChoices(db, readerAlphabet(request));
    return sendPage(reply, PersonFormPage, {
      ctx: pageContext(request),
      person,
      attributes,
      links,
      organisations,
    });
  });

  app.post('/people/:id/edit', { config: { access: 'operator' } }, async (request, reply) => {
    const id = idParam(request);
    const {
      person,
      attributes,
      organisations: links,
    } = await personDetails(db, id, readerAlphabet(request), true);
    const body = (request.body ?? {}) as FormValues;
    const parsed = parsePersonForm(body);
    const result = parsed.ok ? await savePerson(db, id, parsed.data, request.user?.id ?? null) : parsed;
    if (result.ok) return seeOther(reply, `/people/${id}`);
    const errors = parsed.ok ? onRows(result.errors, parsed.data.rows) : result.errors;
    const organisations = await organisationChoices(db, readerAlphabet(request));
    const ctx = pageContext(request);
    return sendPage(
      reply,
      PersonFormPage,
      { ctx, person, attributes, links, organisations, errors, values: body },
      400,
    );
  });
}
