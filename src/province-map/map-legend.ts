/** The map's legend: a swatch per colour class, cluster or highlight, and the context regions' swatch. */
import { html, nothing, type TemplateResult } from 'lit';
import { cssStyle } from '../element/css-style.js';
import type { Language } from '../i18n/language.js';
import { message } from '../i18n/messages.js';
import type { MapModel } from './map-model.js';

export function mapLegend(model: MapModel, context: boolean, language: Language): TemplateResult {
  return html`<ul class="legend" part="legend">
    ${model.legendTitle ? html`<li class="legend-title">${model.legendTitle}</li>` : nothing}
    ${model.legend.map(
      (item) => html`<li>
        <span class="swatch ${item.kind}" style=${cssStyle(item.color ? { background: item.color } : {})}></span>${item.label}
      </li>`,
    )}
    ${context ? html`<li><span class="swatch context"></span>${message(language, 'map.context')}</li>` : nothing}
  </ul>`;
}

/** The legend's place while the reader's data is on its way, so that nothing moves when it comes. */
export const pendingLegend = html`<div class="legend pending" aria-hidden="true"></div>`;
