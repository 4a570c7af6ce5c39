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
    // No figure of Guangdong's is qualified: no Qualifier column; its GDP has a note.
    expect(table.columns).toEqual(['Region', 'ISO code', 'Figure', 'Value', 'Unit', 'Year', 'Source', 'Note']);
    expect(table.rows).toEqual([
      [
        'Guangdong',
        'CN-GD',
        'Population',
        126012510,
        'people',
        2020,
        'National Bureau of Statistics & State Council Leading Group Office for the 7th National Population Census (2021), via a repost on zczxwang.com',
        null,
      ],
      // Wikipedia's list gives no reference year.
      ['Guangdong', 'CN-GD', 'Area', 179700, 'km²', 'reference year not given', 'Wikipedia (n.d.), via the worddisk.com mirror', null],
      [
        'Guangdong',
        'CN-GD',
        'Population density',
        701.2,
        'people per km²',
        2020,
        'derived from National Bureau of Statistics & State Council Leading Group Office for the 7th National Population Census (2021), via a repost on zczxwang.com; Wikipedia (n.d.), via the worddisk.com mirror',
        null,
      ],
      // 141633.8 亿元.
      [
        'Guangdong',
        'CN-GD',
        'GDP',
        14163.38,
        'billion yuan',
        2024,
        'Wikipedia (n.d.)',
        "The province's 2024 statistical communiqué gives 141,633.81 (in 100 million yuan), as does a social-media post citing a commercial database.",
      ],
      [
        'Guangdong',
        'CN-GD',
        'R&D intensity',
        3.54,
        '%',
        2023,
        'National Bureau of Statistics, Ministry of Science and Technology & Ministry of Finance (2024), via the text as carried by The Paper (thepaper.cn) and two other sites',
        null,
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

  it('says which figures are approximate or lower bounds in a Qualifier column after Value, in the card’s words', () => {
    // gdp,CN-GZ,22700,approximate,S15 (亿元): the card says "about 2,270 billion yuan".
    const en = cardDataTable(getRegion('CN-GZ')!, 'en', ['gdp', 'population'], bundled);
    expect(en.columns).toEqual(['Region', 'ISO code', 'Figure', 'Value', 'Qualifier', 'Unit', 'Year', 'Source', 'Note']);
    expect(en.rows.map((r) => [r[2], r[3], r[4], r[8]])).toEqual([
      ['GDP', 2270, 'about', 'Reported as 2.27 trillion yuan: rounded to 0.01 trillion, not an exact figure.'],
      // population,CN-GZ,38562148: exact, without a note.
      ['Population', 38562148, null, null],
    ]);
    const zh = cardDataTable(getRegion('CN-GZ')!, 'zh', ['gdp'], bundled);
    expect(zh.columns).toEqual(['地区', 'ISO代码', '指标', '数值', '限定词', '单位', '年份', '来源', '注释']);
    expect(zh.rows[0]!.slice(3, 6)).toEqual([22700, '约', '亿元']);
    const da = cardDataTable(getRegion('CN-GZ')!, 'da', ['gdp'], bundled);
    expect(da.columns).toEqual(['Region', 'ISO-kode', 'Nøgletal', 'Værdi', 'Forbehold', 'Enhed', 'År', 'Kilde', 'Bemærkning']);
    expect(da.rows[0]!.slice(3, 6)).toEqual([2270, 'ca.', 'mia. yuan']);
    // Hand-written: the bundle has no lower bound; Hainan's R&D expenditure (89.8 亿元, S16) as if
    // its source said "more than 89.8".
    const rdHI = { ...FIGURES['rd-expenditure']!['CN-HI']!, qualifier: 'more-than' as const };
    const bound = { ...bundled, metrics: { metrics, figures: { ...FIGURES, 'rd-expenditure': { ...FIGURES['rd-expenditure'], 'CN-HI': rdHI } } } };
    const words = (language: 'en' | 'zh' | 'da') => cardDataTable(getRegion('CN-HI')!, language, ['rd-expenditure'], bound).rows[0]!.slice(3, 5);
    expect(words('en')).toEqual([8.98, 'more than']);
    expect(words('zh')).toEqual([89.8, '超过']);
    expect(words('da')).toEqual([8.98, 'over']);
  });
});
