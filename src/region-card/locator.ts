/**
 * The card's locator map, for the live card and its file (`card-figure.ts`), and the ring that
 * marks a region too small to see by its fill: around the region's outline, never across it.
 * DOM-free.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { bundledGeometry } from '../geo/bundled.js';
import { projectGeometry, tenth } from '../geo/project.js';

/** The map's width in drawing units. */
const MAP_WIDTH = 240;

let projection: ReturnType<typeof projectGeometry> | null = null;

/** The bundled boundaries at the locator's width, projected once per page (before the first card draws: `prepareLocator`). */
const projected = () => (projection ??= projectGeometry(bundledGeometry(), MAP_WIDTH, { context: true, padding: 4 }));

/** Projects the locator's boundaries, so that a card's first draw does not. */
export const prepareLocator = (): void => void projected();

/** The map's height drawn `width` CSS pixels across. */
export const locatorHeight = (width: number): number => (width * projected().height) / MAP_WIDTH;

/**
 * A small map of China with `region` filled, and ringed where it spans less than about 16 CSS
 * pixels as drawn `drawnWidth` pixels across; `place` sets it in a figure's drawing.
 */
export function locatorMap(region: string, drawnWidth: number, label: string, place?: { x: number; y: number; width: number }): TemplateResult {
  const map = projected();
  const own = map.shapes.find((s) => s.id === region);
  const ring = own && ringAround(own.box, (16 * MAP_WIDTH) / drawnWidth);
  const [x, y, width, height] = place ? [place.x, place.y, place.width, tenth(locatorHeight(place.width))] : [nothing, nothing, nothing, nothing];
  return html`<svg class="locator" part="map" viewBox="0 0 ${MAP_WIDTH} ${map.height}" role="img" aria-label=${label} x=${x} y=${y} width=${width} height=${height}>
    <g class="coast">${map.shapes.filter((s) => !s.context).map((s) => svg`<path d=${s.d}></path>`)}</g>
    ${map.shapes.map((s) => svg`<path class=${s.context ? 'context' : s.id === region ? 'this' : ''} data-region=${s.id} d=${s.d}></path>`)}
    ${ring ? svg`<circle cx=${ring.cx} cy=${ring.cy} r=${ring.r}></circle>` : nothing}
  </svg>`;
}

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
