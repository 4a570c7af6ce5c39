/**
 * Decoding boundary data, TopoJSON or GeoJSON, into the shapes of the 31 regions (and Hong
 * Kong, Macao and Taiwan as context) with their neighbour graph. Ids may be ISO codes, GB
 * codes or names. DOM-free.
 */
import type { Feature, FeatureCollection, GeoJsonObject, MultiPolygon, Polygon } from 'geojson';
import { feature, neighbors } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { getContextRegion, getRegion } from '../data/lookup.js';
import type { ContextRegionId, RegionId } from '../data/types.js';

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
