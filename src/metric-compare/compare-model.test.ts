import { describe, expect, it } from 'vitest';
import { FIGURES } from '../data/bundle.generated.js';
import { metrics, seriesFor } from '../data/index.js';
import type { RegionId } from '../data/types.js';
import { niceTicks } from '../scales/ticks.js';
import { axisTicks, buildCompareModel, type CompareInput } from './compare-model.js';
import { compareInput } from '../../test/compare-input.js';

const base = compareInput;
const population = (id: RegionId) => FIGURES.population[id]!.value;
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
    expect(model.bars.map((b) => b.primary!.label)).toEqual(['126.0', '101.5', '99.4', '84.7', '83.7']);
    expect(model.axis.title).toBe('Population (million people)');
    expect(model.axis.ticks.map((t) => t.label)).toEqual(['0', '50', '100']);
    expect(first.primary!.full).toBe('126,012,510 people');
    expect(first.primary!.rank).toBe('Rank 1 of 31');
  });

  it('writes every bar, tick and the axis title the same way, in each language', () => {
    const gdp = (language: CompareInput['language']) =>
      buildCompareModel(base({ series: seriesFor('gdp')!, include: ['CN-GD', 'CN-JS', 'CN-ZJ', 'CN-HB', 'CN-XZ'], language }));
    const en = gdp('en');
    expect(en.axis.title).toBe('GDP (trillion yuan)');
    expect(en.bars.map((b) => b.primary!.label)).toEqual(['14.16', '13.70', '9.01', '6.00', '0.28']);
    expect(en.axis.ticks.map((t) => t.label)).toEqual(['0', '5', '10']);
    expect(en.bars[0].primary!.full).toBe('14,163.38 billion yuan');
    const zh = gdp('zh');
    expect(zh.axis.title).toBe('地区生产总值（亿元）');
    expect(zh.bars.map((b) => b.primary!.label)).toEqual(['141,634', '137,008', '90,131', '60,013', '2,765']);
    expect(zh.axis.ticks.map((t) => t.label)).toEqual(['0', '50,000', '100,000']);
    expect(zh.bars[0].primary!.full).toBe('141,633.8亿元');
    const da = gdp('da');
    expect(da.axis.title).toBe('BNP (mia. yuan)');
    expect(da.bars.map((b) => b.primary!.label)).toEqual(['14.163', '13.701', '9.013', '6.001', '276']);
    expect(da.axis.ticks.map((t) => t.label)).toEqual(['0', '5.000', '10.000']);
  });

  it('summarises for screen readers with the punctuation of each language', () => {
    const summary = (language: CompareInput['language']) => buildCompareModel(base({ include: ['CN-GD', 'CN-SD'], language })).summary;
    expect(summary('zh')).toBe('广东：1.26亿人，占31个地区总量的8.9%，第1名（共31个）；山东：1.02亿人，占31个地区总量的7.2%，第2名（共31个）。');
    expect(summary('en')).toBe('Guangdong: 126 million people, 8.9% of the 31-region total, Rank 1 of 31; Shandong: 102 million people, 7.2% of the 31-region total, Rank 2 of 31.');
  });

  it('keeps "about" on an approximate figure, in the bar as in the tooltip', () => {
    const model = buildCompareModel(base({ series: seriesFor('gdp')!, include: ['CN-GZ', 'CN-GD'] }));
    const guizhou = model.bars.find((b) => b.id === 'CN-GZ')!.primary!;
    expect(model.bars.map((b) => b.primary!.label)).toEqual(['14.2', 'about 2.3']);
    expect(guizhou.full).toBe('about 2,270 billion yuan');
  });

  it('shows published trailing zeros in the tooltip and never invents decimals in a bar', () => {
    const model = buildCompareModel(base({ series: seriesFor('rd-intensity')!, include: ['CN-ZJ', 'CN-XJ', 'CN-BJ'] }));
    const bar = (id: string) => model.bars.find((b) => b.id === id)!.primary!;
    expect(bar('CN-ZJ').full).toBe('3.20%');
    expect(bar('CN-XJ').full).toBe('0.6%');
    expect([bar('CN-BJ').label, bar('CN-ZJ').label, bar('CN-XJ').label]).toEqual(['6.7%', '3.2%', '0.6%']);
  });

  it('says a rank over a partial series is among the regions with data', () => {
    const model = buildCompareModel(base({ series: seriesFor('gdp')!, include: ['CN-GZ'], language: 'da' }));
    expect(model.bars[0].primary!.rank).toBe('Nr. 22 af 30 med data');
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
    expect(model.missingLine).toBe('No data: Hainan');
    expect(model.bars.every((b) => b.primary!.value > 0)).toBe(true);
  });

  it('says what its reference line is: the average of the 31 regions, never "national"', () => {
    const mean = buildCompareModel(base({ reference: 'mean' }));
    expect(mean.reference!.label).toBe('Average of the 31 regions: 45.5 million people');
    expect(mean.reference!.at).toBeCloseTo(45476733.03 / 126012510, 9);
    const density = buildCompareModel(base({ series: seriesFor('density')!, reference: 'mean', language: 'da' }));
    expect(density.reference!.label).toBe('Samlet for de 31 regioner: 147 indbyggere pr. km²');
    expect(density.reference!.at).toBeCloseTo(146.87 / 3922.6, 3);
  });

  it('draws a published national rate as the national figure, with its source', () => {
    const intensity = (language: CompareInput['language']) => buildCompareModel(base({ series: seriesFor('rd-intensity')!, reference: 'mean', language }));
    expect(intensity('en').reference!.label).toBe('National figure: 2.65%');
    expect(intensity('zh').reference!.label).toBe('全国：2.65%');
    expect(intensity('da').reference!.label).toBe('Hele landet: 2,65\u00a0%');
    const growth = buildCompareModel(base({ series: seriesFor('gdp-growth')!, reference: 'mean' }));
    expect(growth.reference!.label).toBe('National figure: 5.0%');
    expect(growth.sourceLine).toContain('National Bureau of Statistics');
  });

  it('uses the national total over 31 for a partial sum, and says "with data" for partial medians', () => {
    const gdp = buildCompareModel(base({ series: seriesFor('gdp')!, reference: 'mean' }));
    expect(gdp.reference!.label).toBe('National total ÷ 31: 4.35 trillion yuan');
    const spending = buildCompareModel(base({ series: seriesFor('rd-expenditure')!, reference: 'mean', language: 'zh' }));
    expect(spending.reference!.label).toBe('有数据的19个地区平均：1,594亿元');
    const median = buildCompareModel(base({ series: seriesFor('rd-intensity')!, reference: 'median' }));
    expect(median.reference!.label).toBe('Median of the 17 regions with data: 2.5%');
  });

  it('pairs a second metric with its own scale and unit', () => {
    const model = buildCompareModel(base({ include: ['CN-GD', 'CN-BJ'], second: seriesFor('rd-expenditure') }));
    const beijing = model.bars.find((b) => b.id === 'CN-BJ')!;
    expect(beijing.secondary!.full).toBe('294.71 billion yuan');
    expect(beijing.secondary!.to).toBeCloseTo(2947.1 / 4802.6, 12);
    expect(model.secondAxis!.title).toBe('R&D expenditure, 2023 (billion yuan)');
  });

  it("names each metric before its value for screen readers when paired, and neither alone", () => {
    const paired = (language: 'en' | 'zh') => buildCompareModel(base({ include: ['CN-BJ'], second: seriesFor('rd-expenditure'), language }));
    expect([paired('en').firstIntro, paired('en').secondIntro]).toEqual(['Population:', '; R&D expenditure:']);
    expect([paired('zh').firstIntro, paired('zh').secondIntro]).toEqual(['常住人口：', '；研发经费投入：']);
    const single = buildCompareModel(base({ include: ['CN-BJ'] }));
    expect([single.firstIntro, single.secondIntro]).toEqual(['', '']);
  });
});

describe('buildCompareModel: paired shares', () => {
  it('shows shares for a metric with a 31-region total and values for a paired one without', () => {
    const model = buildCompareModel(base({ show: 'share', include: ['CN-BJ'], second: seriesFor('rd-expenditure') }));
    expect(model.bars[0].primary!.label).toBe('1.6%');
    expect(model.axis.title).toBe('Population (share of the 31-region total)');
    expect(model.bars[0].secondary!.label).toBe('295');
    expect(model.secondAxis!.title).toBe('R&D expenditure, 2023 (billion yuan)');
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
    // 110,369,339 people on 16,411 + 11,917 + 188,800 = 217,128 km².
    expect(bth.value).toBeCloseTo(508.3146, 4);
    expect(bth.full).toBe('508.3 people per km²');
  });

  it('gives no total for a group whose members lack data', () => {
    const model = buildCompareModel(base({ series: seriesFor('gdp')!, groupByCluster: true }));
    expect(model.bars.find((b) => b.id === 'bth')!.primary!.value).toBeCloseTo(49843.1 + 18024.32 + 47526.9, 6);
    expect(model.bars.find((b) => b.id === 'yrd')!.primary!.value).toBeCloseTo(53926.7 + 137008 + 90131 + 50625, 6);
    const rest = model.missing.find((b) => b.id === 'rest')!;
    // Said once under the chart, each note after its group's name, in the reader's punctuation.
    expect(buildCompareModel(base({ series: seriesFor('gdp')!, groupByCluster: true, language: 'zh' })).dataNotes[1]).toBe('内地其他地区：无法合计：23个地区中有1个缺少数据');
    expect(rest.note).toBe('no total: 1 of 23 regions lack data');
  });

  it("words a group's sum as its parts: about where one is about, more than where one is a lower bound", () => {
    const gdp = FIGURES.gdp;
    const figures = { ...FIGURES, gdp: { ...gdp, 'CN-AH': { ...gdp['CN-AH']!, qualifier: 'approximate' as const }, 'CN-BJ': { ...gdp['CN-BJ']!, qualifier: 'more-than' as const } } };
    const model = (language: 'en' | 'zh') => buildCompareModel(base({ series: seriesFor('gdp')!, data: { metrics, figures }, groupByCluster: true, language }));
    const bar = (language: 'en' | 'zh', id: string) => model(language).bars.find((b) => b.id === id)!.primary!;
    expect([bar('zh', 'yrd').label, bar('zh', 'yrd').full, bar('zh', 'yrd').qualifier]).toEqual(['约33.2', '约331,691亿元', 'approximate']);
    expect([bar('en', 'bth').label, bar('en', 'bth').full]).toEqual(['more than 11.5', 'more than 11,539.43 billion yuan']);
    expect([bar('en', 'gba').full, bar('en', 'gba').qualifier]).toEqual(['14,163.38 billion yuan', undefined]);
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

describe('axisTicks', () => {
  it.each([
    // 0 to 8.9%: steps of 5 give two ticks, steps of 2 five, of which 0, 4 and 8 stay labelled on a narrow chart.
    [0, 0.0894, [0, 0.02, 0.04, 0.06, 0.08], [false, true, false, true, false]],
    [0, 126012510, [0, 50000000, 100000000], [false, false, false]],
    // Both sides of zero: 0 and 4 alone would be too few labels, so all five stay.
    [-3, 7, [-2, 0, 2, 4, 6], [false, false, false, false, false]],
    [0, 0.665, [0, 0.2, 0.4, 0.6], [false, false, false, false]],
    [0, 4802.6, [0, 2000, 4000], [false, false, false]],
  ])('%d to %d', (low, high, values, minor) => {
    expect(axisTicks(low, high)).toEqual(values.map((value, i) => ({ value, minor: minor[i] })));
  });

  it('gives the share axis three labelled ticks or more, not "0%" and "5%"', () => {
    const model = buildCompareModel(base({ show: 'share', top: 8 }));
    expect(model.axis.ticks.map((t) => [t.label, t.minor])).toEqual([['0%', false], ['2%', true], ['4%', false], ['6%', true], ['8%', false]]);
    const da = buildCompareModel(base({ show: 'share', top: 8, language: 'da' }));
    expect(da.axis.ticks.map((t) => t.label)).toEqual(['0\u00a0%', '2\u00a0%', '4\u00a0%', '6\u00a0%', '8\u00a0%']);
  });
});

describe('buildCompareModel: what top leaves out', () => {
  it('says "top 10 of 31", in each language', () => {
    const scope = (language: CompareInput['language']) => buildCompareModel(base({ top: 10, language })).scope;
    expect([scope('en'), scope('zh'), scope('da')]).toEqual(['Top 10 of the 31 regions', '31个地区中的前10位', 'Top 10 af de 31 regioner']);
  });

  it('counts only the regions with data over a partial series', () => {
    const scope = (language: CompareInput['language']) => buildCompareModel(base({ series: seriesFor('rd-intensity')!, top: 10, language })).scope;
    expect([scope('en'), scope('zh'), scope('da')]).toEqual(['Top 10 of the 17 regions with data', '有数据的17个地区中的前10位', 'Top 10 af de 17 regioner med data']);
  });

  it('says bottom for an ascending sort and first for an order by name, and nothing when nothing is left out', () => {
    expect(buildCompareModel(base({ top: 5, sort: 'asc' })).scope).toBe('Bottom 5 of the 31 regions');
    expect(buildCompareModel(base({ top: 5, sort: 'name', language: 'da' })).scope).toBe('De første 5 af de 31 regioner');
    expect(buildCompareModel(base({ top: 3, include: ['CN-GD', 'CN-BJ', 'CN-SH', 'CN-AH'] })).scope).toBe('Top 3 of the 4 regions');
    expect(buildCompareModel(base({ top: 31 })).scope).toBe('');
    expect(buildCompareModel(base({ top: 4, include: ['CN-GD', 'CN-BJ', 'CN-SH', 'CN-AH'] })).scope).toBe('');
    expect(buildCompareModel(base({})).scope).toBe('');
  });
});

describe('buildCompareModel: the paired metric', () => {
  it('has its own axis of round ticks', () => {
    const model = buildCompareModel(base({ include: ['CN-GD', 'CN-BJ'], second: seriesFor('rd-expenditure') }));
    // 0 to 480.26 billion yuan (Guangdong).
    expect(model.secondAxis!.ticks.map((t) => t.label)).toEqual(['0', '200', '400']);
    expect(model.secondAxis!.ticks.map((t) => t.at)).toEqual([0, 2000 / 4802.6, 4000 / 4802.6]);
  });

  it('names the bars without its figure in a note, in each language', () => {
    const missing = (language: CompareInput['language']) =>
      buildCompareModel(base({ include: ['CN-GD', 'CN-YN', 'CN-GX'], second: seriesFor('rd-expenditure'), language })).secondMissing;
    expect(missing('en')).toBe('R&D expenditure: no data for Guangxi, Yunnan');
    expect(missing('zh')).toBe('研发经费投入：广西、云南无数据');
    expect(missing('da')).toBe('F&U-udgifter: ingen data for Guangxi, Yunnan');
    expect(buildCompareModel(base({ include: ['CN-GD'], second: seriesFor('rd-expenditure') })).secondMissing).toBe('');
  });
});

describe('buildCompareModel: the data table', () => {
  it('puts each unit in its column header and the figures alone in the cells', () => {
    const table = (language: CompareInput['language']) => buildCompareModel(base({ include: ['CN-GD', 'CN-BJ'], second: seriesFor('rd-expenditure'), language })).table;
    const en = table('en');
    expect(en.columns).toEqual(['Population (people)', 'Share of the 31-region total (%)', 'R&D expenditure, 2023 (billion yuan)', 'Rank of 31']);
    expect(en.rows.map((r) => [r.name, ...r.cells])).toEqual([
      ['Guangdong', '126,012,510', '8.9', '480.26', '1'],
      ['Beijing', '21,893,095', '1.6', '294.71', '26'],
    ]);
    const zh = table('zh');
    expect(zh.columns).toEqual(['常住人口（人）', '占31个地区总量的比重（%）', '研发经费投入，2023年（亿元）', '排名（共31个）']);
    expect(zh.rows[0].cells).toEqual(['126,012,510', '8.9', '4,802.6', '1']);
    const da = table('da');
    expect(da.columns).toEqual(['Befolkning (indbyggere)', 'Andel af de 31 regioners samlede tal (%)', 'F&U-udgifter, 2023 (mia. yuan)', 'Nr. af 31']);
    expect(da.rows[0].cells).toEqual(['126.012.510', '8,9', '480,26', '1']);
  });

  it('gives a source all rows share once, below the table, and numbers sources where rows differ', () => {
    const shared = buildCompareModel(base({ include: ['CN-GD', 'CN-BJ'] })).table;
    expect(shared.sources).toEqual(['Source: National Bureau of Statistics & State Council Leading Group Office for the 7th National Population Census (2021), via a repost on zczxwang.com']);
    expect(shared.rows.map((r) => r.source)).toEqual(['', '']);
    // R&D expenditure of Guangdong from one source (S9), of Hebei from another (S14), none for Guangxi.
    const paired = buildCompareModel(base({ include: ['CN-GD', 'CN-HE', 'CN-GX'], second: seriesFor('rd-expenditure') })).table;
    expect(paired.rows.map((r) => [r.name, r.source])).toEqual([['Guangdong', '1, 2'], ['Hebei', '1, 3'], ['Guangxi', '1']]);
    expect(paired.sources.map((line) => line.slice(0, 2))).toEqual(['1 ', '2 ', '3 ']);
    expect(paired.sources[0]).toBe('1 National Bureau of Statistics & State Council Leading Group Office for the 7th National Population Census (2021), via a repost on zczxwang.com');
  });

  it('keeps "about" and published decimals, and says "no data"', () => {
    const gdp = (language: CompareInput['language']) => buildCompareModel(base({ series: seriesFor('gdp')!, include: ['CN-GZ', 'CN-HI'], language })).table;
    expect(gdp('en').columns).toEqual(['GDP (billion yuan)', 'Rank of 30 with data']);
    expect(gdp('en').rows.map((r) => [r.name, ...r.cells])).toEqual([['Guizhou', 'about 2,270', '22'], ['Hainan', 'No data', '']]);
    expect(gdp('zh').rows[0].cells).toEqual(['约22,700', '22']);
    expect(gdp('da').rows[0].cells).toEqual(['ca. 2.270', '22']);
    const intensity = buildCompareModel(base({ series: seriesFor('rd-intensity')!, include: ['CN-ZJ', 'CN-XJ'], language: 'da' })).table;
    expect(intensity.columns).toEqual(['F&U-intensitet (%)', 'Nr. af 17 med data']);
    expect(intensity.rows.map((r) => r.cells[0])).toEqual(['3,20', '0,6']);
  });

  it('gives groups their sums and shares, without a rank', () => {
    const table = buildCompareModel(base({ groupByCluster: true, sort: 'none' })).table;
    expect(table.columns).toEqual(['Population (people)', 'Share of the 31-region total (%)']);
    expect(table.rows.find((r) => r.id === 'bth')!.cells).toEqual(['110,369,339', '7.8']);
  });
});
