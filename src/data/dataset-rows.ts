/**
 * The row rules: each row's region resolved (with a "did you mean" for near misses), its value
 * a number (its decimal mark decided by its column, see numbers.ts) or no data, each region
 * once per metric, one unit and one year per metric, its own source if it names one; then
 * the metrics (dataset-metrics.ts). Every row broken is a problem, never
 * dropped silently or guessed. DOM-free.
 */
import { describeMetrics } from './dataset-metrics.js';
import { getContextRegion, getRegion, suggestRegions } from './lookup.js';
import { cellNumber, columnMark, type ColumnMark } from './numbers.js';
import type { Dataset, DatasetDefaults, DatasetMetric, DatasetOptions, DatasetProblem, RawRow } from './dataset-schema.js';
import type { Figure, RegionId } from './types.js';

const NO_DATA = new Set(['', 'na', 'n/a', '-', '–', '—', 'null']);

const show = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value) ?? String(value));

/** A column's first unit or year, and where it was given (line 0: declared in "metrics"). */
type First = Map<string, { readonly text: string; readonly line: number }>;

/** The dataset the rows make, or `null` (with the problem added) when none of them is usable. */
export function buildDataset(rows: RawRow[], declarations: DatasetMetric[], defaults: DatasetDefaults, options: DatasetOptions, problems: DatasetProblem[]): Dataset | null {
  const declared = new Map(declarations.map((d) => [d.id, d]));
  const figures: Record<string, Partial<Record<RegionId, Figure>>> = {};
  const rowSources: Record<string, Partial<Record<RegionId, string>>> = {};
  const firstLine = new Map<string, number>();
  const units: First = new Map(declarations.flatMap((d) => (d.unit ? [[d.id, { text: d.unit, line: 0 }]] : [])));
  const years: First = new Map(declarations.flatMap((d) => (d.year !== undefined ? [[d.id, { text: String(d.year), line: 0 }]] : [])));
  const error = (row: RawRow, problem: Omit<DatasetProblem, 'severity' | 'line'>) =>
    problems.push({ severity: 'error', line: row.line, ...problem });
  /** Whether the row's unit or year is the one its metric has so far (reported when not). */
  const agrees = (row: RawRow, field: 'unit' | 'year', given: unknown, first: First) => {
    const trimmed = given === undefined || given === null ? '' : String(given).trim();
    const text = field === 'year' ? trimmed.replace(/年$/, '') : trimmed; // a Chinese sheet may write 2024年
    if (!text) return true;
    const before = first.get(row.metric);
    if (!before) first.set(row.metric, { text, line: row.line });
    if (!before || before.text === text) return true;
    const where = before.line ? `on line ${before.line}` : 'declared in "metrics"';
    const said = field === 'unit' ? `unit "${text}" differs from "${before.text}"` : `year ${text} differs from ${before.text}`;
    const why = field === 'unit' ? '; values in different units cannot be compared' : '';
    error(row, { code: field === 'unit' ? 'mixed-units' : 'mixed-years', column: field, value: text, expected: `"${before.text}" as ${where}`, message: `Line ${row.line}: ${said} ${where} in "${row.metric}"${why}.` });
    return false;
  };
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
  const cells = new Map<string, string[]>();
  for (const row of rows) if (typeof row.value === 'string') (cells.get(row.column) ?? cells.set(row.column, []).get(row.column)!).push(row.value.trim());
  const marks = new Map<string, ColumnMark>([...cells].map(([column, texts]) => [column, columnMark(texts)]));
  let unknownOn = -1;
  for (const row of rows) {
    if (declarations.length && !declared.has(row.metric)) {
      error(row, { code: 'unknown-metric', column: 'metric', value: row.metric, expected: `one of ${[...declared.keys()].join(', ')}`, message: `Line ${row.line}: metric "${row.metric}" is not declared in "metrics".` });
      continue;
    }
    const key = typeof row.region === 'string' || typeof row.region === 'number' ? String(row.region) : '';
    const region = regionOf(key);
    if (!region) {
      // A wide row has a figure per metric, but one region: said once.
      if (unknownOn === row.line) continue;
      unknownOn = row.line;
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
    const column = marks.get(row.column);
    const read = typeof raw === 'number' ? { value: raw } : typeof raw === 'string' ? cellNumber(raw, options.decimal ?? column?.mark ?? null) : {};
    if (read.readings) {
      const why = column && !column.mark && column.mixed ? 'uses both decimal marks' : 'does not tell the decimal mark';
      error(row, { code: 'ambiguous-number', column: row.column, value: raw as string, expected: 'the decimal option: "." or ","', message: `Line ${row.line}: "${raw}" for ${region.name.en} could be ${read.readings[0]} or ${read.readings[1]}; column "${row.column}" ${why}. Set decimal="." or ",".` });
      continue;
    }
    const value = read.value ?? NaN;
    if (!Number.isFinite(value)) {
      const expected = options.decimal ? `a number with "${options.decimal}" as its decimal mark (no units or %)` : 'a number such as 1234.5, 1,234.5 or 1.234,5 (no units or %)';
      error(row, { code: 'not-a-number', column: row.column, value: show(row.value), expected, message: `Line ${row.line}: "${show(row.value)}" for ${region.name.en} is not a number.` });
      continue;
    }
    const seen = `${row.metric} ${region.id}`;
    if (firstLine.has(seen)) {
      error(row, { code: 'duplicate-region', column: 'region', value: key, expected: 'each region once per metric', message: `Line ${row.line}: ${region.name.en} appears again in "${row.metric}" (first on line ${firstLine.get(seen)}); the first value is kept.` });
      continue;
    }
    if (!agrees(row, 'unit', row.unit, units) || !agrees(row, 'year', row.year, years)) continue;
    if (typeof row.source === 'string' && row.source.trim()) (rowSources[row.metric] ??= {})[region.id] = row.source.trim();
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
  return describeMetrics(metricIds, figures, { declared, defaults, units, years, rowSources }, problems);
}
