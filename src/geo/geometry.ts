/**
 * Boundary data for the map: decoding TopoJSON (or GeoJSON) into region shapes once per page,
 * projecting them into a drawing box, and the neighbour graph. DOM-free.
 */
import { geoArea, geoConicEqualArea, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, GeoJsonObject, MultiPolygon, Polygon } from 'geojson';
import { feature, neighbors } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { getContextRegion, getRegion } from '../data/lookup.js';
import type { ContextRegionId, RegionId } from '../data/types.js';
import { CHINA_SMALL } from './china-small.generated.js';

/** One region's outline, keyed by ISO code. */
export interface RegionShape {
  readonly id: RegionId | ContextRegionId;
  /** Hong Kong, Macao or Taiwan: drawn as context, never coloured by data. */
  readonly context: boolean;
  readonly feature: Feature<Polygon | MultiPolygon>;
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

/** d3 fills the complement of a ring wound the "wrong" way (RFC 7946 GeoJSON): turn such shapes around. */
function rewound(f: Feature<Polygon | MultiPolygon>): Feature<Polygon | MultiPolygon> {
  if (geoArea(f) <= 2 * Math.PI) return f;
  const reverse = (rings: number[][][]) => rings.map((ring) => [...ring].reverse());
  const geometry: Polygon | MultiPolygon =
    f.geometry.type === 'Polygon'
      ? { type: 'Polygon', coordinates: reverse(f.geometry.coordinates) }
      : { type: 'MultiPolygon', coordinates: f.geometry.coordinates.map(reverse) };
  return { ...f, geometry };
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
    if (!resolved || seen.has(resolved.id)) return;
    seen.add(resolved.id);
    indexToId.set(index, resolved.id);
    const label = (f.properties as { label?: unknown } | null)?.label;
    shapes.push({
      ...resolved,
      feature: rewound(f as Feature<Polygon | MultiPolygon>),
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
  return (bundled ??= decodeGeometry(CHINA_SMALL));
}

/** The conic equal-area projection that suits China: standard parallels 25° and 47°, centred on 105° E. */
export function chinaProjection(): GeoProjection {
  return geoConicEqualArea().parallels([25, 47]).rotate([-105, 0]);
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
 * Projects the shapes to fit `width` (the height follows from the shapes' proportions),
 * with the projection fitted to the shapes drawn. Cached per geometry and box.
 */
export function projectGeometry(geometry: Geometry, width: number, options: { context: boolean; padding?: number }): ProjectedMap {
  const key = `${width} ${options.context} ${options.padding ?? 8}`;
  let byKey = projectedCache.get(geometry);
  if (!byKey) projectedCache.set(geometry, (byKey = new Map()));
  const cached = byKey.get(key);
  if (cached) return cached;

  const padding = options.padding ?? 8;
  const shapes = geometry.shapes.filter((s) => options.context || !s.context);
  const collection: FeatureCollection = { type: 'FeatureCollection', features: shapes.map((s) => s.feature) };
  const projection = chinaProjection().fitWidth(width - 2 * padding, collection);
  const path = geoPath(projection).digits(1);
  const [[, y0], [, y1]] = path.bounds(collection);
  projection.translate([projection.translate()[0] + padding, projection.translate()[1] - y0 + padding]);
  const round = (n: number) => Math.round(n * 10) / 10;
  const projected: ProjectedShape[] = shapes.map((s) => {
    const point = s.label ? projection(s.label as [number, number]) : null;
    const [x, y] = point ?? path.centroid(s.feature);
    return { id: s.id, context: s.context, d: path(s.feature) ?? '', label: [round(x), round(y)] };
  });
  const result = { width, height: Math.ceil(y1 - y0 + 2 * padding), shapes: projected };
  byKey.set(key, result);
  return result;
}
