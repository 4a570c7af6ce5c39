/**
 * Colour schemes and binned colour scales for the map and its legend. All schemes come from
 * d3-scale-chromatic (ColorBrewer and the viridis family), extracted at build time, and are
 * colour-blind safe. DOM-free.
 */
import { luminance } from './contrast.js';
import { DIVERGING_SCHEMES, SEQUENTIAL_SCHEMES } from './schemes.generated.js';

// Sequential schemes run light for little to dark (bright, for viridis and cividis) for much;
// diverging ones have a middle; ColorBrewer marks Set2 and Dark2 colour-blind safe up to three classes.
export { CATEGORICAL_SCHEMES, DIVERGING_SCHEMES, SEQUENTIAL_SCHEMES } from './schemes.generated.js';

export const VALUE_SCHEMES = Object.freeze([...Object.keys(SEQUENTIAL_SCHEMES), ...Object.keys(DIVERGING_SCHEMES)]);
export const MIN_CLASSES = 2;
export const MAX_CLASSES = 9;

/** `classes` colours (2-9) of a sequential or diverging scheme, from low to high. */
export function schemeColors(name: string, classes: number): string[] {
  const scheme = SEQUENTIAL_SCHEMES[name] ?? DIVERGING_SCHEMES[name];
  if (!scheme) throw new RangeError(`unknown scheme "${name}"`);
  return [...scheme[Math.min(MAX_CLASSES, Math.max(MIN_CLASSES, classes))]];
}

/**
 * A scheme's colours for a dark background. A sequential scheme that runs light to dark says
 * "more" by darker colours, which on a dark page would make the most sink into the background
 * and the least glow: there it runs the other way, so that more is still more contrast. Schemes
 * built to run dark to bright (viridis, cividis) and diverging ones keep their order.
 */
export function darkSchemeColors(name: string, colors: readonly string[]): string[] {
  const lightToDark = name in SEQUENTIAL_SCHEMES && luminance(SEQUENTIAL_SCHEMES[name]![MAX_CLASSES]![0]!) > luminance(SEQUENTIAL_SCHEMES[name]![MAX_CLASSES]!.at(-1)!);
  return lightToDark ? [...colors].reverse() : [...colors];
}

/** Breaks that put about the same number of values in each class (fewer when values tie). */
export function quantileThresholds(values: readonly number[], classes: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const breaks: number[] = [];
  for (let i = 1; i < classes; i++) {
    const position = (sorted.length - 1) * (i / classes);
    const low = sorted[Math.floor(position)];
    const high = sorted[Math.ceil(position)];
    const floor = Math.max(breaks.at(-1) ?? -Infinity, sorted[0]);
    let value = low + (high - low) * (position - Math.floor(position));
    // Tied values: break at the next distinct value instead, so that it still gets a class.
    if (value <= floor) value = sorted.find((v) => v > floor) ?? NaN;
    if (Number.isFinite(value)) breaks.push(value);
  }
  return breaks;
}

export interface Bin {
  /** Lowest value of the bin (inclusive); the data's minimum for the first. */
  readonly from: number;
  /** Upper end (exclusive); the data's maximum (inclusive) for the last. */
  readonly to: number;
  readonly color: string;
  /** Its colour on a dark background (`darkSchemeColors`). */
  readonly dark: string;
}

export interface BinnedScale {
  readonly thresholds: readonly number[];
  readonly bins: readonly Bin[];
  /** The bin a value falls in. */
  bin(value: number): Bin;
}

/**
 * A binned scale over the values: quantile breaks for `classes` classes, or the given
 * ascending `thresholds`. With `higherIsMore` false the colours run the other way.
 */
export function binnedScale(
  values: readonly number[],
  options: { scheme: string; classes: number; thresholds?: readonly number[]; higherIsMore?: boolean },
): BinnedScale {
  const thresholds = options.thresholds?.length ? [...options.thresholds] : quantileThresholds(values, options.classes);
  // One class when every value is the same (no break): the scheme's darker end, not an empty second bin.
  const colors = schemeColors(options.scheme, thresholds.length + 1).slice(-(thresholds.length + 1));
  if (options.higherIsMore === false) colors.reverse();
  const dark = darkSchemeColors(options.scheme, colors);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const bins = colors.map((color, i) => ({ from: i === 0 ? Math.min(min, thresholds[0] ?? min) : thresholds[i - 1], to: i === thresholds.length ? Math.max(max, thresholds.at(-1) ?? max) : thresholds[i], color, dark: dark[i]! }));
  return {
    thresholds,
    bins,
    bin(value: number) {
      let i = 0;
      while (i < thresholds.length && value >= thresholds[i]) i++;
      return bins[i]!;
    },
  };
}

/**
 * Parses a `thresholds` attribute: ascending numbers separated by spaces or commas.
 * @returns the numbers, or `null` when the text is not such a list.
 */
export function parseThresholds(text: string): number[] | null {
  const parts = text.trim().split(/[\s,]+/).filter(Boolean);
  if (!parts.length || parts.length > MAX_CLASSES - 1) return null;
  const numbers = parts.map(Number);
  if (numbers.some((n, i) => !Number.isFinite(n) || (i > 0 && n <= numbers[i - 1]))) return null;
  return numbers;
}
