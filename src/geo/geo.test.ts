import { readFileSync } from 'node:fs';
import { geoArea, geoConicEqualArea } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { renderSmallModule, SMALL_MODULE } from '../../scripts/build-geo.js';
import { REGION_IDS } from '../data/types.js';
import { decodeArcs, encodeArcs } from './arc-codec.js';
import { bundledGeometry } from './bundled.js';
import { decodeGeometry, geometryDecodeCount, GeometryError } from './decode.js';
import { naturalHeight } from './fit.js';
import { projectGeometry } from './project.js';
import { chinaProjection } from './projection.js';
import { regionInDirection, type Direction } from './navigation.js';
import { TILE_COLUMNS, TILE_GRID, TILE_ROWS } from './tiles.js';

const levels = ['small', 'detailed'].map((name) => [name, JSON.parse(readFileSync(`data/geo/china-${name}.topo.json`, 'utf8'))] as const);

describe.each(levels)('data/geo/china-%s.topo.json', (_, topology) => {
  const geometry = decodeGeometry(topology);

  it('has the 31 regions and Hong Kong, Macao and Taiwan as context: 34 features', () => {
    expect(geometry.shapes).toHaveLength(34);
    expect(geometry.shapes.filter((s) => !s.context).map((s) => s.id).sort()).toEqual([...REGION_IDS].sort());
    expect(geometry.shapes.filter((s) => s.context).map((s) => s.id).sort()).toEqual(['CN-HK', 'CN-MO', 'CN-TW']);
    expect(geometry.missing).toEqual([]);
  });

  it('winds every feature the way d3 expects: 0 < area < 0.1 sr', () => {
    for (const shape of geometry.shapes) {
      const area = geoArea(shape.feature);
      expect(area, shape.id).toBeGreaterThan(0);
      expect(area, shape.id).toBeLessThan(0.1);
    }
  });

  it("gives Anhui exactly its six neighbours, and Hainan and Taiwan none", () => {
    expect([...geometry.neighbours.get('CN-AH')!].sort()).toEqual(['CN-HA', 'CN-HB', 'CN-JS', 'CN-JX', 'CN-SD', 'CN-ZJ']);
    expect(geometry.neighbours.get('CN-HI')).toEqual([]);
    expect(geometry.neighbours.get('CN-TW')).toEqual([]);
    expect(geometry.neighbours.get('CN-HK')).toEqual(['CN-GD']);
  });

  it('carries a label point inside each feature', () => {
    for (const shape of geometry.shapes) expect(shape.label, shape.id).toHaveLength(2);
  });
});

describe('the bundled geometry', () => {
  it('is the small level, as the generated module holds it', () => {
    expect(readFileSync(SMALL_MODULE, 'utf8')).toBe(renderSmallModule(readFileSync('data/geo/china-small.topo.json', 'utf8')));
  });

  it('is decoded once, however often it is asked for', () => {
    const before = geometryDecodeCount();
    const first = bundledGeometry();
    for (let i = 0; i < 100; i++) expect(bundledGeometry()).toBe(first);
    expect(geometryDecodeCount() - before).toBeLessThanOrEqual(1);
  });
});

describe('decodeGeometry on a user file', () => {
  const square = (x: number, y: number) => [[[x, y], [x, y + 1], [x + 1, y + 1], [x + 1, y], [x, y]]];

  it('reads GeoJSON keyed by GB code or Chinese name, and draws rings wound either way alike', () => {
    const counterClockwise = (x: number, y: number) => [[[x, y], [x + 1, y], [x + 1, y + 1], [x, y + 1], [x, y]]];
    const geometry = decodeGeometry({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { adcode: 340000 }, geometry: { type: 'Polygon', coordinates: counterClockwise(117, 31) } },
        { type: 'Feature', properties: { name: '江苏省' }, geometry: { type: 'Polygon', coordinates: square(119, 33) } },
        { type: 'Feature', properties: { name: 'Atlantis' }, geometry: { type: 'Polygon', coordinates: square(0, 0) } },
      ],
    });
    expect(geometry.shapes.map((s) => s.id)).toEqual(['CN-AH', 'CN-JS']);
    expect(geometry.missing).toHaveLength(29);
    const clockwise = decodeGeometry({ type: 'FeatureCollection', features: [{ type: 'Feature', id: 'CN-AH', geometry: { type: 'Polygon', coordinates: square(117, 31) } }] });
    const corners = (d: string) => d.slice(1, -1).split('L').sort();
    const drawn = (g: typeof geometry) => projectGeometry(g, 100, { context: false }).shapes[0]!.d;
    expect(corners(drawn(clockwise))).toEqual(corners(projectGeometry(decodeGeometry({ type: 'FeatureCollection', features: [geometry.shapes[0]!.feature] }), 100, { context: false }).shapes[0]!.d));
  });

  it('skips unusable rings and features made only of them', () => {
    const geometry = decodeGeometry({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', id: 'CN-AH', geometry: { type: 'MultiPolygon', coordinates: [square(117, 31), [[[1, 2], ['x', 3]]], 'junk', [[[NaN, 1], [2, 2], [3, 3], [4, 4]]]] } },
        { type: 'Feature', id: 'CN-JS', geometry: { type: 'Polygon', coordinates: [[[119, 33], [120, 34]]] } },
      ],
    });
    expect(geometry.shapes.map((s) => s.id)).toEqual(['CN-AH']);
    expect(geometry.shapes[0]!.feature.geometry.coordinates).toHaveLength(2);
    const [shape] = projectGeometry(geometry, 100, { context: false }).shapes;
    expect(shape!.d).not.toMatch(/NaN|undefined/);
  });

  it.each([
    [null, 'expected TopoJSON or a GeoJSON FeatureCollection'],
    [{ type: 'Topology', objects: {} }, 'the topology has no geometry collection'],
    [{ type: 'FeatureCollection', features: [] }, 'no feature is one of the 31 regions (ids must be ISO codes, GB codes or names)'],
  ])('rejects %j', (data, message) => {
    expect(() => decodeGeometry(data)).toThrow(new GeometryError(message));
  });
});

describe('chinaProjection', () => {
  it("is d3's geoConicEqualArea with parallels 25° and 47° centred on 105° E, y down", () => {
    const d3 = geoConicEqualArea().parallels([25, 47]).rotate([-105, 0]).center([0, 0]).scale(1).translate([0, 0]);
    for (const point of [[105, 35], [73.5, 39.4], [135, 48.4], [110.3, 18.2], [121.5, 25], [-170, 10]] as [number, number][]) {
      const [x, y] = chinaProjection(point);
      const [ex, ey] = d3(point)!;
      expect(x).toBeCloseTo(ex, 9);
      expect(y).toBeCloseTo(ey, 9);
    }
  });
});

describe('projectGeometry', () => {
  const map = projectGeometry(bundledGeometry(), 800, { context: true });

  it('fits the shapes into the width, with the height following their proportions', () => {
    expect(map.width).toBe(800);
    expect(map.height).toBeGreaterThan(500);
    expect(map.height).toBeLessThan(800);
    expect(map.shapes).toHaveLength(34);
    for (const shape of map.shapes) {
      expect(shape.d, shape.id).toMatch(/^M[\d.]+,[\d.]+L/);
      const [x, y] = shape.label;
      expect(x >= 0 && x <= 800 && y >= 0 && y <= map.height, shape.id).toBe(true);
    }
  });

  it('puts the west left, the north up, and leaves out context when asked', () => {
    const at = (id: string) => map.shapes.find((s) => s.id === id)!.label;
    expect(at('CN-XJ')[0]).toBeLessThan(at('CN-SH')[0]);
    expect(at('CN-HL')[1]).toBeLessThan(at('CN-HI')[1]);
    expect(projectGeometry(bundledGeometry(), 800, { context: false }).shapes).toHaveLength(31);
  });

  it('gives the natural height without drawing, and fits another box when asked', () => {
    expect(naturalHeight(bundledGeometry(), 800, { context: true })).toBe(map.height);
    expect(naturalHeight(bundledGeometry(), 400, { context: false, padding: 4 })).toBe(projectGeometry(bundledGeometry(), 400, { context: false, padding: 4 }).height);
    const squat = projectGeometry(bundledGeometry(), 800, { context: true, height: 300 });
    expect(squat.height).toBe(300);
    const xs = squat.shapes.flatMap((s) => s.d.slice(1, -1).split(/[LZM]+/).map((p) => Number(p.split(',')[0])));
    expect(Math.min(...xs)).toBeGreaterThan(100); // narrower than the box: centred across
    expect(Math.max(...xs)).toBeLessThan(700);
  });

  it('is cached per geometry and box', () => {
    expect(projectGeometry(bundledGeometry(), 800, { context: true })).toBe(map);
  });
});

/** Every region reachable from every other with the arrow keys. */
function reachableFrom(start: string, points: Map<string, readonly [number, number]>, neighbours: ReadonlyMap<string, readonly string[]>) {
  const seen = new Set([start]);
  const queue = [start];
  while (queue.length) {
    const current = queue.shift()!;
    for (const direction of ['up', 'down', 'left', 'right'] as Direction[]) {
      const next = regionInDirection(current, direction, points, neighbours);
      if (next && !seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

describe('arrow-key navigation', () => {
  const geometry = bundledGeometry();
  const geoPoints = new Map(projectGeometry(geometry, 800, { context: false }).shapes.map((s) => [s.id as string, s.label]));
  const tilePoints = new Map(Object.entries(TILE_GRID));

  it.each([
    ['CN-AH', 'right', ['CN-JS', 'CN-ZJ']],
    ['CN-BJ', 'down', ['CN-TJ', 'CN-HE']],
    ['CN-GD', 'down', ['CN-HI']],
    ['CN-XJ', 'right', ['CN-GS', 'CN-NM', 'CN-QH']],
    ['CN-SH', 'left', ['CN-JS', 'CN-ZJ', 'CN-AH']],
    ['CN-HL', 'down', ['CN-JL']],
  ] as const)('on the map, from %s %s reaches one of %j', (from, direction, expected) => {
    expect(expected).toContain(regionInDirection(from, direction, geoPoints, geometry.neighbours));
  });

  it('stays put at the edge', () => {
    expect(regionInDirection('CN-XJ', 'left', geoPoints, geometry.neighbours)).toBeNull();
    expect(regionInDirection('CN-HI', 'down', geoPoints, geometry.neighbours)).toBeNull();
    expect(regionInDirection('CN-XX', 'down', geoPoints, geometry.neighbours)).toBeNull();
  });

  it.each([
    ['map', geoPoints],
    ['tiles', tilePoints],
  ] as const)('reaches every region from every region (%s)', (_, points) => {
    for (const start of points.keys()) expect(reachableFrom(start, points, geometry.neighbours).size, start).toBe(31);
  });
});

describe('tile layout', () => {
  it('places each region once, on its own tile, inside the grid', () => {
    expect(Object.keys(TILE_GRID).sort()).toEqual([...REGION_IDS].sort());
    const positions = Object.values(TILE_GRID).map(([c, r]) => `${c},${r}`);
    expect(new Set(positions).size).toBe(31);
    for (const [c, r] of Object.values(TILE_GRID)) {
      expect(c >= 0 && c < TILE_COLUMNS && r >= 0 && r < TILE_ROWS).toBe(true);
    }
  });

  it('keeps regions that share a border close', () => {
    const distances: number[] = [];
    for (const [a, list] of bundledGeometry().neighbours) {
      for (const b of list) {
        if (a >= b || !(a in TILE_GRID) || !(b in TILE_GRID)) continue;
        const [x1, y1] = TILE_GRID[a as keyof typeof TILE_GRID];
        const [x2, y2] = TILE_GRID[b as keyof typeof TILE_GRID];
        distances.push(Math.hypot(x1 - x2, y1 - y2));
      }
    }
    expect(distances).toHaveLength(68);
    expect(distances.reduce((s, d) => s + d, 0) / distances.length).toBeLessThan(1.5);
    expect(Math.max(...distances)).toBeLessThan(3);
  });
});

describe('the arc text form', () => {
  it('gives back every arc of both levels exactly', () => {
    for (const [, topology] of levels) expect(decodeArcs(encodeArcs(topology.arcs))).toEqual(topology.arcs);
  });

  it('round-trips zero, signs and large numbers', () => {
    const arcs = [[[0, 0], [-1, 1], [2 ** 20, -(2 ** 20)]], [[15, -16]], [[31, 32]]];
    expect(decodeArcs(encodeArcs(arcs))).toEqual(arcs);
  });
});
