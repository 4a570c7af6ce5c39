/**
 * Where the map's region labels go, worked out without a DOM: inside a region where the name
 * fits; for Beijing, Tianjin, Shanghai and Hainan, which are too small for their names at most
 * sizes, beside the region with a leader line (out to sea where there is one); and never two
 * labels on top of each other: a label that would overprint one already placed is left out, the
 * smaller region's first (its name stays in the tooltip and the table). Tiles hold one label
 * each, on up to two lines (`tileLines`).
 */
import { getRegion } from '../data/lookup.js';
import type { RegionId } from '../data/types.js';
import type { Language } from '../i18n/language.js';
import type { DrawnRegion } from './map-view.js';
import { tenth } from '../geo/project.js';

export interface PlacedLabel {
  readonly id: RegionId;
  readonly x: number;
  readonly y: number;
  /** One line, or two for a tile's name of two words. */
  readonly lines: readonly string[];
  readonly anchor: 'start' | 'middle' | 'end';
  /** From the region to the label, where the label sits beside its region. */
  readonly leader?: readonly [number, number, number, number];
}

/**
 * Each labelled region's text: its name, or its code (in Chinese, its name: never Latin
 * letters); only the regions in `only` where given (the highlighted ones of a locator map).
 */
export function labelTexts(regions: readonly DrawnRegion[], labels: 'none' | 'codes' | 'names', language: Language, only?: ReadonlySet<string>): Map<RegionId, string> {
  const texts = new Map<RegionId, string>();
  if (labels === 'none') return texts;
  for (const { id } of regions) {
    if (only && !only.has(id)) continue;
    texts.set(id, labels === 'codes' && language !== 'zh' ? id.slice(3) : getRegion(id)!.name[language]);
  }
  return texts;
}

/** Which way a small region's label goes: out to sea, or into the emptier side. */
const CALLOUTS: Partial<Record<RegionId, readonly [number, number]>> = {
  'CN-BJ': [-1, -0.7],
  'CN-TJ': [1, 0.25],
  'CN-SH': [1, 0],
  'CN-HI': [1, 0.2],
};

/** Rough width of a text in ems: CJK characters are square, Latin ones about half as wide. */
export function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u3000-\u9fff\uff00-\uffef]/.test(char) ? 1 : /[A-Z]/.test(char) ? 0.68 : 0.55;
  return width;
}

/**
 * A tile's name on up to two lines: two words one on each; a word of more than ten letters
 * (Heilongjiang) broken after its seventh with a hyphen (Heilong-jiang, at the syllable).
 */
export function tileLines(text: string): string[] {
  const words = text.split(' ');
  if (words.length === 2) return words;
  return text.length > 10 && words.length === 1 ? [`${text.slice(0, 7)}-`, text.slice(7)] : [text];
}

/** Left, top, right, bottom, in drawing units. */
export type Box = readonly [number, number, number, number];
export const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/** A placed label's box as the placement estimates it: its widest line, 1.2 ems a line. */
export function labelBox({ x, y, lines, anchor }: Pick<PlacedLabel, 'x' | 'y' | 'lines' | 'anchor'>, fontSize: number): Box {
  const width = Math.max(...lines.map(textWidth)) * fontSize;
  const left = anchor === 'middle' ? x - width / 2 : anchor === 'start' ? x : x - width;
  const half = (lines.length * 1.2 * fontSize) / 2;
  return [left, y - half, left + width, y + half];
}

/**
 * Places `texts` (by region) at `fontSize` drawing units. `tiles` puts every label at its tile's
 * centre, names of two words on two lines.
 */
export function placeLabels(
  regions: readonly DrawnRegion[],
  texts: ReadonlyMap<RegionId, string>,
  fontSize: number,
  tiles: boolean,
  /** The drawing's width: a name that would run off its edge is left out (a small drawing's callouts). */
  width = Infinity,
): PlacedLabel[] {
  const labelled = regions.filter((r) => texts.has(r.id));
  if (tiles) {
    return labelled.map(({ id, label: [x, y] }) => ({ id, x, y, lines: tileLines(texts.get(id)!), anchor: 'middle' }));
  }
  const placed: { label: PlacedLabel; box: Box }[] = [];
  const fits = (width: number, region: DrawnRegion) => width <= 1.3 * Math.sqrt(region.area);
  // Callouts first (they sit apart), then the larger regions, whose names matter to more of the map.
  const order = [...labelled].sort((a, b) => Number(!!CALLOUTS[b.id]) - Number(!!CALLOUTS[a.id]) || b.area - a.area);
  for (const region of order) {
    const text = texts.get(region.id)!;
    const textWide = textWidth(text) * fontSize;
    const [x, y] = region.label;
    const direction = CALLOUTS[region.id];
    let label: PlacedLabel;
    if (direction && !fits(textWide, region)) {
      const reach = fontSize * 1.6;
      const [dx, dy] = direction;
      const end: [number, number] = [tenth(x + dx * reach), tenth(y + dy * reach)];
      const anchor = dx > 0 ? 'start' : 'end';
      const gap = fontSize * 0.25;
      label = { id: region.id, x: tenth(end[0] + (dx > 0 ? gap : -gap)), y: end[1], lines: [text], anchor, leader: [x, y, end[0], end[1]] };
    } else {
      label = { id: region.id, x, y, lines: [text], anchor: 'middle' };
    }
    const box = labelBox(label, fontSize);
    if (box[0] < 0 || box[2] > width || placed.some((other) => overlaps(box, other.box))) continue;
    placed.push({ label, box });
  }
  // In the regions' order, so that the drawing is stable.
  return regions.flatMap((r) => placed.find((p) => p.label.id === r.id)?.label ?? []);
}
