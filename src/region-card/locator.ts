/**
 * The ring that marks a region too small to see by its fill on the card's locator map: around
 * the region's outline, never across it. DOM-free.
 */

/** A region whose outline spans at least this many drawing units (of a 240-unit-wide map) shows by its fill. */
const VISIBLE_SPAN = 16;
/** Room between the outline's box and the ring. */
const MARGIN = 3;

export interface Ring {
  readonly cx: number;
  readonly cy: number;
  readonly r: number;
}

/**
 * A circle around the box of an SVG path of absolute `M`/`L` points, or null where that box is
 * at least `VISIBLE_SPAN` wide or tall.
 */
export function ringAround(d: string): Ring | null {
  const numbers = d.match(/-?\d+(?:\.\d+)?/g)?.map(Number) ?? [];
  if (numbers.length < 2) return null;
  const xs = numbers.filter((_, i) => i % 2 === 0);
  const ys = numbers.filter((_, i) => i % 2 === 1);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const [w, h] = [x1 - x0, y1 - y0];
  if (Math.max(w, h) >= VISIBLE_SPAN) return null;
  const round = (n: number) => Math.round(n * 10) / 10;
  return { cx: round(x0 + w / 2), cy: round(y0 + h / 2), r: round(Math.hypot(w, h) / 2 + MARGIN) };
}
