/**
 * The metrics of a user's dataset and the sources of its figures. What the file says wins
 * (a row's source, the file's unit and year, a metric's declaration); `defaults` fill only
 * what it leaves out; what is still missing is a warning. DOM-free.
 */
import { decimalsOf } from './format.js';
import type { Dataset, DatasetDefaults, DatasetMetric, DatasetProblem } from './dataset-schema.js';
import type { Figure, Metric, RegionId, Source } from './types.js';

/** What the rows said of each metric. */
export interface FileMetadata {
  readonly declared: ReadonlyMap<string, DatasetMetric>;
  readonly defaults: DatasetDefaults;
  /** The unit and year each metric's rows (or declaration) gave. */
  readonly units: ReadonlyMap<string, { readonly text: string }>;
  readonly years: ReadonlyMap<string, { readonly text: string }>;
  /** The source each figure's row named, by metric and region. */
  readonly rowSources: Readonly<Record<string, Partial<Record<RegionId, string>>>>;
}

/** The dataset of the figures read, with each metric's metadata and each figure's source. */
export function describeMetrics(
  ids: readonly string[],
  figures: Record<string, Partial<Record<RegionId, Figure>>>,
  file: FileMetadata,
  problems: DatasetProblem[],
): Dataset {
  const sources: Source[] = [];
  const idOf = new Map<string, string>();
  /** One source per distinct text (or object), numbered in the order first met. */
  const sourceId = (given: string | Omit<Source, 'id'>) => {
    const key = JSON.stringify(given);
    if (!idOf.has(key)) {
      const id = `user-${sources.length + 1}`;
      idOf.set(key, id);
      sources.push(typeof given === 'string' ? { id, publisher: given, title: given } : { ...given, id });
    }
    return idOf.get(key)!;
  };
  const warn = (id: string, field: string, message: string) =>
    problems.push({ code: 'missing-metadata', severity: 'warning', column: field, expected: `a ${field} for metric "${id}"`, message });

  const metrics = ids.map((id): Metric => {
    const declared = file.declared.get(id);
    const unit = file.units.get(id)?.text ?? file.defaults.unit;
    const yearText = file.years.get(id)?.text;
    const year = yearText !== undefined ? Number(yearText) : file.defaults.year;
    const fallback = declared?.source ?? file.defaults.source;
    const own = Object.entries(figures[id] ?? {}) as [RegionId, Figure][];
    const cited = new Set<string>();
    let unsourced = 0;
    for (const [region, figure] of own) {
      const given = file.rowSources[id]?.[region] ?? fallback;
      if (given === undefined) unsourced++;
      else cited.add(((figure.sources as string[])[0] = sourceId(given)));
    }
    if (!own.length && fallback !== undefined) cited.add(sourceId(fallback));
    if (unit === undefined) warn(id, 'unit', `Metric "${id}" has no unit; figures without one are not shown as fact.`);
    if (year === undefined || !Number.isInteger(year)) {
      const given = yearText === undefined ? 'no year' : `"${yearText}" for a year, which is not one`;
      warn(id, 'year', `Metric "${id}" has ${given}; figures without one are not shown as fact.`);
    }
    if (!cited.size) warn(id, 'source', `Metric "${id}" has no source; figures without one are not shown as fact.`);
    else if (unsourced) warn(id, 'source', `Metric "${id}": ${unsourced} figure(s) have no source; figures without one are not shown as fact.`);
    const label = declared?.label ?? file.defaults.label ?? id;
    return {
      id,
      label: typeof label === 'string' ? { en: label, zh: label, da: label } : label,
      description: { en: '', zh: '', da: '' },
      unit: unit ?? '',
      year: year ?? NaN,
      ...(cited.size === 1 && !unsourced ? { source: [...cited][0] } : {}),
      aggregate: declared?.aggregate ?? file.defaults.aggregate ?? 'none',
      higherIsMore: declared?.higherIsMore ?? file.defaults.higherIsMore ?? true,
      precision: own.reduce((most, [, f]) => Math.max(most, decimalsOf(f.value)), 0),
      coverage: own.length,
    };
  });
  return { metrics, figures, sources };
}
