// The map's model for a small dataset of three regions, with every expected value written out
// by hand: colours from the Blues and Set2 schemes, texts from the English catalogue.
import { describe, expect, it } from 'vitest';
import { clusters, regions, sources } from '../data/index.js';
import { parseDataset } from '../data/dataset.js';
import { seriesFor } from '../data/series.js';
import { buildMapModel, type ModelInput } from './map-model.js';

const { dataset } = parseDataset('region,value\nAnhui,30\nBeijing,10\nJiangsu,20', 'csv', {
  label: 'Labs',
  unit: 'labs',
  year: 2025,
  source: { publisher: 'The Daily', title: 'Survey', year: 2025 },
});
const series = seriesFor('value', dataset!)!;

const input = (overrides: Partial<ModelInput>): ModelInput => ({
  series,
  sources: [...sources, ...dataset!.sources], // as a widget has them: the bundle's and the page's
  regions,
  clusters,
  mode: 'choropleth',
  scheme: 'blues',
  classes: 5,
  thresholds: null,
  highlight: new Set(),
  language: 'en',
  ...overrides,
});

describe('buildMapModel: choropleth', () => {
  const model = buildMapModel(input({ thresholds: [15, 25] }));

  it('colours each region by its class, and regions without a figure as no data', () => {
    // On a dark page the scale runs the other way (more is lighter); black reads on all three.
    expect(model.paint.get('CN-BJ')).toEqual({ kind: 'value', color: 'light-dark(#deebf7, #3182bd)', ink: '#000000' });
    expect(model.paint.get('CN-JS')).toEqual({ kind: 'value', color: '#9ecae1', ink: '#000000' });
    expect(model.paint.get('CN-AH')).toEqual({ kind: 'value', color: 'light-dark(#3182bd, #deebf7)', ink: '#000000' });
    expect(model.paint.get('CN-SH')).toEqual({ kind: 'no-data' });
    expect(model.paint.size).toBe(31);
    expect(model.missing).toBe(28);
  });

  it('gives the legend a title with the unit, a swatch per class and one for no data', () => {
    expect(model.legendTitle).toBe('Labs (labs)');
    expect(model.legend).toEqual([
      { kind: 'value', color: 'light-dark(#deebf7, #3182bd)', label: '10 – 15' },
      { kind: 'value', color: '#9ecae1', label: '15 – 25' },
      { kind: 'value', color: 'light-dark(#3182bd, #deebf7)', label: '25 – 30' },
      { kind: 'no-data', label: 'No data' },
    ]);
  });

  it('ranks the facts, those without a figure last by name', () => {
    expect(model.facts.slice(0, 4)).toEqual([
      { region: 'CN-AH', name: 'Anhui', value: '30 labs', rank: 'Rank 1 of 3 with data', clusters: 'Yangtze River Delta', source: 'The Daily (2025)', figure: 30 },
      { region: 'CN-JS', name: 'Jiangsu', value: '20 labs', rank: 'Rank 2 of 3 with data', clusters: 'Yangtze River Delta', source: 'The Daily (2025)', figure: 20 },
      { region: 'CN-BJ', name: 'Beijing', value: '10 labs', rank: 'Rank 3 of 3 with data', clusters: 'Beijing-Tianjin-Hebei', source: 'The Daily (2025)', figure: 10 },
      { region: 'CN-CQ', name: 'Chongqing', value: 'No data', rank: '', clusters: '', source: '', figure: null },
    ]);
    expect(model.facts).toHaveLength(31);
  });

  it('titles, summarises and sources the map', () => {
    expect(model.title).toBe('Labs by region, 2025');
    expect(model.summary).toBe('Among the 3 regions with data, highest: Anhui (30 labs); lowest: Beijing (10 labs). No data for the other 28 regions.');
    expect(model.sourceLine).toBe('Source: The Daily (2025)');
  });

  it('splits into classes of about equal size without thresholds (breaks to the precision of the figures), and takes the page’s label and unit', () => {
    const own = buildMapModel(input({ classes: 3, valueLabel: 'Key labs', unit: 'sites' }));
    expect(own.legendTitle).toBe('Key labs (sites)');
    expect(own.legend.map((item) => item.label)).toEqual(['10 – 17', '17 – 23', '23 – 30', 'No data']);
    expect(own.facts[0].value).toBe('30 sites');
  });
});

describe('buildMapModel: clusters and highlight', () => {
  it('colours the three integration engines by Dark2, with the label colour that reads on each', () => {
    const model = buildMapModel(input({ mode: 'clusters', scheme: 'dark2' }));
    expect(model.paint.get('CN-GD')).toEqual({ kind: 'cluster', color: '#1b9e77', ink: '#000000' });
    expect(model.paint.get('CN-SH')).toEqual({ kind: 'cluster', color: '#d95f02', ink: '#000000' });
    // #7570b3 (luminance 0.186): black 4.72:1, white 4.45:1.
    expect(model.paint.get('CN-HE')).toEqual({ kind: 'cluster', color: '#7570b3', ink: '#000000' });
  });

  it('colours the three integration engines by Set2 and the rest as the mosaic', () => {
    const model = buildMapModel(input({ mode: 'clusters', scheme: 'set2' }));
    expect(model.paint.get('CN-GD')).toEqual({ kind: 'cluster', color: '#66c2a5', ink: '#000000' });
    expect(model.paint.get('CN-SH')).toEqual({ kind: 'cluster', color: '#fc8d62', ink: '#000000' });
    expect(model.paint.get('CN-HE')).toEqual({ kind: 'cluster', color: '#8da0cb', ink: '#000000' });
    expect(model.paint.get('CN-SX')).toEqual({ kind: 'mosaic' });
    expect(model.legend).toEqual([
      { kind: 'cluster', color: '#8da0cb', label: 'Beijing-Tianjin-Hebei' },
      { kind: 'cluster', color: '#fc8d62', label: 'Yangtze River Delta' },
      { kind: 'cluster', color: '#66c2a5', label: 'Greater Bay Area' },
      { kind: 'mosaic', label: 'Other regions: the innovation mosaic' },
    ]);
    expect(model.title).toBe('Integration engines and the innovation mosaic');
    expect(model.summary).toBe(
      'Coloured are the three integration engines: Beijing-Tianjin-Hebei, Yangtze River Delta, and Greater Bay Area. Every other region is part of the wider innovation mosaic.',
    );
    expect(model.sourceLine).toBe(
      'Sources: The Daily (2025); CPC Central Committee & State Council; Beijing Municipal Government (n.d.), ' +
        "via an abstract on scholarmate.com (YRD), a repost on jinshusy.com (GBA) and the Beijing government's site (BTH)",
    );
  });

  it('marks the highlighted regions and names them', () => {
    const model = buildMapModel(input({ mode: 'highlight', highlight: new Set(['CN-AH', 'CN-ZJ']) }));
    expect([...model.paint].filter(([, paint]) => paint.kind === 'highlight').map(([id]) => id)).toEqual(['CN-ZJ', 'CN-AH']);
    expect(model.paint.get('CN-BJ')).toEqual({ kind: 'other' });
    expect(model.legend).toEqual([
      { kind: 'highlight', label: 'Anhui and Zhejiang' },
      { kind: 'other', label: 'Other regions' },
    ]);
    expect(model.title).toBe('Locator map');
    expect(model.summary).toBe('Highlighted: Anhui and Zhejiang.');
  });

  it('calls the highlighted regions by the cluster they make up, or by their number when there are more than four', () => {
    const legendOf = (ids: string[], language: 'en' | 'zh' | 'da' = 'en') =>
      buildMapModel(input({ mode: 'highlight', highlight: new Set(ids), language })).legend[0]!.label;
    expect(legendOf(['CN-SH', 'CN-JS', 'CN-ZJ', 'CN-AH'])).toBe('Yangtze River Delta');
    expect(legendOf(['CN-BJ', 'CN-TJ', 'CN-HE'], 'zh')).toBe('京津冀');
    expect(legendOf(['CN-BJ', 'CN-TJ', 'CN-HE', 'CN-SH', 'CN-GD'])).toBe('5 highlighted regions');
    expect(legendOf(['CN-BJ', 'CN-TJ', 'CN-HE', 'CN-SH', 'CN-GD'], 'da')).toBe('5 fremhævede regioner');
    expect(legendOf(['CN-BJ', 'CN-SH'], 'da')).toBe('Beijing og Shanghai');
  });
});

describe('buildMapModel at the extremes (issue 21)', () => {
  const model = (csv: string) => {
    const { dataset: own } = parseDataset(`region,value\n${csv}`, 'csv', { label: 'Labs', unit: 'labs', year: 2025 });
    return buildMapModel(input({ series: seriesFor('value', own!)! }));
  };

  it('shows all-equal values as one class with one number, not "1 – 1" and "NaN – NaN"', () => {
    expect(model('Anhui,1\nBeijing,1\nJiangsu,1').legend.map((item) => item.label)).toEqual(['1', 'No data']);
  });

  it('writes a huge value in scientific notation, and zero without a sign', () => {
    const huge = model('Anhui,1e308\nBeijing,-0\nJiangsu,0');
    expect(huge.legendTitle).toBe('Labs (billion labs)');
    expect(huge.legend.map((item) => item.label)).toEqual(['0 – 1E299', '1E299', 'No data']);
    expect(huge.facts.slice(0, 3).map((f) => f.value)).toEqual(['about 1E308 labs', '0 labs', '0 labs']);
  });
});
