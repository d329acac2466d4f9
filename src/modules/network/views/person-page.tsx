import { formatDate } from '../../../platform/i18n/index';
import { Layout } from '../../../platform/views/layout';
import type { PageContext } from '../../../platform/views/page-context';
import { kindLabels, messages } from '../messages';
import type { Person, PersonAttributes } from '../service';
import type { OrganisationKind } from '../tables';
import { ageBandLabel, sectorLabel, yearsLivedLabel } from './labels';

export interface PersonPageProps {
  ctx: PageContext;
  person: Person;
  attributes: (PersonAttributes & { consentAt: string }) | null;
  /** Phone and the consent-based attributes are for operators only; advisors do not see that they exist. */
  showPrivate: boolean;
  organisations: { organisationId: number; name: string; kind: OrganisationKind; role: string | null }[];
}

/** One person: contact details, organisations with role, and (operators) the consent-based attributes. */
export function PersonPage(props: PersonPageProps) {
  const { ctx, person: p, attributes: a } = props;
  const m = messages(ctx.locale);
  const none = ctx.t.none;
  return (
    <Layout ctx={ctx} title={p.name}>
      <p class="ds-paragraph">
        <a class="ds-link" href="/people">
          {ctx.t.back}: {m.peopleTitle}
        </a>
      </p>
      <h1 class="ds-heading" data-size="lg">
        {p.name}
      </h1>
      {ctx.user?.role === 'operator' ? (
        <p>
          <a class="ds-button" data-variant="secondary" href={`/people/${p.id}/edit`}>
            {ctx.t.edit}
          </a>
        </p>
      ) : null}
      <section>
        <h2 class="ds-heading" data-size="md">
          {m.details}
        </h2>
        <dl>
          <dt>{m.title}</dt>
          <dd>{p.title ?? none}</dd>
          <dt>{m.email}</dt>
          <dd>
            {p.email ? (
              <a class="ds-link" href={`mailto:${p.email}`}>
                {p.email}
              </a>
            ) : (
              none
            )}
          </dd>
          {props.showPrivate ? (
            <>
              <dt>{m.phone}</dt>
              <dd>{p.phone ?? none}</dd>
            </>
          ) : null}
        </dl>
      </section>
      <section>
        <h2 class="ds-heading" data-size="md">
          {m.organisationsTitle}
        </h2>
        {props.organisations.length === 0 ? (
          <p class="ds-paragraph">{none}</p>
        ) : (
          <ul class="ds-list">
            {props.organisations.map((o) => (
              <li key={o.organisationId}>
                <a class="ds-link" href={`/organisations/${o.organisationId}`}>
                  {o.name}
                </a>{' '}
                ({kindLabels(ctx.locale)[o.kind]}){o.role ? ` – ${o.role}` : ''}
              </li>
            ))}
          </ul>
        )}
      </section>
      {props.showPrivate ? <Attributes ctx={ctx} attributes={a} /> : null}
    </Layout>
  );
}

/** The consent-based attributes, or that there is no consent. */
function Attributes(props: { ctx: PageContext; attributes: PersonPageProps['attributes'] }) {
  const { ctx, attributes: a } = props;
  const m = messages(ctx.locale);
  return (
    <section>
      <h2 class="ds-heading" data-size="md">
        {m.consentHeading}
      </h2>
      {a ? (
        <dl>
          <dt>{m.sector}</dt>
          <dd>{a.sector ? sectorLabel(a.sector, ctx.locale) : m.notGiven}</dd>
          <dt>{m.yearsLived}</dt>
          <dd>{a.yearsLivedBand ? yearsLivedLabel(a.yearsLivedBand, ctx.locale) : m.notGiven}</dd>
          <dt>{m.ageBand}</dt>
          <dd>{a.ageBand ? ageBandLabel(a.ageBand, ctx.locale) : m.notGiven}</dd>
          <dt>{m.consent}</dt>
          <dd>{formatDate(a.consentAt, ctx.locale)}</dd>
        </dl>
      ) : (
        <p class="ds-paragraph">{m.noConsent}</p>
      )}
    </section>
  );
}
