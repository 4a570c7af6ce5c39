/** The comparison as the CSV download gives it: the figures themselves, not the bars' rounded labels. DOM-free. */
import type { Language } from '../i18n/language.js';
import { message } from '../i18n/messages.js';
import { parenthesized } from '../i18n/punctuation.js';
import { unitLabel } from '../data/format.js';
import type { Metric } from '../data/types.js';
import { anyQualified, fileValue, noteCell, qualifierCell, yearCell, type DataCell, type DataTable } from '../element/csv-file.js';
import { notesOf } from '../element/chart-notes.js';
import type { Note } from '../text/notes.js';
import { GROUP_IDS, type BarMeasure, type CompareModel } from './compare-model.js';

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
  const all = [...model.bars, ...model.missing];
  const qualified = anyQualified(all.map((b) => b.primary?.qualifier));
  const secondQualified = !!second && anyQualified(all.map((b) => b.secondary?.qualifier));
  const noteOf = (bar: (typeof all)[number]) => noteCell(bar.note, bar.primary?.remark, bar.secondary?.remark, notesOf(notes, bar.id));
  const noted = all.some((b) => noteOf(b) !== null);
  const sourceOf = (m: BarMeasure | null) => m?.source ?? null;
  const valueOf = (m: BarMeasure | null, of: Metric) => (m ? fileValue(m.amount, of, language) : null);
  const paired = (label: string) => parenthesized(language, label, second!.label[language]);
  const columns = [
    msg('table.region'),
    msg('table.code'),
    metric.label[language],
    ...(qualified ? [msg('table.qualifier')] : []),
    ...(shares ? [parenthesized(language, capitalized(message(language, 'compare.shareLabel')), '%')] : []),
    ...(second ? [second.label[language], ...(secondQualified ? [paired(msg('table.qualifier'))] : []), paired(msg('table.unit')), paired(msg('table.year')), paired(msg('table.source'))] : []),
    msg('table.unit'),
    msg('table.year'),
    msg('table.source'),
    ...(noted ? [msg('table.note')] : []),
  ];
  const unit = unitLabel(metric.unit, language);
  const year = yearCell(metric, language);
  const rows = all.map((bar): DataCell[] => {
    const share = bar.primary?.shareValue;
    return [
      bar.name,
      isGroup(bar.id) ? null : bar.id,
      valueOf(bar.primary, metric),
      ...(qualified ? [qualifierCell(bar.primary?.qualifier, language)] : []),
      ...(shares ? [share === null || share === undefined ? null : Number((share * 100).toFixed(2))] : []),
      ...(second ? [valueOf(bar.secondary, second), ...(secondQualified ? [qualifierCell(bar.secondary?.qualifier, language)] : []), unitLabel(second.unit, language), yearCell(second, language), sourceOf(bar.secondary)] : []),
      unit,
      year,
      sourceOf(bar.primary),
      ...(noted ? [noteOf(bar)] : []),
    ];
  });
  return { columns, rows };
}

/** A group of `group-by="cluster"` (`gba`, `yrd`, `bth`, `rest`), which has no ISO code. */
const isGroup = (id: string) => (GROUP_IDS as readonly string[]).includes(id);

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
