/**
 * A user's JSON read into rows and metric declarations: `{ "metrics": [...], "values": [...] }`
 * or an array of long rows. DOM-free.
 */
import type { DatasetMetric, DatasetProblem, RawRow } from './dataset-schema.js';

/** The rows and declared metrics of a JSON text, or `null` (with the problem added) when it has none. */
export function readJson(text: string, problems: DatasetProblem[]) {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    problems.push({ code: 'malformed', severity: 'error', expected: 'valid JSON', message: `The dataset is not valid JSON: ${(error as Error).message}` });
    return null;
  }
  const object = value as { metrics?: unknown; values?: unknown } | null;
  const list = Array.isArray(value) ? value : Array.isArray(object?.values) ? object.values : null;
  if (!list) {
    problems.push({
      code: 'malformed',
      severity: 'error',
      expected: '{ "metrics": [...], "values": [...] } or an array of { "region", "value" }',
      message: 'The JSON dataset has neither a "values" array nor is it an array of rows.',
    });
    return null;
  }
  const declarations: DatasetMetric[] = [];
  const rawMetrics = Array.isArray(object?.metrics) ? (object.metrics as Record<string, unknown>[]) : [];
  rawMetrics.forEach((m, i) => {
    if (!m || typeof m.id !== 'string' || !m.id.trim()) {
      problems.push({ code: 'malformed', severity: 'error', line: i + 1, column: 'metrics.id', expected: 'a metric id', message: `Metric ${i + 1} has no id.` });
      return;
    }
    declarations.push(m as unknown as DatasetMetric);
  });
  const rows = list.map((item: Record<string, unknown> | null, i): RawRow => ({
    line: i + 1,
    region: item?.region,
    metric: typeof item?.metric === 'string' && item.metric.trim() ? item.metric.trim() : declarations.length === 1 ? declarations[0].id : 'value',
    value: item?.value,
    column: 'value',
    unit: item?.unit,
    year: item?.year,
    source: item?.source,
    note: item?.note,
  }));
  return { rows, declarations };
}
