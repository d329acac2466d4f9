import { Layout } from '../../../platform/views/layout';
import type { PageContext } from '../../../platform/views/page-context';
import { inputMessages } from '../messages';
import { InputTrail, inputsPath, programmePath, type ProgrammeRef } from './parts';

/** What everyone sees after sending input (a robot caught by the trap too: it cannot tell). */
export function InputSentPage(props: { ctx: PageContext; programme: ProgrammeRef }) {
  const { ctx, programme } = props;
  const m = inputMessages(ctx.locale);
  return (
    <Layout ctx={ctx} title={m.sentTitle}>
      <InputTrail ctx={ctx} programme={programme} />
      <div class="ds-alert" data-color="success" role="status">
        <h1 class="ds-heading" data-size="md">
          {m.sentTitle}
        </h1>
        <p class="ds-paragraph">{m.sentBody}</p>
        {ctx.user ? <p class="ds-paragraph">{m.sentMine}</p> : null}
      </div>
      <ul class="plain-list stack">
        {ctx.user ? (
          <li>
            <a class="ds-link" href="/me/inputs">
              {m.myInputsLink}
            </a>
          </li>
        ) : null}
        <li>
          <a class="ds-link" href={`${inputsPath(programme)}/public`}>
            {m.publicInputs}
          </a>
        </li>
        <li>
          <a class="ds-link" href={programmePath(programme)}>
            {m.backToProgramme}
          </a>
        </li>
      </ul>
    </Layout>
  );
}
