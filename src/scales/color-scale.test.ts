import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GENERATED_SCHEMES, renderSchemesModule } from '../../scripts/build-schemes.js';
import { binnedScale, darkSchemeColors, parseThresholds, quantileThresholds, schemeColors, VALUE_SCHEMES } from './color-scale.js';

describe('schemeColors', () => {
  it('holds what d3-scale-chromatic gives (run `npm run build:schemes` after changing the list)', () => {
    expect(readFileSync(GENERATED_SCHEMES, 'utf8')).toBe(renderSchemesModule());
  });

  it.each(VALUE_SCHEMES)('%s gives 2 to 9 distinct colours', (name) => {
    for (let k = 2; k <= 9; k++) {
      const colors = schemeColors(name, k);
      expect(colors).toHaveLength(k);
      expect(new Set(colors).size).toBe(k);
    }
  });

  it('runs light to dark for sequential ColorBrewer schemes', () => {
    expect(schemeColors('blues', 5)).toEqual(['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c']);
  });

  it('runs the other way on a dark background where it runs light to dark, so that more stays more contrast', () => {
    expect(darkSchemeColors('blues', ['#eff3ff', '#bdd7e7', '#6baed6'])).toEqual(['#6baed6', '#bdd7e7', '#eff3ff']);
    // Viridis already runs dark to bright; diverging schemes keep their two ends.
    expect(darkSchemeColors('viridis', ['#440154', '#21918c', '#fde725'])).toEqual(['#440154', '#21918c', '#fde725']);
    expect(darkSchemeColors('rdbu', ['#ef8a62', '#f7f7f7', '#67a9cf'])).toEqual(['#ef8a62', '#f7f7f7', '#67a9cf']);
    const lowerIsBetter = binnedScale([1, 2, 3, 4], { scheme: 'blues', classes: 2, higherIsMore: false });
    expect(lowerIsBetter.bins.map((b) => [b.color, b.dark])).toEqual([
      ['#3182bd', '#deebf7'],
      ['#deebf7', '#3182bd'],
    ]);
  });

  it('rejects an unknown scheme', () => {
    expect(() => schemeColors('rainbow', 5)).toThrow(RangeError);
  });
});

describe('quantileThresholds', () => {
  it('splits values into classes of about equal size', () => {
    expect(quantileThresholds([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 2)).toEqual([5.5]);
    expect(quantileThresholds([1, 2, 3, 4, 5, 6, 7, 8, 9], 3)).toEqual([3.6666666666666665, 6.333333333333333]);
  });

  it('merges classes when values tie', () => {
    expect(quantileThresholds([1, 1, 1, 1, 5], 4)).toEqual([5]);
    expect(quantileThresholds([3, 3, 3], 5)).toEqual([]);
  });
});

describe('binnedScale', () => {
  const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

  it('colours by bin, low to high, and covers the data in its bins', () => {
    const scale = binnedScale(values, { scheme: 'blues', classes: 2 });
    expect(scale.bin(1)).toBe(scale.bins[0]);
    expect(scale.bin(10)).toBe(scale.bins[1]);
    expect(scale.bins.map((b) => [b.from, b.to])).toEqual([[1, 5.5], [5.5, 10]]);
  });

  it('keeps the order of values in the order of colours', () => {
    const scale = binnedScale(values, { scheme: 'blues', classes: 5 });
    const ranks = values.map((v) => scale.bins.findIndex((b) => b === scale.bin(v)));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('uses given thresholds, and reverses when higher is not more', () => {
    const scale = binnedScale(values, { scheme: 'greens', classes: 5, thresholds: [3, 7] });
    expect(scale.thresholds).toEqual([3, 7]);
    expect(scale.bins).toHaveLength(3);
    const reversed = binnedScale(values, { scheme: 'greens', classes: 5, thresholds: [3, 7], higherIsMore: false });
    expect(reversed.bin(1).color).toBe(scale.bin(10).color);
  });
});

describe('parseThresholds', () => {
  it.each([
    ['10 20 50', [10, 20, 50]],
    ['1e6, 5e6', [1e6, 5e6]],
    [' -1 0 1 ', [-1, 0, 1]],
  ])('%j → %j', (text, expected) => {
    expect(parseThresholds(text)).toEqual(expected);
  });

  it.each(['', 'a b', '5 3', '1 1', '1 2 3 4 5 6 7 8 9', 'NaN'])('rejects %j', (text) => {
    expect(parseThresholds(text)).toBeNull();
  });
});

describe('binnedScale at the extremes (issue 21)', () => {
  it('makes one class when every value is the same, in the scheme’s darker colour', () => {
    const scale = binnedScale([1, 1, 1], { scheme: 'blues', classes: 5 });
    expect(scale.bins).toEqual([{ from: 1, to: 1, color: '#3182bd', dark: '#3182bd' }]);
    expect(scale.bin(1).color).toBe('#3182bd');
  });
});
