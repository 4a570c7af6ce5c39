// The comparison's CSV table; every expected row written out by hand from data/series.csv,
// data/metrics.json and data/sources.json.
import { describe, expect, it } from 'vitest';
import { FIGURES } from '../data/bundle.generated.js';
import { parseDataset } from '../data/dataset.js';
import { metrics, seriesFor, sources } from '../data/index.js';
import type { MetricData } from '../data/figures.js';
import { withOverrides } from '../text/figure-text.js';
import { buildCompareModel, type CompareInput } from './compare-model.js';
import { compareDataTable } from './compare-data-table.js';
import { bundledData, compareInput } from '../../test/compare-input.js';
import type { Note } from '../text/notes.js';
import type { Figure } from '../data/types.js';

const bundled = bundledData;

/** The table of the chart these attributes draw, as the component builds both. */
function table(input: Partial<CompareInput> & { metric: string; compareTo?: string; data?: MetricData; pageSources?: CompareInput['sources']; notes?: readonly Note[] }) {
  const data = input.data ?? bundled;
  const series = seriesFor(input.metric, data)!;
  const second = input.compareTo ? seriesFor(input.compareTo, data)! : null;
  const full = compareInput({ series, second, data, sources: input.pageSources ?? sources, ...input });
  const model = buildCompareModel(full);
  const metric = withOverrides(series.metric, full.valueLabel, full.unit);
  return compareDataTable(model, { metric, second: second?.metric ?? null, shares: full.show === 'share', language: full.language, ...(input.notes ? { notes: input.notes } : {}) });
}

const WIKIPEDIA = 'Wikipedia (n.d.)';
const GD_GDP_NOTE = "The province's 2024 statistical communiqué gives 141,633.81 (in 100 million yuan), as does a social-media post citing a commercial database.";
const GZ_GDP_NOTE = 'Reported as 2.27 trillion yuan: rounded to 0.01 trillion, not an exact figure.';
const BUREAUS = "Provincial statistics bureaus (2025), via a public data repository's extraction of reposts (cscoheru/china-platform on GitHub)";

describe('compareDataTable', () => {
  it('gives metric="gdp" top="3" as the bars, then the region without data: figures in billion yuan in English, not the bars’ trillions', () => {
    expect(table({ metric: 'gdp', top: 3 })).toEqual({
      // No figure of these is qualified: no Qualifier column. Guangdong's figure has a note.
      columns: ['Region', 'ISO code', 'GDP', 'Unit', 'Year', 'Source', 'Note'],
      rows: [
        // gdp,CN-GD,141633.8 (亿元) → 14,163.38 billion yuan; CN-JS 137008; CN-SD 98565.8.
        ['Guangdong', 'CN-GD', 14163.38, 'billion yuan', 2024, WIKIPEDIA, GD_GDP_NOTE],
        ['Jiangsu', 'CN-JS', 13700.8, 'billion yuan', 2024, BUREAUS, null],
        ['Shandong', 'CN-SD', 9856.58, 'billion yuan', 2024, WIKIPEDIA, null],
        // Hainan has no GDP figure.
        ['Hainan', 'CN-HI', null, 'billion yuan', 2024, null, null],
      ],
    });
  });

  it('keeps 亿元 as published in Chinese, and follows sort="asc"', () => {
    const { columns, rows } = table({ metric: 'gdp', include: ['CN-GD', 'CN-XZ', 'CN-HI'], sort: 'asc', language: 'zh' });
    expect(columns).toEqual(['地区', 'ISO代码', '地区生产总值', '单位', '年份', '来源', '注释']);
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
      'Note',
    ]);
    const census = 'National Bureau of Statistics & State Council Leading Group Office for the 7th National Population Census (2021), via a repost on zczxwang.com';
    const GBA = 'Guangdong as a whole; the Greater Bay Area covers 9 of its 21 cities, and Hong Kong and Macao, which are not in the data.';
    const rd = 'National Bureau of Statistics, Ministry of Science and Technology & Ministry of Finance (2024), via the text as carried by The Paper (thepaper.cn) and two other sites';
    // The 31 regions sum to 1,409,778,724 (the census's 1,411,778,724 less 2,000,000 servicemen).
    // YRD: 24,870,895 + 84,748,016 + 64,567,588 + 61,027,171 = 235,213,670, 16.68%; its R&D:
    // 2,049.6 + 4,212.3 + 2,640.2 + 1,264.7 (亿元) = 10,166.8 = 1,016.68 billion yuan.
    // GBA: Guangdong alone, 126,012,510, 8.94%; R&D 4,802.6 亿元. BTH: Tianjin's and Hebei's R&D unknown.
    expect(rows).toEqual([
      ['Rest of the mainland', null, 938183205, 66.55, null, 'billion yuan', 2023, null, 'people', 2020, census, null],
      ['Yangtze River Delta', null, 235213670, 16.68, 1016.68, 'billion yuan', 2023, rd, 'people', 2020, census, null],
      // The note the chart's table gives under it, on the group's own row.
      ['Greater Bay Area', null, 126012510, 8.94, 480.26, 'billion yuan', 2023, rd, 'people', 2020, census, GBA],
      ['Beijing-Tianjin-Hebei', null, 110369339, 7.83, null, 'billion yuan', 2023, null, 'people', 2020, census, null],
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

  it('says which figures are approximate in a Qualifier column after the value, in the widget’s words, as the table says “about 2,270”', () => {
    // gdp,CN-GZ,22700,approximate,S15 (亿元) → about 2,270 billion yuan; CN-GD 141633.8 is exact.
    const en = table({ metric: 'gdp', include: ['CN-GD', 'CN-GZ', 'CN-HI'] });
    expect(en.columns).toEqual(['Region', 'ISO code', 'GDP', 'Qualifier', 'Unit', 'Year', 'Source', 'Note']);
    expect(en.rows.map((r) => [...r.slice(0, 4), r[7]])).toEqual([
      ['Guangdong', 'CN-GD', 14163.38, null, GD_GDP_NOTE],
      ['Guizhou', 'CN-GZ', 2270, 'about', GZ_GDP_NOTE],
      // Without a figure, no qualifier.
      ['Hainan', 'CN-HI', null, null, null],
    ]);
    const zh = table({ metric: 'gdp', include: ['CN-GZ'], language: 'zh' });
    expect(zh.columns).toEqual(['地区', 'ISO代码', '地区生产总值', '限定词', '单位', '年份', '来源', '注释']);
    expect(zh.rows[0]!.slice(0, 5)).toEqual(['贵州', 'CN-GZ', 22700, '约', '亿元']);
    expect(zh.rows[0]![7]).toBe('报道为2.27万亿元：精确到0.01万亿元，并非精确数字。');
    const da = table({ metric: 'gdp', include: ['CN-GZ'], language: 'da' });
    expect(da.columns).toEqual(['Region', 'ISO-kode', 'BNP', 'Forbehold', 'Enhed', 'År', 'Kilde', 'Bemærkning']);
    expect(da.rows[0]!.slice(0, 5)).toEqual(['Guizhou', 'CN-GZ', 2270, 'ca.', 'mia. yuan']);
  });

  it('gives the paired metric’s qualifier its own column, named with it, and a lower bound as “more than”', () => {
    // Hand-written: the bundle has no lower bound; Guangdong's R&D expenditure (4802.6 亿元, S9)
    // as if its source said "more than 4,802.6".
    const rdGD: Figure = { ...FIGURES['rd-expenditure']!['CN-GD']!, qualifier: 'more-than' };
    const data = { metrics, figures: { ...FIGURES, 'rd-expenditure': { ...FIGURES['rd-expenditure'], 'CN-GD': rdGD } } };
    const { columns, rows } = table({ metric: 'gdp', compareTo: 'rd-expenditure', data, include: ['CN-GD', 'CN-GZ', 'CN-JS'] });
    expect(columns).toEqual([
      'Region',
      'ISO code',
      'GDP',
      'Qualifier',
      'R&D expenditure',
      'Qualifier (R&D expenditure)',
      'Unit (R&D expenditure)',
      'Year (R&D expenditure)',
      'Source (R&D expenditure)',
      'Unit',
      'Year',
      'Source',
      'Note',
    ]);
    // Sorted by GDP: CN-GD 141633.8, CN-JS 137008, CN-GZ about 22700. R&D expenditure (亿元):
    // CN-GD 4802.6 (here a lower bound), CN-JS 4212.3; Guizhou has none.
    expect(rows.map((r) => [r[0], r[3], r[4], r[5]])).toEqual([
      ['Guangdong', null, 480.26, 'more than'],
      ['Jiangsu', null, 421.23, null],
      ['Guizhou', 'about', null, null],
    ]);
    const zh = table({ metric: 'rd-expenditure', data, include: ['CN-GD'], language: 'zh' });
    expect(zh.rows[0]!.slice(2, 4)).toEqual([4802.6, '超过']);
    const da = table({ metric: 'rd-expenditure', data, include: ['CN-GD'], language: 'da' });
    expect(da.rows[0]!.slice(2, 4)).toEqual([480.26, 'over']);
  });

  it('leaves the Qualifier and Note columns out where no figure is qualified or noted', () => {
    // rd-expenditure,CN-SH 2049.6 and CN-JS 4212.3: exact, without notes.
    const { columns } = table({ metric: 'rd-expenditure', include: ['CN-SH', 'CN-JS'] });
    expect(columns).toEqual(['Region', 'ISO code', 'R&D expenditure', 'Unit', 'Year', 'Source']);
  });

  it('carries the page’s notes (<mosaic-note>) into the Note column, after the figure’s own, as the table’s Note column has them', () => {
    const notes: Note[] = [
      { region: 'CN-GZ', text: 'Home of the “big data” push.', number: 1 },
      { region: 'CN-SH', text: 'Includes the new Lingang area.', number: 2 },
    ];
    const { columns, rows } = table({ metric: 'rd-expenditure', include: ['CN-SH', 'CN-JS'], notes });
    expect(columns.at(-1)).toBe('Note');
    expect(rows.map((r) => [r[0], r.at(-1)])).toEqual([
      ['Jiangsu', null],
      ['Shanghai', 'Includes the new Lingang area.'],
    ]);
    const gz = table({ metric: 'gdp', include: ['CN-GZ'], notes });
    expect(gz.rows[0]!.at(-1)).toBe(`${GZ_GDP_NOTE} Home of the “big data” push.`);
  });
});
