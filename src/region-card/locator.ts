/**
 * The ring that marks a region too small to see by its fill on the card's locator map: around
 * the region's outline, never across it. DOM-free.
 */
import { tenth } from '../geo/project.js';

/** Room between the outline's box and the ring. */
const MARGIN = 3;

export interface Ring {
  readonly cx: number;
  readonly cy: number;
  readonly r: number;
}

/**
 * A circle around a region's box (left, top, right, bottom), or null where the box spans at
 * least `visibleSpan` drawing units across or down: about 16 CSS pixels on the map as drawn
 * (16 units of the 240-unit map in the full card, 64 in the compact card's 60 px map).
 */
export function ringAround(box: readonly [number, number, number, number], visibleSpan: number): Ring | null {
  const [x0, y0, x1, y1] = box;
  const [w, h] = [x1 - x0, y1 - y0];
  if (!(w >= 0 && h >= 0) || Math.max(w, h) >= visibleSpan) return null;
  return { cx: tenth(x0 + w / 2), cy: tenth(y0 + h / 2), r: tenth(Math.hypot(w, h) / 2 + MARGIN) };
}
