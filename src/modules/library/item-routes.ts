import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { forbidden, notFound } from '../../platform/http/access';
import { seeOther, sendPage } from '../../platform/http/render';
import { parseInput, type FieldErrors } from '../../platform/http/validation';
import type { FormValues } from '../../platform/views/form';
import { pageContext } from '../../platform/views/page-context';
import { loginNames } from '../accounts/index';
import { formMessages } from './form-messages';
import { itemSchema, itemValues, loadChoices, toItemInput } from './form-input';
import { libraryMessages } from './messages';
import { LibraryError, type LibraryItem } from './model';
import { loadItemPage } from './page-data';
import { canPublish, isEditor } from './permissions';
import * as q from './queries';
import { toItems } from './reads';
import { baseUrlOf, idParam, readableItem } from './route-support';
import { createItem, deleteItem, publishItem, submitForReview, unpublishItem, updateItem } from './service';
import { itemKinds, type ItemKind } from './tables';
import { isTheme } from './themes';
import { ItemFormPage } from './views/item-form-page';
import { ItemPage } from './views/item-page';
import { LibraryListPage, type ListFilter } from './views/library-list-page';
import { VersionPage, VersionsPage } from './views/versions-page';

function listFilter(query: Record<string, unknown>): ListFilter {
  const year = Number(query.year);
  return {
    kind: (itemKinds as readonly string[]).includes(String(query.kind)) ? String(query.kind) : undefined,
    theme: isTheme(query.theme) ? query.theme : undefined,
    language: ['nb', 'nn', 'sv', 'en'].includes(String(query.language)) ? String(query.language) : undefined,
    year: Number.isInteger(year) && year > 1800 && year < 2200 ? year : undefined,
  };
}

async function renderForm(
  request: FastifyRequest,
  reply: FastifyReply,
  state: { item?: LibraryItem; values?: FormValues; errors?: FieldErrors; problem?: string; status?: number },
) {
  const ctx = pageContext(request);
  const choices = await loadChoices(request.server.database.db, request.user, ctx.locale);
  const values =
    state.values ?? (state.item ? itemValues(state.item) : { language: ctx.locale, audience: 'public' });
  return sendPage(
    reply,
    ItemFormPage,
    {
      ctx,
      action: state.item ? `/library/${state.item.slug}/edit` : '/library/new',
      editing: state.item?.title ?? null,
      values,
      choices,
      errors: state.errors,
      problem: state.problem,
    },
    state.status ?? 200,
  );
}

/** A rule broken by the form's content: the form again, with the field marked. */
function formProblem(request: FastifyRequest, reply: FastifyReply, error: LibraryError, item?: LibraryItem) {
  const f = formMessages(request.locale);
  const problem = error.code === 'theme' ? f['problem.theme'] : f['problem.link'];
  const values = (request.body ?? {}) as FormValues;
  return renderForm(request, reply, {
    item,
    values,
    errors: { [error.field]: 'invalid' },
    problem,
    status: 400,
  });
}

/** The list, an item's page, the item form, the workflow and the versions. */
export async function itemRoutes(app: FastifyInstance) {
  const db = app.database.db;

  app.get('/library', { config: { access: 'public' } }, async (request, reply) => {
    const filter = listFilter(request.query as Record<string, unknown>);
    const editor = isEditor(request.user);
    const rows = await q.listItems(db, {
      statuses: editor ? ['draft', 'review', 'published'] : ['published'],
      audiences: request.user ? ['public', 'members'] : ['public'],
      kind: filter.kind as ItemKind | undefined,
      theme: filter.theme,
      language: filter.language as LibraryItem['language'] | undefined,
      year: filter.year,
      limit: 100,
    });
    const items = await toItems(db, rows);
    return sendPage(reply, LibraryListPage, { ctx: pageContext(request), items, filter, canCreate: editor });
  });

  app.get('/library/new', { config: { access: 'staff' } }, async (request, reply) =>
    renderForm(request, reply, {}),
  );

  app.post('/library/new', { config: { access: 'staff' } }, async (request, reply) => {
    const parsed = parseInput(itemSchema, request.body);
    if (!parsed.ok)
      return renderForm(request, reply, {
        values: request.body as FormValues,
        errors: parsed.errors,
        status: 400,
      });
    try {
      const { slug } = await createItem(db, toItemInput(parsed.data), request.user!.id);
      return seeOther(reply, `/library/${slug}?saved=1`);
    } catch (error) {
      if (error instanceof LibraryError) return formProblem(request, reply, error);
      throw error;
    }
  });

  app.get('/library/:itemSlug', { config: { access: 'public' } }, async (request, reply) => {
    const item = await readableItem(request);
    const ctx = pageContext(request);
    const m = libraryMessages(ctx.locale);
    const query = request.query as Record<string, string | undefined>;
    const notice =
      query.saved === '1'
        ? m['notice.saved']
        : query.status === '1'
          ? m['notice.status']
          : query.uploaded === 'read'
            ? m['notice.uploaded']
            : query.uploaded === 'unreadable'
              ? m['notice.unreadable']
              : undefined;
    const data = await loadItemPage(db, request.user, item, ctx.locale);
    return sendPage(reply, ItemPage, {
      ctx,
      item,
      data,
      url: `${baseUrlOf(request)}/library/${item.slug}`,
      canEdit: isEditor(request.user),
      canPublish: canPublish(request.user),
      notice,
    });
  });

  app.get('/library/:itemSlug/edit', { config: { access: 'staff' } }, async (request, reply) =>
    renderForm(request, reply, { item: await readableItem(request) }),
  );

  app.post('/library/:itemSlug/edit', { config: { access: 'staff' } }, async (request, reply) => {
    const item = await readableItem(request);
    const parsed = parseInput(itemSchema, request.body);
    if (!parsed.ok)
      return renderForm(request, reply, {
        item,
        values: request.body as FormValues,
        errors: parsed.errors,
        status: 400,
      });
    try {
      await updateItem(db, item.id, toItemInput(parsed.data), request.user!.id);
      return seeOther(reply, `/library/${item.slug}?saved=1`);
    } catch (error) {
      if (error instanceof LibraryError && error.code !== 'notFound')
        return formProblem(request, reply, error, item);
      throw error;
    }
  });

  const transitions = {
    review: { access: 'staff', run: submitForReview },
    publish: { access: 'operator', run: publishItem },
    unpublish: { access: 'operator', run: unpublishItem },
    delete: { access: 'operator', run: deleteItem },
  } as const;
  for (const [name, t] of Object.entries(transitions)) {
    app.post(`/library/:itemSlug/${name}`, { config: { access: t.access } }, async (request, reply) => {
      const item = await readableItem(request);
      if (t.access === 'operator' && !canPublish(request.user)) throw forbidden();
      try {
        await t.run(db, item.id, request.user!.id);
      } catch (error) {
        // A second click, or another editor moved it first: the page shows where it is now.
        if (error instanceof LibraryError && error.code === 'status')
          return seeOther(reply, `/library/${item.slug}`);
        throw error;
      }
      return seeOther(reply, name === 'delete' ? '/library' : `/library/${item.slug}?status=1`);
    });
  }

  app.get('/library/:itemSlug/versions', { config: { access: 'staff' } }, async (request, reply) => {
    const item = await readableItem(request);
    const rows = await q.listVersions(db, item.id);
    const names = await loginNames(
      db,
      rows.flatMap((r) => (r.saved_by != null ? [r.saved_by] : [])),
    );
    const versions = rows.map((r) => ({
      id: r.id,
      number: r.number,
      savedAt: r.saved_at,
      savedBy: r.saved_by != null ? (names.get(r.saved_by) ?? null) : null,
    }));
    return sendPage(reply, VersionsPage, { ctx: pageContext(request), item, versions });
  });

  app.get(
    '/library/:itemSlug/versions/:versionId',
    { config: { access: 'staff' } },
    async (request, reply) => {
      const item = await readableItem(request);
      const row = await q.findVersion(db, item.id, idParam(request, 'versionId'));
      if (!row) throw notFound();
      const snapshot = JSON.parse(row.snapshot) as LibraryItem;
      const names =
        row.saved_by != null ? await loginNames(db, [row.saved_by]) : new Map<number, string | null>();
      const version = {
        id: row.id,
        number: row.number,
        savedAt: row.saved_at,
        savedBy: row.saved_by != null ? (names.get(row.saved_by) ?? null) : null,
      };
      return sendPage(reply, VersionPage, { ctx: pageContext(request), slug: item.slug, version, snapshot });
    },
  );
}
