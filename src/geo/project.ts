/**
 * A geometry drawn into a box: each shape's SVG path and its label point, fitted to the width
 * (and height) asked for, cached per geometry and box. DOM-free.
 */
import type { RegionShape, Geometry } from './decode.js';
import { fit } from './fit.js';
import { chinaProjection, planar, type Ring } from './projection.js';

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

/** A shape projected into the drawing box. */
export interface ProjectedShape {
  readonly id: RegionShape['id'];
  readonly context: boolean;
  /** SVG path data. */
  readonly d: string;
  /** Label point in drawing units. */
  readonly label: readonly [number, number];
  /** Area of the largest outer ring, the one the label sits in, in square drawing units. */
  readonly area: number;
  /** Bounds of all its parts: left, top, right, bottom. */
  readonly box: readonly [number, number, number, number];
}

export interface ProjectedMap {
  readonly width: number;
  readonly height: number;
  readonly shapes: readonly ProjectedShape[];
}

const projectedCache = new WeakMap<Geometry, Map<string, ProjectedMap>>();

/** A drawing coordinate to a tenth of a unit: enough for any screen or print, short in the SVG. */
export const tenth = (n: number): number => Math.round(n * 10) / 10;

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
  const place = ([x, y]: readonly number[]): [number, number] => [tenth((x! - x0) * k + left), tenth((y! - y0) * k + top)];
  const projected: ProjectedShape[] = [];
  geometry.shapes.forEach((shape, index) => {
    if (shape.context && !options.context) return;
    let d = '';
    let largest = { area: -1, x: 0, y: 0 };
    const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const polygon of rings[index]!) {
      polygon.forEach((ring, r) => {
        const placed = ring.map(place);
        for (const [x, y] of placed) {
          if (x < box[0]) box[0] = x;
          if (y < box[1]) box[1] = y;
          if (x > box[2]) box[2] = x;
          if (y > box[3]) box[3] = y;
        }
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
    const label = shape.label ? place(chinaProjection(shape.label)) : ([tenth(largest.x), tenth(largest.y)] as [number, number]);
    projected.push({ id: shape.id, context: shape.context, d, label, area: Math.round(Math.max(0, largest.area)), box });
  });
  const result = { width, height: options.height ?? height, shapes: projected };
  byKey.set(key, result);
  return result;
}
