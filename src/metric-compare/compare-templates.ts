/** The comparison's tooltip and data table as template functions of its model. */
import { html, nothing, type TemplateResult } from 'lit';
import { cssStyle } from '../element/css-style.js';
import type { Language } from '../i18n/language.js';
import { message } from '../i18n/messages.js';
import { sourceLineOf } from '../text/figure-text.js';
import type { Note } from '../text/notes.js';
import { notesOf } from '../element/chart-notes.js';
import type { Bar, CompareTable } from './compare-model.js';

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
  // A paired bar's two figures often come from one source: named once.
  const cited = [...new Set([p.source, bar.secondary?.source].filter((s): s is string => !!s))];
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
    <p class="muted">${sourceLineOf(cited, language)}</p>
  </div>`;
}

/** Every bar and every region without data: figures as published, their units in the column headers; the page's notes in a column of their own. */
export function compareTable(table: CompareTable, title: string, language: Language, notes: readonly Note[] = []): TemplateResult {
  const sourceColumn = table.rows.some((row) => row.source);
  const noteColumn = notes.length > 0;
  return html`<table id="table" part="table">
    <caption class="visually-hidden">${title}</caption>
    <thead>
      <tr>
        <th scope="col">${message(language, 'table.region')}</th>
        ${table.columns.map((column) => html` <th scope="col" class="number">${column}</th>`)}
        ${sourceColumn ? html`<th scope="col">${message(language, 'table.source')}</th>` : nothing}
        ${noteColumn ? html`<th scope="col">${message(language, 'table.note')}</th>` : nothing}
      </tr>
    </thead>
    <tbody>
      ${table.rows.map(
        (row) => html`<tr data-region=${row.id}>
          <th scope="row">${row.name}</th>
          ${row.cells.map((cell) => html` <td class="number">${cell}</td>`)}
          ${sourceColumn ? html`<td>${row.source}</td>` : nothing}
          ${noteColumn ? html`<td>${notesOf(notes, row.id)}</td>` : nothing}
        </tr>`,
      )}
    </tbody>
    <tfoot>
      <tr>
        <td colspan=${table.columns.length + 1 + Number(sourceColumn) + Number(noteColumn)}>${table.sources.map((line) => html` <p>${line}</p>`)}</td>
      </tr>
    </tfoot>
  </table>`;
}
