import { format } from '../../../platform/i18n/index';
import { Form } from '../../../platform/views/form';
import { Layout } from '../../../platform/views/layout';
import type { PageContext } from '../../../platform/views/page-context';
import type { FollowUpCount } from '../manage-service';
import { messages } from '../messages';
import type { Programme } from '../model';
import { Trail } from './follow-up-parts';

const countKeys = ['participants', 'statuses', 'notes', 'feedback', 'activities', 'outcomes'] as const;

/**
 * Asks before deleting a phase or step or removing a participant: says what goes with it, and when
 * follow-up has been recorded, the operator must tick a box to accept losing it.
 */
export function ConfirmDeletePage(props: {
  ctx: PageContext;
  programme: Programme;
  heading: string;
  intro: string;
  count: FollowUpCount;
  action: string;
  cancelHref: string;
  submitLabel: string;
  /** Why the last attempt was refused (follow-up not accepted lost); marks the tick box invalid. */
  problem?: string;
}) {
  const { ctx, count } = props;
  const m = messages(ctx.locale);
  const recorded = countKeys.filter((k) => k !== 'participants' && count[k] > 0).length > 0;
  return (
    <Layout ctx={ctx} title={props.heading}>
      <Trail ctx={ctx} programme={props.programme} />
      {props.problem ? (
        <div class="ds-alert" data-color="danger" role="alert" id="delete-problem">
          <p class="ds-paragraph">{props.problem}</p>
        </div>
      ) : null}
      <h1 class="ds-heading" data-size="lg">
        {props.heading}
      </h1>
      <p class="ds-paragraph">{props.intro}</p>
      <section aria-labelledby="recorded" class="stack">
        <h2 class="ds-heading" data-size="sm" id="recorded">
          {m.recordedTitle}
        </h2>
        {recorded ? (
          <>
            <p class="ds-paragraph">{m.recordedIntro}</p>
            <ul class="ds-list">
              {countKeys
                .filter((k) => count[k] > 0)
                .map((k) => (
                  <li key={k}>{format(m[`count.${k}`], { n: count[k] }, ctx.locale)}</li>
                ))}
            </ul>
          </>
        ) : (
          <p class="ds-paragraph">{m.noneRecorded}</p>
        )}
      </section>
      <Form ctx={ctx} action={props.action} class="stack">
        {recorded ? (
          <div class="ds-field">
            <input
              class="ds-input"
              type="checkbox"
              id="f-delete_follow_up"
              name="delete_follow_up"
              value="yes"
              aria-describedby={
                props.problem ? 'f-delete_follow_up-hint delete-problem' : 'f-delete_follow_up-hint'
              }
              aria-invalid={props.problem ? 'true' : undefined}
            />
            <label class="ds-label" for="f-delete_follow_up">
              {m.confirmLoss}
            </label>
            <p class="ds-paragraph field__hint" data-size="sm" id="f-delete_follow_up-hint">
              {m.confirmLossHint}
            </p>
          </div>
        ) : null}
        <div class="cluster">
          <button type="submit" class="ds-button" data-variant="primary" data-color="danger">
            {props.submitLabel}
          </button>
          <a class="ds-link" href={props.cancelHref}>
            {ctx.t.cancel}
          </a>
        </div>
      </Form>
    </Layout>
  );
}
