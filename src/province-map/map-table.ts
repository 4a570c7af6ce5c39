/** The map's data table: every region with its value, rank and source (and clusters in `clusters` mode). */
import { html, nothing, type TemplateResult } from 'lit';
import type { Language } from '../i18n/language.js';
import { message } from '../i18n/messages.js';
import type { Note } from '../text/notes.js';
import { notesOf } from '../element/chart-notes.js';
import type { MapModel } from './map-model.js';
import { fileValue, noteCell, qualifierCell, tableOf, yearCell, type DataTable } from '../element/csv-file.js';
import { unitLabel } from '../data/format.js';

/** @param notes the page's notes, in a column of their own where there are any. */
export function mapTable(model: MapModel, title: string, withClusters: boolean, notes: readonly Note[], language: Language): TemplateResult {
  const msg = (key: Parameters<typeof message>[1]) => message(language, key);
  return html`<table id="table" part="table">
    <caption class="visually-hidden">${title}</caption>
    <thead>
      <tr>
        <th scope="col">${msg('table.region')}</th>
        ${withClusters ? html`<th scope="col">${msg('table.cluster')}</th>` : nothing}
        <th scope="col">${model.metric.label[language]}</th>
        <th scope="col">${msg('table.rank')}</th>
        <th scope="col">${msg('table.source')}</th>
        ${notes.length ? html`<th scope="col">${msg('table.note')}</th>` : nothing}
      </tr>
    </thead>
    <tbody>
      ${model.facts.map(
        (f) => html`<tr data-region=${f.region}>
          <th scope="row">${f.name}</th>
          ${withClusters ? html`<td>${f.clusters}</td>` : nothing}
          <td class="number">${f.value}</td>
          <td class="number">${f.rank}</td>
          <td>${f.source}</td>
          ${notes.length ? html`<td>${notesOf(notes, f.region)}</td>` : nothing}
        </tr>`,
      )}
    </tbody>
  </table>`;
}

/**
 * The table as the CSV download gives it: one row per region in the table's order (ranked,
 * those without data last), its name in the widget's language, ISO code, (in `clusters` mode
 * the engines it belongs to,) the value as a plain number in the unit named (empty without
 * data; 亿元 figures in billions outside Chinese, as shown; a derived one to the metric's decimals),
 * where any figure is approximate or a lower bound a Qualifier column right after it ("about",
 * "more than", as the table words them; empty for an exact figure), the unit, the year and the
 * sources the table cites, then, where there are any, a Note column: the figure's provenance
 * note and the page's `<mosaic-note>` texts for the region, as the table's Note column has them.
 * Column names are the widget's language's; the value's is the metric's label, as the table's is.
 *
 * @param notes the page's notes (`<mosaic-note>`), as the table gets them.
 */
export function mapDataTable(model: MapModel, withClusters: boolean, language: Language, notes: readonly Note[] = []): DataTable {
  const msg = (key: Parameters<typeof message>[1]) => message(language, key);
  const { metric } = model;
  const [unit, year] = [unitLabel(metric.unit, language), yearCell(metric, language)];
  return tableOf<MapModel['facts'][number]>(model.facts, [
    { name: msg('table.region'), cell: (f) => f.name },
    { name: msg('table.code'), cell: (f) => f.region },
    withClusters && { name: msg('table.cluster'), cell: (f) => f.clusters },
    { name: metric.label[language], cell: (f) => (f.figure === null ? null : fileValue(f.figure, metric, language)) },
    { name: msg('table.qualifier'), cell: (f) => (f.figure === null ? null : qualifierCell(f.qualifier, language)), optional: true },
    { name: msg('table.unit'), cell: () => unit },
    { name: msg('table.year'), cell: () => year },
    { name: msg('table.source'), cell: (f) => f.source },
    { name: msg('table.note'), cell: (f) => noteCell(f.remark, notesOf(notes, f.region)), optional: true },
  ]);
}
