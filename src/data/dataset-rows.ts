/**
 * The row rules: each row's region resolved (with a "did you mean" for near misses), its value
 * a plain number or no data, each region once per metric, one unit and one year per metric;
 * then the metrics with their metadata and sources. Every row broken is a problem, never
 * dropped silently or guessed. DOM-free.
 */
import { decimalsOf } from './format.js';
import { getContextRegion, getRegion, suggestRegions } from './lookup.js';
import type { Dataset, DatasetDefaults, DatasetMetric, DatasetProblem, RawRow } from './dataset-schema.js';
import type { Figure, Metric, RegionId, Source } from './types.js';

const NO_DATA = new Set(['', 'na', 'n/a', '-', '–', '—', 'null']);

const show = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value) ?? String(value));

/** The dataset the rows make, or `null` (with the problem added) when none of them is usable. */
export function buildDataset(rows: RawRow[], declarations: DatasetMetric[], defaults: DatasetDefaults, problems: DatasetProblem[]): Dataset | null {
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
