import {
  format,
  formatDate,
  localeNames,
  locales,
  type Locale,
  type LocalizedText,
} from '../../../platform/i18n/index';
import type { FieldErrors } from '../../../platform/http/validation';
import { Field, type FormValues } from '../../../platform/views/form';
import type { PageContext } from '../../../platform/views/page-context';
import type { ProgrammeMessages } from '../messages';

/** The text in the reader's language, else another present one, with the language it is in. */
export function localText(text: LocalizedText, locale: Locale): { value: string; lang: Locale | undefined } {
  for (const l of [locale, 'nb', 'sv', 'en'] as const) {
    const value = text[l];
    if (value) return { value, lang: l };
  }
  return { value: '', lang: undefined };
}

/**
 * A localized text in an element, marked with `lang` when it is shown in a language other than
 * the page's (WCAG 3.1.2), so screen readers pronounce it right.
 */
export function Text(props: { text: LocalizedText; ctx: PageContext }) {
  const { value, lang } = localText(props.text, props.ctx.locale);
  return <span lang={lang && lang !== props.ctx.locale ? lang : undefined}>{value}</span>;
}

/** A description as paragraphs: a blank line in the text starts a new one. */
export function Paragraphs(props: { text: LocalizedText; ctx: PageContext }) {
  const { value, lang } = localText(props.text, props.ctx.locale);
  if (!value) return null;
  const mark = lang && lang !== props.ctx.locale ? lang : undefined;
  return (
    <div lang={mark} class="stack">
      {value.split(/\n\s*\n/).map((p, i) => (
        <p class="ds-paragraph" key={i}>
          {p}
        </p>
      ))}
    </div>
  );
}

/** "1 January 2020 – 31 December 2022", "From …", "Until …", or empty. */
export function periodText(
  startsOn: string | null,
  endsOn: string | null,
  locale: Locale,
  m: ProgrammeMessages,
): string {
  const start = formatDate(startsOn, locale);
  const end = formatDate(endsOn, locale);
  if (start && end) return format(m.periodFromTo, { start, end }, locale);
  if (start) return format(m.periodFrom, { start }, locale);
  if (end) return format(m.periodUntil, { end }, locale);
  return '';
}

export function kindLabel(kind: string, m: ProgrammeMessages): string {
  return (m as Record<string, string>)[`kind.${kind}`] ?? kind;
}

export function VisibilityTag(props: { visibility: 'public' | 'members'; m: ProgrammeMessages }) {
  return (
    <span class="ds-tag" data-color={props.visibility === 'public' ? 'success' : 'warning'} data-size="sm">
      {props.m[`visibility.${props.visibility}`]}
    </span>
  );
}

/**
 * Title and description in each of nb, sv and en: one fieldset per language, so the reader sees
 * which language each pair is in. `prefix` keeps the names unique on pages with several forms.
 */
export function LocalizedFields(props: {
  ctx: PageContext;
  m: ProgrammeMessages;
  prefix: string;
  errors?: FieldErrors;
  values?: FormValues;
  defaults?: { title: LocalizedText; description: LocalizedText };
  rows?: number;
}) {
  const { ctx, m, prefix } = props;
  return (
    <div class="stack">
      <p class="ds-paragraph field__hint" data-size="sm">
        {m.languagesHint}
      </p>
      {locales.map((l) => (
        <fieldset class="ds-fieldset language-fieldset" key={l}>
          <legend class="ds-label" lang={l}>
            {localeNames[l]}
          </legend>
          <Field
            ctx={ctx}
            name={`${prefix}title_${l}`}
            label={m.title}
            errors={props.errors}
            values={props.values}
            defaultValue={props.defaults?.title[l]}
          />
          <Field
            ctx={ctx}
            name={`${prefix}description_${l}`}
            label={m.description}
            multiline
            rows={props.rows ?? 4}
            errors={props.errors}
            values={props.values}
            defaultValue={props.defaults?.description[l]}
          />
        </fieldset>
      ))}
    </div>
  );
}

/** A short alert for a broken domain rule (duplicate participant…), shown above its form. */
export function Problem(props: { message?: string }) {
  if (!props.message) return null;
  return (
    <div class="ds-alert" data-color="danger" role="alert">
      <p class="ds-paragraph">{props.message}</p>
    </div>
  );
}
