import { describe, expect, it } from 'vitest';
import { bundledGeometry } from './bundled.js';
import { arrowMove, OPPOSITE, regionInDirection, type Direction, type Move } from './navigation.js';
import { projectGeometry } from './project.js';
import { TILE_GRID } from './tiles.js';

const geometry = bundledGeometry();
const geoPoints = new Map(projectGeometry(geometry, 800, { context: false }).shapes.map((s) => [s.id as string, s.label]));
const tilePoints = new Map(Object.entries(TILE_GRID));
const DIRECTIONS: Direction[] = ['up', 'down', 'left', 'right'];

// Written from an atlas, not from the code: each arrow from a region, and the regions a
// reader would accept there (null: nothing lies that way, the focus stays).
const ON_THE_MAP: [string, Direction, (string | null)[]][] = [
  ['CN-AH', 'up', ['CN-SD', 'CN-HA']],
  ['CN-AH', 'right', ['CN-JS', 'CN-ZJ']],
  ['CN-AH', 'down', ['CN-JX']],
  ['CN-AH', 'left', ['CN-HB', 'CN-HA']],
  ['CN-BJ', 'up', ['CN-NM', 'CN-HE']],
  ['CN-BJ', 'right', ['CN-TJ', 'CN-LN']],
  ['CN-BJ', 'down', ['CN-HE', 'CN-TJ']],
  ['CN-BJ', 'left', ['CN-HE', 'CN-SX', 'CN-NM']],
  ['CN-ZJ', 'up', ['CN-SH', 'CN-JS']],
  ['CN-ZJ', 'down', ['CN-FJ']],
  ['CN-ZJ', 'left', ['CN-JX', 'CN-AH']],
  ['CN-GD', 'up', ['CN-HN', 'CN-JX']],
  ['CN-GD', 'down', ['CN-HI']],
  ['CN-GD', 'left', ['CN-GX']],
  ['CN-GD', 'right', ['CN-FJ']],
  ['CN-SC', 'up', ['CN-GS', 'CN-QH', 'CN-SN']],
  ['CN-SC', 'down', ['CN-YN']],
  ['CN-SC', 'left', ['CN-XZ']],
  ['CN-SC', 'right', ['CN-CQ']],
  ['CN-HL', 'up', [null]],
  ['CN-HL', 'down', ['CN-JL']],
  ['CN-HL', 'left', ['CN-NM']],
  ['CN-XJ', 'left', [null]],
  ['CN-XJ', 'right', ['CN-GS']],
  ['CN-XJ', 'down', ['CN-XZ']],
  ['CN-HI', 'up', ['CN-GD', 'CN-GX']],
  ['CN-HI', 'down', [null]],
  ['CN-SD', 'down', ['CN-AH', 'CN-JS']],
  ['CN-SD', 'left', ['CN-HA', 'CN-HE']],
  ['CN-HB', 'up', ['CN-HA']],
  ['CN-HB', 'down', ['CN-HN']],
  ['CN-HB', 'left', ['CN-CQ']],
  ['CN-HB', 'right', ['CN-AH', 'CN-JX']],
  ['CN-JL', 'up', ['CN-HL']],
  ['CN-JL', 'down', ['CN-LN']],
  ['CN-SH', 'left', ['CN-JS', 'CN-ZJ', 'CN-AH']],
  ['CN-YN', 'up', ['CN-SC']],
  ['CN-YN', 'left', ['CN-XZ']],
  ['CN-YN', 'right', ['CN-GX', 'CN-GZ']],
];

// On the tile grid (tiles.ts), by the squares' places.
const ON_THE_TILES: [string, Direction, (string | null)[]][] = [
  ['CN-AH', 'up', ['CN-SD']],
  ['CN-AH', 'right', ['CN-JS']],
  ['CN-AH', 'down', ['CN-JX']],
  ['CN-AH', 'left', ['CN-HB']],
  ['CN-BJ', 'up', ['CN-NM']],
  ['CN-BJ', 'down', ['CN-HE']],
  ['CN-BJ', 'right', ['CN-LN']],
  ['CN-GD', 'down', ['CN-HI']],
  ['CN-GD', 'right', ['CN-FJ']],
  ['CN-XJ', 'left', [null]],
  ['CN-SH', 'left', ['CN-ZJ']],
  ['CN-HL', 'down', ['CN-JL']],
];

describe('arrow keys go where the region lies', () => {
  it.each(ON_THE_MAP)('on the map, from %s %s reaches one of %j', (from, direction, expected) => {
    expect(expected).toContain(regionInDirection(from, direction, geoPoints, geometry.neighbours));
  });

  it.each(ON_THE_TILES)('on the tiles, from %s %s reaches one of %j', (from, direction, expected) => {
    expect(expected).toContain(regionInDirection(from, direction, tilePoints, geometry.neighbours));
  });
});

/** Of all the moves from every region, how many the opposite arrow undoes, pressed at once. */
function reversibility(points: ReadonlyMap<string, readonly [number, number]>) {
  let moves = 0;
  let undone = 0;
  for (const from of points.keys()) {
    for (const direction of DIRECTIONS) {
      const there = arrowMove(from, direction, points, geometry.neighbours, []);
      if (!there.to) continue;
      moves++;
      if (arrowMove(there.to, OPPOSITE[direction], points, geometry.neighbours, there.trail).to === from) undone++;
    }
  }
  return { moves, undone };
}

describe('the opposite arrow goes back', () => {
  it.each([
    ['map', geoPoints],
    ['tiles', tilePoints],
  ] as const)('for every move on the %s', (_, points) => {
    const { moves, undone } = reversibility(points);
    expect(moves).toBeGreaterThan(100);
    expect(undone).toBe(moves);
  });

  it('retraces a walk of several moves, then moves by geography again', () => {
    // Beijing, north to Inner Mongolia, east to Heilongjiang, south to Jilin; then north, west
    // and south retrace it, although south from Inner Mongolia alone leads to Liaoning.
    let trail: readonly Move[] = [];
    const walk = (from: string, direction: Direction) => {
      const step = arrowMove(from, direction, geoPoints, geometry.neighbours, trail);
      trail = step.trail;
      return step.to!;
    };
    const north = walk('CN-BJ', 'up');
    const east = walk(north, 'right');
    const south = walk(east, 'down');
    expect([north, east, south]).toEqual(['CN-NM', 'CN-HL', 'CN-JL']);
    expect(walk(walk(walk(south, 'up'), 'left'), 'down')).toBe('CN-BJ');
    expect(trail).toEqual([]);
  });

  it('forgets the trail when the reader moved elsewhere meanwhile', () => {
    const { trail } = arrowMove('CN-AH', 'right', geoPoints, geometry.neighbours, []);
    // Clicked on Sichuan: left from there is Tibet, not back to Anhui.
    expect(arrowMove('CN-SC', 'left', geoPoints, geometry.neighbours, trail).to).toBe('CN-XZ');
  });
});
