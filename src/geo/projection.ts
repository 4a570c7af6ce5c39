/**
 * The projection of the map, and each geometry's shapes through it once (planar rings and
 * their bounds, with and without the context regions). DOM-free.
 *
 * The projection is done here rather than with d3-geo (8 KB gzip of the script-tag file):
 * the map only ever shows China, so it needs one planar formula, no clipping, resampling or
 * sphere-aware winding. Shapes are drawn with `fill-rule: evenodd`, so rings may be wound
 * either way (d3's convention or RFC 7946's).
 */
import type { Geometry } from './decode.js';

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

export type Ring = [number, number][];

export type Bounds = readonly [x0: number, y0: number, x1: number, y1: number];

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

export function planar(geometry: Geometry): Planar {
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
