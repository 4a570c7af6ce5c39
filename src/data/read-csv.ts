/**
 * A user's CSV read into rows: long (`region,value` with optional `metric`, `unit`, `year`,
 * `source`, `note` columns) or wide (one column per metric). DOM-free.
 */
import { parseCsv } from './csv.js';
import type { DatasetMetric, DatasetProblem, RawRow } from './dataset-schema.js';

/** Columns that may name the region, in the order they are looked for. */
export const REGION_COLUMNS = ['region', 'id', 'iso', 'code', 'province', 'name'];
const META_COLUMNS = ['metric', 'unit', 'year', 'source', 'note'];

/** The rows of a CSV, or `null` (with the problem added) when its header cannot be read. */
export function readCsv(text: string, problems: DatasetProblem[]) {
  const parsed = parseCsv(text.replace(/^\uFEFF/, ''));
  const columns = parsed.columns.map((c) => c.trim());
  const lower = columns.map((c) => c.toLowerCase());
  const regionIndex = lower.findIndex((c) => REGION_COLUMNS.includes(c));
  if (regionIndex < 0) {
    problems.push({
      code: 'missing-column',
      severity: 'error',
      line: 1,
      expected: `a region column (${REGION_COLUMNS.join(', ')})`,
      message: `The CSV header has no region column; expected one named ${REGION_COLUMNS.join(', ')}.`,
    });
    return null;
  }
  const column = (name: string) => parsed.columns[lower.indexOf(name)];
  const regionColumn = parsed.columns[regionIndex];
  const rows: RawRow[] = [];
  if (lower.includes('value')) {
    parsed.forEach((row, i) =>
      rows.push({
        line: i + 2,
        region: row[regionColumn],
        metric: (lower.includes('metric') && row[column('metric')]?.trim()) || 'value',
        value: row[column('value')],
        ...Object.fromEntries(['unit', 'year', 'source', 'note'].filter((c) => lower.includes(c)).map((c) => [c, row[column(c)]])),
      }),
    );
  } else {
    const metricColumns = parsed.columns.filter((c, i) => i !== regionIndex && !META_COLUMNS.includes(lower[i]) && c.trim());
    if (!metricColumns.length) {
      problems.push({
        code: 'missing-column',
        severity: 'error',
        line: 1,
        expected: 'a "value" column, or one column per metric',
        message: 'The CSV header has no value column and no metric columns.',
      });
      return null;
    }
    parsed.forEach((row, i) => {
      for (const metric of metricColumns) {
        rows.push({ line: i + 2, region: row[regionColumn], metric: metric.trim(), value: row[metric], note: lower.includes('note') ? row[column('note')] : undefined });
      }
    });
  }
  return { rows, declarations: [] as DatasetMetric[] };
}
