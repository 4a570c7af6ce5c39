/**
 * One metric across the 31 regions: each region's figure with its rank and its share of the
 * 31-region total. Regions without a figure stay in the series with `figure: null`, so that
 * widgets show "no data" rather than zero. DOM-free.
 */
import { FIGURES, METRICS } from './bundle.generated.js';
import { figuresFor, type MetricData } from './figures.js';
import { REGION_IDS, type Figure, type Metric, type RegionId } from './types.js';

export type { MetricData } from './figures.js';

export interface SeriesEntry {
  readonly region: RegionId;
  /** `null`: the region has no figure for this metric. */
  readonly figure: Figure | null;
  /** 1 for the highest value; tied values share a rank; `null` without a figure. */
  readonly rank: number | null;
  /** Fraction (0-1) of the 31-region total; `null` when the metric has no such total. */
  readonly share: number | null;
}

export interface Series {
  readonly metric: Metric;
  /** The 31 regions, in the bundle's order (by GB code). */
  readonly entries: readonly SeriesEntry[];
  /**
   * Sum over the 31 regions, for a summable metric with a figure for all 31; otherwise
   * `null`, since a total over part of the country would be a different number.
   */
  readonly total: number | null;
  /** How many regions have a figure. */
  readonly coverage: number;
}

/** The bundled metrics and figures. */
const BUNDLED: MetricData = { metrics: METRICS, figures: FIGURES };

/**
 * The series of a metric, or `undefined` for an unknown metric id.
 *
 * @param data the bundled data by default, or a user's dataset.
 * @example seriesFor('population')!.entries.find((e) => e.region === 'CN-GD')!.rank // 1
 */
export function seriesFor(metricId: string, data: MetricData = BUNDLED): Series | undefined {
  let known = computed.get(data);
  if (!known) computed.set(data, (known = new Map()));
  if (!known.has(metricId)) known.set(metricId, computeSeries(metricId, data));
  return known.get(metricId);
}

/** Series are frozen and depend only on their data: each is computed once per data object. */
const computed = new WeakMap<MetricData, Map<string, Series | undefined>>();

function computeSeries(metricId: string, data: MetricData): Series | undefined {
  const metric = data.metrics.find((m) => m.id === metricId);
  if (!metric) return undefined;
  const figures = figuresFor(metric, data);
  const values = REGION_IDS.flatMap((id) => (figures[id] ? [figures[id].value] : []));
  const sorted = [...values].sort((a, b) => b - a);
  const total = metric.aggregate === 'sum' && values.length === REGION_IDS.length ? values.reduce((a, b) => a + b, 0) : null;
  const entries = REGION_IDS.map((region): SeriesEntry => {
    const figure = figures[region] ?? null;
    return {
      region,
      figure,
      rank: figure ? sorted.indexOf(figure.value) + 1 : null,
      share: figure && total ? figure.value / total : null,
    };
  });
  return Object.freeze({ metric, entries: Object.freeze(entries), total, coverage: values.length });
}
