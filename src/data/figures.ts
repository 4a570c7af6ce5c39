/** A metric's figures, entered or derived. DOM-free, and free of the bundle so the compiler can use it. */
import { REGION_IDS, type Figure, type Metric, type RegionId } from './types.js';

/** Metrics and figures: the bundled data, or a user's dataset from `parseDataset`. */
export interface MetricData {
  readonly metrics: readonly Metric[];
  readonly figures: Readonly<Record<string, Readonly<Partial<Record<RegionId, Figure>>>>>;
}

/**
 * A metric's figures by region: as entered, or, for a ratio derived from two metrics (density
 * from population and area), computed here from theirs, citing the sources of both.
 */
export function figuresFor(metric: Metric, data: MetricData): Partial<Record<RegionId, Figure>> {
  if (!metric.derivedFrom || metric.aggregate !== 'ratio') return data.figures[metric.id] ?? {};
  const [numerator, denominator] = metric.derivedFrom.map((id) => data.figures[id] ?? {});
  const derived: Partial<Record<RegionId, Figure>> = {};
  for (const id of REGION_IDS) {
    const top = numerator[id];
    const bottom = denominator[id];
    if (top && bottom && bottom.value !== 0) derived[id] = { value: top.value / bottom.value, sources: [...top.sources, ...bottom.sources] };
  }
  return derived;
}

