/**
 * The widgets' own words in every supported language. Region names and data labels live
 * with the data; this catalogue holds interface text only. DOM-free.
 *
 * Placeholders are `{name}`; every language must use the same placeholders as English
 * (a unit test checks this).
 */
import { INTL_LOCALE, type Language } from './language.js';

const en = {
  'problem.title': 'This graphic can’t be shown',
  'problem.badChoice': 'The {attribute} value “{value}” is not valid. Use {allowed}.',
  'problem.internal': 'Something went wrong while drawing it. The browser console has the details.',
} as const;

/** A key of the interface-text catalogue. */
export type MessageKey = keyof typeof en;

/** Values filled into a message's `{placeholders}`. */
export type MessageParams = Readonly<Record<string, string | number>>;

const zh: Record<MessageKey, string> = {
  'problem.title': '无法显示此图表',
  'problem.badChoice': '{attribute} 的值“{value}”无效。请使用 {allowed}。',
  'problem.internal': '绘制时出错。详情请见浏览器控制台。',
};

const da: Record<MessageKey, string> = {
  'problem.title': 'Grafikken kan ikke vises',
  'problem.badChoice': 'Værdien “{value}” for {attribute} er ugyldig. Brug {allowed}.',
  'problem.internal': 'Noget gik galt under tegningen. Detaljerne står i browserens konsol.',
};

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
