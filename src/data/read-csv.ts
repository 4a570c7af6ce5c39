/**
 * A user's CSV read into rows: long (`region,value` with optional `metric`, `unit`, `year`,
 * `source`, `note` columns) or wide (one column per metric, with the same optional columns
 * but `metric`). Column names in English, Chinese or Danish. DOM-free.
 */
import { splitCsv, type CsvSplit } from './csv.js';
import type { DatasetProblem, RawRow } from './dataset-schema.js';

/** Columns that may name the region, in the order they are looked for. */
export const REGION_COLUMNS = ['region', 'id', 'iso', 'code', 'province', 'name', '地区', '省份', '省', 'provins'];
/** Names of the other columns with a meaning, in English, Chinese and Danish. */
const ROLES = {
  value: ['value', '数值', '值', 'værdi'],
  metric: ['metric', '指标', 'indikator'],
  unit: ['unit', '单位', 'enhed'],
  year: ['year', '年份', '年', 'år'],
  source: ['source', '来源', '数据来源', 'kilde'],
  note: ['note', '备注', 'notat'],
} as const;
type Role = keyof typeof ROLES;

const roleOf = (name: string) => (Object.keys(ROLES) as Role[]).find((role) => (ROLES[role] as readonly string[]).includes(name.toLowerCase()));

const SPLIT_PROBLEMS: Readonly<Record<Exclude<CsvSplit, { rows: unknown }>['error'], [string, string]>> = {
  'unclosed-quote': ['a closing quote', 'a quote (") opened here is never closed'],
  'text-after-quote': ['a delimiter after a closing quote', 'text follows a closing quote; write a quote inside a cell twice ("")'],
  'ambiguous-delimiter': ['one delimiter', 'the header has as many of two delimiters (comma, semicolon, tab)'],
};

/** The rows of a CSV, or `null` (with the problem added) when its header cannot be read. */
export function readCsv(text: string, problems: DatasetProblem[]): { rows: RawRow[] } | null {
  const split = splitCsv(text);
  if ('error' in split) {
    const [expected, what] = SPLIT_PROBLEMS[split.error];
    problems.push({ code: split.error, severity: 'error', line: split.line, expected, message: `Line ${split.line}: ${what}.` });
    return null;
  }
  const [head, ...body] = split.rows;
  const names = head?.cells.map((c) => c.trim()) ?? [];
  const headerLine = head?.line ?? 1;
  const fail = (code: DatasetProblem['code'], expected: string, message: string, column?: string) => {
    problems.push({ code, severity: 'error', line: headerLine, ...(column ? { column } : {}), expected, message });
    return null;
  };
  const lower = names.map((n) => n.toLowerCase());
  const twice = lower.findIndex((n, i) => n && lower.indexOf(n) !== i);
  if (twice >= 0) {
    const first = lower.indexOf(lower[twice]) + 1;
    return fail('duplicate-column', 'each column name once', `The header names column "${names[twice]}" twice (columns ${first} and ${twice + 1}); rename or remove one.`, names[twice]);
  }
  const regionName = REGION_COLUMNS.find((c) => lower.includes(c));
  if (regionName === undefined) {
    const delimiter = split.delimiter === '\t' ? 'tab' : `"${split.delimiter}"`;
    return fail('missing-column', `a region column (${REGION_COLUMNS.join(', ')})`, `The CSV header (read as separated by ${delimiter}) has no region column; expected one named ${REGION_COLUMNS.join(', ')}.`);
  }
  const regionIndex = lower.indexOf(regionName);
  const index = Object.fromEntries((Object.keys(ROLES) as Role[]).map((role) => [role, lower.findIndex((n) => roleOf(n) === role)])) as Record<Role, number>;
  const long = index.value >= 0;
  const metricIndexes = long ? [index.value] : names.flatMap((n, i) => (n && !REGION_COLUMNS.includes(lower[i]) && !roleOf(n) ? [i] : []));
  if (!metricIndexes.length) return fail('missing-column', 'a "value" column, or one column per metric', 'The CSV header has no value column and no metric columns.');
  if (long) {
    names.forEach((name, i) => {
      if (!name || REGION_COLUMNS.includes(lower[i]) || roleOf(name)) return;
      const expected = 'region, value, metric, unit, year, source, note';
      problems.push({ code: 'unused-column', severity: 'warning', line: headerLine, column: name, expected, message: `The header's column "${name}" is not read; only ${expected} are.` });
    });
  }

  const rows: RawRow[] = [];
  for (const { line, cells } of body) {
    const stray = cells.findIndex((cell, i) => cell.trim() && !names[i]);
    if (stray >= 0) {
      problems.push({
        code: 'extra-cells',
        severity: 'error',
        line,
        column: String(stray + 1),
        value: cells.join(split.delimiter),
        expected: `${names.filter(Boolean).length} cells, as the header has`,
        message: `Line ${line}: cell ${stray + 1} ("${cells[stray]}") is under no column, so the row is not used; quote a number with thousands separators ("21,893,095").`,
      });
      continue;
    }
    const cell = (role: Role) => (index[role] >= 0 ? cells[index[role]] ?? '' : undefined);
    const meta = { unit: cell('unit'), year: cell('year'), source: cell('source'), note: cell('note') };
    for (const i of metricIndexes) {
      const metric = long ? cell('metric')?.trim() || 'value' : names[i];
      rows.push({ line, region: cells[regionIndex] ?? '', metric, value: cells[i] ?? '', column: names[i], ...meta });
    }
  }
  return { rows };
}
