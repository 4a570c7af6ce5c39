/**
 * The tile map: each of the 31 regions as one equal square in a grid that keeps rough
 * geography, with no boundaries at all, for publishers who cannot print disputed lines.
 * DOM-free.
 */
import type { RegionId } from '../data/types.js';
import { tenth, type ProjectedMap } from './project.js';

/** Column and row of each region's tile (row 0 at the top). */
export const TILE_GRID: Readonly<Record<RegionId, readonly [number, number]>> = Object.freeze({
  'CN-HL': [6, 0],
  'CN-NM': [4, 1], 'CN-JL': [6, 1],
  'CN-XJ': [0, 2], 'CN-GS': [2, 2], 'CN-NX': [3, 2], 'CN-BJ': [4, 2], 'CN-LN': [5, 2],
  'CN-QH': [1, 3], 'CN-SN': [2, 3], 'CN-SX': [3, 3], 'CN-HE': [4, 3], 'CN-TJ': [5, 3],
  'CN-XZ': [0, 4], 'CN-SC': [1, 4], 'CN-CQ': [2, 4], 'CN-HA': [3, 4], 'CN-SD': [4, 4],
  'CN-YN': [1, 5], 'CN-GZ': [2, 5], 'CN-HB': [3, 5], 'CN-AH': [4, 5], 'CN-JS': [5, 5],
  'CN-GX': [2, 6], 'CN-HN': [3, 6], 'CN-JX': [4, 6], 'CN-ZJ': [5, 6], 'CN-SH': [6, 6],
  'CN-GD': [3, 7], 'CN-FJ': [4, 7],
  'CN-HI': [3, 8],
});

export const TILE_COLUMNS = 7;
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
  const shapes = (Object.entries(TILE_GRID) as [RegionId, readonly [number, number]][]).map(([id, [col, row]]) => {
    const [left, top, side] = [tenth(col * tile + 2), tenth(row * tile + 2), tenth(tile - 4)];
    return {
      id,
      context: false,
      d: `M${left},${top}h${side}v${side}h${-side}z`,
      label: [tenth(col * tile + tile / 2), tenth(row * tile + tile / 2)] as const,
      area: Math.round(side ** 2),
      box: [left, top, tenth(left + side), tenth(top + side)] as const,
    };
  });
  map = { width, height: tenth(tile * TILE_ROWS), shapes };
  tileMaps.set(width, map);
  return map;
}

const tileMaps = new Map<number, ProjectedMap>();
