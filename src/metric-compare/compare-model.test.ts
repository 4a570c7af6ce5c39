import { describe, expect, it } from 'vitest';
import { FIGURES } from '../data/bundle.generated.js';
import { clusters, metrics, regions, seriesFor, sources } from '../data/index.js';
import type { RegionId } from '../data/types.js';
import { niceTicks } from '../scales/ticks.js';
import { buildCompareModel, type CompareInput } from './compare-model.js';

const data = { metrics, figures: FIGURES };
const base = (overrides: Partial<CompareInput>): CompareInput => ({
  series: seriesFor('population')!,
  data,
  regions,
  clusters,
  sources,
  include: [],
  top: null,
  groupByCluster: false,
  sort: 'desc',
  show: 'value',
  reference: 'none',
  highlight: new Set(),
  language: 'en',
  ...overrides,
});
const population = (id: RegionId) => FIGURES.population[id]!.value;
const area = (id: RegionId) => FIGURES.area[id]!.value;
const sum = (ids: RegionId[], f: (id: RegionId) => number) => ids.reduce((a, id) => a + f(id), 0);
const BTH: RegionId[] = ['CN-BJ', 'CN-TJ', 'CN-HE'];
const YRD: RegionId[] = ['CN-SH', 'CN-JS', 'CN-ZJ', 'CN-AH'];

describe('buildCompareModel: regions', () => {
  it('orders bars by value and makes their lengths proportional to it', () => {
    const model = buildCompareModel(base({ top: 5 }));
    expect(model.bars.map((b) => b.id)).toEqual(['CN-GD', 'CN-SD', 'CN-HA', 'CN-JS', 'CN-SC']);
    const [first, second] = model.bars;
    expect(first.primary!.to).toBe(1);
    expect(second.primary!.to).toBeCloseTo(population('CN-SD') / population('CN-GD'), 12);
    expect(first.primary!.label).toBe('126,012,510');
    expect(first.primary!.full).toBe('126,012,510 people');
    expect(first.primary!.rank).toBe('Rank 1 of 31');
  });

  it('sorts ascending, by name, or as given', () => {
    const ids: RegionId[] = ['CN-AH', 'CN-BJ', 'CN-SH'];
    expect(buildCompareModel(base({ include: ids, sort: 'asc' })).bars.map((b) => b.id)).toEqual(['CN-BJ', 'CN-SH', 'CN-AH']);
    expect(buildCompareModel(base({ include: ids, sort: 'name' })).bars.map((b) => b.name)).toEqual(['Anhui', 'Beijing', 'Shanghai']);
    expect(buildCompareModel(base({ include: ids, sort: 'none' })).bars.map((b) => b.id)).toEqual(ids);
  });

  it('gives shares of the 31-region total', () => {
    const model = buildCompareModel(base({ show: 'share', include: ['CN-GD'] }));
    expect(model.bars[0].primary!.value).toBeCloseTo(126012510 / 1409778724, 12);
    expect(model.bars[0].primary!.label).toBe('8.9%');
    expect(model.bars[0].primary!.share).toBe('8.9% of the 31-region total');
  });

  it('lists regions without a figure as no data, never as a zero bar', () => {
    const model = buildCompareModel(base({ series: seriesFor('gdp')! }));
    expect(model.bars).toHaveLength(30);
    expect(model.missing.map((b) => b.id)).toEqual(['CN-HI']);
    expect(model.bars.every((b) => b.primary!.value > 0)).toBe(true);
  });

  it('draws the national mean and the median as reference lines', () => {
    const mean = buildCompareModel(base({ reference: 'mean' }));
    expect(mean.reference!.label).toBe('National average: 45,476,733 people');
    expect(mean.reference!.at).toBeCloseTo(1409778724 / 31 / population('CN-GD'), 12);
    const density = buildCompareModel(base({ series: seriesFor('density')!, reference: 'mean', language: 'da' }));
    const national = 1409778724 / sum(regions.map((r) => r.id), area);
    expect(density.reference!.label).toBe(`Landsgennemsnit: ${new Intl.NumberFormat('da-DK', { maximumFractionDigits: 1 }).format(national)} indbyggere pr. km²`);
    const median = buildCompareModel(base({ series: seriesFor('rd-intensity')!, reference: 'median' }));
    expect(median.reference!.label).toBe('Median region: 2.5%');
  });

  it('says a plain mean of rates is unweighted', () => {
    const model = buildCompareModel(base({ series: seriesFor('rd-intensity')!, reference: 'mean' }));
    expect(model.reference!.label).toMatch(/\(average of regions with data, unweighted\)$/);
  });

  it('pairs a second metric with its own scale and unit', () => {
    const model = buildCompareModel(base({ include: ['CN-GD', 'CN-BJ'], second: seriesFor('rd-expenditure') }));
    const beijing = model.bars.find((b) => b.id === 'CN-BJ')!;
    expect(beijing.secondary!.full).toBe('294.71 billion yuan');
    expect(beijing.secondary!.to).toBeCloseTo(2947.1 / 4802.6, 12);
    expect(model.secondAxis!.title).toBe('R&D expenditure (billion yuan)');
  });
});

describe('buildCompareModel: paired shares', () => {
  it('shows shares for a metric with a 31-region total and values for a paired one without', () => {
    const model = buildCompareModel(base({ show: 'share', include: ['CN-BJ'], second: seriesFor('rd-expenditure') }));
    expect(model.bars[0].primary!.label).toBe('1.6%');
    expect(model.axis.title).toBe('Population (share of the 31-region total)');
    expect(model.bars[0].secondary!.label).toBe('294.71');
    expect(model.secondAxis!.title).toBe('R&D expenditure (billion yuan)');
  });
});

describe('buildCompareModel: groups', () => {
  it('sums counts over the integration engines and the rest, with shares', () => {
    const model = buildCompareModel(base({ groupByCluster: true, show: 'share', sort: 'none' }));
    const value = (id: string) => model.bars.find((b) => b.id === id)!.primary!;
    const bth = sum(BTH, population);
    const yrd = sum(YRD, population);
    expect(bth).toBe(110_369_339);
    expect(yrd).toBe(235_213_670);
    expect(value('bth').value).toBeCloseTo(bth / 1409778724, 12);
    expect(value('yrd').value).toBeCloseTo(yrd / 1409778724, 12);
    expect(value('gba').value).toBeCloseTo(126012510 / 1409778724, 12);
    expect(value('rest').value).toBeCloseTo((1409778724 - bth - yrd - 126012510) / 1409778724, 12);
    expect(model.bars.map((b) => b.primary!.label)).toEqual(['8.9%', '16.7%', '7.8%', '66.5%']);
    expect(model.bars.find((b) => b.id === 'gba')!.note).toMatch(/^Guangdong as a whole/);
  });

  it('combines a ratio as the ratio of sums (density: people over area)', () => {
    const model = buildCompareModel(base({ series: seriesFor('density')!, groupByCluster: true }));
    const bth = model.bars.find((b) => b.id === 'bth')!.primary!;
    expect(bth.value).toBeCloseTo(sum(BTH, population) / sum(BTH, area), 9);
    expect(bth.full).toBe(`${new Intl.NumberFormat('en', { maximumFractionDigits: 1 }).format(sum(BTH, population) / sum(BTH, area))} people per km²`);
  });

  it('gives no total for a group whose members lack data', () => {
    const model = buildCompareModel(base({ series: seriesFor('gdp')!, groupByCluster: true }));
    expect(model.bars.find((b) => b.id === 'bth')!.primary!.value).toBeCloseTo(49843.1 + 18024.32 + 47526.9, 6);
    expect(model.bars.find((b) => b.id === 'yrd')!.primary!.value).toBeCloseTo(53926.7 + 137008 + 90131 + 50625, 6);
    const rest = model.missing.find((b) => b.id === 'rest')!;
    expect(rest.note).toBe('no total: 1 of 23 regions lack data');
  });

  it('refuses to combine a rate, or to share a partial total', () => {
    expect(buildCompareModel(base({ series: seriesFor('rd-intensity')!, groupByCluster: true })).problem).toEqual({
      key: 'problem.cannotAggregate',
      params: { metric: 'R&D intensity' },
    });
    expect(buildCompareModel(base({ series: seriesFor('gdp')!, show: 'share' })).problem).toEqual({
      key: 'problem.noTotal',
      params: { metric: 'GDP', count: 30 },
    });
  });
});

describe('niceTicks', () => {
  it.each([
    [0, 126012510, [0, 50000000, 100000000]],
    [0, 6.73, [0, 2, 4, 6]],
    [-3, 7, [0, 5]],
    [0, 0.665, [0, 0.2, 0.4, 0.6]],
  ])('%d to %d', (min, max, ticks) => {
    expect(niceTicks(min, max, 4)).toEqual(ticks);
  });
});

describe('buildCompareModel: sources', () => {
  it('names each source once, and says once that a metric is derived', () => {
    const model = buildCompareModel(base({ series: seriesFor('density')! }));
    expect(model.sourceLine.match(/derived from/g)).toHaveLength(1);
    expect(model.sourceLine).toContain('Shaanxi Provincial Government');
  });
});
