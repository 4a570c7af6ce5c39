/**
 * Where the page's notes go on the map, worked out without a DOM. Each note's text, wrapped to
 * about 12 ems in lines of even length, is tried at places around its region's label point, nearest first, and takes
 * the one that costs least: inside the drawing, clear of the notes already placed, their
 * leader lines and anything the caller says to keep clear of (the legend), and, where it can,
 * off the land and off the region labels, so that the map stays readable. When a drawing is
 * too narrow for text beside the regions (a phone), or a note finds no place, every note is a
 * numbered marker on its region instead, and the text a numbered list under the map.
 */
import type { RegionId } from '../data/types.js';
import type { Note } from '../text/notes.js';
import { labelBox, overlaps, textWidth, type Box, type PlacedLabel } from './map-labels.js';
import type { DrawnRegion, MapView } from './map-view.js';
import { tenth } from '../geo/project.js';

export type { Box };

/** Under this drawing width (CSS pixels) notes are markers and a list. */
export const NOTES_DRAWN_FROM = 520;
/** Note text size and wrapping width, in CSS pixels and ems. */
export const NOTE_PX = 13;
const WRAP_EMS = 12;
const LINE = 1.25;

export interface PlacedNote {
  readonly number: number;
  readonly region: RegionId;
  readonly lines: readonly string[];
  /** Where the text is anchored, and the first line's middle. */
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'middle' | 'end';
  /** From the region's label point to the text. */
  readonly leader: readonly [number, number, number, number];
  readonly box: Box;
}

export interface NoteMarker {
  readonly number: number;
  readonly region: RegionId;
  readonly x: number;
  readonly y: number;
}

export type NoteLayout =
  | { readonly mode: 'drawn'; readonly notes: readonly PlacedNote[]; readonly fontSize: number }
  | { readonly mode: 'list'; readonly markers: readonly NoteMarker[]; readonly fontSize: number };

export interface NoteOptions {
  /** The drawing's width in CSS pixels. */
  readonly pixelWidth: number;
  /** Boxes no note may cover (a legend over the drawing). */
  readonly avoid?: readonly Box[];
  /** Shapes drawn as context (Hong Kong, Macao, Taiwan): land notes keep off too. */
  readonly context?: readonly Pick<DrawnRegion, 'd' | 'box'>[];
  /** The region labels drawn, with their boxes: notes keep off them where they can. */
  readonly labels?: readonly { readonly id: RegionId; readonly box: Box }[];
}

const CJK = /[\u3000-\u9fff\uff00-\uffef]/;

/**
 * Lines of at most `ems` (estimated), at spaces and between any two Chinese characters, as
 * even as they can be in as few lines: no lone word under a long line.
 */
export function wrapNote(text: string, ems: number): string[] {
  const lines = greedyLines(text, ems);
  for (let width = textWidth(text) / lines.length; width < ems; width += 0.5) {
    const even = greedyLines(text, width);
    if (even.length <= lines.length) return even;
  }
  return lines;
}

function greedyLines(text: string, ems: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const token of text.match(/[\u3000-\u9fff\uff00-\uffef][\u3001\u3002\uff0c\uff1a\uff1b\uff01\uff1f\uff09]?|[^\s\u3000-\u9fff\uff00-\uffef]+|\s+/g) ?? []) {
    if (/^\s/.test(token)) {
      if (line) line += ' ';
      continue;
    }
    const next = line + token;
    if (line.trim() && textWidth(next) > ems) {
      lines.push(line.trim());
      line = token;
    } else line = next;
    // No space between Chinese characters, nor before a word that follows one.
    if (CJK.test(token) && line.endsWith(' ')) line = line.trimEnd();
  }
  if (line.trim()) lines.push(line.trim());
  return lines;
}

/** The placed labels' boxes, for notes to keep clear of. */
export function labelBoxes(labels: readonly PlacedLabel[], fontSize: number): { id: RegionId; box: Box }[] {
  return labels.map((l) => ({ id: l.id, box: labelBox(l, fontSize) }));
}

const grow = (b: Box, by: number): Box => [b[0] - by, b[1] - by, b[2] + by, b[3] + by];
const inside = (x: number, y: number, b: Box) => x >= b[0] && x <= b[2] && y >= b[1] && y <= b[3];

/** Whether the segment crosses the box (sampled finely enough for text boxes). */
function crosses(s: Segment, b: Box): boolean {
  for (let t = 0; t <= 1; t += 1 / 24) if (inside(s[0] + (s[2] - s[0]) * t, s[1] + (s[3] - s[1]) * t, b)) return true;
  return false;
}

/** The outer and inner rings of a region's path (`M x,y L x,y … Z`); tiles (`h`/`v` paths) are their box. */
function ringsOf(region: Pick<DrawnRegion, 'd' | 'box'>): number[][][] {
  if (!region.d.includes('L')) {
    const [l, t, r, b] = region.box;
    return [[[l, t], [r, t], [r, b], [l, b]]];
  }
  return region.d
    .split('Z')
    .filter(Boolean)
    .map((ring) => ring.slice(1).split('L').map((point) => point.split(',').map(Number)));
}

/**
 * Whether a point is on land: inside an odd number of a region's rings. Asked at points snapped
 * to a grid of 4 drawing units and remembered per drawing (the view's list of regions), so that
 * placing the notes again at another width, as a resize does, asks the shapes almost nothing.
 */
const landCache = new WeakMap<object, Map<number, boolean>>();
function landTest(regions: readonly DrawnRegion[], context: readonly Pick<DrawnRegion, 'd' | 'box'>[]): (x: number, y: number) => boolean {
  let known = landCache.get(regions);
  if (!known) landCache.set(regions, (known = new Map()));
  let shapes: { box: Box; rings: number[][][] }[] | undefined;
  const test = (x: number, y: number) =>
    (shapes ??= [...regions, ...context].map((r) => ({ box: r.box, rings: ringsOf(r) }))).some(({ box, rings }) => {
      if (!inside(x, y, box)) return false;
      let odd = false;
      for (const ring of rings) {
        for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
          const [xi, yi] = ring[i]!;
          const [xj, yj] = ring[j]!;
          if (yi! > y !== yj! > y && x < ((xj! - xi!) * (y - yi!)) / (yj! - yi!) + xi!) odd = !odd;
        }
      }
      return odd;
    });
  return (x, y) => {
    const [gx, gy] = [Math.round(x / 4), Math.round(y / 4)];
    const key = gx * 100_000 + gy;
    let land = known!.get(key);
    if (land === undefined) known!.set(key, (land = test(gx * 4, gy * 4)));
    return land;
  };
}

type Segment = readonly [number, number, number, number];
const side = (s: Segment, x: number, y: number) => Math.sign((s[2] - s[0]) * (y - s[1]) - (s[3] - s[1]) * (x - s[0]));
/** Whether two leaders cross (readers would follow the wrong one). */
const intersect = (a: Segment, b: Segment) => side(a, b[0], b[1]) * side(a, b[2], b[3]) < 0 && side(b, a[0], a[1]) * side(b, a[2], a[3]) < 0;

/** Twelve directions, east first, and distances in ems from the label point. */
const ANGLES = Array.from({ length: 12 }, (_, i) => (i * Math.PI) / 6);
/** No further: a longer leader reads as pointing at whatever it passes (a list says it better). */
const REACH = [1.5, 2.5, 3.5, 5, 6.5, 8];

/** How far a point is from a box (0 inside it). */
const distance = (x: number, y: number, b: Box) => Math.hypot(Math.max(b[0] - x, 0, x - b[2]), Math.max(b[1] - y, 0, y - b[3]));

/** How near a segment passes a point. */
function passes(s: Segment, x: number, y: number): number {
  const [dx, dy] = [s[2] - s[0], s[3] - s[1]];
  const t = Math.max(0, Math.min(1, ((x - s[0]) * dx + (y - s[1]) * dy) / (dx * dx + dy * dy || 1)));
  return Math.hypot(s[0] + dx * t - x, s[1] + dy * t - y);
}

export function placeNotes(notes: readonly Note[], regions: readonly DrawnRegion[], view: Pick<MapView, 'width' | 'height' | 'tiles'>, options: NoteOptions): NoteLayout {
  const scale = view.width / options.pixelWidth;
  const fontSize = tenth(NOTE_PX * scale);
  const pointOf = new Map(regions.map((r) => [r.id, r]));
  const drawn = notes.filter((n) => pointOf.has(n.region));
  const labels = options.labels ?? [];
  // Labels and the context shapes (small islands) are kept clear where possible.
  const clear = [...labels.map((l) => l.box), ...(options.context ?? []).map((c) => c.box)];
  const list = (): NoteLayout => ({ mode: 'list', fontSize, markers: markersFor(drawn, pointOf, labels, fontSize, view) });
  if (options.pixelWidth < NOTES_DRAWN_FROM) return list();

  const onLand = landTest(regions, options.context ?? []);
  const avoid = options.avoid ?? [];
  const em = fontSize;
  const gap = em * 0.3;
  const bounds: Box = [em * 0.25, em * 0.25, view.width - em * 0.25, view.height - em * 0.25];
  const anchors = drawn.map((n) => pointOf.get(n.region)!.label);
  const placed: PlacedNote[] = [];
  for (const note of drawn) {
    const lines = wrapNote(note.text, WRAP_EMS);
    const width = Math.max(...lines.map(textWidth)) * em;
    const height = lines.length * LINE * em;
    const region = pointOf.get(note.region)!;
    const [ax, ay] = region.label;
    // The leader starts outside the region's own name (a tile's is its whole square), not through it.
    const own = !view.tiles ? labels.find((l) => l.id === note.region && inside(ax, ay, l.box))?.box : region.box;
    let best: { cost: number; note: PlacedNote } | null = null;
    for (const reach of REACH) {
      for (const angle of ANGLES) {
        const [dx, dy] = [Math.cos(angle), Math.sin(angle)];
        const [ex, ey] = [ax + dx * reach * em, ay + dy * reach * em];
        const anchor = dx > 0.3 ? 'start' : dx < -0.3 ? 'end' : 'middle';
        const left = anchor === 'start' ? ex + gap : anchor === 'end' ? ex - gap - width : ex - width / 2;
        const top = dy > 0.3 ? ey + gap : dy < -0.3 ? ey - gap - height : ey - height / 2;
        const box: Box = [left, top, left + width, top + height];
        if (own && inside(ex, ey, grow(own, gap))) continue;
        const out = own ? Math.min(dx ? (dx > 0 ? own[2] - ax : ax - own[0]) / Math.abs(dx) : Infinity, dy ? (dy > 0 ? own[3] - ay : ay - own[1]) / Math.abs(dy) : Infinity) + gap : 0;
        const leader = [ax + dx * out, ay + dy * out, ex, ey] as const;
        if (!(box[0] >= bounds[0] && box[1] >= bounds[1] && box[2] <= bounds[2] && box[3] <= bounds[3])) continue;
        const padded = grow(box, gap);
        if (avoid.some((b) => overlaps(padded, b))) continue;
        if (placed.some((p) => overlaps(padded, p.box) || crosses(leader, p.box) || crosses(p.leader, padded) || intersect(leader, p.leader))) continue;
        if (anchors.some(([x, y]) => inside(x, y, padded))) continue;
        // A note must read as its own region's: its text nearer its own dot than any other
        // note's, and its leader passing no other note's dot closely.
        const others = anchors.filter(([x, y]) => x !== ax || y !== ay);
        const ownDistance = distance(ax, ay, box);
        if (others.some(([x, y]) => distance(x, y, box) <= ownDistance || passes(leader, x, y) < em)) continue;
        // Nor may it hide a region's name on the map (a tile's name fills its square: there the cost below decides).
        if (!view.tiles && labels.some((l) => overlaps(padded, l.box))) continue;
        // Nearer is better; every sampled point on land, every label covered or crossed, costs more.
        let land = 0;
        for (let i = 0; i < 7; i++) for (let j = 0; j < 4; j++) land += Number(onLand(left + (width * (i + 0.5)) / 7, top + (height * (j + 0.5)) / 4));
        const cost = reach + (land / 28) * 40 + clear.filter((b) => overlaps(padded, b)).length * 20 + labels.filter((l) => l.box !== own && crosses(leader, l.box)).length * 4;
        if (!best || cost < best.cost) {
          const x = anchor === 'start' ? left : anchor === 'end' ? left + width : left + width / 2;
          best = {
            cost,
            note: { number: note.number, region: note.region, lines, x: tenth(x), y: tenth(top + (LINE * em) / 2), anchor, leader: leader.map(tenth) as unknown as PlacedNote['leader'], box },
          };
        }
      }
    }
    if (!best) return list();
    placed.push(best.note);
  }
  return { mode: 'drawn', fontSize, notes: placed };
}

/**
 * Numbered markers at the regions' label points; above a region's own label where it has one,
 * side by side where a region has more than one note.
 */
function markersFor(
  notes: readonly Note[],
  regions: ReadonlyMap<RegionId, DrawnRegion>,
  labels: NonNullable<NoteOptions['labels']>,
  fontSize: number,
  view: Pick<MapView, 'width' | 'height' | 'tiles'>,
): NoteMarker[] {
  const radius = fontSize * 0.75;
  const seen = new Map<RegionId, number>();
  return notes.map(({ number, region }) => {
    const shape = regions.get(region)!;
    const label = labels.find((l) => l.id === region);
    const nth = seen.get(region) ?? 0;
    seen.set(region, nth + 1);
    // On a labelled tile, over its top left corner, clear of the name in its middle.
    const [x, y] = label && view.tiles ? [shape.box[0] + radius / 2, shape.box[1] + radius / 2] : shape.label;
    const raised = label && !view.tiles && inside(x, y, label.box) ? label.box[1] - radius : y;
    // Four to a row, rows below; towards the drawing's middle where a row would run off its edge.
    const step = radius * 2.2;
    const [column, row] = [nth % 4, Math.floor(nth / 4)];
    const across = x + 3 * step > view.width - radius ? x - column * step : x + column * step;
    const down = raised + 3 * step > view.height - radius ? raised - row * step : raised + row * step;
    const clamp = (v: number, max: number) => Math.min(Math.max(v, radius), max - radius);
    return { number, region, x: tenth(clamp(across, view.width)), y: tenth(clamp(down, view.height)) };
  });
}
