import type { ComponentChildren } from 'preact';
import type { FieldErrors } from '../http/validation';
import type { PageContext } from './page-context';

/** A form that always carries the CSRF token. */
export function Form(props: {
  ctx: PageContext;
  action: string;
  children: ComponentChildren;
  class?: string;
  enctype?: string;
  'aria-label'?: string;
}) {
  return (
    <form
      method="post"
      action={props.action}
      class={props.class}
      enctype={props.enctype}
      aria-label={props['aria-label']}
      noValidate
    >
      <input type="hidden" name="_csrf" value={props.ctx.csrfToken} />
      {props.children}
    </form>
  );
}

export type FormValues = Record<string, unknown>;

interface FieldProps {
  ctx: PageContext;
  name: string;
  label: string;
  hint?: string;
  errors?: FieldErrors;
  values?: FormValues;
  type?: 'text' | 'email' | 'password' | 'date' | 'url' | 'number' | 'tel' | 'search' | 'datetime-local';
  required?: boolean;
  autocomplete?: string;
  multiline?: boolean;
  rows?: number;
  options?: { value: string; label: string }[];
  /** Fills the value when the form is shown for the first time. */
  defaultValue?: string | number | null;
}

function valueOf(props: FieldProps): string {
  const sent = props.values?.[props.name];
  if (typeof sent === 'string') return sent;
  if (typeof sent === 'number') return String(sent);
  return props.defaultValue == null ? '' : String(props.defaultValue);
}

/** The one way to render a form field: label, optional hint, the error in the reader's language, input. */
export function Field(props: FieldProps) {
  const { ctx, name } = props;
  const id = `f-${name}`;
  const errorKey = props.errors?.[name];
  const describedBy =
    [props.hint ? `${id}-hint` : '', errorKey ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const value = valueOf(props);
  const common = {
    id,
    name,
    class: 'ds-input',
    'aria-describedby': describedBy,
    'aria-invalid': errorKey ? ('true' as const) : undefined,
    required: props.required,
  };
  return (
    <div class="ds-field field">
      <label class="ds-label" for={id}>
        {props.label}
        {props.required ? null : <span class="field__optional"> ({ctx.t.optional})</span>}
      </label>
      {props.hint ? (
        <p class="ds-paragraph field__hint" data-size="sm" id={`${id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      {props.options ? (
        <select {...common}>
          {props.options.map((o) => (
            <option key={o.value} value={o.value} selected={o.value === value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : props.multiline ? (
        <textarea {...common} rows={props.rows ?? 4}>
          {value}
        </textarea>
      ) : (
        <input
          {...common}
          type={(props.type ?? 'text') as 'text'}
          value={value}
          autocomplete={props.autocomplete}
        />
      )}
      {errorKey ? (
        <p class="ds-validation-message" data-color="danger" id={`${id}-error`}>
          {ctx.t[`error.${errorKey}`]}
        </p>
      ) : null}
    </div>
  );
}

/** Lists every error at the top of the form, each linking to its field (GOV.UK's pattern, WCAG 3.3.1). */
export function ErrorSummary(props: {
  ctx: PageContext;
  errors?: FieldErrors;
  labels: Record<string, string>;
}) {
  const entries = Object.entries(props.errors ?? {});
  if (entries.length === 0) return null;
  return (
    <div class="ds-error-summary" tabIndex={-1} data-autofocus="true" role="alert">
      <h2 class="ds-heading" data-size="xs">
        {props.ctx.t.errorSummary}
      </h2>
      <ul class="ds-list">
        {entries.map(([name, key]) => (
          <li key={name}>
            <a class="ds-link" href={`#f-${name}`}>
              {props.labels[name] ? `${props.labels[name]}: ` : ''}
              {props.ctx.t[`error.${key}`]}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function SubmitButton(props: {
  children: ComponentChildren;
  variant?: 'primary' | 'secondary' | 'tertiary';
  name?: string;
  value?: string;
}) {
  return (
    <button
      type="submit"
      class="ds-button"
      data-variant={props.variant ?? 'primary'}
      name={props.name}
      value={props.value}
    >
      {props.children}
    </button>
  );
}
