/**
 * A widget's data table as a CSV file that Excel and Google Sheets open as it is: UTF-8 with
 * a byte-order mark (without it, Excel on Windows reads 广东 and København as mojibake), CRLF
 * line ends, numbers as plain machine numbers. DOM-free.
 */
import type { Language } from '../i18n/language.js';
import { yearLabel, type MetricYear } from '../i18n/messages.js';
import { qualifierWord, valueInUnit } from '../data/format.js';
import type { Metric, Qualifier } from '../data/types.js';

/** A cell: text, a number written as a machine reads it (`1.5`, no grouping), or empty. */
export type DataCell = string | number | null;

/** A widget's data as a file gives it: a header and one row per region (or per figure). */
export interface DataTable {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly DataCell[])[];
}

const BOM = '\ufeff';

/**
 * A figure as a file gives it: a plain number in the unit `unitLabel` names in `language` (亿元
 * in billions outside Chinese), a derived one (density) to the metric's decimals rather than
 * to the last bit of a division.
 *
 * @example fileValue(701.2382303839732, density, 'en') // 701.2
 */
export function fileValue(value: number, metric: Pick<Metric, 'unit' | 'derivedFrom' | 'precision'>, language: Language): number {
  const rounded = metric.derivedFrom ? Number(value.toFixed(metric.precision)) : value;
  return valueInUnit(rounded, metric.unit, language);
}

/**
 * A figure's Qualifier cell: the words the widget puts before it, in its language ("about",
 * "more than"; "约", "超过"; "ca.", "over"), or empty for an exact figure. A file that gave the
 * number alone would turn "about 2,270" into an exact 2270 in the reader's spreadsheet.
 */
export function qualifierCell(qualifier: Qualifier | null | undefined, language: Language): DataCell {
  return qualifier ? qualifierWord(qualifier, language).trim() : null;
}

/**
 * A column of a data table: its header and each row's cell. An `optional` one (a Qualifier or
 * Note column) is left out of a file where all its cells would be empty.
 */
export interface Column<T> {
  readonly name: string;
  readonly cell: (row: T) => DataCell;
  readonly optional?: boolean;
}

/** The table of `items` in `columns` (a falsy entry is a column this file does not have). */
export function tableOf<T>(items: readonly T[], columns: readonly (Column<T> | false | null)[]): DataTable {
  const kept = columns.filter((column): column is Column<T> => !!column && (!column.optional || items.some((item) => column.cell(item) !== null)));
  return { columns: kept.map((column) => column.name), rows: items.map((item) => kept.map((column) => column.cell(item))) };
}

/** A Note cell: the texts given (a figure's provenance note, the page's notes), each once, joined by a space; empty without any. */
export function noteCell(...texts: readonly (string | null | undefined)[]): DataCell {
  const given = [...new Set(texts.map((t) => t?.trim() ?? '').filter(Boolean))];
  return given.length ? given.join(' ') : null;
}

/** A metric's Year cell: the year as a number, or what the source says instead ("reference year not given"), or empty. */
export function yearCell(metric: MetricYear, language: Language): DataCell {
  return Number.isFinite(metric.year) ? metric.year! : metric.yearLabel ? yearLabel(language, metric) : null;
}

/**
 * The table as CSV text, quoted as RFC 4180 and d3-dsv's `csvFormatRows` quote it: a field
 * holding a quote, comma or line break is put in quotes, its quotes doubled. Written here rather
 * than imported: d3-dsv's package brings a command-line tool's dependencies (commander,
 * iconv-lite, rw) to every install of ours, and its formatter comes bundled with its parser; the
 * test checks this one against it. Text that a spreadsheet would run as a formula (a region name
 * from a page's data beginning `=`, `+`, `-` or `@`) is prefixed with `'`, as OWASP advises.
 */
export function csvText(table: DataTable): string {
  const lines = [table.columns, ...table.rows].map((row) => row.map(field).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

function field(cell: DataCell): string {
  if (cell === null || (typeof cell === 'number' && !Number.isFinite(cell))) return '';
  const text = typeof cell === 'number' ? String(cell) : /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
