// The map's views and attribute reading, with expected values written by hand.
import { describe, expect, it } from 'vitest';
import { bundledGeometry } from '../geo/bundled.js';
import { readColorOptions, readHighlighted } from './map-input.js';
import { mapView, stageHeight } from './map-view.js';
import { naturalHeight } from '../geo/fit.js';

describe('mapView', () => {
  it('draws tiles as a map: 31 squares on a grid of 7 columns (800 / 7 = 114.29 units) and 9 rows, labelled with codes, no boundary credit', () => {
    const view = mapView('tiles', bundledGeometry(), { context: true, custom: false });
    expect([view.width, view.height, view.regions.length, view.context.length]).toEqual([800, 1028.6, 31, 0]);
    const anhui = view.regions.find((r) => r.id === 'CN-AH')!;
    // Anhui's tile is column 4, row 5: x 457.1-571.4, y 571.4-685.7, inset by 2, to a tenth.
    expect(anhui).toEqual({ id: 'CN-AH', d: 'M459.1,573.4h110.3v110.3h-110.3z', label: [514.3, 628.6], area: 12166, box: [459.1, 573.4, 569.4, 683.7] });
    expect([view.tiles, view.defaultLabels, view.labelSize, view.credit, view.showsContext, view.missing]).toEqual([true, 'codes', 15, null, false, []]);
  });

  it('draws the boundaries in the box the bundled ones have with context, crediting them', () => {
    const view = mapView('geo', bundledGeometry(), { context: false, custom: true });
    expect(view.height).toBe(stageHeight('geo'));
    // The figure stageHeight knows without decoding the boundaries is theirs.
    expect(naturalHeight(bundledGeometry(), 800, { context: true })).toBe(stageHeight('geo'));
    expect([view.regions.length, view.context.length, view.tiles, view.defaultLabels, view.credit]).toEqual([31, 0, false, 'none', 'map.customBoundaries']);
    expect(mapView('geo', bundledGeometry(), { context: true, custom: false }).context.map((s) => s.id).sort()).toEqual(['CN-HK', 'CN-MO', 'CN-TW']);
  });
});

describe('reading order', () => {
  // North to south by the tile grid's rows, each west to east, in both views (written by hand from tiles.ts).
  const ROWS = [
    'CN-HL',
    'CN-NM CN-JL',
    'CN-XJ CN-GS CN-NX CN-BJ CN-LN',
    'CN-QH CN-SN CN-SX CN-HE CN-TJ',
    'CN-XZ CN-SC CN-CQ CN-HA CN-SD',
    'CN-YN CN-GZ CN-HB CN-AH CN-JS',
    'CN-GX CN-HN CN-JX CN-ZJ CN-SH',
    'CN-GD CN-FJ',
    'CN-HI',
  ].join(' ');

  it.each(['geo', 'tiles'] as const)('lists the regions row by row on the %s view, as the tiles lie', (name) => {
    expect(mapView(name, bundledGeometry(), { context: true, custom: false }).regions.map((r) => r.id).join(' ')).toBe(ROWS);
  });
});

describe('readColorOptions', () => {
  const given = { scheme: '', classes: 5, classesText: '5', thresholds: '' };

  it('defaults the scheme by mode and parses the thresholds', () => {
    expect(readColorOptions('choropleth', given)).toEqual({ options: { scheme: 'blues', classes: 5, thresholds: null }, problem: null });
    expect(readColorOptions('clusters', given).options.scheme).toBe('dark2');
    expect(readColorOptions('choropleth', { ...given, thresholds: '10, 20 50' }).options.thresholds).toEqual([10, 20, 50]);
  });

  it('names the first bad option, quoting it as written', () => {
    expect(readColorOptions('clusters', { ...given, scheme: 'blues' }).problem).toMatchObject({ key: 'problem.badChoice', params: { attribute: 'scheme', value: 'blues' }, choices: ['set2', 'dark2'] });
    expect(readColorOptions('choropleth', { ...given, classes: NaN, classesText: '3x' }).problem).toMatchObject({ params: { attribute: 'classes', value: '3x', expected: '2–9' } });
    expect(readColorOptions('choropleth', { ...given, thresholds: '5 3' }).problem).toMatchObject({ params: { attribute: 'thresholds', value: '5 3', expected: '10 20 50' } });
  });
});

describe('readHighlighted', () => {
  it('joins the regions of highlight and cluster', () => {
    const { ids, problem } = readHighlighted({ highlight: 'Anhui 北京', cluster: 'yrd', selected: '' }, 'en');
    expect([[...ids], problem]).toEqual([['CN-AH', 'CN-BJ', 'CN-SH', 'CN-JS', 'CN-ZJ'], null]);
  });

  it('reports an unknown region in highlight or selected, or an unknown cluster', () => {
    expect(readHighlighted({ highlight: 'Anhiu', cluster: '', selected: '' }, 'en').problem).toMatchObject({
      key: 'problem.unknownRegionSuggest',
      params: { value: 'Anhiu', suggestion: 'Anhui' },
      detail: 'highlight="Anhiu" is not one of the 31 regions (closest: CN-AH).',
    });
    expect(readHighlighted({ highlight: '', cluster: '', selected: 'CN-XX' }, 'en').problem?.detail).toMatch(/^selected="CN-XX" is not one of the 31 regions/);
    expect(readHighlighted({ highlight: '', cluster: 'prd', selected: '' }, 'en').problem).toMatchObject({ key: 'problem.badChoice', params: { attribute: 'cluster', value: 'prd' } });
  });
});
