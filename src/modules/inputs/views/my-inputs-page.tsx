import { formatDate, pickText, type LocalizedText } from '../../../platform/i18n/index';
import { Layout } from '../../../platform/views/layout';
import type { PageContext } from '../../../platform/views/page-context';
import { inputMessages } from '../messages';
import type { Input } from '../service';
import { inputsPath, StatusTag } from './parts';

export interface MyInput extends Input {
  programme: { slug: string; title: LocalizedText } | null;
}

/** What the logged-in person has sent, with each input's status and any public answer. */
export function MyInputsPage(props: { ctx: PageContext; inputs: MyInput[] }) {
  const { ctx } = props;
  const m = inputMessages(ctx.locale);
  return (
    <Layout ctx={ctx} title={m.myInputs}>
      <h1 class="ds-heading" data-size="lg">
        {m.myInputs}
      </h1>
      <p class="ds-paragraph">{m.myInputsIntro}</p>
      {props.inputs.length === 0 ? (
        <p class="ds-paragraph muted">{m.noMyInputs}</p>
      ) : (
        <ul class="plain-list stack">
          {props.inputs.map((input) => (
            <li key={input.id}>
              <article class="ds-card stack input-card" aria-labelledby={`input-${input.id}-title`}>
                <h2 class="ds-heading" data-size="sm" id={`input-${input.id}-title`}>
                  {input.title}
                </h2>
                <dl class="input-facts">
                  <dt>{m.programme}</dt>
                  <dd>
                    {input.programme ? (
                      <a class="ds-link" href={`${inputsPath(input.programme)}/public`}>
                        {pickText(input.programme.title, ctx.locale)}
                      </a>
                    ) : (
                      '–'
                    )}
                  </dd>
                  <dt>{m.sentOn}</dt>
                  <dd>{formatDate(input.createdAt, ctx.locale)}</dd>
                  <dt>{m.status}</dt>
                  <dd>
                    <StatusTag status={input.status} m={m} />
                  </dd>
                  <dt>{m.publicAnswer}</dt>
                  <dd class="pre-line">{input.answer ?? m.noAnswer}</dd>
                </dl>
              </article>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}
