/**
 * The box with a region's name, clusters, value, rank and source, pointing at the region.
 * Screen readers get the same from the region's name and the table: unless a tap pinned it
 * (with its close button), it is hidden from them.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { cssStyle } from '../element/css-style.js';
import type { Language } from '../i18n/language.js';
import { message } from '../i18n/messages.js';
import type { RegionFacts } from './map-model.js';
import type { MapView } from './map-view.js';

/**
 * @param tip where it points, in drawing units; in the top 30 % of the map it opens below.
 * @param close the button of a tooltip a tap pinned open, else `nothing`.
 */
export function mapTooltip(
  facts: RegionFacts,
  tip: readonly [number, number],
  view: Pick<MapView, 'width' | 'height'>,
  close: TemplateResult | typeof nothing,
  language: Language,
): TemplateResult {
  const [x, y] = tip;
  const below = y < view.height * 0.3;
  const pinned = close !== nothing;
  return html`<div
    class="tooltip ${below ? 'below' : ''} ${pinned ? 'pinned' : ''}"
    part="tooltip"
    aria-hidden=${pinned ? nothing : 'true'}
    style=${cssStyle({ left: `${(x / view.width) * 100}%`, top: `${(y / view.height) * 100}%` })}
  >
    ${close}
    <p class="name-line">${facts.name}</p>
    ${facts.clusters ? html`<p class="muted">${facts.clusters}</p>` : nothing}
    <p class="value">${facts.value}</p>
    ${facts.rank ? html`<p class="muted">${facts.rank}</p>` : nothing}
    ${facts.source ? html`<p class="muted">${message(language, 'data.source', { sources: facts.source })}</p>` : nothing}
  </div>`;
}
