import { format } from '../../../platform/i18n/index';
import { Form, SubmitButton } from '../../../platform/views/form';
import { Layout } from '../../../platform/views/layout';
import type { PageContext } from '../../../platform/views/page-context';
import { digestMessages } from '../digest-messages';
import { themes } from '../themes';

function Checkboxes(props: {
  legend: string;
  name: string;
  options: { value: string; label: string }[];
  chosen: string[];
}) {
  return (
    <fieldset class="ds-fieldset field">
      <legend class="ds-label">{props.legend}</legend>
      <div class="library-checkboxes">
        {props.options.map((o) => (
          <div class="ds-field" key={o.value}>
            <input
              class="ds-input"
              type="checkbox"
              id={`f-${props.name}-${o.value}`}
              name={props.name}
              value={o.value}
              checked={props.chosen.includes(o.value)}
            />
            <label class="ds-label" data-weight="regular" for={`f-${props.name}-${o.value}`}>
              {o.label}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

/** /me/digest: which programmes and themes the weekly e-mail covers. */
export function DigestPage(props: {
  ctx: PageContext;
  programmes: { value: string; label: string }[];
  chosenProgrammes: number[];
  chosenThemes: string[];
  saved: boolean;
}) {
  const { ctx } = props;
  const m = digestMessages(ctx.locale);
  const on = props.chosenProgrammes.length + props.chosenThemes.length > 0;
  return (
    <Layout ctx={ctx} title={m.title}>
      <h1 class="ds-heading" data-size="lg">
        {m.title}
      </h1>
      {props.saved ? (
        <div class="ds-alert" data-color="success" role="status">
          <p class="ds-paragraph">{m.saved}</p>
        </div>
      ) : null}
      <p class="ds-paragraph">{m.intro}</p>
      <p class="ds-paragraph">{on ? format(m.sentTo, { email: ctx.user?.email ?? '' }) : m.off}</p>
      <Form ctx={ctx} action="/me/digest" class="stack">
        {props.programmes.length > 0 ? (
          <Checkboxes
            legend={m.programmes}
            name="programmeIds"
            options={props.programmes}
            chosen={props.chosenProgrammes.map(String)}
          />
        ) : null}
        <Checkboxes
          legend={m.themes}
          name="themes"
          options={themes.map((t) => ({ value: t.key, label: t[ctx.locale] }))}
          chosen={props.chosenThemes}
        />
        <SubmitButton>{m.save}</SubmitButton>
      </Form>
    </Layout>
  );
}
