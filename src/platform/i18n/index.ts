export const locales = ['nb', 'sv', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'nb';

export const localeNames: Record<Locale, string> = { nb: 'Norsk bokmål', sv: 'Svenska', en: 'English' };
/** BCP 47 tags for Intl; `nb` alone works, but `nb-NO` gives the expected date order everywhere. */
export const intlTag: Record<Locale, string> = { nb: 'nb-NO', sv: 'sv-SE', en: 'en-GB' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/**
 * A module's messages in all three languages. The type makes a missing translation a compile error:
 * nb and sv must have exactly the keys en has.
 */
export function defineMessages<K extends string>(dicts: {
  en: Record<K, string>;
  nb: Record<NoInfer<K>, string>;
  sv: Record<NoInfer<K>, string>;
}): (locale: Locale) => Record<K, string> {
  return (locale) => dicts[locale];
}

/** Fills `{name}` placeholders; numbers go through Intl so they read right in each language. */
export function format(template: string, params: Record<string, string | number>, locale: Locale = 'en') {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = params[key];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value, locale) : value;
  });
}

// Building an Intl formatter costs far more than using one (it showed as 5 % of a programme page's
// CPU), so each locale and style gets one, made on first use.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

export function formatNumber(value: number, locale: Locale): string {
  return cached(`n:${locale}`, () => new Intl.NumberFormat(intlTag[locale])).format(value);
}

/**
 * Formats a calendar date stored as YYYY-MM-DD without letting the time zone shift the day; an
 * instant is shown as its date in `zone` (Oslo unless told).
 */
export function formatDate(
  isoDate: string | null | undefined,
  locale: Locale,
  style: 'long' | 'short' = 'long',
  zone = 'Europe/Oslo',
) {
  if (!isoDate) return '';
  const date = new Date(isoDate.length === 10 ? `${isoDate}T12:00:00Z` : isoDate);
  if (Number.isNaN(date.getTime())) return isoDate;
  const timeZone = isoDate.length === 10 ? 'UTC' : zone;
  return cached(
    `d:${locale}:${style}:${timeZone}`,
    () => new Intl.DateTimeFormat(intlTag[locale], { dateStyle: style, timeZone }),
  ).format(date);
}

export function formatDateTime(iso: string | null | undefined, locale: Locale, timeZone = 'Europe/Oslo') {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(intlTag[locale], {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).format(date);
}

/** Picks the best of our locales from an Accept-Language header. */
export function negotiateLocale(header: string | undefined): Locale {
  if (!header) return defaultLocale;
  const wanted = header
    .split(',')
    .map((part) => {
      const [tag = '', q] = part.trim().split(';q=');
      return { tag: tag.toLowerCase(), q: q ? Number(q) : 1 };
    })
    .sort((a, b) => b.q - a.q);
  for (const { tag } of wanted) {
    const base = tag.split('-')[0];
    if (base === 'no' || base === 'nn' || base === 'nb') return 'nb';
    if (isLocale(base)) return base;
  }
  return defaultLocale;
}

/** A text stored in several languages; falls back to any language present. */
export type LocalizedText = Partial<Record<Locale, string>>;

export function pickText(text: LocalizedText | null | undefined, locale: Locale): string {
  if (!text) return '';
  return text[locale] || text.nb || text.sv || text.en || '';
}

/**
 * A localized text stored as JSON (`{"nb": "...", "sv": "...", "en": "..."}`). Only our languages'
 * non-blank strings are kept; a broken value reads as empty rather than failing the page.
 */
export function parseLocalized(json: string | null | undefined): LocalizedText {
  if (!json) return {};
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return {};
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  const out: LocalizedText = {};
  for (const locale of locales) {
    const text: unknown = (value as Record<string, unknown>)[locale];
    if (typeof text === 'string' && text.trim()) out[locale] = text;
  }
  return out;
}

/**
 * A span of time in the given zone, said once: "20. mai 2014, 10:00–11:30", or both dates in full
 * when it crosses midnight (Intl's formatRange decides). `dateStyle` picks how the date is written.
 */
export function formatTimeRange(
  startIso: string,
  endIso: string,
  locale: Locale,
  timeZone: string,
  dateStyle: 'medium' | 'long' | 'full' = 'medium',
): string {
  const start = new Date(startIso);
  const end = new Date(endIso);
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) return `${startIso} – ${endIso}`;
  return cached(
    `r:${locale}:${dateStyle}:${timeZone}`,
    () => new Intl.DateTimeFormat(intlTag[locale], { dateStyle, timeStyle: 'short', timeZone }),
  ).formatRange(start, end < start ? start : end);
}
