/**
 * What a comparison shows, worked out without a DOM: the bars (regions or groups of regions),
 * their order, lengths, labels and sources, the regions without data, the axis and the
 * reference line.
 */
import { citedSources, citeSources, sourceLineOf, titleWithUnit, withOverrides } from '../text/figure-text.js';
import type { Language } from '../i18n/language.js';
import { hasYear, message, yearLabel, type MessageKey } from '../i18n/messages.js';
import { figuresFor, type MetricData } from '../data/figures.js';
import { formatAmount, formatTick, formatValue, unitLabel } from '../data/format.js';
import type { Series } from '../data/series.js';
import type { Cluster, Metric, Region, RegionId, Source } from '../data/types.js';
import { niceTicks } from '../scales/ticks.js';

export const SORTS = Object.freeze(['desc', 'asc', 'name', 'none'] as const);
export const SHOWS = Object.freeze(['value', 'share', 'rank'] as const);
export const REFERENCES = Object.freeze(['none', 'mean', 'median'] as const);
export const GROUP_IDS = Object.freeze(['gba', 'yrd', 'bth', 'rest'] as const);

export interface CompareInput {
  readonly series: Series;
  /** A second metric, drawn as a paired bar. */
  readonly second?: Series | null;
  /** Figures of every metric (for ratios over groups). */
  readonly data: MetricData;
  readonly regions: readonly Region[];
  readonly clusters: readonly Cluster[];
  readonly sources: readonly Source[];
  /** Regions to compare, in the order given (all 31 when empty). */
  readonly include: readonly RegionId[];
  readonly top: number | null;
  readonly groupByCluster: boolean;
  readonly sort: (typeof SORTS)[number];
  readonly show: (typeof SHOWS)[number];
  readonly reference: (typeof REFERENCES)[number];
  readonly highlight: ReadonlySet<string>;
  readonly language: Language;
  readonly valueLabel?: string;
  readonly unit?: string;
}

export interface BarMeasure {
  readonly value: number;
  /** Bar length, 0-1 of the axis. */
  readonly from: number;
  readonly to: number;
  /** The bar's label: value, share or rank, as asked. */
  readonly label: string;
  /** The whole figure with its unit, for the tooltip and the table. */
  readonly full: string;
  readonly share: string | null;
  readonly rank: string | null;
  readonly source: string;
  /** What screen readers hear after the visible label: unit, share, rank. */
  readonly spoken: string;
}

export interface Bar {
  /** Region ISO code, or a group id (`gba`, `yrd`, `bth`, `rest`). */
  readonly id: string;
  readonly name: string;
  readonly highlighted: boolean;
  readonly primary: BarMeasure | null;
  readonly secondary: BarMeasure | null;
  /** Why a group has no value, or what it stands for (Guangdong for the GBA). */
  readonly note?: string;
}

export interface Axis {
  readonly title: string;
  readonly ticks: readonly { readonly at: number; readonly label: string }[];
}

export interface CompareModel {
  readonly title: string;
  readonly summary: string;
  readonly bars: readonly Bar[];
  /** Regions or groups without a figure, by name: listed as "no data", never drawn. */
  readonly missing: readonly Bar[];
  readonly axis: Axis;
  readonly secondAxis: Axis | null;
  readonly reference: { readonly at: number; readonly label: string } | null;
  readonly sourceLine: string;
  /** Set when the comparison cannot be drawn honestly. */
  readonly problem: { readonly key: MessageKey; readonly params: Readonly<Record<string, string | number>> } | null;
}

interface Point {
  readonly id: string;
  readonly name: string;
  readonly value: number | null;
  readonly sources: readonly string[];
  readonly note?: string;
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** Sum or ratio of sums over a group; `null` with a note when members lack data. */
function aggregate(metric: Metric, members: readonly RegionId[], data: MetricData, lang: Language): { value: number | null; sources: string[]; note?: string } {
  const inputs = metric.aggregate === 'ratio' ? metric.derivedFrom! : [metric.id];
  const sources = new Set<string>();
  const totals: number[] = [];
  for (const id of inputs) {
    const inputMetric = data.metrics.find((m) => m.id === id)!;
    const figures = figuresFor(inputMetric, data);
    const present = members.filter((r) => figures[r]);
    if (present.length < members.length) {
      return { value: null, sources: [], note: message(lang, 'compare.incomplete', { count: members.length - present.length, of: members.length }) };
    }
    for (const r of members) figures[r]!.sources.forEach((s) => sources.add(s));
    totals.push(sum(members.map((r) => figures[r]!.value)));
  }
  return { value: metric.aggregate === 'ratio' ? totals[0] / totals[1] : totals[0], sources: [...sources] };
}

/**
 * Why a comparison cannot be drawn honestly, or `null`: a rate cannot be combined over
 * groups, and shares need a figure for all 31 regions.
 */
export function compareProblem(series: Series, groupByCluster: boolean, show: CompareInput['show'], lang: Language): CompareModel['problem'] {
  const label = series.metric.label[lang];
  if (groupByCluster && series.metric.aggregate === 'none') return { key: 'problem.cannotAggregate', params: { metric: label } };
  if (show === 'share' && series.total === null) return { key: 'problem.noTotal', params: { metric: label, count: series.coverage } };
  return null;
}

export function buildCompareModel(input: CompareInput): CompareModel {
  const lang = input.language;
  const metric = withOverrides(input.series.metric, input.valueLabel, input.unit);
  const regionName = new Map(input.regions.map((r) => [r.id, r.name[lang]]));
  const sources = new Map(input.sources.map((s) => [s.id, s]));
  const empty = (problem: CompareModel['problem']): CompareModel => ({
    title: '', summary: '', bars: [], missing: [], axis: { title: '', ticks: [] }, secondAxis: null, reference: null, sourceLine: '', problem,
  });

  const problem = compareProblem({ ...input.series, metric }, input.groupByCluster, input.show, lang);
  if (problem) return empty(problem);

  const engines = input.clusters.filter((c) => (GROUP_IDS as readonly string[]).includes(c.id));
  const inEngine = new Set(engines.flatMap((c) => c.members));
  const groups = GROUP_IDS.map((id) => {
    const cluster = engines.find((c) => c.id === id);
    return {
      id,
      name: cluster ? cluster.name[lang] : message(lang, 'compare.rest'),
      members: cluster ? cluster.members : input.regions.map((r) => r.id).filter((r) => !inEngine.has(r)),
      note: id === 'gba' ? message(lang, 'compare.gbaNote') : undefined,
    };
  });

  const pointsOf = (series: Series): Point[] => {
    const m = series.metric;
    if (input.groupByCluster) {
      return groups.map((g) => {
        const a = aggregate(m, g.members, input.data, lang);
        const note = [g.note, a.note].filter(Boolean).join(' ');
        return { id: g.id, name: g.name, value: a.value, sources: a.sources, ...(note ? { note } : {}) };
      });
    }
    const ids = input.include.length ? input.include : series.entries.map((e) => e.region);
    return ids.map((id) => {
      const entry = series.entries.find((e) => e.region === id)!;
      return { id, name: regionName.get(id)!, value: entry.figure?.value ?? null, sources: entry.figure?.sources ?? [] };
    });
  };

  const measureAll = (series: Series, m: Metric) => {
    const points = pointsOf(series);
    const shares = series.total ? new Map(points.map((p) => [p.id, p.value === null ? null : p.value / series.total!])) : null;
    const ranks = new Map(series.entries.map((e) => [e.region as string, e.rank]));
    // A paired metric without a 31-region total keeps its values even when shares are shown.
    const sharing = input.show === 'share' && shares !== null;
    const shown = (p: Point) => (sharing ? shares!.get(p.id)! : p.value);
    const values = points.flatMap((p) => (p.value === null ? [] : [shown(p)!]));
    const low = Math.min(0, ...values);
    const high = Math.max(0, ...values);
    const span = high - low || 1;
    const position = (v: number) => (v - low) / span;
    const percent = (share: number) => formatValue(share * 100, { unit: 'percent', precision: 1 }, lang, { decimals: 1 });
    const measures = new Map<string, BarMeasure>();
    for (const p of points) {
      if (p.value === null) continue;
      const share = shares?.get(p.id) ?? null;
      const rank = input.groupByCluster ? null : ranks.get(p.id) ?? null;
      const rankText = rank ? message(lang, 'data.rank', { rank, count: series.coverage }) : null;
      const v = shown(p)!;
      const unitWord = sharing || input.show === 'rank' ? '' : unitLabel(m.unit, lang);
      const shareText = share === null ? null : message(lang, 'compare.share', { share: percent(share) });
      measures.set(p.id, {
        value: v,
        from: position(Math.min(0, v)),
        to: position(Math.max(0, v)),
        label: sharing && share !== null ? percent(share) : input.show === 'rank' && rank ? `#${rank}` : formatAmount(p.value, m, lang),
        full: formatValue(p.value, m, lang),
        share: shareText,
        rank: rankText,
        spoken: [unitWord === '%' ? '' : unitWord, sharing ? '' : shareText, input.show === 'rank' ? '' : rankText].filter(Boolean).join(', '),
        source: citeSources(p.sources, sources, m, lang),
      });
    }
    const ticks = niceTicks(low, high, 4)
      .filter((t) => t >= low && t <= high)
      .map((t) => ({ at: position(t), label: sharing ? percent(t) : formatTick(t, m, lang) }));
    const title = titleWithUnit(m.label[lang], sharing ? message(lang, 'compare.shareLabel') : m.unit, lang);
    return { points, measures, axis: { title, ticks }, position, low, high };
  };

  const first = measureAll(input.series, metric);
  const second = input.second ? measureAll(input.second, input.second.metric) : null;

  let bars: Bar[] = first.points.map((p) => ({
    id: p.id,
    name: p.name,
    highlighted: input.highlight.has(p.id),
    primary: first.measures.get(p.id) ?? null,
    secondary: second?.measures.get(p.id) ?? null,
    ...(p.note ? { note: p.note } : {}),
  }));
  const missing = bars.filter((b) => !b.primary);
  bars = bars.filter((b) => b.primary);
  if (input.sort === 'desc') bars.sort((a, b) => b.primary!.value - a.primary!.value);
  else if (input.sort === 'asc') bars.sort((a, b) => a.primary!.value - b.primary!.value);
  else if (input.sort === 'name') bars.sort((a, b) => a.name.localeCompare(b.name, lang));
  if (input.top && !input.groupByCluster) bars = bars.slice(0, input.top);

  let reference: CompareModel['reference'] = null;
  if (input.reference !== 'none' && !input.groupByCluster && input.show === 'value') {
    const values = input.series.entries.flatMap((e) => (e.figure ? [e.figure.value] : []));
    let value: number;
    let label: string;
    if (input.reference === 'median') {
      const sorted = [...values].sort((a, b) => a - b);
      const mid = sorted.length / 2;
      value = sorted.length % 2 ? sorted[Math.floor(mid)] : (sorted[mid - 1] + sorted[mid]) / 2;
      label = message(lang, 'compare.median', { value: formatValue(value, metric, lang) });
    } else {
      // The national figure: total per region for sums, ratio of totals for ratios (density),
      // and, for rates that cannot be combined, the plain mean of the regions with data, said as such.
      const national = metric.aggregate === 'ratio' ? aggregate(metric, input.regions.map((r) => r.id), input.data, lang).value : null;
      value = national ?? sum(values) / values.length;
      // An average is computed, not published: shown to the metric's precision.
      label = message(lang, 'compare.mean', { value: formatValue(value, metric, lang, { decimals: metric.precision }) });
      if (metric.aggregate === 'none') label += ` (${message(lang, 'compare.unweighted')})`;
    }
    if (value >= first.low && value <= first.high) reference = { at: first.position(value), label };
  }

  // Each metric's sources once, by publisher; "derived from" said once for a derived metric.
  const sourcesOf = (points: readonly Point[], m: Metric) => citedSources(points.flatMap((p) => (p.value === null ? [] : p.sources)), sources, m, lang);
  const cited = [...new Set([...sourcesOf(first.points, metric), ...(second ? sourcesOf(second.points, input.second!.metric) : [])])];
  const sourceLine = sourceLineOf(cited, lang);
  const title = hasYear(metric)
    ? message(lang, input.groupByCluster ? 'compare.titleGroups' : 'compare.title', { metric: metric.label[lang], year: yearLabel(lang, metric) })
    : metric.label[lang];
  const summary = bars.length
    ? `${bars.map((b) => `${b.name}: ${b.primary!.label}`).slice(0, 3).join('; ')}${bars.length > 3 ? '; …' : ''}.`
    : '';
  return { title, summary, bars, missing, axis: first.axis, secondAxis: second?.axis ?? null, reference, sourceLine, problem: null };
}
