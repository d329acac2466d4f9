import { format, localeNames, locales } from '../../../platform/i18n/index';
import { ErrorSummary, Field, Form, SubmitButton } from '../../../platform/views/form';
import type { PageContext } from '../../../platform/views/page-context';
import type { ProgrammeMessages } from '../messages';
import type { Phase } from '../model';
import type { FormState } from './form-state';
import { localText, LocalizedFields, Paragraphs, Problem, Text } from './parts';

/** Up and down buttons for one phase or step; each button names what it moves. */
function MoveButtons(props: {
  ctx: PageContext;
  m: ProgrammeMessages;
  action: string;
  name: string;
  first: boolean;
  last: boolean;
}) {
  const { ctx, m } = props;
  if (props.first && props.last) return null;
  return (
    <Form ctx={ctx} action={props.action} class="inline-form move-buttons">
      {props.first ? null : (
        <button
          type="submit"
          class="ds-button"
          data-variant="tertiary"
          data-size="sm"
          name="direction"
          value="up"
          aria-label={format(m.moveUp, { name: props.name })}
        >
          ↑ {m.up}
        </button>
      )}
      {props.last ? null : (
        <button
          type="submit"
          class="ds-button"
          data-variant="tertiary"
          data-size="sm"
          name="direction"
          value="down"
          aria-label={format(m.moveDown, { name: props.name })}
        >
          ↓ {m.down}
        </button>
      )}
    </Form>
  );
}

/** Links to the edit and delete pages of one phase or step; each names what it changes. */
function ManageLinks(props: { ctx: PageContext; m: ProgrammeMessages; base: string; name: string }) {
  const { ctx, m } = props;
  return (
    <span class="cluster manage-links">
      <a class="ds-link" href={`${props.base}/edit`} aria-label={format(m.editNamed, { name: props.name })}>
        {ctx.t.edit}
      </a>
      <a
        class="ds-link"
        href={`${props.base}/delete`}
        aria-label={format(m.deleteNamed, { name: props.name })}
      >
        {ctx.t.delete}
      </a>
    </span>
  );
}

function labelsFor(prefix: string, m: ProgrammeMessages) {
  const labels: Record<string, string> = { step_phase_id: m.phase };
  for (const l of locales) {
    labels[`${prefix}title_${l}`] = `${m.title} (${localeNames[l]})`;
    labels[`${prefix}description_${l}`] = `${m.description} (${localeNames[l]})`;
  }
  return labels;
}

/** The programme's phases with their ordered steps; operators also get forms to add and reorder. */
export function StructureSection(props: {
  ctx: PageContext;
  m: ProgrammeMessages;
  slug: string;
  phases: Phase[];
  canManage: boolean;
  state?: FormState;
}) {
  const { ctx, m, slug, phases } = props;
  const state = props.state;
  const phaseState = state?.form === 'phase' ? state : undefined;
  const stepState = state?.form === 'step' ? state : undefined;
  return (
    <section aria-labelledby="phases" class="stack">
      <h2 class="ds-heading" data-size="md" id="phases">
        {m.phases}
      </h2>
      {phases.length === 0 ? <p class="ds-paragraph">{m.noPhases}</p> : null}
      <ol class="phase-list">
        {phases.map((phase, i) => (
          <li key={phase.id} class="phase" id={`phase-${phase.id}`}>
            <div class="cluster">
              <h3 class="ds-heading" data-size="sm">
                <Text text={phase.title} ctx={ctx} />
              </h3>
              {props.canManage ? (
                <>
                  <MoveButtons
                    ctx={ctx}
                    m={m}
                    action={`/programmes/${slug}/phases/${phase.id}/move`}
                    name={localText(phase.title, ctx.locale).value}
                    first={i === 0}
                    last={i === phases.length - 1}
                  />
                  <ManageLinks
                    ctx={ctx}
                    m={m}
                    base={`/programmes/${slug}/phases/${phase.id}`}
                    name={localText(phase.title, ctx.locale).value}
                  />
                </>
              ) : null}
            </div>
            <Paragraphs text={phase.description} ctx={ctx} />
            {phase.steps.length === 0 ? (
              <p class="ds-paragraph">{m.noSteps}</p>
            ) : (
              <ol class="step-list">
                {phase.steps.map((step, j) => (
                  <li key={step.id} id={`step-${step.id}`}>
                    <div class="cluster">
                      <strong>
                        <Text text={step.title} ctx={ctx} />
                      </strong>
                      {props.canManage ? (
                        <>
                          <MoveButtons
                            ctx={ctx}
                            m={m}
                            action={`/programmes/${slug}/steps/${step.id}/move`}
                            name={localText(step.title, ctx.locale).value}
                            first={j === 0}
                            last={j === phase.steps.length - 1}
                          />
                          <ManageLinks
                            ctx={ctx}
                            m={m}
                            base={`/programmes/${slug}/steps/${step.id}`}
                            name={localText(step.title, ctx.locale).value}
                          />
                        </>
                      ) : null}
                    </div>
                    <Paragraphs text={step.description} ctx={ctx} />
                  </li>
                ))}
              </ol>
            )}
          </li>
        ))}
      </ol>
      {props.canManage ? (
        <div class="operator-forms">
          <details class="ds-details" open={!!phaseState}>
            <summary>{m.addPhase}</summary>
            <div id="add-phase" class="stack">
              <ErrorSummary ctx={ctx} errors={phaseState?.errors} labels={labelsFor('phase_', m)} />
              <Problem message={phaseState?.problem} />
              <Form ctx={ctx} action={`/programmes/${slug}/phases`} class="stack form-wide">
                <LocalizedFields
                  ctx={ctx}
                  m={m}
                  prefix="phase_"
                  rows={2}
                  errors={phaseState?.errors}
                  values={phaseState?.values}
                />
                <SubmitButton>{m.addPhase}</SubmitButton>
              </Form>
            </div>
          </details>
          {phases.length > 0 ? (
            <details class="ds-details" open={!!stepState}>
              <summary>{m.addStep}</summary>
              <div id="add-step" class="stack">
                <ErrorSummary ctx={ctx} errors={stepState?.errors} labels={labelsFor('step_', m)} />
                <Problem message={stepState?.problem} />
                <Form ctx={ctx} action={`/programmes/${slug}/steps`} class="stack form-wide">
                  <Field
                    ctx={ctx}
                    name="step_phase_id"
                    label={m.phase}
                    required
                    errors={stepState?.errors}
                    values={stepState?.values}
                    defaultValue={phases[phases.length - 1]?.id}
                    options={phases.map((p) => ({
                      value: String(p.id),
                      label: localText(p.title, ctx.locale).value,
                    }))}
                  />
                  <LocalizedFields
                    ctx={ctx}
                    m={m}
                    prefix="step_"
                    rows={2}
                    errors={stepState?.errors}
                    values={stepState?.values}
                  />
                  <SubmitButton>{m.addStep}</SubmitButton>
                </Form>
              </div>
            </details>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
