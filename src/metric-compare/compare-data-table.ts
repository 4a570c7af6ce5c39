/** The comparison as the CSV download gives it: the figures themselves, not the bars' rounded labels. DOM-free. */
import type { Language } from '../i18n/language.js';
import { message } from '../i18n/messages.js';
import { parenthesized } from '../i18n/punctuation.js';
import { unitLabel } from '../data/format.js';
import type { Metric } from '../data/types.js';
import { fileValue, noteCell, qualifierCell, tableOf, yearCell, type DataTable } from '../element/csv-file.js';
import { notesOf } from '../element/chart-notes.js';
import type { Note } from '../text/notes.js';
import { GROUP_IDS, shareHeader, type BarMeasure, type CompareModel } from './compare-model.js';

export interface CompareDataInput {
  /** The metric as the chart names it (with the page's `value-label` and `unit`, where given). */
  readonly metric: Metric;
  /** The paired metric of `compare-to`, or `null`. */
  readonly second: Metric | null;
  /** Whether the chart shows shares (`show="share"`): a column of each figure's share of the 31-region total. */
  readonly shares: boolean;
  readonly language: Language;
  /** The page's notes (`<mosaic-note>`), as the chart's table gets them. */
  readonly notes?: readonly Note[];
}

/**
 * One row per bar in the chart's order (after `sort` and `top`), then the regions (or groups)
 * without a figure, as the chart's table lists them. Columns, named in the widget's language:
 * Region (a group's name with `group-by`), ISO code (empty for a group), the figure under the
 * metric's label as a plain number in the unit the Unit column names (亿元 in billions outside
 * Chinese, as shown; a group's sum or ratio of sums; a derived figure to the metric's decimals), with `show="share"` its share of the
 * 31-region total in percent (the total the chart divides by: the 31 regions' sum, never a
 * national figure; to two decimals), with `compare-to` the paired metric's figure, unit, year and
 * source, then Unit, Year and Source. A cell without a figure is empty. Where a figure of a
 * column is approximate or a lower bound, a Qualifier column follows that column's figures
 * ("about", "more than", as the chart's table words them; empty for an exact figure): the
 * paired metric's is named with it, "Qualifier (R&D expenditure)". Where there is any, a last
 * Note column: a group's note (the chart's table gives it under the table), the figures'
 * provenance notes and the page's `<mosaic-note>` texts for the region.
 */
export function compareDataTable(model: CompareModel, { metric, second, shares, language, notes = [] }: CompareDataInput): DataTable {
  const msg = (key: 'table.region' | 'table.code' | 'table.unit' | 'table.year' | 'table.source' | 'table.qualifier' | 'table.note') => message(language, key);
  const valueOf = (m: BarMeasure | null | undefined, of: Metric) => (m ? fileValue(m.amount, of, language) : null);
  const paired = (label: string) => parenthesized(language, label, second!.label[language]);
  type Row = CompareModel['bars'][number];
  return tableOf<Row>([...model.bars, ...model.missing], [
    { name: msg('table.region'), cell: (bar) => bar.name },
    { name: msg('table.code'), cell: (bar) => (isGroup(bar.id) ? null : bar.id) },
    { name: metric.label[language], cell: (bar) => valueOf(bar.primary, metric) },
    { name: msg('table.qualifier'), cell: (bar) => qualifierCell(bar.primary?.qualifier, language), optional: true },
    shares && {
      name: shareHeader(language),
      cell: (bar) => (bar.primary?.shareValue == null ? null : Number((bar.primary.shareValue * 100).toFixed(2))),
    },
    ...(second
      ? [
          { name: second.label[language], cell: (bar: Row) => valueOf(bar.secondary, second) },
          { name: paired(msg('table.qualifier')), cell: (bar: Row) => qualifierCell(bar.secondary?.qualifier, language), optional: true },
          { name: paired(msg('table.unit')), cell: () => unitLabel(second.unit, language) },
          { name: paired(msg('table.year')), cell: () => yearCell(second, language) },
          { name: paired(msg('table.source')), cell: (bar: Row) => bar.secondary?.source ?? null },
        ]
      : []),
    { name: msg('table.unit'), cell: () => unitLabel(metric.unit, language) },
    { name: msg('table.year'), cell: () => yearCell(metric, language) },
    { name: msg('table.source'), cell: (bar) => bar.primary?.source ?? null },
    { name: msg('table.note'), cell: (bar) => noteCell(bar.note, bar.primary?.remark, bar.secondary?.remark, notesOf(notes, bar.id)), optional: true },
  ]);
}

/** A group of `group-by="cluster"` (`gba`, `yrd`, `bth`, `rest`), which has no ISO code. */
const isGroup = (id: string) => (GROUP_IDS as readonly string[]).includes(id);

