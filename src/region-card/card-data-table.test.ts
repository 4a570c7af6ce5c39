// The card's CSV table; every expected row written out by hand from data/series.csv,
// data/metrics.json and data/sources.json.
import { describe, expect, it } from 'vitest';
import { FIGURES } from '../data/bundle.generated.js';
import { parseDataset } from '../data/dataset.js';
import { metrics, sources } from '../data/index.js';
import { getRegion } from '../data/lookup.js';
import { cardDataTable } from './card-data-table.js';

const bundled = { metrics: { metrics, figures: FIGURES }, sources };

describe('cardDataTable', () => {
  it('has a row for every metric of `metrics`, in order, more than a compact card’s three', () => {
    const table = cardDataTable(getRegion('CN-GD')!, 'en', ['population', 'area', 'density', 'gdp', 'rd-intensity'], bundled);
    expect(table.columns).toEqual(['Region', 'ISO code', 'Figure', 'Value', 'Unit', 'Year', 'Source']);
    expect(table.rows).toEqual([
      [
        'Guangdong',
        'CN-GD',
        'Population',
        126012510,
        'people',
        2020,
        'National Bureau of Statistics & State Council Leading Group Office for the 7th National Population Census (2021), via a repost on zczxwang.com',
      ],
      // Wikipedia's list gives no reference year.
      ['Guangdong', 'CN-GD', 'Area', 179700, 'km²', 'reference year not given', 'Wikipedia (n.d.), via the worddisk.com mirror'],
      [
        'Guangdong',
        'CN-GD',
        'Population density',
        701.2,
        'people per km²',
        2020,
        'derived from National Bureau of Statistics & State Council Leading Group Office for the 7th National Population Census (2021), via a repost on zczxwang.com; Wikipedia (n.d.), via the worddisk.com mirror',
      ],
      // 141633.8 亿元.
      ['Guangdong', 'CN-GD', 'GDP', 14163.38, 'billion yuan', 2024, 'Wikipedia (n.d.)'],
      [
        'Guangdong',
        'CN-GD',
        'R&D intensity',
        3.54,
        '%',
        2023,
        'National Bureau of Statistics, Ministry of Science and Technology & Ministry of Finance (2024), via the text as carried by The Paper (thepaper.cn) and two other sites',
      ],
    ]);
  });

  it('names the columns in the widget’s language and keeps 亿元 in Chinese; a figure without data is empty', () => {
    const zh = cardDataTable(getRegion('CN-HI')!, 'zh', ['gdp', 'rd-expenditure'], bundled);
    expect(zh.columns).toEqual(['地区', 'ISO代码', '指标', '数值', '单位', '年份', '来源']);
    // Hainan: no GDP figure; R&D expenditure 89.8 亿元 (S16).
    expect(zh.rows.map((r) => r.slice(0, 6))).toEqual([
      ['海南', 'CN-HI', '地区生产总值', null, '亿元', 2024],
      ['海南', 'CN-HI', '研发经费投入', 89.8, '亿元', 2023],
    ]);
    expect(zh.rows[0]![6]).toBe(null);
    const da = cardDataTable(getRegion('CN-HI')!, 'da', ['rd-expenditure'], bundled);
    expect(da.columns).toEqual(['Region', 'ISO-kode', 'Nøgletal', 'Værdi', 'Enhed', 'År', 'Kilde']);
    expect(da.rows[0]!.slice(0, 6)).toEqual(['Hainan', 'CN-HI', 'F&U-udgifter', 8.98, 'mia. yuan', 2023]);
  });

  it('takes the unit, year and source of a page’s own metric from its file', () => {
    const { dataset } = parseDataset('region,value\nQinghai,7\nAnhui,12', 'csv', { label: 'Labs', unit: 'labs', year: 2025, source: { publisher: 'The Daily', title: 'Survey' } });
    const data = { metrics: { metrics: [...metrics, ...dataset!.metrics], figures: { ...FIGURES, ...dataset!.figures } }, sources: [...sources, ...dataset!.sources] };
    expect(cardDataTable(getRegion('Qinghai')!, 'en', ['value', 'population'], data).rows).toEqual([
      ['Qinghai', 'CN-QH', 'Labs', 7, 'labs', 2025, 'The Daily'],
      [
        'Qinghai',
        'CN-QH',
        'Population',
        5923957,
        'people',
        2020,
        'National Bureau of Statistics & State Council Leading Group Office for the 7th National Population Census (2021), via a repost on zczxwang.com',
      ],
    ]);
    // A metric not in the data (the page's still loading) has no row.
    expect(cardDataTable(getRegion('Qinghai')!, 'en', ['value', 'missing'], data).rows).toHaveLength(1);
  });
});
