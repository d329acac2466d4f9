import { format, formatDateTime, pickText } from '../../../platform/i18n/index';
import { Layout } from '../../../platform/views/layout';
import type { PageContext } from '../../../platform/views/page-context';
import type { NextStep } from '../next-steps-data';
import { nextStepsMessages } from '../next-steps-messages';

type Messages = ReturnType<typeof nextStepsMessages>;

/** The link text and the line under it, for one step. */
function describe(step: NextStep, m: Messages, ctx: PageContext): { text: string; detail: string | null } {
  const event = pickText(step.eventTitle, ctx.locale);
  switch (step.kind) {
    case 'event': {
      const detail =
        step.status === 'waitlisted'
          ? format(m.waitlisted, { n: step.waitlistPosition ?? 0 }, ctx.locale)
          : step.status === 'pending'
            ? m.pending
            : m.registered;
      return { text: event, detail };
    }
    case 'session':
      return {
        text: `${pickText(step.sessionTitle, ctx.locale)} (${event})`,
        detail: step.status === 'waitlisted' ? m.sessionWaitlisted : null,
      };
    case 'sessionDeadline':
      return {
        text: format(m.chooseSessions, { event }),
        detail: format(m.chosen, { n: step.chosen }, ctx.locale),
      };
    case 'registrationDeadline':
      return { text: format(m.registerFor, { event }), detail: null };
    case 'homework':
      return {
        text: format(m.handIn, { homework: pickText(step.homeworkTitle, ctx.locale) }),
        detail: event || null,
      };
    case 'retrospective':
      return { text: format(m.answerRetrospective, { event }), detail: null };
  }
}

/** One page with what waits for the person, earliest first, each with a link to do it. */
export function NextStepsPage(props: { ctx: PageContext; steps: NextStep[] }) {
  const { ctx, steps } = props;
  const m = nextStepsMessages(ctx.locale);
  return (
    <Layout ctx={ctx} title={m.title}>
      <h1 class="ds-heading" data-size="lg">
        {m.title}
      </h1>
      <p class="ds-paragraph">{m.intro}</p>
      {steps.length === 0 ? <p class="ds-paragraph">{m.nothing}</p> : null}
      <ol class="next-steps" aria-label={m.stepsCaption}>
        {steps.map((step, i) => {
          const { text, detail } = describe(step, m, ctx);
          return (
            <li key={i} class="next-steps__item ds-card">
              <p class="ds-paragraph cluster" data-size="sm">
                <span class="ds-tag" data-color="neutral" data-size="sm">
                  {m[`kind.${step.kind}`]}
                </span>
                {step.kind === 'homework' && step.overdue ? (
                  <span class="ds-tag" data-color="danger" data-size="sm">
                    {m.overdue}
                  </span>
                ) : null}
                <span>
                  {m[`when.${step.kind}`]}:{' '}
                  <time dateTime={step.at}>{formatDateTime(step.at, ctx.locale, step.timeZone)}</time>
                </span>
              </p>
              <p class="ds-paragraph">
                <a class="ds-link" href={step.href}>
                  {text}
                </a>
              </p>
              {detail ? (
                <p class="ds-paragraph muted" data-size="sm">
                  {detail}
                </p>
              ) : null}
            </li>
          );
        })}
      </ol>
    </Layout>
  );
}
