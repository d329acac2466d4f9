import { format, formatDate } from '../../../platform/i18n/index';
import { Layout } from '../../../platform/views/layout';
import type { PageContext } from '../../../platform/views/page-context';
import { inputMessages } from '../messages';
import type { PublicInput } from '../service';
import { InputTrail, inputsPath, Paragraphs, senderLine, type ProgrammeRef } from './parts';

/** The programme's answered inputs: each input, who sent it (as much as they agreed to) and the answer. */
export function PublicInputsPage(props: {
  ctx: PageContext;
  programme: ProgrammeRef;
  inputs: PublicInput[];
  canTriage: boolean;
}) {
  const { ctx, programme } = props;
  const m = inputMessages(ctx.locale);
  return (
    <Layout ctx={ctx} title={m.publicInputs}>
      <InputTrail ctx={ctx} programme={programme} />
      <h1 class="ds-heading" data-size="lg">
        {m.publicInputs}
      </h1>
      <p class="ds-paragraph">{m.publicIntro}</p>
      <p class="ds-paragraph cluster">
        <a class="ds-button" data-variant="primary" href={`${inputsPath(programme)}/new`}>
          {m.newInput}
        </a>
        {props.canTriage ? (
          <a class="ds-button" data-variant="secondary" href={inputsPath(programme)}>
            {m.triageLink}
          </a>
        ) : null}
      </p>
      {props.inputs.length === 0 ? (
        <p class="ds-paragraph muted">{m.noPublicInputs}</p>
      ) : (
        <ul class="plain-list stack">
          {props.inputs.map((input) => (
            <li key={input.id} id={`input-${input.id}`}>
              <article class="ds-card stack input-card" aria-labelledby={`input-${input.id}-title`}>
                <h2 class="ds-heading" data-size="sm" id={`input-${input.id}-title`}>
                  {input.title}
                </h2>
                <p class="ds-paragraph muted" data-size="sm">
                  {senderLine(m, input.senderKind, input.senderName)}
                </p>
                <Paragraphs text={input.body} />
                <section class="stack input-answer" aria-labelledby={`input-${input.id}-answer`}>
                  <h3 class="ds-heading" data-size="xs" id={`input-${input.id}-answer`}>
                    {m.answer}
                  </h3>
                  <p class="ds-paragraph muted" data-size="sm">
                    {format(m.answeredOn, { date: formatDate(input.answeredAt, ctx.locale) })}
                  </p>
                  <Paragraphs text={input.answer} />
                </section>
              </article>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}
