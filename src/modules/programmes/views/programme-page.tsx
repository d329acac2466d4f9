import { format } from '../../../platform/i18n/index';
import { Layout } from '../../../platform/views/layout';
import type { PageContext } from '../../../platform/views/page-context';
import { messages } from '../messages';
import type { ProgrammePageData } from '../page-data';
import type { FormState } from './form-state';
import { localText, Paragraphs, periodText, Text, VisibilityTag } from './parts';
import { ParticipantsSection } from './participants-section';
import { StructureSection } from './structure-section';
import { AdvisorSection } from './advisor-section';
import { ReferenceGroupSection } from './reference-group-section';

/** One programme: description, phases and steps, participants, advisor team and reference group. */
export function ProgrammePage(props: { ctx: PageContext; data: ProgrammePageData; state?: FormState }) {
  const { ctx, data, state } = props;
  const { programme, access } = data;
  const m = messages(ctx.locale);
  const period = periodText(programme.startsOn, programme.endsOn, ctx.locale, m);
  const own = new Set(access.participantIds);
  const nominatingFor = access.canManage ? data.participants : data.participants.filter((p) => own.has(p.id));
  const sections = [
    { id: 'phases', label: m.phases },
    { id: 'participants', label: m.participants },
    { id: 'advisors', label: m.advisorTeam },
    { id: 'reference-group', label: m.referenceGroup },
  ];
  return (
    <Layout ctx={ctx} title={localText(programme.title, ctx.locale).value} wide>
      <header class="stack programme-header">
        <h1 class="ds-heading" data-size="lg">
          <Text text={programme.title} ctx={ctx} />
        </h1>
        <p class="ds-paragraph cluster">
          <VisibilityTag visibility={programme.visibility} m={m} />
          {period ? <span>{period}</span> : null}
          {data.owner ? (
            <span>
              {m.owner}: {data.owner.name}
            </span>
          ) : null}
        </p>
        <p class="ds-paragraph cluster">
          <a class="ds-button" data-variant="secondary" href={`/programmes/${programme.slug}/events`}>
            {ctx.t.events}
          </a>
          <a class="ds-button" data-variant="secondary" href={`/programmes/${programme.slug}/inputs/new`}>
            {ctx.t.sendInput}
          </a>
          {access.canManage ? (
            <a class="ds-button" data-variant="secondary" href={`/programmes/${programme.slug}/edit`}>
              {m.editProgramme}
            </a>
          ) : null}
          {access.canFollowUp ? (
            <a class="ds-button" data-variant="secondary" href={`/programmes/${programme.slug}/overview`}>
              {m.followUpOverview}
            </a>
          ) : null}
          {/* Cases belong to participants: their members, managers and the staff who follow them up. */}
          {access.canManage || access.canFollowUp || access.participantIds.length > 0 ? (
            <a class="ds-button" data-variant="secondary" href={`/programmes/${programme.slug}/cases`}>
              {m.cases}
            </a>
          ) : null}
          {access.canManage ? (
            <a class="ds-button" data-variant="secondary" href={`/programmes/${programme.slug}/inputs`}>
              {m.inputsReceived}
            </a>
          ) : null}
          {data.participants
            .filter((p) => own.has(p.id))
            .map((p) => (
              <a key={p.id} class="ds-link" href={`/programmes/${programme.slug}/participants/${p.id}`}>
                {format(m.followUpFor, { name: p.organisation?.name ?? '' })}
              </a>
            ))}
        </p>
      </header>
      <nav aria-label={m.onThisPage} class="page-toc">
        <ul class="cluster plain-list">
          {sections.map((s) => (
            <li key={s.id}>
              <a class="ds-link" href={`#${s.id}`}>
                {s.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div class="stack programme-sections">
        {localText(programme.description, ctx.locale).value ? (
          <section aria-labelledby="about" class="stack">
            <h2 class="ds-heading" data-size="md" id="about">
              {m.about}
            </h2>
            <Paragraphs text={programme.description} ctx={ctx} />
          </section>
        ) : null}
        <StructureSection
          ctx={ctx}
          m={m}
          slug={programme.slug}
          phases={data.phases}
          canManage={access.canManage}
          state={state}
        />
        <ParticipantsSection
          ctx={ctx}
          m={m}
          slug={programme.slug}
          participants={data.participants}
          canManage={access.canManage}
          followUpIds={
            access.canFollowUp && access.followUpParticipantIds == null
              ? 'all'
              : [
                  ...(access.canFollowUp ? (access.followUpParticipantIds ?? []) : []),
                  ...access.participantIds,
                ]
          }
          showContactDetails={data.showContactDetails}
          organisationOptions={data.organisationOptions}
          organisationQuery={data.organisationQuery}
          state={state}
        />
        <AdvisorSection
          ctx={ctx}
          m={m}
          slug={programme.slug}
          advisors={data.advisors}
          participants={data.participants}
          canManage={access.canManage}
          organisationOptions={data.advisorOrganisationOptions}
          state={state}
        />
        <ReferenceGroupSection
          ctx={ctx}
          m={m}
          slug={programme.slug}
          members={data.referenceGroup}
          nominations={data.nominations}
          nomineeMatches={data.nomineeMatches}
          participants={data.participants}
          nominatingFor={nominatingFor}
          canNominate={access.canManage || nominatingFor.length > 0}
          canDecide={access.canManage}
          state={state}
        />
      </div>
    </Layout>
  );
}
