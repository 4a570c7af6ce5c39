/**
 * What the map draws, in one shape for both views: the boundaries projected into the drawing
 * box, or the tile grid. The element draws, labels, points its tooltip at and navigates
 * whichever it is given without asking which. DOM-free.
 */
import type { RegionId } from '../data/types.js';
import { deepFreeze } from '../data/freeze.js';
import type { Geometry } from '../geo/decode.js';
import { projectGeometry, type ProjectedShape } from '../geo/project.js';
import { projectTiles, TILE_GRID } from '../geo/tiles.js';
import type { Language } from '../i18n/language.js';
import type { MessageKey } from '../i18n/messages.js';

export const VIEWS = Object.freeze(['geo', 'tiles'] as const);
export type ViewName = (typeof VIEWS)[number];

/** Width of the drawing in its own units; the SVG scales it to the element. */
export const DRAWING_WIDTH = 800;

export interface DrawnRegion {
  readonly id: RegionId;
  /** SVG path data. */
  readonly d: string;
  /** Where its label goes, and the point arrow keys move between. */
  readonly label: readonly [number, number];
  /** Area of the part its label sits in, in square drawing units: whether a name fits inside. */
  readonly area: number;
  /** Its bounds (left, top, right, bottom): the tooltip goes beside them. */
  readonly box: readonly [number, number, number, number];
}

export interface MapView {
  readonly width: number;
  readonly height: number;
  /** The regions drawn: all 31, or those a boundary file has. */
  readonly regions: readonly DrawnRegion[];
  /** Hong Kong, Macao and Taiwan, where drawn. */
  readonly context: readonly ProjectedShape[];
  /** Whether the legend names the context regions (boundaries with `context="show"`). */
  readonly showsContext: boolean;
  /** The tile view: squares apart, with no coast or frontier edge under the fills, and names on the tiles. */
  readonly tiles: boolean;
  /** Labels when the page asks for none: the map reads without them, tiles do not. */
  readonly defaultLabels: 'none' | 'codes';
  /** Label size in drawing units at the full drawing width. */
  readonly labelSize: number;
  readonly labelClass: string;
  /** The credit for the boundaries in the source line; tiles draw none. */
  readonly credit: MessageKey | null;
  /** Regions of the 31 the boundaries lack. */
  readonly missing: readonly RegionId[];
  /** Regions sharing a border, preferred by the arrow keys. */
  readonly neighbours: ReadonlyMap<string, readonly string[]>;
}

/**
 * Labels for tiles when the page asks for none: names where the widest line ("Guangdong",
 * "Mongoliet", about 5.1 ems at 13 px; Heilongjiang goes on two lines) fits nine tenths of a
 * tile (a seventh of the drawing), so on drawings from about 520 px; two-letter codes on
 * narrower ones, with the name in the tooltip and the table. Chinese names (two or three
 * characters) always fit.
 */
export function tileLabels(language: Language, pixelWidth: number): { labels: 'names' | 'codes'; size: number } {
  return language === 'zh' || pixelWidth >= 520 ? { labels: 'names', size: 13 } : { labels: 'codes', size: 15 };
}

/**
 * The drawing's height for its 800-unit width: the tile grid's, or the bundled boundaries'
 * with context, whatever boundaries are drawn, so that the box is the same before and after
 * a boundary file arrives, and while the map waits or shows a problem.
 */
export function stageHeight(view: ViewName): number {
  return view === 'tiles' ? projectTiles(DRAWING_WIDTH).height : BUNDLED_HEIGHT;
}

/**
 * The bundled boundaries' height with context, as `naturalHeight` gives it (map-view.test.ts
 * checks): known without decoding them, so that a map waiting off-screen reserves its box for
 * nothing and the boundaries are decoded in a task of their own before the first map draws.
 */
const BUNDLED_HEIGHT = 675;

/**
 * Screen readers list the regions in the order they are drawn: in both views the tile grid's
 * rows, north to south, each west to east, the order the arrow keys follow on the tiles.
 */
function inReadingOrder(a: DrawnRegion, b: DrawnRegion): number {
  const [columnA, rowA] = TILE_GRID[a.id];
  const [columnB, rowB] = TILE_GRID[b.id];
  return rowA - rowB || columnA - columnB;
}

/**
 * The view to draw. `geometry` gives the boundaries, and the neighbours the arrow keys prefer
 * in both views; `custom` says it came from the page (for the credit).
 */
export function mapView(view: ViewName, geometry: Geometry, options: { context: boolean; custom: boolean }): MapView {
  // Projected once per page for each boundary file and option, however many maps draw it.
  const key = `${view} ${options.context} ${options.custom}`;
  let views = drawn.get(geometry);
  if (!views) drawn.set(geometry, (views = new Map()));
  let result = views.get(key);
  // Shared by every map of the page: frozen, so that none can change another's.
  if (!result) views.set(key, (result = deepFreeze(project(view, geometry, options))));
  return result;
}

const drawn = new WeakMap<Geometry, Map<string, MapView>>();

function project(view: ViewName, geometry: Geometry, options: { context: boolean; custom: boolean }): MapView {
  const height = stageHeight(view);
  if (view === 'tiles') {
    const tiles = projectTiles(DRAWING_WIDTH);
    return {
      width: DRAWING_WIDTH,
      height,
      regions: tiles.shapes.map((s) => ({ id: s.id as RegionId, d: s.d, label: s.label, area: s.area, box: s.box })),
      context: [],
      showsContext: false,
      tiles: true,
      defaultLabels: 'codes',
      labelSize: 15,
      labelClass: 'label tile-label',
      credit: null,
      missing: [],
      neighbours: geometry.neighbours,
    };
  }
  const projected = projectGeometry(geometry, DRAWING_WIDTH, { context: options.context, height });
  return {
    width: DRAWING_WIDTH,
    height,
    regions: projected.shapes
      .filter((s) => !s.context)
      .map((s) => ({ id: s.id as RegionId, d: s.d, label: s.label, area: s.area, box: s.box }))
      .sort(inReadingOrder),
    context: projected.shapes.filter((s) => s.context),
    showsContext: options.context,
    tiles: false,
    defaultLabels: 'none',
    labelSize: 12,
    labelClass: 'label',
    credit: options.custom ? 'map.customBoundaries' : 'map.boundaries',
    missing: geometry.missing,
    neighbours: geometry.neighbours,
  };
}
