/**
 * Numbers as spreadsheets write them in English, Danish or Chinese settings: `1234.5`,
 * `1,234.5`, `1.234,5`, `1 234,5` (a space, no-break space or narrow no-break space between
 * thousands). A cell that two conventions read as different numbers (`3.648`, `1,234`) is
 * decided by its column, and only when every figure there that can tell agrees. DOM-free.
 */

/** The decimal mark: `.` (English, Chinese) or `,` (Danish, German). */
export type DecimalMark = '.' | ',';

const SPACES = /[ \u00A0\u202F\u2009]/g;
/** Digits grouped in threes by `group`, or not grouped at all. */
const integer = (group: string) => `(\\d{1,3}(?:${group}\\d{3})+|\\d+)`;
const PATTERNS: Readonly<Record<DecimalMark, RegExp>> = {
  '.': new RegExp(`^[-+]?(?:${integer(',')}|${integer(' ')})(\\.\\d+)?([eE][-+]?\\d+)?$`),
  ',': new RegExp(`^[-+]?(?:${integer('\\.')}|${integer(' ')})(,\\d+)?$`),
};

/** The number a cell holds with the given decimal mark, or `undefined` when it is not one written that way. */
export function readNumber(text: string, mark: DecimalMark): number | undefined {
  const cell = text.replace(SPACES, ' ');
  if (!PATTERNS[mark].test(cell)) return undefined;
  const plain = mark === '.' ? cell.replace(/[, ]/g, '') : cell.replace(/[. ]/g, '').replace(',', '.');
  return Number(plain);
}

/** What a column's figures say of its decimal mark. */
export type ColumnMark = { readonly mark: DecimalMark } | { readonly mark: null; readonly mixed: boolean };

/**
 * The decimal mark of a column: the one every figure that reads differently under the two
 * marks is written in (`1,5` and `21.893.095` say `,`; `12.5` and `1,234.5` say `.`; `1234`
 * says nothing). `mark: null` when no figure tells, or (`mixed`) when they disagree.
 *
 * @example columnMark(['21.893.095', '3.648']) // { mark: ',' }
 */
export function columnMark(cells: Iterable<string>): ColumnMark {
  const said = new Set<DecimalMark>();
  for (const cell of cells) {
    const dot = readNumber(cell, '.');
    const comma = readNumber(cell, ',');
    if (dot !== undefined && comma === undefined) said.add('.');
    if (comma !== undefined && dot === undefined) said.add(',');
  }
  return said.size === 1 ? { mark: [...said][0] } : { mark: null, mixed: said.size > 1 };
}

/**
 * A cell's number: `value` when the cell is a number read one way only (or `mark` says how);
 * `readings` when it is a number that two marks read differently and nothing decides.
 */
export function cellNumber(text: string, mark: DecimalMark | null): { value?: number; readings?: [number, number] } {
  if (mark) return { value: readNumber(text, mark) };
  const dot = readNumber(text, '.');
  const comma = readNumber(text, ',');
  if (dot === undefined || comma === undefined || dot === comma) return { value: dot ?? comma };
  return { readings: [dot, comma] };
}
