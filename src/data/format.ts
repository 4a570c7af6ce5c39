/**
 * Numbers and units as readers of each language expect them, through `Intl`; Chinese uses
 * 万 and 亿. Figures from sources are shown with every digit they were published with:
 * nothing here rounds a published figure. DOM-free.
 */
import { INTL_LOCALE, type Language } from '../i18n/language.js';
import type { ClaimFigure, KnownUnit, Metric, Qualifier } from './types.js';

/** Decimals in a number as written (`49843.1` → 1), ignoring binary noise past 10 digits. */
export function decimalsOf(value: number): number {
  if (!Number.isFinite(value)) return 0;
  const text = String(Number(value.toPrecision(15)));
  const exponent = /e-(\d+)$/.exec(text);
  if (exponent) return Math.min(20, Number(exponent[1]) + (text.split('e')[0].split('.')[1]?.length ?? 0));
  return Math.min(10, text.split('.')[1]?.length ?? 0);
}

const formatters = new Map<string, Intl.NumberFormat>();

/** One `Intl.NumberFormat` per language and options, made once: building one is costly, using it is not. */
function numberFormat(language: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${language} ${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) formatters.set(key, (format = new Intl.NumberFormat(INTL_LOCALE[language], options)));
  return format;
}

function plain(value: number, language: Language, decimals: number, grouping = true): string {
  return numberFormat(language, { maximumFractionDigits: Math.min(20, decimals), useGrouping: grouping }).format(value);
}

/**
 * A number in the reader's language. Chinese writes 10,000 and more with 万 and 10⁸ and more
 * with 亿 (`2189.3095万`), keeping every digit.
 *
 * @param decimals decimals to keep; by default as many as the value has.
 */
export function formatNumber(value: number, language: Language, decimals = decimalsOf(value)): string {
  if (language === 'zh') {
    const size = Math.abs(value);
    if (size >= 1e8) return `${plain(value / 1e8, language, decimals + 8, false)}亿`;
    if (size >= 1e4) return `${plain(value / 1e4, language, decimals + 4, false)}万`;
  }
  return plain(value, language, decimals);
}

/** A short, rounded form for axis ticks and legends only (`22M`, `2189万`, `22 mio.`). */
export function formatCompact(value: number, language: Language): string {
  return numberFormat(language, { notation: 'compact', maximumSignificantDigits: 3 }).format(value);
}

/**
 * A short, rounded value in the unit the reader sees, for legends and axis ticks only:
 * 亿元 figures read as billions in English and Danish (`31.7K` 亿 is `3.17K` billion yuan).
 */
export function formatTick(value: number, metric: Pick<Metric, 'unit' | 'precision'>, language: Language): string {
  if (metric.unit === 'percent') return withUnit(value, 'percent', language, Math.min(2, decimalsOf(value)));
  if (metric.unit === 'cny-100m' && language !== 'zh') return formatCompact(value / 10, language);
  return formatCompact(value, language);
}

/**
 * A value without its unit, for bar labels under a heading that names the unit: every digit
 * kept, 亿元 read as billions in English and Danish as {@link formatValue} does.
 */
export function formatAmount(value: number, metric: Pick<Metric, 'unit' | 'precision'> & { readonly derivedFrom?: readonly string[] }, language: Language): string {
  const decimals = metric.derivedFrom ? metric.precision : decimalsOf(value);
  if (metric.unit === 'percent') return withUnit(value, 'percent', language, decimals);
  if (metric.unit === 'cny-100m') return language === 'zh' ? plain(value, language, decimals, false) : plain(value / 10, language, decimals + 1);
  return formatNumber(value, language, decimals);
}

const QUALIFIER_WORDS: Readonly<Record<Qualifier, Readonly<Record<Language, string>>>> = {
  approximate: { en: 'about ', zh: '约', da: 'ca. ' },
  'more-than': { en: 'more than ', zh: '超过', da: 'over ' },
};

/** Unit names as shown after a number, and on their own in legends and axes. */
const UNIT_LABELS: Readonly<Record<KnownUnit, Readonly<Record<Language, string>>>> = {
  persons: { en: 'people', zh: '人', da: 'indbyggere' },
  km2: { en: 'km²', zh: '平方公里', da: 'km²' },
  'persons-per-km2': { en: 'people per km²', zh: '人/平方公里', da: 'indbyggere pr. km²' },
  'cny-100m': { en: 'billion yuan', zh: '亿元', da: 'mia. yuan' },
  percent: { en: '%', zh: '%', da: '%' },
};

const isKnownUnit = (unit: string): unit is KnownUnit => unit in UNIT_LABELS;

/** The unit's name in the reader's language (a user's own unit text is returned as given). */
export function unitLabel(unit: string, language: Language): string {
  return isKnownUnit(unit) ? UNIT_LABELS[unit][language] : unit;
}

export interface FormatOptions {
  /** Decimals to keep; by default all of a published figure, or the metric's precision for derived ones. */
  readonly decimals?: number;
  /** Marks a figure the source gives as approximate or as a lower bound. */
  readonly qualifier?: Qualifier;
}

/**
 * A value with its unit, in the reader's language.
 *
 * @example
 * formatValue(21893095, population, 'en') // "21,893,095 people"
 * formatValue(21893095, population, 'zh') // "2189.3095万人"
 * formatValue(49843.1, gdp, 'en')         // "4,984.31 billion yuan"
 * formatValue(6.73, rdIntensity, 'da')    // "6,73 %"
 */
export function formatValue(
  value: number,
  metric: Pick<Metric, 'unit' | 'precision'> & { readonly derivedFrom?: readonly string[] },
  language: Language,
  options: FormatOptions = {},
): string {
  const decimals = options.decimals ?? (metric.derivedFrom ? metric.precision : decimalsOf(value));
  const prefix = options.qualifier ? QUALIFIER_WORDS[options.qualifier][language] : '';
  return prefix + withUnit(value, metric.unit, language, decimals);
}

function withUnit(value: number, unit: string, language: Language, decimals: number): string {
  switch (unit) {
    case 'percent':
      return numberFormat(language, { style: 'percent', maximumFractionDigits: Math.min(20, decimals) }).format(value / 100);
    case 'cny-100m':
      // 亿元 (10⁸ yuan) is the unit of Chinese statistics; in English and Danish it reads as billions (10⁹).
      return language === 'zh'
        ? `${plain(value, language, decimals, false)}亿元`
        : `${plain(value / 10, language, decimals + 1)} ${UNIT_LABELS['cny-100m'][language]}`;
    case 'persons':
    case 'persons-per-km2':
    case 'km2':
      return language === 'zh'
        ? `${formatNumber(value, language, decimals)}${UNIT_LABELS[unit][language]}`
        : `${formatNumber(value, language, decimals)} ${UNIT_LABELS[unit][language]}`;
    default:
      return unit ? `${formatNumber(value, language, decimals)} ${unit}` : formatNumber(value, language, decimals);
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
  if (unit === 'percent') return prefix + withUnit(value, 'percent', language, decimalsOf(value));
  if (unit === 'share') return prefix + withUnit(value * 100, 'percent', language, 0);
  if (unit === 'rank') return prefix + RANK[language](formatNumber(value, language));
  const number = formatNumber(value, language);
  return prefix + (language === 'zh' ? `${number}${unit.zh}` : `${number} ${unit[language]}`);
}
