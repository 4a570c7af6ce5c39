/**
 * Boundary data for the map: decoding TopoJSON (or GeoJSON) into region shapes once per page,
 * projecting them into a drawing box, and the neighbour graph. DOM-free.
 *
 * The projection is done here rather than with d3-geo (8 KB gzip of the script-tag file):
 * the map only ever shows China, so it needs one planar formula, no clipping, resampling or
 * sphere-aware winding. Shapes are drawn with `fill-rule: evenodd`, so rings may be wound
 * either way (d3's convention or RFC 7946's).
 */
import type { Feature, FeatureCollection, GeoJsonObject, MultiPolygon, Polygon } from 'geojson';
import { feature, neighbors } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { getContextRegion, getRegion } from '../data/lookup.js';
import type { ContextRegionId, RegionId } from '../data/types.js';
import { decodeArcs } from './arc-codec.js';
import { CHINA_SMALL, CHINA_SMALL_ARCS } from './china-small.generated.js';

/** One region's outline, keyed by ISO code. */
export interface RegionShape {
  readonly id: RegionId | ContextRegionId;
  /** Hong Kong, Macao or Taiwan: drawn as context, never coloured by data. */
  readonly context: boolean;
  /** The outline with only usable rings (three or more numeric positions), in longitude and latitude. */
  readonly feature: Feature<MultiPolygon>;
  /** A point well inside the shape for its label, [longitude, latitude], when the file gives one. */
  readonly label?: readonly [number, number];
}

export interface Geometry {
  readonly shapes: readonly RegionShape[];
  /** Regions sharing a border; islands have none. */
  readonly neighbours: ReadonlyMap<string, readonly string[]>;
  /** Regions of the 31 the file has no shape for. */
  readonly missing: readonly RegionId[];
}

/** Why boundary data could not be used. */
export class GeometryError extends Error {
  override name = 'GeometryError';
}

const ALL_31: readonly RegionId[] = [
  'CN-BJ', 'CN-TJ', 'CN-HE', 'CN-SX', 'CN-NM', 'CN-LN', 'CN-JL', 'CN-HL', 'CN-SH', 'CN-JS', 'CN-ZJ',
  'CN-AH', 'CN-FJ', 'CN-JX', 'CN-SD', 'CN-HA', 'CN-HB', 'CN-HN', 'CN-GD', 'CN-GX', 'CN-HI', 'CN-CQ',
  'CN-SC', 'CN-GZ', 'CN-YN', 'CN-XZ', 'CN-SN', 'CN-GS', 'CN-QH', 'CN-NX', 'CN-XJ',
];

let decodeCount = 0;
/** How many boundary files this page has decoded (one per distinct file, however many maps). */
export function geometryDecodeCount(): number {
  return decodeCount;
}

/** The id a feature stands for: its id or an id-like property, as ISO code, GB code or name. */
function resolveId(f: { id?: string | number; properties?: Record<string, unknown> | null }): { id: RegionId | ContextRegionId; context: boolean } | null {
  const props = f.properties ?? {};
  const keys = [f.id, props.id, props.iso, props.iso_3166_2, props.adcode, props.code, props.name];
  for (const key of keys) {
    if (key === undefined || key === null) continue;
    const region = getRegion(String(key));
    if (region) return { id: region.id, context: false };
    const context = getContextRegion(String(key));
    if (context) return { id: context.id, context: true };
  }
  return null;
}

const isPosition = (p: unknown): p is [number, number] => Array.isArray(p) && Number.isFinite(p[0]) && Number.isFinite(p[1]);

const isRing = (ring: unknown): boolean => Array.isArray(ring) && ring.length >= 3 && ring.every(isPosition);

/**
 * The polygons of a shape with only usable rings (three or more numeric positions); a polygon
 * without an outer ring is dropped. Good data (the bundled boundaries) is kept as it is.
 */
function cleanPolygons(geometry: Polygon | MultiPolygon): number[][][][] {
  const polygons: unknown = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  if (!Array.isArray(polygons)) return [];
  if (polygons.every((polygon) => Array.isArray(polygon) && polygon.every(isRing))) return polygons as number[][][][];
  return polygons.flatMap((polygon: unknown) => {
    if (!Array.isArray(polygon)) return [];
    const rings = polygon.map((ring: unknown) => (Array.isArray(ring) ? ring.filter(isPosition).map(([x, y]) => [x, y]) : []));
    return rings[0] && rings[0].length >= 3 ? [rings.filter((ring) => ring.length >= 3)] : [];
  });
}

function isTopology(data: unknown): data is Topology {
  return (data as Topology | null)?.type === 'Topology' && typeof (data as Topology).objects === 'object';
}

/**
 * Decodes boundary data: a TopoJSON topology (the object `regions`, else the first
 * geometry collection) or a GeoJSON FeatureCollection. Features may be keyed by ISO code,
 * GB/T 2260 code or name, in `id` or in an `id`, `iso`, `adcode`, `code` or `name` property.
 *
 * @throws {GeometryError} when the data has no shape for any of the 31 regions.
 */
export function decodeGeometry(data: unknown): Geometry {
  decodeCount++;
  let features: Feature[];
  let topoGeometries: GeometryCollection['geometries'] | null = null;
  if (isTopology(data)) {
    const object = (data.objects.regions ?? Object.values(data.objects).find((o) => o.type === 'GeometryCollection')) as GeometryCollection | undefined;
    if (!object || object.type !== 'GeometryCollection') throw new GeometryError('the topology has no geometry collection');
    topoGeometries = object.geometries;
    features = (feature(data, object) as FeatureCollection).features;
  } else if ((data as GeoJsonObject | null)?.type === 'FeatureCollection' && Array.isArray((data as FeatureCollection).features)) {
    features = (data as FeatureCollection).features;
  } else {
    throw new GeometryError('expected TopoJSON or a GeoJSON FeatureCollection');
  }

  const shapes: RegionShape[] = [];
  const indexToId = new Map<number, string>();
  const seen = new Set<string>();
  features.forEach((f, index) => {
    if (!f || !f.geometry || (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon')) return;
    const resolved = resolveId(f as never);
    const polygons = cleanPolygons(f.geometry);
    if (!resolved || seen.has(resolved.id) || !polygons.length) return;
    seen.add(resolved.id);
    indexToId.set(index, resolved.id);
    const label = (f.properties as { label?: unknown } | null)?.label;
    shapes.push({
      ...resolved,
      feature: { ...f, geometry: { type: 'MultiPolygon', coordinates: polygons } },
      ...(Array.isArray(label) && label.length === 2 ? { label: [Number(label[0]), Number(label[1])] as const } : {}),
    });
  });
  if (!shapes.some((s) => !s.context)) throw new GeometryError('no feature is one of the 31 regions (ids must be ISO codes, GB codes or names)');

  const neighbours = new Map<string, string[]>(shapes.map((s) => [s.id, []]));
  if (topoGeometries) {
    neighbors(topoGeometries).forEach((list, index) => {
      const id = indexToId.get(index);
      if (id) neighbours.set(id, list.flatMap((i) => (indexToId.has(i) ? [indexToId.get(i)!] : [])));
    });
  }
  return { shapes, neighbours, missing: ALL_31.filter((id) => !seen.has(id)) };
}

let bundled: Geometry | null = null;

/** The bundled Natural Earth boundaries, decoded on first use and shared by every map on the page. */
export function bundledGeometry(): Geometry {
  return (bundled ??= decodeGeometry({ ...CHINA_SMALL, arcs: decodeArcs(CHINA_SMALL_ARCS) }));
}

const RAD = Math.PI / 180;
const SIN0 = Math.sin(25 * RAD);
const N = (SIN0 + Math.sin(47 * RAD)) / 2;
const C = 1 + SIN0 * (2 * N - SIN0);
const R0 = Math.sqrt(C) / N;

/**
 * The Albers conic equal-area projection that suits China (standard parallels 25° and 47°,
 * central meridian 105° E; Snyder 1987, the formula of d3's geoConicEqualArea), in units of
 * the sphere's radius with y pointing down as on screen.
 */
export function chinaProjection([longitude, latitude]: readonly number[]): [number, number] {
  const r = Math.sqrt(C - 2 * N * Math.sin(latitude * RAD)) / N;
  const angle = (((((longitude - 105) % 360) + 540) % 360) - 180) * RAD * N;
  return [r * Math.sin(angle), r * Math.cos(angle) - R0];
}

type Ring = [number, number][];

/** The signed area and centroid of a planar ring (shoelace formula). */
function ringCentroid(ring: Ring): { area: number; x: number; y: number } {
  let area = 0;
  let x = 0;
  let y = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const cross = ring[j]![0] * ring[i]![1] - ring[i]![0] * ring[j]![1];
    area += cross;
    x += (ring[j]![0] + ring[i]![0]) * cross;
    y += (ring[j]![1] + ring[i]![1]) * cross;
  }
  return area ? { area: Math.abs(area / 2), x: x / (3 * area), y: y / (3 * area) } : { area: 0, x: ring[0]![0], y: ring[0]![1] };
}

type Bounds = readonly [x0: number, y0: number, x1: number, y1: number];

/** Every shape's rings through {@link chinaProjection}, once per geometry, and the bounds with and without context. */
interface Planar {
  readonly rings: readonly (readonly Ring[])[][];
  readonly bounds: { readonly withContext: Bounds; readonly mainland: Bounds };
}

const planarCache = new WeakMap<Geometry, Planar>();

function extend(box: number[], [x, y]: readonly [number, number]): void {
  if (x < box[0]!) box[0] = x;
  if (y < box[1]!) box[1] = y;
  if (x > box[2]!) box[2] = x;
  if (y > box[3]!) box[3] = y;
}

function planar(geometry: Geometry): Planar {
  let result = planarCache.get(geometry);
  if (result) return result;
  const all = [Infinity, Infinity, -Infinity, -Infinity];
  const mainland = [...all];
  const rings = geometry.shapes.map((shape) =>
    shape.feature.geometry.coordinates.map((polygon) =>
      polygon.map((ring) =>
        ring.map((position) => {
          const point = chinaProjection(position);
          extend(all, point);
          if (!shape.context) extend(mainland, point);
          return point;
        }),
      ),
    ),
  );
  result = { rings, bounds: { withContext: all as unknown as Bounds, mainland: mainland as unknown as Bounds } };
  planarCache.set(geometry, result);
  return result;
}

/** Scale and offsets that fit the bounds into `width` (and `height`, when given), centred across. */
function fit([x0, y0, x1, y1]: Bounds, width: number, padding: number, height?: number) {
  const fitWidth = x1 > x0 ? (width - 2 * padding) / (x1 - x0) : 1;
  const k = height && y1 > y0 ? Math.min(fitWidth, (height - 2 * padding) / (y1 - y0)) : fitWidth;
  return { k, left: padding + (width - 2 * padding - (x1 - x0) * k) / 2, top: padding, naturalHeight: Math.ceil((y1 - y0) * k + 2 * padding) };
}

/** The height the drawing takes at `width` with the shapes' own proportions (what {@link projectGeometry} gives without `height`). */
export function naturalHeight(geometry: Geometry, width: number, options: { context: boolean; padding?: number }): number {
  const { bounds } = planar(geometry);
  return fit(options.context ? bounds.withContext : bounds.mainland, width, options.padding ?? 8).naturalHeight;
}

/** A shape projected into the drawing box. */
export interface ProjectedShape {
  readonly id: RegionShape['id'];
  readonly context: boolean;
  /** SVG path data. */
  readonly d: string;
  /** Label point in drawing units. */
  readonly label: readonly [number, number];
}

export interface ProjectedMap {
  readonly width: number;
  readonly height: number;
  readonly shapes: readonly ProjectedShape[];
}

const projectedCache = new WeakMap<Geometry, Map<string, ProjectedMap>>();

/**
 * Projects the shapes to fit `width`, with the projection fitted to the shapes drawn. The
 * height follows from the shapes' proportions, or is `options.height`: then the shapes fit
 * inside the box, centred across and at the top, so that any boundary file draws in a box of
 * the same size. Cached per geometry and box.
 */
export function projectGeometry(geometry: Geometry, width: number, options: { context: boolean; padding?: number; height?: number }): ProjectedMap {
  const key = `${width} ${options.context} ${options.padding ?? 8} ${options.height}`;
  let byKey = projectedCache.get(geometry);
  if (!byKey) projectedCache.set(geometry, (byKey = new Map()));
  const cached = byKey.get(key);
  if (cached) return cached;

  const padding = options.padding ?? 8;
  const { rings, bounds } = planar(geometry);
  const box = options.context ? bounds.withContext : bounds.mainland;
  const [x0, y0] = box;
  const { k, left, top, naturalHeight: height } = fit(box, width, padding, options.height);
  const round = (n: number) => Math.round(n * 10) / 10;
  const place = ([x, y]: readonly number[]): [number, number] => [round((x! - x0) * k + left), round((y! - y0) * k + top)];
  const projected: ProjectedShape[] = [];
  geometry.shapes.forEach((shape, index) => {
    if (shape.context && !options.context) return;
    let d = '';
    let largest = { area: -1, x: 0, y: 0 };
    for (const polygon of rings[index]!) {
      polygon.forEach((ring, r) => {
        const placed = ring.map(place);
        if (r === 0) {
          const centroid = ringCentroid(placed);
          if (centroid.area > largest.area) largest = centroid;
        }
        // A closed ring's last point repeats its first: Z draws that edge.
        const end = placed.length > 1 && placed[0]![0] === placed.at(-1)![0] && placed[0]![1] === placed.at(-1)![1] ? placed.length - 1 : placed.length;
        for (let i = 0; i < end; i++) d += `${i ? 'L' : 'M'}${placed[i]![0]},${placed[i]![1]}`;
        d += 'Z';
      });
    }
    // The label point the file gives, else the centroid of the largest outer ring.
    const label = shape.label ? place(chinaProjection(shape.label)) : ([round(largest.x), round(largest.y)] as [number, number]);
    projected.push({ id: shape.id, context: shape.context, d, label });
  });
  const result = { width, height: options.height ?? height, shapes: projected };
  byKey.set(key, result);
  return result;
}
