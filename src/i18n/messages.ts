/**
 * The widgets' own words in every supported language, one file each (en.ts, zh.ts, da.ts).
 * Region names and data labels live with the data; these catalogues hold interface text
 * only. DOM-free.
 *
 * Placeholders are `{name}`; every language must use the same placeholders as English
 * (a unit test checks this).
 */
import { isolate } from './bidi.js';
import { da } from './da.js';
import { en } from './en.js';
import { INTL_LOCALE, type Language } from './language.js';
import { zh } from './zh.js';

/** A key of the interface-text catalogue. */
export type MessageKey = keyof typeof en;

/** Values filled into a message's `{placeholders}`. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** The catalogues, frozen; exported for tests and for tools that list the strings. */
export const MESSAGES: Readonly<Record<Language, Readonly<Record<MessageKey, string>>>> =
  Object.freeze({ en: Object.freeze(en), zh: Object.freeze(zh), da: Object.freeze(da) });

/**
 * A message in the given language with its placeholders filled in. A missing parameter
 * leaves its `{placeholder}` visible rather than inventing text.
 *
 * @example message('da', 'problem.title') // "Grafikken kan ikke vises"
 */
export function message(language: Language, key: MessageKey, params: MessageParams = {}): string {
  return MESSAGES[language][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? isolate(String(params[name])) : whole,
  );
}

/**
 * "a, b or c" in the given language, for lists of allowed values.
 *
 * @example listOr('en', ['light', 'dark']) // "light or dark"
 */
export function listOr(language: Language, items: readonly string[]): string {
  return new Intl.ListFormat(INTL_LOCALE[language], { type: 'disjunction' }).format(items);
}

/** "a, b and c" in the given language. */
export function listAnd(language: Language, items: readonly string[]): string {
  return new Intl.ListFormat(INTL_LOCALE[language], { type: 'conjunction' }).format(items);
}

/** What a metric says of its year: the year it refers to, or words in each language where its source gives none. */
export interface MetricYear {
  readonly year?: number;
  readonly yearLabel?: Readonly<Record<Language, string>>;
}

/** Whether a metric has something to say of its year: a year, or the words that stand for one. */
export function hasYear(metric: MetricYear): boolean {
  return Number.isFinite(metric.year) || metric.yearLabel !== undefined;
}

/**
 * The year a metric's figures refer to, as words: `2020`, `2020年`; or, for a metric whose
 * source gives no year, the metric's own words for that (`reference year not given`).
 */
export function yearLabel(language: Language, metric: MetricYear): string {
  return metric.yearLabel ? metric.yearLabel[language] : message(language, 'data.year', { year: metric.year ?? '' });
}

/**
 * A title or label that names a metric and its year ("GDP, 2024", "Area by region, reference
 * year not given"); the metric's bare label where it says nothing of its year.
 */
export function labelWithYear(language: Language, key: MessageKey, metric: MetricYear & { readonly label: Readonly<Record<Language, string>> }): string {
  const label = metric.label[language];
  return hasYear(metric) ? message(language, key, { metric: label, label, year: yearLabel(language, metric) }) : label;
}
