/**
 * Display rounding: how a chart writes the numbers it draws (bar labels, legend bins, axis
 * ticks, summaries), as a graphics desk would. The figure as published, with every digit, is
 * {@link formatFigure}'s job (tables, tooltips, cards); this module only rounds for reading.
 *
 * The rules, one chart at a time:
 * - One magnitude for the whole chart, in words the unit reads well in: "trillion yuan" and
 *   "million people" in English, "mia. yuan" and "mio. indbyggere" in Danish, 亿元 and 万人 in
 *   Chinese. Never "K" or "M" on a unit that already names a magnitude.
 * - The largest value gets three significant digits, the smallest at least two where the
 *   largest can keep four or fewer; every number in the chart gets the same decimals.
 * - Never more decimals than the least precise figure was published with: 0.6 % is not 0.60 %.
 * - Danish has no short word above "mia." that readers know, so large Danish amounts keep
 *   more digits ("14.163 mia. yuan").
 * - A published national figure drawn as a reference line is quoted as published (2.65 %),
 *   like a figure in a table, not rounded with the bars.
 * - A figure the source gives as approximate or as a lower bound keeps its "about" or
 *   "more than" wherever it is shown.
 *
 * DOM-free.
 */
import type { Language } from '../i18n/language.js';
import { PUNCTUATION, withUnitWord } from '../i18n/punctuation.js';
import { decimalsOf, qualifierWord, unitLabel, writeNumber } from './format.js';
import type { Figure, KnownUnit, Metric, Qualifier } from './types.js';

/** A magnitude: divide by the number (in the metric's own unit) and name the unit with the words. */
type Ladder = Readonly<Record<Language, readonly (readonly [divisor: number, unit: string])[]>>;

/**
 * The magnitudes each unit is written in, smallest first. 亿元 (10⁸ yuan) is the unit of
 * Chinese statistics; in English and Danish a figure reads as billions (10⁹ = 10 亿). A unit
 * of the reader's own data takes the plain magnitude words before it ("million companies").
 */
const LADDERS: Readonly<Record<KnownUnit | 'other', Ladder>> = {
  persons: {
    en: [[1, 'people'], [1e3, 'thousand people'], [1e6, 'million people']],
    zh: [[1, '人'], [1e4, '万人'], [1e8, '亿人']],
    da: [[1, 'indbyggere'], [1e3, 'tusind indbyggere'], [1e6, 'mio. indbyggere']],
  },
  km2: {
    en: [[1, 'km²'], [1e3, 'thousand km²'], [1e6, 'million km²']],
    zh: [[1, '平方公里'], [1e4, '万平方公里']],
    da: [[1, 'km²'], [1e3, 'tusind km²'], [1e6, 'mio. km²']],
  },
  'persons-per-km2': { en: [[1, 'people per km²']], zh: [[1, '人/平方公里']], da: [[1, 'indbyggere pr. km²']] },
  'cny-100m': {
    en: [[10, 'billion yuan'], [1e4, 'trillion yuan']],
    zh: [[1, '亿元'], [1e4, '万亿元']],
    da: [[10, 'mia. yuan']],
  },
  percent: { en: [[1, '%']], zh: [[1, '%']], da: [[1, '%']] },
  other: {
    en: [[1, ''], [1e3, 'thousand'], [1e6, 'million'], [1e9, 'billion']],
    zh: [[1, ''], [1e4, '万'], [1e8, '亿']],
    da: [[1, ''], [1e3, 'tusind'], [1e6, 'mio.'], [1e9, 'mia.']],
  },
};

/**
 * The smallest value a magnitude may show: 0.1 (0.28 trillion yuan, 0.6万平方公里), except
 * that Chinese money stays in 亿元 rather than write 0.28万亿元.
 */
const smallestShown = (unit: string, language: Language) => (language === 'zh' && unit === 'cny-100m' ? 1 : 0.1);

/** Significant digits of `value` written with `decimals` decimals. */
function significant(value: number, decimals: number): number {
  const rounded = Math.abs(Number(value.toFixed(decimals)));
  if (rounded === 0) return 0;
  return Math.floor(Math.log10(rounded)) + 1 + decimals;
}

/** How one chart writes its numbers; made by {@link displayScale}. */
export interface DisplayScale {
  /** The unit as shown in a legend or axis title: "trillion yuan", "万人", "%". */
  readonly unit: string;
  readonly decimals: number;
  /** A value rounded for display, without its unit: "14.16", "about 2.27". */
  number(value: number, qualifier?: Qualifier): string;
  /** A value rounded for display, with its unit: "14.16 trillion yuan", "6,103万人". */
  value(value: number, qualifier?: Qualifier): string;
  /** Axis ticks or legend breaks: round values, as many decimals as their step needs. */
  ticks(values: readonly number[]): string[];
}

export interface DisplayOptions {
  /** Decimals the least precise value was published with (default: read from the values). */
  readonly publishedDecimals?: number;
}

type DisplayMetric = Pick<Metric, 'unit' | 'precision'> & { readonly derivedFrom?: readonly string[] };

/**
 * The decimals of the least precise figure: each as published (`Figure.decimals`, else those of
 * its value), or a derived metric's precision. A chart never shows more.
 */
export function publishedDecimals(figures: readonly Pick<Figure, 'value' | 'decimals'>[], metric: DisplayMetric): number {
  if (metric.derivedFrom) return metric.precision;
  return Math.min(20, ...figures.map((f) => f.decimals ?? decimalsOf(f.value)));
}

/**
 * How a chart that draws these values writes its numbers: one magnitude and one number of
 * decimals for all of them.
 *
 * @example
 * const gdp = displayScale([141633.8, 2764.94], getMetric('gdp')!, 'en');
 * gdp.value(141633.8) // "14.16 trillion yuan"; gdp.number(2764.94) // "0.28"
 * displayScale([141633.8, 2764.94], getMetric('gdp')!, 'zh').value(141633.8) // "141,634亿元"
 */
export function displayScale(
  values: readonly number[],
  metric: DisplayMetric,
  language: Language,
  options: DisplayOptions = {},
): DisplayScale {
  const sizes = values.map(Math.abs).filter((v) => Number.isFinite(v) && v > 0);
  const largest = sizes.length ? Math.max(...sizes) : 0;
  const smallest = sizes.length ? Math.min(...sizes) : 0;
  const percent = metric.unit === 'percent';
  const known = Object.hasOwn(LADDERS, metric.unit) && metric.unit !== 'other';
  const ladder = LADDERS[known ? (metric.unit as KnownUnit) : 'other'][language];

  let rung = 0;
  while (rung + 1 < ladder.length && largest >= ladder[rung + 1][0]) rung++;
  while (rung > 0 && smallest / ladder[rung][0] < smallestShown(metric.unit, language)) rung--;
  const [divisor, word] = ladder[rung];
  const own = unitLabel(metric.unit, language);
  const unit = known ? word : [word, own].filter(Boolean).join(PUNCTUATION[language].unitSpace);

  const published = options.publishedDecimals ?? publishedDecimals(values.map((value) => ({ value })), metric);
  const limit = Math.max(0, published + Math.round(Math.log10(divisor)));
  // Three significant digits for the largest value: 9.96 trillion, not 10.0 (its digits counted before rounding).
  let decimals = largest ? Math.max(0, 3 - (Math.floor(Math.log10(largest / divisor)) + 1)) : 0;
  while (smallest && significant(smallest / divisor, decimals) < 2 && significant(largest / divisor, decimals + 1) <= 4) decimals++;
  decimals = Math.min(decimals, limit);

  const write = (value: number, places: number) =>
    writeNumber(percent ? value / 100 : value / divisor, language, { minimumFractionDigits: places, maximumFractionDigits: places, ...(percent ? { style: 'percent' } : {}) });
  const withUnit = (text: string) => {
    if (percent || !unit) return text;
    return withUnitWord(language, text, unit);
  };
  const qualified = (text: string, qualifier?: Qualifier) => (qualifier ? qualifierWord(qualifier, language) + text : text);

  return {
    unit,
    decimals,
    number: (value, qualifier) => qualified(write(value, decimals), qualifier),
    value: (value, qualifier) => qualified(withUnit(write(value, decimals)), qualifier),
    ticks: (ticks) => {
      // Round tick values need only the decimals that write them exactly: 0, 5, 10 or 0.5, 1.0, 1.5.
      const places = Math.min(4, Math.max(0, ...ticks.map((t) => decimalsOf(Number((percent ? t : t / divisor).toPrecision(6))))));
      return ticks.map((t) => write(t, places));
    },
  };
}
