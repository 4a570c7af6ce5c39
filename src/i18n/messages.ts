/**
 * The widgets' own words in every supported language, one file each (en.ts, zh.ts, da.ts).
 * Region names and data labels live with the data; these catalogues hold interface text
 * only. DOM-free.
 *
 * Placeholders are `{name}`; every language must use the same placeholders as English
 * (a unit test checks this).
 */
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
    name in params ? String(params[name]) : whole,
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

/**
 * The year a metric's figures refer to, as words: `2020`, `2020年`; or, for a metric whose
 * source gives no reference year (its `yearNote` says so), `as listed in 2026`.
 */
export function yearLabel(language: Language, metric: { readonly year: number; readonly yearNote?: unknown }): string {
  return message(language, metric.yearNote ? 'data.yearAsListed' : 'data.year', { year: metric.year });
}
