import { formatDateTime } from '../../../platform/i18n/index';
import { Layout } from '../../../platform/views/layout';
import type { PageContext } from '../../../platform/views/page-context';
import { adminMessages } from '../admin-messages';
import type { AuditRow } from '../admin-service';

/** The audit log for operators: who changed what, when; filterable by subject. */
export function AuditPage(props: {
  ctx: PageContext;
  entries: AuditRow[];
  filter: { subjectType?: string; subjectId?: string };
}) {
  const { ctx, filter } = props;
  const m = adminMessages(ctx.locale);
  return (
    <Layout ctx={ctx} title={m.auditTitle} wide>
      <h1 class="ds-heading" data-size="lg">
        {m.auditTitle}
      </h1>
      <p class="ds-paragraph">{m.auditIntro}</p>
      {/* A GET form: filtering changes nothing, and the filtered view can be bookmarked. */}
      <form method="get" action="/admin/audit" class="cluster" role="search" aria-label={ctx.t.filter}>
        <div class="ds-field field">
          <label class="ds-label" for="f-subjectType">
            {m.subjectType}
          </label>
          <input class="ds-input" id="f-subjectType" name="subjectType" value={filter.subjectType ?? ''} />
        </div>
        <div class="ds-field field">
          <label class="ds-label" for="f-subjectId">
            {m.subjectId}
          </label>
          <input class="ds-input" id="f-subjectId" name="subjectId" value={filter.subjectId ?? ''} />
        </div>
        <button type="submit" class="ds-button" data-variant="secondary">
          {ctx.t.filter}
        </button>
        <a class="ds-link" href="/admin/audit">
          {m.showAll}
        </a>
      </form>
      {props.entries.length === 0 ? (
        <p class="ds-paragraph">{m.noEntries}</p>
      ) : (
        <div class="table-scroll">
          <table class="ds-table" data-size="sm">
            <thead>
              <tr>
                <th scope="col">{m.when}</th>
                <th scope="col">{m.who}</th>
                <th scope="col">{m.action}</th>
                <th scope="col">{m.subjectType}</th>
                <th scope="col">{m.subjectId}</th>
                <th scope="col">{m.details}</th>
              </tr>
            </thead>
            <tbody>
              {props.entries.map((e) => (
                <tr key={e.id}>
                  <td>{formatDateTime(e.at, ctx.locale)}</td>
                  <td>{e.actorName ?? m.noActor}</td>
                  <td>
                    <code>{e.action}</code>
                  </td>
                  <td>
                    <a class="ds-link" href={`/admin/audit?subjectType=${encodeURIComponent(e.subjectType)}`}>
                      {e.subjectType}
                    </a>
                  </td>
                  <td>
                    <a
                      class="ds-link"
                      href={`/admin/audit?subjectType=${encodeURIComponent(e.subjectType)}&subjectId=${encodeURIComponent(e.subjectId)}`}
                    >
                      {e.subjectId}
                    </a>
                  </td>
                  <td>
                    <code>{e.details === '{}' ? '' : e.details}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Layout>
  );
}
