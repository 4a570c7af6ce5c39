// Note placement on the bundled boundaries and on tiles, with expectations written by hand:
// the crowded east (Anhui, Guangdong, Beijing, Shanghai) at a desktop width, beside a legend
// box, and on a phone.
import { describe, expect, it } from 'vitest';
import { bundledGeometry } from '../geo/bundled.js';
import { readNotes } from '../text/notes.js';
import { labelTexts, placeLabels } from './map-labels.js';
import { labelBoxes, placeNotes, wrapNote, type Box, type NoteLayout } from './map-notes.js';
import { mapView } from './map-view.js';

const geo = mapView('geo', bundledGeometry(), { context: true, custom: false });
const tiles = mapView('tiles', bundledGeometry(), { context: true, custom: false });
const { notes } = readNotes(
  [
    { region: 'CN-AH', text: 'Hefei: quantum and EV hub' },
    { region: 'Guangdong', text: "90% of the country's drones" },
    { region: 'CN-BJ', text: 'Capital: universities and the most start-ups' },
    { region: 'CN-SH', text: 'Largest port and the STAR market' },
  ],
  'en',
);

const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
function drawn(layout: NoteLayout) {
  if (layout.mode !== 'drawn') throw new Error(`expected drawn notes, got ${layout.mode}`);
  return layout.notes;
}

describe('wrapNote', () => {
  it('breaks at spaces within the width in ems, and between Chinese characters', () => {
    expect(wrapNote('Largest port and the STAR market', 13)).toEqual(['Largest port and', 'the STAR market']);
    expect(wrapNote('合肥：量子与新能源汽车之都，科大所在', 6)).toEqual(['合肥：量子与', '新能源汽车之', '都，科大所在']);
    expect(wrapNote('Short', 13)).toEqual(['Short']);
  });
});

describe('placeNotes', () => {
  it('draws every note beside its region, inside the drawing, none over another or over the legend', () => {
    // A legend box over the lower right of the drawing, where notes would otherwise like to go.
    const legend: Box = [560, 520, 800, geo.height];
    const placed = drawn(placeNotes(notes, geo.regions, geo, { pixelWidth: 880, avoid: [legend] }));
    expect(placed.map((n) => n.region)).toEqual(['CN-AH', 'CN-GD', 'CN-BJ', 'CN-SH']);
    for (const [i, a] of placed.entries()) {
      expect(a.box[0]).toBeGreaterThanOrEqual(0);
      expect(a.box[1]).toBeGreaterThanOrEqual(0);
      expect(a.box[2]).toBeLessThanOrEqual(800);
      expect(a.box[3]).toBeLessThanOrEqual(geo.height);
      expect(overlaps(a.box, legend)).toBe(false);
      for (const b of placed.slice(i + 1)) expect(overlaps(a.box, b.box), `${a.region}/${b.region}`).toBe(false);
    }
    // The leader starts at the region's label point (Shanghai: 683.2, 414.8; see map-labels.test.ts).
    expect(placed[3]!.leader.slice(0, 2)).toEqual([683.2, 414.8]);
    // 13 px at 880 px is 11.8 units; "Hefei: quantum and EV hub" (14.1 ems estimated) goes on two even lines of at most 12.
    expect(placed[0]!.lines).toEqual(["Hefei: quantum", "and EV hub"]);
  });

  it('hides no region name: with every region named, the crowded east has no room, so the notes become markers and a list', () => {
    const labels = labelBoxes(placeLabels(geo.regions, labelTexts(geo.regions, 'names', 'en'), 12, false), 12);
    expect(placeNotes(notes, geo.regions, geo, { pixelWidth: 880, labels }).mode).toBe('list');
    // Two notes in the open west and north find room between the names.
    const { notes: sparse } = readNotes([{ region: 'CN-XZ', text: 'Highest region' }, { region: 'CN-NM', text: 'A digital basement' }], 'en');
    const placed = drawn(placeNotes(sparse, geo.regions, geo, { pixelWidth: 880, labels }));
    expect(placed.flatMap((n) => labels.filter((l) => overlaps(n.box, l.box)).map((l) => l.id))).toEqual([]);
  });

  it('makes each note read as its own region’s: text nearer its own dot than another note’s, no leader past another note’s dot', () => {
    // The crowded north-east of the editor's test: Beijing, Tianjin, Hebei, Shanghai, Jiangsu.
    const { notes: crowded } = readNotes(
      ['CN-BJ', 'CN-TJ', 'CN-HE', 'CN-SH', 'CN-JS'].map((region) => ({ region, text: 'A note of about this length' })),
      'en',
    );
    for (const pixelWidth of [640, 880, 1280]) {
      const layout = placeNotes(crowded, geo.regions, geo, { pixelWidth });
      if (layout.mode === 'list') continue;
      const dot = new Map(geo.regions.map((r) => [r.id, r.label]));
      for (const note of layout.notes) {
        const [ox, oy] = dot.get(note.region)!;
        const own = Math.hypot(Math.max(note.box[0] - ox, 0, ox - note.box[2]), Math.max(note.box[1] - oy, 0, oy - note.box[3]));
        for (const other of layout.notes.filter((n) => n.region !== note.region)) {
          const [x, y] = dot.get(other.region)!;
          const theirs = Math.hypot(Math.max(note.box[0] - x, 0, x - note.box[2]), Math.max(note.box[1] - y, 0, y - note.box[3]));
          expect(theirs, `${note.region}'s note at ${pixelWidth} px, against ${other.region}`).toBeGreaterThan(own);
        }
      }
    }
  });

  it('places notes on tiles too, in the empty cells of the grid', () => {
    const placed = drawn(placeNotes(notes, tiles.regions, tiles, { pixelWidth: 560 }));
    expect(placed).toHaveLength(4);
    for (const [i, a] of placed.entries()) for (const b of placed.slice(i + 1)) expect(overlaps(a.box, b.box)).toBe(false);
  });

  it('turns notes into numbered markers on a phone, a marker at each label point', () => {
    const layout = placeNotes(notes, geo.regions, geo, { pixelWidth: 360 });
    expect(layout.mode).toBe('list');
    if (layout.mode !== 'list') return;
    expect(layout.markers.map((m) => [m.number, m.region])).toEqual([
      [1, 'CN-AH'],
      [2, 'CN-GD'],
      [3, 'CN-BJ'],
      [4, 'CN-SH'],
    ]);
    // Anhui's label point is 621.3, 421.8.
    expect(layout.markers[0]).toMatchObject({ x: 621.3, y: 421.8 });
  });

  it('lists notes that find no room at all rather than overprint', () => {
    const long = notes.map((n) => ({ ...n, text: `${n.text} `.repeat(12) }));
    expect(placeNotes(long, geo.regions, geo, { pixelWidth: 880 }).mode).toBe('list');
  });

  it('puts notes on one region side by side as markers, four to a row, all inside the drawing', () => {
    const two = readNotes([{ region: 'CN-SH', text: 'a' }, { region: 'CN-SH', text: 'b' }], 'en').notes;
    const layout = placeNotes(two, geo.regions, geo, { pixelWidth: 360 });
    if (layout.mode !== 'list') throw new Error('list expected');
    // Shanghai is on the drawing's east edge: the second marker goes west of the first.
    expect(layout.markers[1]!.x).toBeLessThan(layout.markers[0]!.x);
    expect(layout.markers[1]!.y).toBe(layout.markers[0]!.y);
    const twenty = readNotes(Array.from({ length: 20 }, (_, i) => ({ region: 'CN-SH', text: `note ${i}` })), 'en').notes;
    const many = placeNotes(twenty, geo.regions, geo, { pixelWidth: 360 });
    if (many.mode !== 'list') throw new Error('list expected');
    const radius = many.fontSize * 0.75;
    for (const m of many.markers) {
      expect(m.x - radius).toBeGreaterThanOrEqual(0);
      expect(m.x + radius).toBeLessThanOrEqual(geo.width);
      expect(m.y + radius).toBeLessThanOrEqual(geo.height);
    }
    expect(new Set(many.markers.map((m) => `${m.x},${m.y}`)).size).toBe(20);
  });
});
