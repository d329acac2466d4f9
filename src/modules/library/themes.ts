import type { Locale } from '../../platform/i18n/index';

/**
 * The fixed theme vocabulary. The first six are seed 000's parameters for the holistic societal
 * analysis of city–hinterland interaction; the rest are what the other seeds' work is about.
 */
export const themes = [
  { key: 'labour-market', nb: 'Arbeidsmarked', sv: 'Arbetsmarknad', en: 'Labour market' },
  { key: 'housing-market', nb: 'Boligmarked', sv: 'Bostadsmarknad', en: 'Housing market' },
  { key: 'land-use', nb: 'Arealbruk', sv: 'Markanvändning', en: 'Land use' },
  { key: 'infrastructure', nb: 'Infrastruktur', sv: 'Infrastruktur', en: 'Infrastructure' },
  { key: 'business', nb: 'Næringsliv', sv: 'Näringsliv', en: 'Business' },
  { key: 'competence', nb: 'Kompetanse', sv: 'Kompetens', en: 'Competence' },
  { key: 'learning-networks', nb: 'Læringsnettverk', sv: 'Lärande nätverk', en: 'Learning networks' },
  { key: 'regional-planning', nb: 'Regional planlegging', sv: 'Regional planering', en: 'Regional planning' },
  { key: 'public-health', nb: 'Folkehelse', sv: 'Folkhälsa', en: 'Public health' },
  { key: 'climate', nb: 'Klima', sv: 'Klimat', en: 'Climate' },
  { key: 'digitalisation', nb: 'Digitalisering', sv: 'Digitalisering', en: 'Digitalisation' },
  { key: 'attractiveness', nb: 'Attraktivitet', sv: 'Attraktivitet', en: 'Attractiveness' },
  { key: 'participation', nb: 'Medvirkning', sv: 'Medborgardialog', en: 'Public participation' },
] as const;

export type ThemeKey = (typeof themes)[number]['key'];
export const themeKeys = themes.map((t) => t.key) as [ThemeKey, ...ThemeKey[]];

export function isTheme(value: unknown): value is ThemeKey {
  return typeof value === 'string' && (themeKeys as string[]).includes(value);
}

/** The theme's name in the reader's language; an unknown key is shown as it is. */
export function themeLabel(key: string, locale: Locale): string {
  return themes.find((t) => t.key === key)?.[locale] ?? key;
}
