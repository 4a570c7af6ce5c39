/**
 * Reading a user's own data (JSON or CSV) into the same shape as the bundled data, with
 * every problem reported: unknown or duplicate regions, non-numbers and mixed units are never
 * dropped silently or guessed. DOM-free.
 *
 * ## Schema
 * CSV, long: `region,value` with optional `metric`, `unit`, `year`, `source`, `note` columns.
 * CSV, wide: `region,metricA,metricB` (one column per metric).
 * JSON: `{ "metrics": [{ "id", "label", "unit", "year", "source", "aggregate", "higherIsMore" }],
 * "values": [{ "region", "metric", "value", "note" }] }`, or an array of long rows.
 * Regions are ISO codes, GB codes or names in English, Chinese or Danish. Values are plain
 * numbers (`1234.5`); an empty cell, `NA` or `-` means no data.
 */
import { decimalsOf } from './format.js';
import { parseCsv } from './csv.js';
import { getContextRegion, getRegion, suggestRegions } from './lookup.js';
import type { MetricData } from './series.js';
import type { Aggregation, Figure, Localized, Metric, RegionId, Source } from './types.js';

export type DatasetFormat = 'json' | 'csv';

export type DatasetProblemCode =
  | 'malformed'
  | 'empty'
  | 'missing-column'
  | 'unknown-region'
  | 'context-region'
  | 'duplicate-region'
  | 'not-a-number'
  | 'mixed-units'
  | 'mixed-years'
  | 'unknown-metric'
  | 'missing-metadata';

export interface DatasetProblem {
  readonly code: DatasetProblemCode;
  /** `error`: the value or the whole dataset was not used. `warning`: used, but incomplete. */
  readonly severity: 'error' | 'warning';
  /** CSV line (the header is line 1), or the item number in a JSON list (from 1). */
  readonly line?: number;
  readonly column?: string;
  /** The offending value as given. */
  readonly value?: string;
  /** What was expected instead. */
  readonly expected: string;
  /** The whole problem in one English sentence, for the console. */
  readonly message: string;
  /** For a near-miss region name: the region probably meant ("did you mean"). */
  readonly suggestion?: RegionId;
}

/** A user's dataset: metrics, their figures, and the sources the user named. */
export interface Dataset extends MetricData {
  readonly sources: readonly Source[];
}

/** Metadata for metrics whose file does not carry it (wide CSV, or long CSV without those columns). */
export interface DatasetDefaults {
  readonly label?: string | Localized;
  readonly unit?: string;
  readonly year?: number;
  /** Publisher and title in one line, or a full source. */
  readonly source?: string | Omit<Source, 'id'>;
  readonly aggregate?: Aggregation;
  readonly higherIsMore?: boolean;
}

interface RawRow {
  readonly line: number;
  readonly region: unknown;
  readonly metric: string;
  readonly value: unknown;
  readonly unit?: unknown;
  readonly year?: unknown;
  readonly source?: unknown;
  readonly note?: unknown;
}

/** A metric of your data as the JSON form declares it, with its metadata. */
export interface DatasetMetric extends DatasetDefaults {
  readonly id: string;
}

/** One figure of your data, a row of the long form. An empty `value`, `NA` or `-` means no data. */
export interface DatasetRow {
  /** ISO code, GB code, or a name in English, Chinese or Danish. */
  readonly region: string;
  readonly value: number | string | null;
  /** The metric's id; may be left out when the data has one metric. */
  readonly metric?: string;
  readonly unit?: string;
  readonly year?: number | string;
  readonly source?: string;
  readonly note?: string;
}

/** Your data in the JSON form: metrics with their metadata, and the values. */
export interface DatasetJson {
  readonly metrics?: readonly DatasetMetric[];
  readonly values: readonly DatasetRow[];
}

/** What a widget's `data` property takes: the JSON form, an array of long rows, or a dataset from {@link parseDataset}. */
export type DatasetInput = DatasetJson | readonly DatasetRow[] | Dataset;

const REGION_COLUMNS = ['region', 'id', 'iso', 'code', 'province', 'name'];
const META_COLUMNS = ['metric', 'unit', 'year', 'source', 'note'];
const NO_DATA = new Set(['', 'na', 'n/a', '-', '–', '—', 'null']);

/**
 * Parses a user's dataset.
 *
 * @returns the dataset (`null` when nothing usable was found) and every problem found.
 * @example
 * const { dataset, problems } = parseDataset('region,value\nAnhui,12\nAnhiu,3', 'csv', { unit: 'labs', year: 2025, source: 'Our survey' });
 * problems[0].suggestion // 'CN-AH'
 */
export function parseDataset(
  text: string,
  format: DatasetFormat,
  defaults: DatasetDefaults = {},
): { dataset: Dataset | null; problems: DatasetProblem[] } {
  const problems: DatasetProblem[] = [];
  if (typeof text !== 'string' || !text.trim()) {
    problems.push({ code: 'empty', severity: 'error', expected: 'some data', message: 'The dataset is empty.' });
    return { dataset: null, problems };
  }
  const read = format === 'json' ? readJson(text, problems) : readCsv(text, problems);
  if (!read) return { dataset: null, problems };
  return { dataset: build(read.rows, read.declarations, defaults, problems), problems };
}

function readCsv(text: string, problems: DatasetProblem[]) {
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

function readJson(text: string, problems: DatasetProblem[]) {
  let value: unknown;
  try {
    value = JSON.parse(text);
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
    unit: item?.unit,
    year: item?.year,
    source: item?.source,
    note: item?.note,
  }));
  return { rows, declarations };
}

const show = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value) ?? String(value));

function build(rows: RawRow[], declarations: DatasetMetric[], defaults: DatasetDefaults, problems: DatasetProblem[]): Dataset | null {
  const declared = new Map(declarations.map((d) => [d.id, d]));
  const figures: Record<string, Partial<Record<RegionId, Figure>>> = {};
  const firstLine = new Map<string, number>();
  const units = new Map<string, { unit: string; line: number }>();
  const years = new Map<string, { year: string; line: number }>();
  const rowSources = new Map<string, string>();
  const error = (row: RawRow, problem: Omit<DatasetProblem, 'severity' | 'line'>) =>
    problems.push({ severity: 'error', line: row.line, ...problem });
  // Big files repeat the same keys: look each up, and search for near misses, once.
  const lookups = new Map<string, ReturnType<typeof getRegion> | null>();
  const regionOf = (key: string) => {
    if (!lookups.has(key)) lookups.set(key, getRegion(key) ?? null);
    return lookups.get(key) ?? undefined;
  };
  const suggestions = new Map<string, ReturnType<typeof suggestRegions>[number] | undefined>();
  const suggestionFor = (key: string) => {
    if (!suggestions.has(key)) suggestions.set(key, suggestRegions(key)[0]);
    return suggestions.get(key);
  };

  for (const row of rows) {
    if (declarations.length && !declared.has(row.metric)) {
      error(row, { code: 'unknown-metric', column: 'metric', value: row.metric, expected: `one of ${[...declared.keys()].join(', ')}`, message: `Line ${row.line}: metric "${row.metric}" is not declared in "metrics".` });
      continue;
    }
    const key = typeof row.region === 'string' || typeof row.region === 'number' ? String(row.region) : '';
    const region = regionOf(key);
    if (!region) {
      const context = getContextRegion(key);
      if (context) {
        error(row, { code: 'context-region', column: 'region', value: key, expected: 'one of the 31 mainland regions', message: `Line ${row.line}: ${context.name.en} is not one of the 31 mainland regions; it is drawn as context, without data.` });
      } else {
        const suggestion = suggestionFor(key);
        error(row, {
          code: 'unknown-region',
          column: 'region',
          value: show(row.region),
          expected: 'an ISO code (CN-AH), a GB code (340000) or a region name',
          message: `Line ${row.line}: unknown region "${show(row.region)}"${suggestion ? `; did you mean ${suggestion.name.en} (${suggestion.id})?` : '.'}`,
          ...(suggestion ? { suggestion: suggestion.id } : {}),
        });
      }
      continue;
    }
    const raw = typeof row.value === 'number' ? row.value : typeof row.value === 'string' ? row.value.trim() : row.value;
    if (raw === null || raw === undefined || (typeof raw === 'string' && NO_DATA.has(raw.toLowerCase()))) continue;
    const value = typeof raw === 'number' ? raw : typeof raw === 'string' && /^[-+]?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(raw) ? Number(raw) : NaN;
    if (!Number.isFinite(value)) {
      error(row, { code: 'not-a-number', column: row.metric, value: show(row.value), expected: 'a plain number such as 1234.5 (no thousands separators, units or %)', message: `Line ${row.line}: "${show(row.value)}" for ${region.name.en} is not a number.` });
      continue;
    }
    const seen = `${row.metric} ${region.id}`;
    if (firstLine.has(seen)) {
      error(row, { code: 'duplicate-region', column: 'region', value: key, expected: 'each region once per metric', message: `Line ${row.line}: ${region.name.en} appears again in "${row.metric}" (first on line ${firstLine.get(seen)}); the first value is kept.` });
      continue;
    }
    if (row.unit !== undefined && String(row.unit).trim()) {
      const unit = String(row.unit).trim();
      const first = units.get(row.metric);
      if (first && first.unit !== unit) {
        error(row, { code: 'mixed-units', column: 'unit', value: unit, expected: `"${first.unit}" as on line ${first.line}`, message: `Line ${row.line}: unit "${unit}" differs from "${first.unit}" on line ${first.line} in "${row.metric}"; values in different units cannot be compared.` });
        continue;
      }
      if (!first) units.set(row.metric, { unit, line: row.line });
    }
    if (row.year !== undefined && String(row.year).trim()) {
      const year = String(row.year).trim();
      const first = years.get(row.metric);
      if (first && first.year !== year) {
        error(row, { code: 'mixed-years', column: 'year', value: year, expected: `${first.year} as on line ${first.line}`, message: `Line ${row.line}: year ${year} differs from ${first.year} on line ${first.line} in "${row.metric}".` });
        continue;
      }
      if (!first) years.set(row.metric, { year, line: row.line });
    }
    if (typeof row.source === 'string' && row.source.trim() && !rowSources.has(row.metric)) rowSources.set(row.metric, row.source.trim());
    firstLine.set(seen, row.line);
    (figures[row.metric] ??= {})[region.id] = {
      value,
      sources: [],
      ...(typeof row.note === 'string' && row.note.trim() ? { note: row.note.trim() } : {}),
    };
  }

  const metricIds = [...new Set([...declarations.map((d) => d.id), ...rows.map((r) => r.metric)])].filter((id) => figures[id] || declared.has(id));
  if (!Object.keys(figures).length) {
    problems.push({ code: 'empty', severity: 'error', expected: 'at least one region with a number', message: 'The dataset has no usable value.' });
    return null;
  }
  const sources: Source[] = [];
  const metrics = metricIds.map((id): Metric => {
    const meta: DatasetDefaults = { ...defaults, ...declared.get(id) };
    const unit = meta.unit ?? units.get(id)?.unit;
    const year = meta.year ?? (years.has(id) ? Number(years.get(id)!.year) : undefined);
    const sourceGiven = meta.source ?? rowSources.get(id);
    let sourceId: string | undefined;
    if (sourceGiven) {
      sourceId = `user-${sources.length + 1}`;
      sources.push(typeof sourceGiven === 'string' ? { id: sourceId, publisher: sourceGiven, title: sourceGiven } : { ...sourceGiven, id: sourceId });
      for (const figure of Object.values(figures[id] ?? {})) (figure.sources as string[]).push(sourceId);
    }
    for (const [field, present] of [['unit', unit], ['year', year], ['source', sourceId]] as const) {
      if (present === undefined || (field === 'year' && !Number.isInteger(present))) {
        problems.push({ code: 'missing-metadata', severity: 'warning', column: field, expected: `a ${field} for metric "${id}"`, message: `Metric "${id}" has no ${field}; figures without one are not shown as fact.` });
      }
    }
    const label = meta.label ?? id;
    const values = Object.values(figures[id] ?? {}).map((f) => f.value);
    return {
      id,
      label: typeof label === 'string' ? { en: label, zh: label, da: label } : label,
      description: { en: '', zh: '', da: '' },
      unit: unit ?? '',
      year: year ?? NaN,
      ...(sourceId ? { source: sourceId } : {}),
      aggregate: meta.aggregate ?? 'none',
      higherIsMore: meta.higherIsMore ?? true,
      precision: values.reduce((most, v) => Math.max(most, decimalsOf(v)), 0),
      coverage: values.length,
    };
  });
  return { metrics, figures, sources };
}
