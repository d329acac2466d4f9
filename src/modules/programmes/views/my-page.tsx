import { format, formatDateTime, pickText } from '../../../platform/i18n/index';
import { Layout } from '../../../platform/views/layout';
import type { PageContext } from '../../../platform/views/page-context';
import { overviewMessages } from '../follow-up-overview-messages';
import type { MemberProgramme, MyPageData } from '../my-page-data';
import { participantPath } from './follow-up-parts';
import { changeHref, changeText } from './overview-page';

/**
 * Where everyone lands after logging in. A participant member sees their programmes and what to do
 * next; advisors and operators see the programmes they follow up and what happened lately.
 */
export function MyPage(props: { ctx: PageContext; data: MyPageData }) {
  const { ctx, data } = props;
  const o = overviewMessages(ctx.locale);
  const empty = data.member.length === 0 && data.followed.length === 0;
  return (
    <Layout ctx={ctx} title={o.myPageTitle}>
      <h1 class="ds-heading" data-size="lg">
        {o.myPageTitle}
      </h1>
      <p class="ds-paragraph">{format(o.hello, { name: ctx.user?.name ?? '' })}</p>
      <p class="ds-paragraph">
        <a class="ds-link" href="/me/next">
          {ctx.t.nextSteps}
        </a>
      </p>
      {empty ? <p class="ds-paragraph">{o.noProgrammes}</p> : null}
      {data.member.length > 0 ? (
        <section aria-labelledby="mine" class="stack follow-up-section">
          <h2 class="ds-heading" data-size="md" id="mine">
            {o.memberSection}
          </h2>
          {data.member.map((item) => (
            <MemberCard key={item.programme.id} ctx={ctx} item={item} />
          ))}
        </section>
      ) : null}
      {data.followed.length > 0 ? (
        <section aria-labelledby="followed" class="stack follow-up-section">
          <h2 class="ds-heading" data-size="md" id="followed">
            {o.followedSection}
          </h2>
          <ul class="cards">
            {data.followed.map((f) => (
              <li key={f.programme.id} class="ds-card">
                <h3 class="ds-heading" data-size="xs">
                  <a class="ds-link" href={`/programmes/${encodeURIComponent(f.programme.slug)}/overview`}>
                    {format(o.openOverview, { programme: pickText(f.programme.title, ctx.locale) })}
                  </a>
                </h3>
                <p class="ds-paragraph" data-size="sm">
                  {format(o.participants, { n: f.participantCount }, ctx.locale)}
                </p>
                <p class="ds-paragraph" data-size="sm">
                  {f.newCount > 0 ? (
                    <span class="ds-tag" data-color="info" data-size="sm">
                      {o.newMarker}
                    </span>
                  ) : null}{' '}
                  {format(f.lastVisit ? o.newSince : o.neverVisited, { n: f.newCount }, ctx.locale)}
                </p>
              </li>
            ))}
          </ul>
          <h3 class="ds-heading" data-size="sm">
            {o.recentTitle}
          </h3>
          {data.recent.length === 0 ? <p class="ds-paragraph">{o.noRecent}</p> : null}
          <ul class="ds-list">
            {data.recent.map((change, i) => (
              <li key={i}>
                <a class="ds-link" href={changeHref(change.programme, change)}>
                  {change.participantName}
                </a>
                {': '}
                {changeText(ctx, change)}{' '}
                <span class="muted">
                  ({pickText(change.programme.title, ctx.locale)},{' '}
                  <time dateTime={change.at}>{formatDateTime(change.at, ctx.locale)}</time>)
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="more-for-you" class="stack follow-up-section">
        <h2 class="ds-heading" data-size="md" id="more-for-you">
          {o.moreForYou}
        </h2>
        <ul class="ds-list">
          <li>
            <a class="ds-link" href="/me/calendar">
              {o.myCalendarFeed}
            </a>
          </li>
          <li>
            <a class="ds-link" href="/me/digest">
              {o.myDigest}
            </a>
          </li>
          <li>
            <a class="ds-link" href="/me/inputs">
              {o.myInputs}
            </a>
          </li>
        </ul>
      </section>
      <p class="ds-paragraph">
        <a class="ds-link" href="/programmes">
          {o.allProgrammes}
        </a>
      </p>
    </Layout>
  );
}

function MemberCard(props: { ctx: PageContext; item: MemberProgramme }) {
  const { ctx, item } = props;
  const o = overviewMessages(ctx.locale);
  return (
    <article class="ds-card stack">
      <h3 class="ds-heading" data-size="sm">
        {pickText(item.programme.title, ctx.locale)}
      </h3>
      <ul class="ds-list">
        {item.participants.map((p) => {
          const base = participantPath(item.programme, p.id);
          return (
            <li key={p.id}>
              <a class="ds-link" href={base}>
                {format(o.openFollowUp, { name: p.name })}
              </a>
              <ul>
                <li>
                  {p.next.step ? (
                    <a class="ds-link" href={`${base}/steps/${p.next.step.step.id}`}>
                      {format(o.nextStep, { step: pickText(p.next.step.step.title, ctx.locale) })}
                    </a>
                  ) : (
                    o.allDone
                  )}
                </li>
                {p.next.unanswered.length > 0 ? (
                  <li>
                    <a
                      class="ds-link"
                      href={`${base}/steps/${p.next.unanswered[0]!.step.step.id}?reply=${p.next.unanswered[0]!.thread.root.id}#answer`}
                    >
                      {format(o.waiting, { n: p.next.unanswered.length }, ctx.locale)}
                    </a>
                  </li>
                ) : null}
              </ul>
            </li>
          );
        })}
      </ul>
    </article>
  );
}
