/**
 * The tile map: each of the 31 regions as one equal square in a grid that keeps rough
 * geography, with no boundaries at all, for publishers who cannot print disputed lines.
 * DOM-free.
 */
import type { RegionId } from '../data/types.js';
import type { ProjectedMap } from './project.js';

/** Column and row of each region's tile (row 0 at the top). */
export const TILE_GRID: Readonly<Record<RegionId, readonly [number, number]>> = Object.freeze({
  'CN-HL': [7, 0],
  'CN-NM': [5, 1], 'CN-JL': [7, 1],
  'CN-XJ': [1, 2], 'CN-GS': [3, 2], 'CN-NX': [4, 2], 'CN-BJ': [5, 2], 'CN-LN': [6, 2],
  'CN-QH': [2, 3], 'CN-SN': [3, 3], 'CN-SX': [4, 3], 'CN-HE': [5, 3], 'CN-TJ': [6, 3],
  'CN-XZ': [1, 4], 'CN-SC': [2, 4], 'CN-CQ': [3, 4], 'CN-HA': [4, 4], 'CN-SD': [5, 4],
  'CN-YN': [2, 5], 'CN-GZ': [3, 5], 'CN-HB': [4, 5], 'CN-AH': [5, 5], 'CN-JS': [6, 5],
  'CN-GX': [3, 6], 'CN-HN': [4, 6], 'CN-JX': [5, 6], 'CN-ZJ': [6, 6], 'CN-SH': [7, 6],
  'CN-GD': [4, 7], 'CN-FJ': [5, 7],
  'CN-HI': [4, 8],
});

export const TILE_COLUMNS = 8;
export const TILE_ROWS = 9;

/**
 * The tiles as a drawing `width` wide, in the shape {@link projectGeometry} gives a map, so
 * that the tile view is drawn, labelled and navigated as any map is: each square inset by 2
 * units, its label point at its centre. Made once per width.
 */
export function projectTiles(width: number): ProjectedMap {
  let map = tileMaps.get(width);
  if (map) return map;
  const tile = width / TILE_COLUMNS;
  const shapes = (Object.entries(TILE_GRID) as [RegionId, readonly [number, number]][]).map(([id, [col, row]]) => ({
    id,
    context: false,
    d: `M${col * tile + 2},${row * tile + 2}h${tile - 4}v${tile - 4}h${-(tile - 4)}z`,
    label: [col * tile + tile / 2, row * tile + tile / 2] as const,
    area: (tile - 4) ** 2,
    box: [col * tile + 2, row * tile + 2, (col + 1) * tile - 2, (row + 1) * tile - 2] as const,
  }));
  map = { width, height: tile * TILE_ROWS, shapes };
  tileMaps.set(width, map);
  return map;
}

const tileMaps = new Map<number, ProjectedMap>();
