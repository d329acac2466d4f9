import { format, pickText, type LocalizedText } from '../../../platform/i18n/index';
import type { FieldErrors } from '../../../platform/http/validation';
import { ErrorSummary, Field, Form, SubmitButton, type FormValues } from '../../../platform/views/form';
import { Layout } from '../../../platform/views/layout';
import type { PageContext } from '../../../platform/views/page-context';
import { questionMessages } from '../question-messages';
import { questionKinds, type QuestionKind } from '../tables';

export interface QuestionView {
  id: number;
  kind: QuestionKind;
  label: LocalizedText;
  required: boolean;
}

interface FormProps {
  ctx: PageContext;
  action: string;
  submit: string;
  errors?: FieldErrors;
  values?: FormValues;
  question?: QuestionView;
}

/** The fields of a question: kind, the label in three languages, and whether it must be answered. */
export function QuestionForm(props: FormProps) {
  const { ctx, errors, values, question } = props;
  const m = questionMessages(ctx.locale);
  const labels = { kind: m.kind, label_nb: m.labelNb, label_sv: m.labelSv, label_en: m.labelEn };
  const checked = values ? values.required === 'on' : (question?.required ?? false);
  return (
    <>
      <ErrorSummary ctx={ctx} errors={errors} labels={labels} />
      <Form ctx={ctx} action={props.action} class="form-wide">
        <Field
          ctx={ctx}
          name="kind"
          label={m.kind}
          required
          errors={errors}
          values={values}
          defaultValue={question?.kind ?? 'text'}
          options={questionKinds.map((k) => ({ value: k, label: m[`kind.${k}`] }))}
        />
        <p class="ds-paragraph field__hint" data-size="sm">
          {m.labelHint}
        </p>
        <Field
          ctx={ctx}
          name="label_nb"
          label={m.labelNb}
          errors={errors}
          values={values}
          defaultValue={question?.label.nb}
        />
        <Field
          ctx={ctx}
          name="label_sv"
          label={m.labelSv}
          errors={errors}
          values={values}
          defaultValue={question?.label.sv}
        />
        <Field
          ctx={ctx}
          name="label_en"
          label={m.labelEn}
          errors={errors}
          values={values}
          defaultValue={question?.label.en}
        />
        <div class="ds-field field field--checkbox">
          <input
            class="ds-input"
            type="checkbox"
            id="f-required"
            name="required"
            value="on"
            checked={checked}
          />
          <label class="ds-label" for="f-required">
            {m.requiredBox}
          </label>
        </div>
        <SubmitButton>{props.submit}</SubmitButton>
      </Form>
    </>
  );
}

/** The list of an event's registration questions, with reordering, and a form to add one. */
export function QuestionsPage(props: {
  ctx: PageContext;
  eventId: number;
  eventTitle: string;
  questions: QuestionView[];
  saved?: boolean;
  errors?: FieldErrors;
  values?: FormValues;
}) {
  const { ctx, eventId, questions } = props;
  const m = questionMessages(ctx.locale);
  const base = `/events/${eventId}/questions`;
  return (
    <Layout ctx={ctx} title={`${m.title}: ${props.eventTitle}`}>
      <p class="ds-paragraph">
        <a class="ds-link" href={`/events/${eventId}/registrations`}>
          {m.backToList}
        </a>
      </p>
      <h1 class="ds-heading" data-size="lg">
        {m.title}: {props.eventTitle}
      </h1>
      {props.saved ? (
        <div class="ds-alert" data-color="success" role="status">
          <p class="ds-paragraph">{m.saved}</p>
        </div>
      ) : null}
      <p class="ds-paragraph">{m.intro}</p>
      <div class="ds-alert" data-color="info">
        <p class="ds-paragraph">{m.retention}</p>
      </div>
      {questions.length === 0 ? (
        <p class="ds-paragraph">{m.none}</p>
      ) : (
        <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="questions-caption">
          <table class="ds-table" data-size="sm">
            <caption id="questions-caption">{m.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{m.number}</th>
                <th scope="col">{m.label}</th>
                <th scope="col">{m.kind}</th>
                <th scope="col">{m.required}</th>
                <th scope="col">{m.actions}</th>
              </tr>
            </thead>
            <tbody>
              {questions.map((q, i) => {
                const label = pickText(q.label, ctx.locale);
                return (
                  <tr key={q.id} id={`question-${q.id}`}>
                    <td>{i + 1}</td>
                    <th scope="row">{label}</th>
                    <td>{m[`kind.${q.kind}`]}</td>
                    <td>{q.required ? m.yes : m.no}</td>
                    <td>
                      <div class="cluster">
                        <a
                          class="ds-link"
                          href={`${base}/${q.id}`}
                          aria-label={format(m.editNamed, { label })}
                        >
                          {ctx.t.edit}
                        </a>
                        {i > 0 ? (
                          <Form ctx={ctx} action={`${base}/${q.id}/move`}>
                            <input type="hidden" name="direction" value="up" />
                            <button
                              type="submit"
                              class="ds-button"
                              data-variant="tertiary"
                              data-size="sm"
                              aria-label={format(m.moveUpNamed, { label })}
                            >
                              {m.moveUp}
                            </button>
                          </Form>
                        ) : null}
                        {i < questions.length - 1 ? (
                          <Form ctx={ctx} action={`${base}/${q.id}/move`}>
                            <input type="hidden" name="direction" value="down" />
                            <button
                              type="submit"
                              class="ds-button"
                              data-variant="tertiary"
                              data-size="sm"
                              aria-label={format(m.moveDownNamed, { label })}
                            >
                              {m.moveDown}
                            </button>
                          </Form>
                        ) : null}
                        <Form ctx={ctx} action={`${base}/${q.id}/delete`}>
                          <button
                            type="submit"
                            class="ds-button"
                            data-variant="tertiary"
                            data-color="danger"
                            data-size="sm"
                            aria-label={format(m.deleteNamed, { label })}
                          >
                            {ctx.t.delete}
                          </button>
                        </Form>
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <section aria-labelledby="add-question" class="registration-section">
        <h2 class="ds-heading" data-size="sm" id="add-question">
          {m.addTitle}
        </h2>
        <QuestionForm ctx={ctx} action={base} submit={m.add} errors={props.errors} values={props.values} />
      </section>
    </Layout>
  );
}

/** One question's edit form. */
export function QuestionEditPage(props: {
  ctx: PageContext;
  eventId: number;
  question: QuestionView;
  errors?: FieldErrors;
  values?: FormValues;
}) {
  const { ctx, eventId, question } = props;
  const m = questionMessages(ctx.locale);
  const base = `/events/${eventId}/questions`;
  return (
    <Layout ctx={ctx} title={m.editTitle}>
      <p class="ds-paragraph">
        <a class="ds-link" href={base}>
          {m.backToQuestions}
        </a>
      </p>
      <h1 class="ds-heading" data-size="lg">
        {m.editTitle}
      </h1>
      <p class="ds-paragraph">{m.retention}</p>
      <QuestionForm
        ctx={ctx}
        action={`${base}/${question.id}`}
        submit={ctx.t.save}
        errors={props.errors}
        values={props.values}
        question={question}
      />
    </Layout>
  );
}
