/**
 * The box with a region's name, clusters, value, rank and source. On a wide map it floats
 * beside the region (never over it where there is room on either side), at a readable width;
 * on a narrow map, or pinned by a tap, it is a panel under the drawing, where nothing of it can
 * leave the screen. Screen readers get the same from the region's name and the table: unless a
 * tap pinned it (with its close button), it is hidden from them.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { cssStyle } from '../element/css-style.js';
import type { Language } from '../i18n/language.js';
import { message } from '../i18n/messages.js';
import type { RegionFacts } from './map-model.js';
import type { DrawnRegion, MapView } from './map-view.js';

/** Under this width (CSS pixels) the tooltip is a panel under the map. */
export const PANEL_BELOW = 480;
/** The floating box's widest, in CSS pixels (18rem), and its distance from the region. */
const WIDTH = 288;
const GAP = 10;

export interface TooltipPlace {
  /** Which side of the region the box opens to. */
  readonly side: 'left' | 'right';
  /** The box's near edge and the height it lines up with, in drawing units. */
  readonly x: number;
  readonly y: number;
  /** In the lower part of the map the box rises from there rather than hanging down. */
  readonly up: boolean;
}

/** Where a floating tooltip goes: beside the region's bounds where there is room, else beside its label point. */
export function tooltipPlace(region: Pick<DrawnRegion, 'box' | 'label'>, view: Pick<MapView, 'width' | 'height'>, pixelWidth: number): TooltipPlace {
  const scale = view.width / pixelWidth;
  const [width, gap] = [WIDTH * scale, GAP * scale];
  const [left, , right] = region.box;
  const [x, y] = region.label;
  const up = y > view.height * 0.55;
  if (view.width - right >= width + gap) return { side: 'right', x: right + gap, y, up };
  if (left >= width + gap) return { side: 'left', x: left - gap, y, up };
  return x < view.width / 2 ? { side: 'right', x: x + gap, y, up } : { side: 'left', x: x - gap, y, up };
}

/**
 * @param place where it floats, or `null` for the panel under the drawing.
 * @param close the button of a tooltip a tap pinned open, else `nothing`.
 * @param note the page's note on the region, if any.
 */
export function mapTooltip(
  facts: RegionFacts,
  place: TooltipPlace | null,
  view: Pick<MapView, 'width' | 'height'>,
  close: TemplateResult | typeof nothing,
  language: Language,
  note = '',
): TemplateResult {
  const pinned = close !== nothing;
  const at = (n: number, of: number) => `${Math.round((n / of) * 10000) / 100}%`;
  const style: Record<string, string> = !place
    ? {}
    : { [place.side === 'right' ? 'left' : 'right']: at(place.side === 'right' ? place.x : view.width - place.x, view.width), top: at(place.y, view.height) };
  return html`<div
    class="tooltip ${place ? `${place.side} ${place.up ? 'up' : ''}` : 'panel'} ${pinned ? 'pinned' : ''}"
    part="tooltip"
    aria-hidden=${pinned ? nothing : 'true'}
    style=${cssStyle(style)}
  >
    ${close}
    <p class="name-line">${facts.name}</p>
    ${facts.clusters ? html`<p class="muted">${facts.clusters}</p>` : nothing}
    <p class="value">${facts.value}</p>
    ${facts.rank ? html`<p class="muted">${facts.rank}</p>` : nothing}
    ${facts.source ? html`<p class="muted">${message(language, 'data.source', { sources: facts.source })}</p>` : nothing}
    ${note ? html`<p class="note-line">${note}</p>` : nothing}
  </div>`;
}
