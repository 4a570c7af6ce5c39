/**
 * Figures as published, in each language's way of writing numbers, through `Intl`: every
 * digit a source gave (trailing zeros included), with its qualifier. Tables, tooltips and
 * cards use these; charts round for reading with display.ts. Nothing here rounds a published
 * figure. DOM-free.
 */
import { INTL_LOCALE, type Language } from '../i18n/language.js';
import { isolate } from '../i18n/bidi.js';
import { withUnitWord } from '../i18n/punctuation.js';
import type { ClaimFigure, Figure, KnownUnit, Metric, Qualifier } from './types.js';

/** Decimals in a number as written (`49843.1` → 1), ignoring binary noise past 10 digits. */
export function decimalsOf(value: number): number {
  if (!Number.isFinite(value)) return 0;
  const text = String(Number(value.toPrecision(15)));
  const exponent = /e-(\d+)$/.exec(text);
  if (exponent) return Math.min(20, Number(exponent[1]) + (text.split('e')[0].split('.')[1]?.length ?? 0));
  return Math.min(10, text.split('.')[1]?.length ?? 0);
}

const formatters = new Map<string, Intl.NumberFormat>();

/**
 * One `Intl.NumberFormat` per language and options, made once: building one is costly, using
 * it is not. Zero is never signed: -0, and -0.001 shown with one decimal, read "0" and "0.0".
 */
export function numberFormat(language: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${language} ${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) formatters.set(key, (format = new Intl.NumberFormat(INTL_LOCALE[language], { signDisplay: 'negative', ...options })));
  return format;
}

/** From here on a number is written in scientific notation (1.8E308), not in hundreds of digits. */
const LARGEST_WRITTEN_OUT = 1e21;

/**
 * A number with these options, or in scientific notation with up to 15 significant digits
 * when it is too large to write out (one 1e308 must not make a 309-digit label).
 */
export function writeNumber(value: number, language: Language, options: Intl.NumberFormatOptions): string {
  const size = Math.abs(options.style === 'percent' ? value * 100 : value);
  const huge = size >= LARGEST_WRITTEN_OUT && size !== Infinity;
  return numberFormat(language, huge ? { style: options.style ?? 'decimal', notation: 'scientific', maximumSignificantDigits: 15 } : options).format(value);
}

/** Whether a value lies beyond the integers a number holds exactly (2^53): its last digits may not be the source's. */
export const inexact = (value: number): boolean => Math.abs(value) > Number.MAX_SAFE_INTEGER;

function plain(value: number, language: Language, decimals: number, minimumDecimals = 0): string {
  const maximum = Math.min(20, decimals);
  return writeNumber(value, language, { minimumFractionDigits: Math.min(minimumDecimals, maximum), maximumFractionDigits: maximum });
}

/**
 * A number in the reader's language, every digit kept. Chinese writes a round figure with
 * 万 or 亿 where that takes at most two decimals (`22万`, `166.49万`), as Chinese texts do,
 * and anything else in full (`61,027,171`) rather than `6102.7171万`.
 *
 * @param decimals decimals to keep; by default as many as the value has.
 */
export function formatNumber(value: number, language: Language, decimals = decimalsOf(value)): string {
  if (language === 'zh') {
    const size = Math.abs(value);
    for (const [divisor, word] of [[1e8, '亿'], [1e4, '万']] as const) {
      if (size >= divisor && decimalsOf(value / divisor) <= 2 && decimals === decimalsOf(value)) return `${plain(value / divisor, language, 2)}${word}`;
    }
  }
  return plain(value, language, decimals);
}

const QUALIFIER_WORDS: Readonly<Record<Qualifier, Readonly<Record<Language, string>>>> = {
  approximate: { en: 'about ', zh: '约', da: 'ca. ' },
  'more-than': { en: 'more than ', zh: '超过', da: 'over ' },
};

/** The words put before a figure the source gives as approximate or as a lower bound: "about ", "约". */
export function qualifierWord(qualifier: Qualifier, language: Language): string {
  return QUALIFIER_WORDS[qualifier][language];
}

/** Unit names as shown after a number, and on their own in legends and axes. */
const UNIT_LABELS: Readonly<Record<KnownUnit, Readonly<Record<Language, string>>>> = {
  persons: { en: 'people', zh: '人', da: 'indbyggere' },
  km2: { en: 'km²', zh: '平方公里', da: 'km²' },
  'persons-per-km2': { en: 'people per km²', zh: '人/平方公里', da: 'indbyggere pr. km²' },
  'cny-100m': { en: 'billion yuan', zh: '亿元', da: 'mia. yuan' },
  percent: { en: '%', zh: '%', da: '%' },
};

const isKnownUnit = (unit: string): unit is KnownUnit => Object.hasOwn(UNIT_LABELS, unit);

/** The unit's name in the reader's language (a user's own unit text is returned as given). */
export function unitLabel(unit: string, language: Language): string {
  return isKnownUnit(unit) ? UNIT_LABELS[unit][language] : unit;
}

/**
 * A value as a plain number in the unit {@link unitLabel} names in `language`, for files: a
 * figure in 亿元 (10⁸ yuan) is in billions outside Chinese, as the widgets show it.
 *
 * @example valueInUnit(141633.8, 'cny-100m', 'en') // 14163.38
 */
export function valueInUnit(value: number, unit: string, language: Language): number {
  return unit === 'cny-100m' && language !== 'zh' ? Number((value / 10).toFixed(decimalsOf(value) + 1)) : value;
}

export interface FormatOptions {
  /** Decimals to show; by default those of the value as published, or the metric's precision for derived ones. */
  readonly decimals?: number;
  /** Marks a figure the source gives as approximate or as a lower bound. */
  readonly qualifier?: Qualifier;
  /** `false`: the number alone, for a table column whose header gives the unit ("126,012,510", "3,20"). */
  readonly unit?: boolean;
}

/**
 * A value with its unit, in the reader's language, every digit kept.
 *
 * @example
 * formatValue(21893095, population, 'en') // "21,893,095 people"
 * formatValue(21893095, population, 'zh') // "21,893,095人"
 * formatValue(49843.1, gdp, 'en')         // "4,984.31 billion yuan"
 * formatValue(3.2, rdIntensity, 'da', { decimals: 2 }) // "3,20 %"
 */
export function formatValue(
  value: number,
  metric: Pick<Metric, 'unit' | 'precision'> & { readonly derivedFrom?: readonly string[] },
  language: Language,
  options: FormatOptions = {},
): string {
  const decimals = options.decimals ?? (metric.derivedFrom ? metric.precision : decimalsOf(value));
  // Decimals given (published trailing zeros, a derived metric's precision) are always shown;
  // otherwise a figure shows the digits it has: 22700亿元 is "2,270 billion", not "2,270.0".
  const minimum = options.decimals !== undefined || metric.derivedFrom ? decimals : 0;
  // Beyond 2^53 the digits are the nearest a number holds, not the source's: "about".
  const qualifier = options.qualifier ?? (inexact(value) ? 'approximate' : undefined);
  const prefix = qualifier ? QUALIFIER_WORDS[qualifier][language] : '';
  return prefix + withUnit(value, metric.unit, language, decimals, minimum, options.unit !== false);
}

/**
 * A figure exactly as published: its digits (3.20 stays 3.20, 5.0 stays 5.0) and its
 * qualifier ("about 2,270 billion yuan"). For tables, tooltips and cards.
 */
export function formatFigure(
  figure: Pick<Figure, 'value' | 'qualifier' | 'decimals'>,
  metric: Pick<Metric, 'unit' | 'precision'> & { readonly derivedFrom?: readonly string[] },
  language: Language,
  { unit = true }: Pick<FormatOptions, 'unit'> = {},
): string {
  return formatValue(figure.value, metric, language, {
    ...(figure.decimals !== undefined ? { decimals: figure.decimals } : {}),
    ...(figure.qualifier ? { qualifier: figure.qualifier } : {}),
    unit,
  });
}

/** `shown`: with the unit, else the number alone as it reads with the unit (in billions where the unit says so). */
function withUnit(value: number, unit: string, language: Language, decimals: number, minimum: number, shown = true): string {
  // Full grouped digits in every language, so that a column of figures reads alike: 万 and 亿
  // are for rounded display (display.ts) and for the article's round claims (formatNumber).
  const number = () => plain(value, language, decimals, minimum);
  switch (unit) {
    case 'percent':
      return shown ? writeNumber(value / 100, language, { style: 'percent', minimumFractionDigits: Math.min(20, minimum), maximumFractionDigits: Math.min(20, decimals) }) : number();
    case 'cny-100m': {
      // 亿元 (10⁸ yuan) is the unit of Chinese statistics; in English and Danish it reads as billions (10⁹).
      if (language === 'zh') return shown ? `${number()}亿元` : number();
      const billions = plain(value / 10, language, decimals + 1, minimum && minimum + 1);
      return shown ? `${billions} ${UNIT_LABELS['cny-100m'][language]}` : billions;
    }
    case 'persons':
    case 'persons-per-km2':
    case 'km2':
      return shown ? withUnitWord(language, number(), UNIT_LABELS[unit][language]) : number();
    default:
      return unit && shown ? `${number()} ${isolate(unit)}` : number();
  }
}

const RANK: Readonly<Record<Language, (n: string) => string>> = {
  en: (n) => `rank ${n}`,
  zh: (n) => `第${n}名`,
  da: (n) => `nr. ${n}`,
};

/**
 * A figure from the article as the article stated it: "more than 150" stays a lower bound,
 * "about three-fifths" stays approximate.
 *
 * @example formatClaimFigure(claim('R8').figure, 'zh') // "超过150家华为云生态伙伴"
 */
export function formatClaimFigure(figure: ClaimFigure, language: Language): string {
  if (figure.asStated) return figure.asStated[language];
  const prefix = figure.bound === 'exact' ? '' : QUALIFIER_WORDS[figure.bound][language];
  const { unit, value } = figure;
  if (unit === 'percent') return prefix + withUnit(value, 'percent', language, decimalsOf(value), 0);
  if (unit === 'share') return prefix + withUnit(value * 100, 'percent', language, 0, 0);
  if (unit === 'rank') return prefix + RANK[language](formatNumber(value, language));
  const number = formatNumber(value, language);
  return prefix + withUnitWord(language, number, unit[language]);
}
