/** Fitting projected bounds into a drawing box: scale, offsets and the height that follows. DOM-free. */
import type { Geometry } from './decode.js';
import { planar, type Bounds } from './projection.js';

/** Scale and offsets that fit the bounds into `width` (and `height`, when given), centred across. */
export function fit([x0, y0, x1, y1]: Bounds, width: number, padding: number, height?: number) {
  const fitWidth = x1 > x0 ? (width - 2 * padding) / (x1 - x0) : 1;
  const k = height && y1 > y0 ? Math.min(fitWidth, (height - 2 * padding) / (y1 - y0)) : fitWidth;
  return { k, left: padding + (width - 2 * padding - (x1 - x0) * k) / 2, top: padding, naturalHeight: Math.ceil((y1 - y0) * k + 2 * padding) };
}

/** The height the drawing takes at `width` with the shapes' own proportions (what {@link projectGeometry} gives without `height`). */
export function naturalHeight(geometry: Geometry, width: number, options: { context: boolean; padding?: number }): number {
  const { bounds } = planar(geometry);
  return fit(options.context ? bounds.withContext : bounds.mainland, width, options.padding ?? 8).naturalHeight;
}
