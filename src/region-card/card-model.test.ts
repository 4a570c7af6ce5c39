// The card's model for a few regions, with a small dataset of the page's own beside the bundle;
// every expected value is written out by hand.
import { describe, expect, it } from 'vitest';
import { FIGURES } from '../data/bundle.generated.js';
import { parseDataset } from '../data/dataset.js';
import { metrics, sources } from '../data/index.js';
import { getRegion } from '../data/lookup.js';
import { buildCardModel } from './card-model.js';

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
    expect(model.claims.flatMap((c) => c.notes).every((n) => n > 2)).toBe(true);
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
      { kind: 'engine', label: 'BTH', title: 'Beijing-Tianjin-Hebei' },
      { kind: 'hub', label: 'EDWC computing hub', title: 'Beijing-Tianjin-Hebei computing hub' },
    ]);
  });

  it('labels a computing hub’s badge as a hub, in the reader’s language', () => {
    const model = buildCardModel(getRegion('Inner Mongolia')!, 'da', [], data);
    expect([model.name, model.type, model.capital]).toEqual(['Indre Mongoliet', 'Autonom region', 'Hovedstad: Hohhot']);
    expect(model.badges).toEqual([{ kind: 'hub', label: 'EDWC computerknudepunkt', title: 'Indre Mongoliets computerknudepunkt' }]);
  });

  it('links only http and https sources', () => {
    const unsafe = dataWith({ publisher: 'The Daily', title: 'Survey', url: 'javascript:alert(1)' });
    const model = buildCardModel(getRegion('Anhui')!, 'en', ['value'], unsafe);
    expect(model.sources[0]).toEqual({ number: 1, text: 'The Daily, Survey' });
  });

  it('links only an http(s) address that parses, named by its host', () => {
    const link = (url: string) => buildCardModel(getRegion('Anhui')!, 'en', ['value'], dataWith({ publisher: 'The Daily', title: 'Survey', url })).sources[0];
    expect([link('https://example.org/survey').url, link('https://example.org/survey').host]).toEqual(['https://example.org/survey', 'example.org']);
    expect(link('http://').url).toBeUndefined();
    expect(link('javascript:alert(1)').url).toBeUndefined();
  });
});
