// Label placement on the bundled boundaries and on tiles, with expected places written by hand
// from the label points and areas src/geo gives at the 800-unit width (Shanghai: 683.2, 414.8
// and 141 square units, too small for its name; Anhui: 621.3, 421.8).
import { describe, expect, it } from 'vitest';
import { regions } from '../data/index.js';
import type { RegionId } from '../data/types.js';
import { bundledGeometry } from '../geo/bundled.js';
import { labelTexts, placeLabels, textWidth } from './map-labels.js';
import { mapView } from './map-view.js';

const geo = mapView('geo', bundledGeometry(), { context: true, custom: false });
const tiles = mapView('tiles', bundledGeometry(), { context: true, custom: false });
const names = (language: 'en' | 'zh' | 'da') => new Map(regions.map((r) => [r.id as RegionId, r.name[language]]));

/** Boxes as the placement estimates them, to check that none overlaps another. */
function overlapping(labels: ReturnType<typeof placeLabels>, fontSize: number): string[] {
  const boxes = labels.map((l) => {
    const width = textWidth(l.lines[0]!) * fontSize;
    const left = l.anchor === 'middle' ? l.x - width / 2 : l.anchor === 'start' ? l.x : l.x - width;
    return { id: l.id, box: [left, l.y - fontSize * 0.6, left + width, l.y + fontSize * 0.6] };
  });
  return boxes.flatMap((a, i) =>
    boxes.slice(i + 1).filter((b) => a.box[0]! < b.box[2]! && b.box[0]! < a.box[2]! && a.box[1]! < b.box[3]! && b.box[1]! < a.box[3]!).map((b) => `${a.id}/${b.id}`),
  );
}

describe('placeLabels', () => {
  it('estimates widths in ems: Chinese characters square, Latin ones about half', () => {
    expect(textWidth('北京')).toBe(2);
    expect(textWidth('Anhui')).toBeCloseTo(0.68 + 4 * 0.55);
  });

  it('puts Shanghai, Tianjin and Beijing beside their regions with a leader line at the full width', () => {
    const labels = placeLabels(geo.regions, names('en'), 12, false);
    const shanghai = labels.find((l) => l.id === 'CN-SH')!;
    // 1.6 em (19.2 units) out to sea to the east, the text a quarter em (3 units) further.
    expect(shanghai.leader).toEqual([683.2, 414.8, 702.4, 414.8]);
    expect([shanghai.x, shanghai.y, shanghai.anchor]).toEqual([705.4, 414.8, 'start']);
    expect(labels.find((l) => l.id === 'CN-BJ')!.anchor).toBe('end');
    expect(labels.find((l) => l.id === 'CN-TJ')!.anchor).toBe('start');
    // Anhui's name fits inside Anhui, at its label point.
    expect(labels.find((l) => l.id === 'CN-AH')).toEqual({ id: 'CN-AH', x: 621.3, y: 421.8, lines: ['Anhui'], anchor: 'middle' });
    expect(overlapping(labels, 12)).toEqual([]);
  });

  it('leaves out names that would overprint others on a phone, the smaller regions first', () => {
    const fontSize = (12 * 800) / 328; // labels stay 12 px tall on a 328 px map
    const labels = placeLabels(geo.regions, names('en'), fontSize, false);
    expect(overlapping(labels, fontSize)).toEqual([]);
    const shown = labels.map((l) => l.id);
    for (const large of ['CN-XJ', 'CN-XZ', 'CN-NM', 'CN-QH', 'CN-SC']) expect(shown).toContain(large);
    expect(shown.length).toBeLessThan(31);
  });

  it('writes Chinese names, narrower, for more regions at the same size', () => {
    const fontSize = (12 * 800) / 328;
    expect(placeLabels(geo.regions, names('zh'), fontSize, false).length).toBeGreaterThan(placeLabels(geo.regions, names('en'), fontSize, false).length);
  });

  it('labels every tile at its centre, a name of two words on two lines', () => {
    const labels = placeLabels(tiles.regions, names('en'), 15, true);
    expect(labels).toHaveLength(31);
    expect(labels.find((l) => l.id === 'CN-NM')!.lines).toEqual(['Inner', 'Mongolia']);
    expect(labels.find((l) => l.id === 'CN-HL')!.lines).toEqual(['Heilong-', 'jiang']);
    expect(placeLabels(tiles.regions, names('da'), 15, true).find((l) => l.id === 'CN-NM')!.lines).toEqual(['Indre', 'Mongoliet']);
    expect(labels.find((l) => l.id === 'CN-AH')).toEqual({ id: 'CN-AH', x: 514.3, y: 628.6, lines: ['Anhui'], anchor: 'middle' });
  });

  it('writes codes in English and Danish, names in Chinese, and only the regions asked for', () => {
    expect(labelTexts(geo.regions, 'codes', 'en').get('CN-HA')).toBe('HA');
    expect(labelTexts(geo.regions, 'codes', 'zh').get('CN-HA')).toBe('河南');
    expect(labelTexts(geo.regions, 'names', 'da').get('CN-NM')).toBe('Indre Mongoliet');
    expect(labelTexts(geo.regions, 'names', 'en', new Set(['CN-SH', 'CN-AH']))).toEqual(new Map([['CN-AH', 'Anhui'], ['CN-SH', 'Shanghai']]));
    expect(labelTexts(geo.regions, 'none', 'en').size).toBe(0);
  });
});

describe('placeLabels on a small drawing', () => {
  it('leaves out a name that would run off the drawing (Shanghai\'s callout at a phone\'s label size) rather than clip it', () => {
    // 12 px labels on a 360 px drawing are 26.7 units of the 800-unit drawing.
    const highlighted = new Map([['CN-SH', 'Shanghai'], ['CN-JS', 'Jiangsu'], ['CN-ZJ', 'Zhejiang'], ['CN-AH', 'Anhui']] as [RegionId, string][]);
    const unbounded = placeLabels(geo.regions, highlighted, 26.7, false);
    const shanghai = unbounded.find((l) => l.id === 'CN-SH')!;
    // Unbounded, its callout starts east of Shanghai's point and ends past 800.
    expect(shanghai.anchor).toBe('start');
    expect(shanghai.x + textWidth('Shanghai') * 26.7).toBeGreaterThan(800);
    const bounded = placeLabels(geo.regions, highlighted, 26.7, false, geo.width);
    expect(bounded.map((l) => l.id).sort()).toEqual(unbounded.map((l) => l.id).filter((id) => id !== 'CN-SH').sort());
  });
});

