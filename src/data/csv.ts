/**
 * CSV text as spreadsheets export it, split into rows of cells, each row with the line it
 * starts on. DOM-free.
 *
 * Split here in one pass rather than with d3-dsv: a problem must name its line (a quoted cell
 * may span lines, so a row's index is not its line), and a quote that is never closed must be
 * reported where it opens rather than swallow the rest of the file into one cell.
 */

/** A row of cells and the line (from 1) it starts on. */
export interface CsvRow {
  readonly line: number;
  readonly cells: string[];
}

export type CsvDelimiter = ',' | ';' | '\t';

/** The rows of a CSV text, or where it cannot be split. */
export type CsvSplit =
  | { readonly delimiter: CsvDelimiter; readonly rows: CsvRow[] }
  | { readonly error: 'unclosed-quote' | 'text-after-quote' | 'ambiguous-delimiter'; readonly line: number };

const DELIMITERS: readonly CsvDelimiter[] = [',', ';', '\t'];

/**
 * The delimiter of the header line: the one of comma, semicolon and tab found there outside
 * quotes (Excel writes `;` where the decimal mark is a comma, "Text (tab-delimited)" a tab).
 * An Excel `sep=;` line names it. `null` when two of them are found as often.
 */
function findDelimiter(header: string): CsvDelimiter | null {
  const outside = header.replace(/"[^"]*"/g, '');
  const counts = DELIMITERS.map((d) => outside.split(d).length - 1);
  const most = Math.max(...counts);
  if (most === 0) return ',';
  return counts.filter((c) => c === most).length > 1 ? null : DELIMITERS[counts.indexOf(most)];
}

/**
 * Splits a CSV text (a byte-order mark, CRLF or CR line ends, and an Excel `sep=` first line
 * allowed) into rows. Lines with no text in any cell (blank lines, `;;;`) are left out.
 * Linear in the text's length.
 *
 * @example splitCsv('region;value\r\nAnhui;"1,5"\r\n') // { delimiter: ';', rows: [{ line: 1, cells: ['region', 'value'] }, { line: 2, cells: ['Anhui', '1,5'] }] }
 */
export function splitCsv(input: string): CsvSplit {
  let text = input.replace(/^\uFEFF/, '');
  let line = 1;
  const declared = /^sep=(.)\r?\n/i.exec(text);
  let delimiter: CsvDelimiter | null;
  if (declared && DELIMITERS.includes(declared[1] as CsvDelimiter)) {
    delimiter = declared[1] as CsvDelimiter;
    text = text.slice(declared[0].length);
    line = 2;
  } else {
    const first = text.search(/\S/); // the header: the first line with text
    delimiter = findDelimiter(first < 0 ? '' : /[^\r\n]*/.exec(text.slice(first))![0]);
  }
  if (!delimiter) return { error: 'ambiguous-delimiter', line };
  const rows: CsvRow[] = [];
  const n = text.length;
  let i = 0;
  let cells: string[] = [];
  let start = line;
  const endRow = () => {
    if (cells.some((c) => c.trim())) rows.push({ line: start, cells });
    cells = [];
  };
  while (i <= n) {
    let cell = '';
    if (text[i] === '"') {
      const opened = line;
      i++;
      for (;;) {
        const close = text.indexOf('"', i);
        if (close < 0) return { error: 'unclosed-quote', line: opened };
        const chunk = text.slice(i, close);
        for (let j = chunk.indexOf('\n'); j >= 0; j = chunk.indexOf('\n', j + 1)) line++;
        cell += chunk;
        i = close + 1;
        if (text[i] !== '"') break;
        cell += '"';
        i++;
      }
      if (i < n && text[i] !== delimiter && text[i] !== '\n' && text[i] !== '\r') return { error: 'text-after-quote', line };
    } else {
      let end = i;
      while (end < n && text[end] !== delimiter && text[end] !== '\n' && text[end] !== '\r') end++;
      cell = text.slice(i, end);
      i = end;
    }
    cells.push(cell);
    if (text[i] === delimiter) {
      i++;
      continue;
    }
    endRow();
    if (text[i] === '\r' && text[i + 1] === '\n') i++;
    i++;
    line++;
    start = line;
  }
  return { delimiter, rows };
}
