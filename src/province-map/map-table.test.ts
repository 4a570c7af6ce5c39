// The map's CSV table; expected rows written out by hand from data/series.csv, data/metrics.json
// and data/sources.json.
import { describe, expect, it } from 'vitest';
import { FIGURES } from '../data/bundle.generated.js';
import { clusters, metrics, regions, sources } from '../data/index.js';
import { seriesFor } from '../data/series.js';
import type { Language } from '../i18n/language.js';
import type { MetricData } from '../data/figures.js';
import type { Note } from '../text/notes.js';
import { buildMapModel } from './map-model.js';
import { mapDataTable } from './map-table.js';

const bundled: MetricData = { metrics, figures: FIGURES };

/** The CSV table of `<province-map metric=…>` as the component builds it. */
function table(metric: string, language: Language, { data = bundled, notes = [] as readonly Note[], withClusters = false } = {}) {
  const model = buildMapModel({
    series: seriesFor(metric, data)!,
    sources,
    regions,
    clusters,
    mode: withClusters ? 'clusters' : 'choropleth',
    scheme: 'blues',
    classes: 5,
    thresholds: null,
    highlight: new Set(),
    language,
  });
  return mapDataTable(model, withClusters, language, notes);
}

const row = (rows: readonly (readonly unknown[])[], code: string) => rows.find((r) => r[1] === code)!;

describe('mapDataTable', () => {
  it('says which figures are approximate in a Qualifier column after the value, in the widget’s words', () => {
    // gdp,CN-GZ,22700,approximate,S15 (亿元): the table says "about 2,270"; CN-GD 141633.8 is exact.
    const en = table('gdp', 'en');
    expect(en.columns).toEqual(['Region', 'ISO code', 'GDP', 'Qualifier', 'Unit', 'Year', 'Source', 'Note']);
    expect(row(en.rows, 'CN-GZ').slice(0, 6)).toEqual(['Guizhou', 'CN-GZ', 2270, 'about', 'billion yuan', 2024]);
    expect(row(en.rows, 'CN-GZ')[7]).toBe('Reported as 2.27 trillion yuan: rounded to 0.01 trillion, not an exact figure.');
    expect(row(en.rows, 'CN-GD').slice(2, 4)).toEqual([14163.38, null]);
    // Hainan has no GDP figure: no value, no qualifier.
    expect(row(en.rows, 'CN-HI').slice(2, 4)).toEqual([null, null]);
    const zh = table('gdp', 'zh');
    expect(zh.columns).toEqual(['地区', 'ISO代码', '地区生产总值', '限定词', '单位', '年份', '来源', '注释']);
    expect(row(zh.rows, 'CN-GZ').slice(0, 5)).toEqual(['贵州', 'CN-GZ', 22700, '约', '亿元']);
    const da = table('gdp', 'da');
    expect(da.columns).toEqual(['Region', 'ISO-kode', 'BNP', 'Forbehold', 'Enhed', 'År', 'Kilde', 'Bemærkning']);
    expect(row(da.rows, 'CN-GZ').slice(2, 5)).toEqual([2270, 'ca.', 'mia. yuan']);
  });

  it('says “more than” for a lower bound', () => {
    // Hand-written: the bundle has no lower bound; Shanghai's R&D expenditure (2049.6 亿元, S9)
    // as if its source said "more than 2,049.6".
    const data = { metrics, figures: { ...FIGURES, 'rd-expenditure': { ...FIGURES['rd-expenditure'], 'CN-SH': { ...FIGURES['rd-expenditure']!['CN-SH']!, qualifier: 'more-than' as const } } } };
    expect(row(table('rd-expenditure', 'en', { data }).rows, 'CN-SH').slice(2, 4)).toEqual([204.96, 'more than']);
    expect(row(table('rd-expenditure', 'zh', { data }).rows, 'CN-SH').slice(2, 4)).toEqual([2049.6, '超过']);
    expect(row(table('rd-expenditure', 'da', { data }).rows, 'CN-SH').slice(2, 4)).toEqual([204.96, 'over']);
  });

  it('leaves the Qualifier and Note columns out where no figure is qualified or noted, as the README lists the columns', () => {
    // Population: census figures, all exact, without notes.
    expect(table('population', 'en').columns).toEqual(['Region', 'ISO code', 'Population', 'Unit', 'Year', 'Source']);
    expect(table('population', 'en', { withClusters: true }).columns).toEqual(['Region', 'ISO code', 'Cluster', 'Population', 'Unit', 'Year', 'Source']);
  });

  it('carries the page’s notes (<mosaic-note>) into the Note column, after the figure’s own, as the table’s Note column has them', () => {
    const notes: Note[] = [
      { region: 'CN-GZ', text: 'Home of the “big data” push.', number: 1 },
      { region: 'CN-BJ', text: 'The capital.', number: 2 },
    ];
    const { columns, rows } = table('population', 'en', { notes });
    expect(columns).toEqual(['Region', 'ISO code', 'Population', 'Unit', 'Year', 'Source', 'Note']);
    expect(row(rows, 'CN-BJ').at(-1)).toBe('The capital.');
    expect(row(rows, 'CN-SH').at(-1)).toBe(null);
    expect(row(table('gdp', 'en', { notes }).rows, 'CN-GZ').at(-1)).toBe(
      'Reported as 2.27 trillion yuan: rounded to 0.01 trillion, not an exact figure. Home of the “big data” push.',
    );
  });
});
