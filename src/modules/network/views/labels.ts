import { format, type Locale } from '../../../platform/i18n/index';
import { countryLabels, kindLabels, messages } from '../messages';
import {
  ageBands,
  countries,
  organisationKinds,
  sectors,
  yearsLivedBands,
  type Country,
  type OrganisationKind,
} from '../tables';

/** Option lists and labels the network's views share, in the reader's language. */

export const kindLabel = (kind: OrganisationKind, locale: Locale) => kindLabels(locale)[kind];
export const countryLabel = (country: Country, locale: Locale) => countryLabels(locale)[country];

export const kindOptions = (locale: Locale) =>
  organisationKinds.map((k) => ({ value: k, label: kindLabel(k, locale) }));
export const countryOptions = (locale: Locale) =>
  countries.map((c) => ({ value: c, label: countryLabel(c, locale) }));

export function sectorLabel(value: (typeof sectors)[number], locale: Locale) {
  return messages(locale)[`sector.${value}`];
}

export function yearsLivedLabel(value: (typeof yearsLivedBands)[number], locale: Locale) {
  return format(messages(locale).years, { band: value.replace('-', '–') }, locale);
}

export function ageBandLabel(value: (typeof ageBands)[number], locale: Locale) {
  return value === 'under-30' ? messages(locale).under30 : value.replace('-', '–');
}

/** A choice list that starts with "not given", for optional selects. */
export function withNone<T extends string>(values: readonly T[], label: (v: T) => string, none: string) {
  return [{ value: '', label: none }, ...values.map((v) => ({ value: v as string, label: label(v) }))];
}

export { ageBands, sectors, yearsLivedBands };
