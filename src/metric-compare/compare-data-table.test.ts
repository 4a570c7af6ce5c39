// The comparison's CSV table; every expected row written out by hand from data/series.csv,
// data/metrics.json and data/sources.json.
import { describe, expect, it } from 'vitest';
import { FIGURES } from '../data/bundle.generated.js';
import { parseDataset } from '../data/dataset.js';
import { clusters, metrics, regions, seriesFor, sources } from '../data/index.js';
import type { MetricData } from '../data/figures.js';
import { withOverrides } from '../text/figure-text.js';
import { buildCompareModel, type CompareInput } from './compare-model.js';
import { compareDataTable } from './compare-data-table.js';

const bundled = { metrics, figures: FIGURES };

/** The table of the chart these attributes draw, as the component builds both. */
function table(input: Partial<CompareInput> & { metric: string; compareTo?: string; data?: MetricData; pageSources?: CompareInput['sources'] }) {
  const data = input.data ?? bundled;
  const series = seriesFor(input.metric, data)!;
  const second = input.compareTo ? seriesFor(input.compareTo, data)! : null;
  const full: CompareInput = {
    series,
    second,
    data,
    regions,
    clusters,
    sources: input.pageSources ?? sources,
    include: [],
    top: null,
    groupByCluster: false,
    sort: 'desc',
    show: 'value',
    reference: 'none',
    highlight: new Set(),
    language: 'en',
    ...input,
  };
  const model = buildCompareModel(full);
  const metric = withOverrides(series.metric, full.valueLabel, full.unit);
  return compareDataTable(model, { metric, second: second?.metric ?? null, shares: full.show === 'share', language: full.language });
}

const WIKIPEDIA = 'Wikipedia (n.d.)';
const BUREAUS = "Provincial statistics bureaus (2025), via a public data repository's extraction of reposts (cscoheru/china-platform on GitHub)";

describe('compareDataTable', () => {
  it('gives metric="gdp" top="3" as the bars, then the region without data: figures in billion yuan in English, not the bars’ trillions', () => {
    expect(table({ metric: 'gdp', top: 3 })).toEqual({
      columns: ['Region', 'ISO code', 'GDP', 'Unit', 'Year', 'Source'],
      rows: [
        // gdp,CN-GD,141633.8 (亿元) → 14,163.38 billion yuan; CN-JS 137008; CN-SD 98565.8.
        ['Guangdong', 'CN-GD', 14163.38, 'billion yuan', 2024, WIKIPEDIA],
        ['Jiangsu', 'CN-JS', 13700.8, 'billion yuan', 2024, BUREAUS],
        ['Shandong', 'CN-SD', 9856.58, 'billion yuan', 2024, WIKIPEDIA],
        // Hainan has no GDP figure.
        ['Hainan', 'CN-HI', null, 'billion yuan', 2024, null],
      ],
    });
  });

  it('keeps 亿元 as published in Chinese, and follows sort="asc"', () => {
    const { columns, rows } = table({ metric: 'gdp', include: ['CN-GD', 'CN-XZ', 'CN-HI'], sort: 'asc', language: 'zh' });
    expect(columns).toEqual(['地区', 'ISO代码', '地区生产总值', '单位', '年份', '来源']);
    expect(rows.map((r) => r.slice(0, 5))).toEqual([
      ['西藏', 'CN-XZ', 2764.94, '亿元', 2024],
      ['广东', 'CN-GD', 141633.8, '亿元', 2024],
      ['海南', 'CN-HI', null, '亿元', 2024],
    ]);
  });

  it('adds the share of the 31-region total (the regions’ sum, not a national figure) with show="share", and the paired metric with compare-to, for groups without ISO codes', () => {
    const { columns, rows } = table({ metric: 'population', compareTo: 'rd-expenditure', groupByCluster: true, show: 'share' });
    expect(columns).toEqual([
      'Region',
      'ISO code',
      'Population',
      'Share of the 31-region total (%)',
      'R&D expenditure',
      'Unit (R&D expenditure)',
      'Year (R&D expenditure)',
      'Source (R&D expenditure)',
      'Unit',
      'Year',
      'Source',
    ]);
    const census = 'National Bureau of Statistics & State Council Leading Group Office for the 7th National Population Census (2021), via a repost on zczxwang.com';
    const rd = 'National Bureau of Statistics, Ministry of Science and Technology & Ministry of Finance (2024), via the text as carried by The Paper (thepaper.cn) and two other sites';
    // The 31 regions sum to 1,409,778,724 (the census's 1,411,778,724 less 2,000,000 servicemen).
    // YRD: 24,870,895 + 84,748,016 + 64,567,588 + 61,027,171 = 235,213,670, 16.68%; its R&D:
    // 2,049.6 + 4,212.3 + 2,640.2 + 1,264.7 (亿元) = 10,166.8 = 1,016.68 billion yuan.
    // GBA: Guangdong alone, 126,012,510, 8.94%; R&D 4,802.6 亿元. BTH: Tianjin's and Hebei's R&D unknown.
    expect(rows).toEqual([
      ['Rest of the mainland', null, 938183205, 66.55, null, 'billion yuan', 2023, null, 'people', 2020, census],
      ['Yangtze River Delta', null, 235213670, 16.68, 1016.68, 'billion yuan', 2023, rd, 'people', 2020, census],
      ['Greater Bay Area', null, 126012510, 8.94, 480.26, 'billion yuan', 2023, rd, 'people', 2020, census],
      ['Beijing-Tianjin-Hebei', null, 110369339, 7.83, null, 'billion yuan', 2023, null, 'people', 2020, census],
    ]);
  });

  it('leaves the share out where the chart shows values, and gives a derived figure to its decimals', () => {
    const { columns, rows } = table({ metric: 'density', include: ['CN-GD'] });
    expect(columns).toEqual(['Region', 'ISO code', 'Population density', 'Unit', 'Year', 'Source']);
    // 126,012,510 people / 179,700 km² = 701.238…, published to one decimal.
    expect(rows[0]!.slice(0, 5)).toEqual(['Guangdong', 'CN-GD', 701.2, 'people per km²', 2020]);
  });

  it('takes the unit, year, label and source of a page’s own metric from its file, and the page’s value-label and unit', () => {
    const { dataset } = parseDataset('region,value\nQinghai,7\nAnhui,12', 'csv', { label: 'Labs', unit: 'labs', year: 2025, source: { publisher: 'The Daily', title: 'Survey' } });
    const data = { metrics: [...metrics, ...dataset!.metrics], figures: { ...FIGURES, ...dataset!.figures } };
    const pageSources = [...sources, ...dataset!.sources];
    const own = table({ metric: 'value', data, pageSources, include: ['CN-QH', 'CN-AH', 'CN-XZ'] });
    expect(own).toEqual({
      columns: ['Region', 'ISO code', 'Labs', 'Unit', 'Year', 'Source'],
      rows: [
        ['Anhui', 'CN-AH', 12, 'labs', 2025, 'The Daily'],
        ['Qinghai', 'CN-QH', 7, 'labs', 2025, 'The Daily'],
        ['Tibet', 'CN-XZ', null, 'labs', 2025, null],
      ],
    });
    const renamed = table({ metric: 'value', data, pageSources, include: ['CN-AH'], valueLabel: 'Research labs', unit: 'sites' });
    expect(renamed.columns[2]).toBe('Research labs');
    expect(renamed.rows[0]!.slice(2, 4)).toEqual([12, 'sites']);
  });
});
