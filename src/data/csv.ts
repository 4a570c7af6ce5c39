/** CSV text to row objects keyed by the header. DOM-free. */
import { csvParseRows } from 'd3-dsv';

/** Rows as objects, with the header's column names (in order) on `columns`. */
export type CsvRows = Record<string, string>[] & { columns: string[] };

/**
 * Parses CSV with d3-dsv's row parser and builds the objects here: d3-dsv's `csvParse` builds
 * them with `new Function`, which a Content-Security-Policy without 'unsafe-eval' (and Trusted
 * Types) forbids in the page.
 */
export function parseCsv(text: string): CsvRows {
  const [header = [], ...body] = csvParseRows(text);
  const rows = body.map((cells) => {
    const row: Record<string, string> = {};
    header.forEach((name, i) => {
      row[name] = cells[i] ?? '';
    });
    return row;
  }) as CsvRows;
  rows.columns = header;
  return rows;
}
