import type { ComponentChildren } from 'preact';
import { Layout } from '../../../platform/views/layout';
import type { PageContext } from '../../../platform/views/page-context';
import { messages } from '../messages';
import type { Organisation } from '../service';
import { countryLabel, kindLabel } from './labels';

export interface OrganisationPageProps {
  ctx: PageContext;
  organisation: Organisation;
  parent: Organisation | null;
  members: Organisation[];
  municipalities: Organisation[];
  groups: Organisation[];
  people: { id: number; name: string; title: string | null; role: string | null }[];
}

function OrganisationLinks(props: { heading: string; items: Organisation[] }) {
  if (props.items.length === 0) return null;
  return (
    <section>
      <h2 class="ds-heading" data-size="md">
        {props.heading}
      </h2>
      <ul class="ds-list">
        {props.items.map((o) => (
          <li key={o.id}>
            <a class="ds-link" href={`/organisations/${o.id}`}>
              {o.name}
            </a>
            {o.number ? ` (${o.number})` : ''}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Fact(props: { term: string; children: ComponentChildren }) {
  return (
    <>
      <dt>{props.term}</dt>
      <dd>{props.children}</dd>
    </>
  );
}

/** One organisation: its facts, its county, its members or municipalities, and its people. */
export function OrganisationPage(props: OrganisationPageProps) {
  const { ctx, organisation: o } = props;
  const m = messages(ctx.locale);
  return (
    <Layout ctx={ctx} title={o.name}>
      <p class="ds-paragraph">
        <a class="ds-link" href="/organisations">
          {ctx.t.back}: {m.organisationsTitle}
        </a>
      </p>
      <h1 class="ds-heading" data-size="lg">
        {o.name}
      </h1>
      {ctx.user?.role === 'operator' ? (
        <p>
          <a class="ds-button" data-variant="secondary" href={`/organisations/${o.id}/edit`}>
            {ctx.t.edit}
          </a>
        </p>
      ) : null}
      <section class="stack">
        <h2 class="ds-heading" data-size="md">
          {m.details}
        </h2>
        <dl>
          <Fact term={m.kind}>{kindLabel(o.kind, ctx.locale)}</Fact>
          <Fact term={m.country}>{countryLabel(o.country, ctx.locale)}</Fact>
          <Fact term={m.number}>{o.number ?? ctx.t.none}</Fact>
          {o.kind === 'county' ? null : (
            <Fact term={m.county}>
              {props.parent ? (
                <a class="ds-link" href={`/organisations/${props.parent.id}`}>
                  {props.parent.name}
                </a>
              ) : (
                ctx.t.none
              )}
            </Fact>
          )}
          <Fact term={m.website}>
            {o.website ? (
              <a class="ds-link" href={o.website} rel="noopener noreferrer">
                {o.website}
              </a>
            ) : (
              ctx.t.none
            )}
          </Fact>
        </dl>
      </section>
      <OrganisationLinks heading={m.members} items={props.members} />
      <OrganisationLinks heading={m.countyMunicipalities} items={props.municipalities} />
      <OrganisationLinks heading={m.memberOf} items={props.groups} />
      <section>
        <h2 class="ds-heading" data-size="md">
          {m.peopleTitle}
        </h2>
        {props.people.length === 0 ? (
          <p class="ds-paragraph">{ctx.t.none}</p>
        ) : (
          <div class="table-scroll">
            <table class="ds-table">
              <caption>{m.peopleTitle}</caption>
              <thead>
                <tr>
                  <th scope="col">{m.name}</th>
                  <th scope="col">{m.title}</th>
                  <th scope="col">{m.role}</th>
                </tr>
              </thead>
              <tbody>
                {props.people.map((p) => (
                  <tr key={p.id}>
                    <td>
                      <a class="ds-link" href={`/people/${p.id}`}>
                        {p.name}
                      </a>
                    </td>
                    <td>{p.title ?? ''}</td>
                    <td>{p.role ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </Layout>
  );
}
