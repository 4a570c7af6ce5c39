/** The comparison's tooltip and data table as template functions of its model. */
import { html, nothing, type TemplateResult } from 'lit';
import { cssStyle } from '../element/css-style.js';
import type { Language } from '../i18n/language.js';
import { message } from '../i18n/messages.js';
import type { Bar, CompareModel } from './compare-model.js';

/**
 * A bar's name, value, share, rank, paired value and sources, below its row, or above it when
 * the keyboard moved down, so that it never covers the bars the reader is moving to. Screen
 * readers get all of it but the sources from the row, and the sources from the table.
 *
 * @param close the button of a tooltip a tap pinned open, else `nothing`.
 */
export function compareTooltip(bar: Bar, close: TemplateResult | typeof nothing, language: Language, above: boolean): TemplateResult {
  const p = bar.primary!;
  const pinned = close !== nothing;
  return html`<div
    class="tooltip ${pinned ? 'pinned' : ''}"
    part="tooltip"
    aria-hidden=${pinned ? nothing : 'true'}
    style=${cssStyle(above ? { bottom: '100%' } : { top: '100%' })}
  >
    ${close}
    <p class="name-line">${bar.name}</p>
    <p>${p.full}</p>
    ${p.share ? html`<p class="muted">${p.share}</p>` : nothing}
    ${p.rank ? html`<p class="muted">${p.rank}</p>` : nothing}
    ${bar.secondary ? html`<p>${bar.secondary.full}</p>` : nothing}
    <p class="muted">${message(language, 'data.source', { sources: [p.source, bar.secondary?.source].filter(Boolean).join('; ') })}</p>
  </div>`;
}

/** Every bar and every region without data, with values, rank and sources. */
export function compareTable(model: CompareModel, title: string, language: Language): TemplateResult {
  const second = !!model.secondAxis;
  const rows = [...model.bars, ...model.missing];
  const noData = message(language, 'data.noData');
  return html`<table id="table" part="table">
    <caption class="visually-hidden">${title}</caption>
    <thead>
      <tr>
        <th scope="col">${message(language, 'table.region')}</th>
        <th scope="col">${model.axis.title}</th>
        ${second ? html`<th scope="col">${model.secondAxis!.title}</th>` : nothing}
        <th scope="col">${message(language, 'table.rank')}</th>
        <th scope="col">${message(language, 'table.source')}</th>
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        (b) => html`<tr data-region=${b.id}>
          <th scope="row">${b.name}</th>
          <td class="number">${b.primary ? [b.primary.full, b.primary.share].filter(Boolean).join('; ') : noData}</td>
          ${second ? html`<td class="number">${b.secondary?.full ?? noData}</td>` : nothing}
          <td class="number">${b.primary?.rank ?? ''}</td>
          <td>${[b.primary?.source, b.secondary?.source].filter(Boolean).join('; ')}</td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}
