// The card's model for a few regions, with a small dataset of the page's own beside the bundle;
// every expected value is written out by hand.
import { describe, expect, it } from 'vitest';
import { FIGURES } from '../data/bundle.generated.js';
import { parseDataset } from '../data/dataset.js';
import { metrics, sources } from '../data/index.js';
import { getRegion } from '../data/lookup.js';
import { buildCardModel, compactParts } from './card-model.js';

/** The bundle with the page's own metric `value` (Labs) added, as a widget merges them. */
function dataWith(source: { publisher: string; title: string; url?: string }) {
  const { dataset } = parseDataset('region,value\nQinghai,7\nAnhui,12', 'csv', { label: 'Labs', unit: 'labs', year: 2025, source });
  return {
    metrics: { metrics: [...metrics, ...dataset!.metrics], figures: { ...FIGURES, ...dataset!.figures } },
    sources: [...sources, ...dataset!.sources],
  };
}

const data = dataWith({ publisher: 'The Daily', title: 'Survey', url: 'https://example.org/survey' });

describe('buildCardModel', () => {
  it('names a province, its type and capital, and no badges outside any cluster', () => {
    const model = buildCardModel(getRegion('Qinghai')!, 'en', ['value'], data);
    expect([model.name, model.nameZh, model.type, model.capital, model.badges, model.partOf]).toEqual(['Qinghai', '青海', 'Province', 'Capital: Xining', [], null]);
  });

  it('keeps the note of a page’s figure that has no source on the figure, and says it has none, as the map and the comparison do', () => {
    const { dataset } = parseDataset('region,value,note\nAnhui,12,Provisional count\nHubei,9,', 'csv', { label: 'Labs', unit: 'labs', year: 2025 });
    const own = { metrics: { metrics: [...metrics, ...dataset!.metrics], figures: { ...FIGURES, ...dataset!.figures } }, sources: [...sources, ...dataset!.sources] };
    expect(buildCardModel(getRegion('Anhui')!, 'en', ['value'], own).figures).toEqual([
      { metric: 'value', label: 'Labs, 2025', value: '12 labs', noData: false, notes: [], remark: 'Provisional count; no source given' },
    ]);
    expect(buildCardModel(getRegion('Hubei')!, 'zh', ['value'], own).figures[0]!.remark).toBe('未注明来源');
  });

  it('gives each figure its label with the year, its value with the unit, and numbered source notes in order of citation', () => {
    const model = buildCardModel(getRegion('CN-QH')!, 'en', ['value', 'population', 'rd-intensity'], data);
    expect(model.figures).toEqual([
      { metric: 'value', label: 'Labs, 2025', value: '7 labs', noData: false, notes: [1] },
      { metric: 'population', label: 'Population, 2020', value: '5,923,957 people', noData: false, notes: [2] },
      { metric: 'rd-intensity', label: 'R&D intensity, 2023', value: 'No data', noData: true, notes: [] },
    ]);
    expect(model.sources.slice(0, 2).map((s) => [s.number, s.text.split(',')[0], s.url])).toEqual([
      [1, 'The Daily', 'https://example.org/survey'],
      [2, 'National Bureau of Statistics & State Council Leading Group Office for the 7th National Population Census', 'https://zczxwang.com/news/show-65274.html'],
    ]);
    // The article's claims cite on from there.
    expect(model.claimGroups.flatMap((g) => g.claims.flatMap((c) => c.notes)).every((n) => n > 2)).toBe(true);
  });

  it('says "No data" for a region the page’s data lacks, and keeps a row for a metric still on its way', () => {
    const model = buildCardModel(getRegion('Beijing')!, 'en', ['value', 'labs-later'], data);
    expect(model.figures).toEqual([
      { metric: 'value', label: 'Labs, 2025', value: 'No data', noData: true, notes: [] },
      { metric: 'labs-later', label: '', value: 'Loading…', noData: true, notes: [] },
    ]);
  });

  it('gives a municipality no capital, and badges for its integration engine and its computing hub', () => {
    const model = buildCardModel(getRegion('Beijing')!, 'en', [], data);
    expect([model.type, model.capital]).toEqual(['Municipality', null]);
    expect(model.badges).toEqual([
      { kind: 'engine', label: 'Beijing-Tianjin-Hebei' },
      { kind: 'hub', label: 'Beijing-Tianjin-Hebei computing hub (East Data, West Computing)', short: 'Beijing-Tianjin-Hebei computing hub' },
    ]);
  });

  it('spells out a computing hub’s badge, naming the hub, with no abbreviation, in the reader’s language', () => {
    const model = buildCardModel(getRegion('Inner Mongolia')!, 'da', [], data);
    expect([model.name, model.type, model.capital]).toEqual(['Indre Mongoliet', 'Autonom region', 'Hovedstad: Hohhot']);
    expect(model.badges).toEqual([{ kind: 'hub', label: 'Indre Mongoliets computerknudepunkt (programmet East Data, West Computing)', short: 'Indre Mongoliets computerknudepunkt' }]);
    expect(buildCardModel(getRegion('Guangdong')!, 'zh', [], data).badges).toEqual([
      { kind: 'engine', label: '粤港澳大湾区' },
      { kind: 'hub', label: '“东数西算”粤港澳大湾区算力枢纽', short: '粤港澳大湾区算力枢纽' },
    ]);
  });

  it('puts a cluster’s claims under one heading, after the region’s own', () => {
    const en = buildCardModel(getRegion('Guangdong')!, 'en', [], data);
    expect(en.claimGroups.map((g) => [g.heading, g.claims.map((c) => c.id)])).toEqual([
      [null, ['R16']],
      ['Greater Bay Area as a whole', ['G1', 'G2', 'G3', 'G4']],
    ]);
    expect(buildCardModel(getRegion('Zhejiang')!, 'zh', [], data).claimGroups.map((g) => [g.heading, g.claims.map((c) => c.id)])).toEqual([['关于长江三角洲整体', ['Y1']]]);
    expect(buildCardModel(getRegion('Zhejiang')!, 'da', [], data).claimGroups[0]!.heading).toBe('Yangtze-floddeltaet som helhed');
  });

  it('shows on a compact card three figures and the lead claim, and puts the rest behind its disclosure', () => {
    const ids = (groups: ReturnType<typeof compactParts>['groups']) => groups.map((g) => [g.heading, g.claims.map((c) => c.id)]);
    const guangdong = compactParts(buildCardModel(getRegion('Guangdong')!, 'en', ['population', 'area', 'density', 'gdp'], data));
    expect([guangdong.figures.map((f) => f.metric), guangdong.moreFigures.map((f) => f.metric)]).toEqual([['population', 'area', 'density'], ['gdp']]);
    expect([ids(guangdong.groups), ids(guangdong.moreGroups)]).toEqual([[[null, ['R16']]], [['Greater Bay Area as a whole', ['G1', 'G2', 'G3', 'G4']]]]);
    // Zhejiang's only claim is its cluster's: shown, with nothing behind.
    const zhejiang = compactParts(buildCardModel(getRegion('Zhejiang')!, 'en', [], data));
    expect([ids(zhejiang.groups), ids(zhejiang.moreGroups)]).toEqual([[['Yangtze River Delta as a whole', ['Y1']]], []]);
    expect(compactParts(buildCardModel(getRegion('Tibet')!, 'en', [], data))).toEqual({ figures: [], moreFigures: [], groups: [], moreGroups: [] });
  });

  it('gives no claims, and says nothing of their absence, where the article names neither the region nor its clusters', () => {
    expect(buildCardModel(getRegion('Tibet')!, 'en', [], data).claimGroups).toEqual([]);
  });

  it('keeps the qualifier of an uncertain translation with its claim, in published words', () => {
    const claim = (lang: 'en' | 'zh' | 'da') => buildCardModel(getRegion('Tianjin')!, lang, [], data).claimGroups[0]!.claims[0]!;
    expect([claim('en').id, claim('en').note]).toEqual(['R5', '“Reliable computing” may mean trusted or secure-and-reliable computing.']);
    expect(claim('zh').note).toBe('“可靠计算”可能指可信计算或安全可靠计算。');
    expect(claim('da').note).toBe('“Pålidelig databehandling” kan betyde betroet eller sikker og pålidelig databehandling.');
  });

  it('says once in plain words how much of a region a cluster covers', () => {
    expect(buildCardModel(getRegion('Guangdong')!, 'en', [], data).partOf).toBe(
      "Greater Bay Area (in part): 9 of Guangdong's 21 prefecture-level cities (Guangzhou, Shenzhen, Zhuhai, Foshan, Huizhou, Dongguan, Zhongshan, Jiangmen, Zhaoqing)",
    );
    expect(buildCardModel(getRegion('Guangdong')!, 'zh', [], data).partOf).toBe('粤港澳大湾区（部分）：广东省21个地级市中的9个（广州、深圳、珠海、佛山、惠州、东莞、中山、江门、肇庆）');
  });

  it('files a figure’s provenance under the source it cites, with the metric’s name, not under the figure itself', () => {
    const model = buildCardModel(getRegion('Guangdong')!, 'en', ['population', 'gdp'], data);
    expect(model.figures[1]).toEqual({ metric: 'gdp', label: 'GDP, 2024', value: '14,163.38 billion yuan', noData: false, notes: [2] });
    expect(model.sources.map((s) => s.remarks)).toEqual([
      [],
      [{ metric: 'GDP', text: "The province's 2024 statistical communiqué gives 141,633.81 (in 100 million yuan), as does a social-media post citing a commercial database." }],
      [],
    ]);
    const zh = buildCardModel(getRegion('Shandong')!, 'zh', ['area'], data);
    expect(zh.sources[0]!.remarks).toEqual([{ metric: '面积', text: '公布的数字不一：其他网页分别为15.58万、15.71万、15.79万或15.81万平方千米；此处采用列表数字。' }]);
  });

  it('links only http and https sources', () => {
    const unsafe = dataWith({ publisher: 'The Daily', title: 'Survey', url: 'javascript:alert(1)' });
    const model = buildCardModel(getRegion('Anhui')!, 'en', ['value'], unsafe);
    expect(model.sources[0]).toEqual({ number: 1, text: 'The Daily, Survey', remarks: [] });
  });

  it('links only an http(s) address that parses, named by its host', () => {
    const link = (url: string) => buildCardModel(getRegion('Anhui')!, 'en', ['value'], dataWith({ publisher: 'The Daily', title: 'Survey', url })).sources[0];
    expect([link('https://example.org/survey').url, link('https://example.org/survey').host]).toEqual(['https://example.org/survey', 'example.org']);
    expect(link('http://').url).toBeUndefined();
    expect(link('javascript:alert(1)').url).toBeUndefined();
  });
});
