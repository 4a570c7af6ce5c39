/**
 * What a comparison shows, worked out without a DOM: the bars (regions or groups of regions),
 * their order, lengths, labels and sources, the regions without data, the axis and the
 * reference line.
 */
import { citedSources, citeSources, sourceLineOf, titleWithUnit, withOverrides } from '../text/figure-text.js';
import type { Language } from '../i18n/language.js';
import { labelWithYear, message, type MessageKey } from '../i18n/messages.js';
import { parenthesized, PUNCTUATION } from '../i18n/punctuation.js';
import { figuresFor, type MetricData } from '../data/figures.js';
import { displayScale, publishedDecimals, type DisplayScale } from '../data/display.js';
import { formatFigure, formatValue, unitLabel } from '../data/format.js';
import type { Series } from '../data/series.js';
import { REGION_IDS, textIn, type Cluster, type Figure, type Metric, type Qualifier, type Region, type RegionId, type Source } from '../data/types.js';
import { niceTicks } from '../scales/ticks.js';
import { isComplete, rankText, regionsPhrase } from '../text/coverage.js';

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
  /** What the bar draws: the figure, or its share of the 31-region total (0-1) when shares are shown. */
  readonly value: number;
  /** The figure itself (a group's sum or ratio of sums, to its decimals), as a number in the metric's own unit, for files. */
  readonly amount: number;
  /** Its share (0-1) of the 31-region total, where the metric has one; for files. */
  readonly shareValue: number | null;
  /** Bar length, 0-1 of the axis. */
  readonly from: number;
  readonly to: number;
  /** The bar's label: value, share or rank, as asked, rounded for display like every label of the chart. */
  readonly label: string;
  /** The whole figure as published, with its unit, for the tooltip. */
  readonly full: string;
  /** The figure as published without its unit, which the table's column header gives: "126,012,510", "about 2,270". */
  readonly figure: string;
  /** The share of the 31-region total without "%", for the table: "8.9". */
  readonly shareFigure: string | null;
  readonly rankNumber: number | null;
  readonly share: string | null;
  readonly rank: string | null;
  readonly source: string;
  /** The figure's qualifier (approximate, a lower bound), which `figure` and `full` word; for files. */
  readonly qualifier?: Qualifier;
  /** The figure's provenance note in the chart's language; for files. */
  readonly remark?: string;
  /** What screen readers hear right after the visible label, with its own leading space or comma: unit, share, rank. */
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
  /** Three or more round ticks; with five or more, every other one is `minor`, left unlabelled where the chart is narrow. */
  readonly ticks: readonly { readonly at: number; readonly label: string; readonly minor: boolean }[];
}

/**
 * The data table: a column per figure, its unit in the header and the figures alone in the
 * cells; sources below it, numbered where rows differ in them, so that a phone has room.
 */
export interface CompareTable {
  readonly columns: readonly string[];
  /** `source`: the numbers of the row's sources ("1, 3"), or empty when every row has the same. */
  readonly rows: readonly { readonly id: string; readonly name: string; readonly cells: readonly string[]; readonly source: string }[];
  /** Below the table: "Source: …" when every row has the same; else "1 …", "2 …". */
  readonly sources: readonly string[];
}

export interface CompareModel {
  readonly title: string;
  readonly summary: string;
  readonly bars: readonly Bar[];
  /** What `top` left out: "Top 10 of the 31 regions", "Top 10 of the 17 regions with data"; empty when nothing was. */
  readonly scope: string;
  /** Regions or groups without a figure, by name: listed as "no data", never drawn. */
  readonly missing: readonly Bar[];
  /** Those, said: "No data: Hainan, Tibet"; empty when none. */
  readonly missingLine: string;
  /** The notes of the figures shown or missing, each once: "Guizhou: approximate figure". */
  readonly dataNotes: readonly string[];
  /** The bars without a figure of the paired metric: "R&D expenditure: no data for Tibet, Qinghai"; empty when none. */
  readonly secondMissing: string;
  readonly axis: Axis;
  readonly secondAxis: Axis | null;
  /** What screen readers hear before a paired bar's values: "Population:", "; R&D expenditure:"; nothing unpaired. */
  readonly firstIntro: string;
  readonly secondIntro: string;
  readonly reference: { readonly at: number; readonly label: string } | null;
  readonly sourceLine: string;
  /** The source line naming every source, for print and files, which have no data table. */
  readonly sourceLineInFull: string;
  readonly table: CompareTable;
  /** Set when the comparison cannot be drawn honestly. */
  readonly problem: { readonly key: MessageKey; readonly params: Readonly<Record<string, string | number>> } | null;
}

interface Point {
  readonly id: string;
  readonly name: string;
  readonly value: number | null;
  /** The region's figure as published (digits, qualifier); groups have sums instead. */
  readonly figure?: Figure;
  /** A group's decimals: those of its least precise member. */
  readonly decimals?: number;
  /** A group's qualifier: a sum of parts one of which is "about" is about, of exact parts and a lower bound a lower bound. */
  readonly qualifier?: Qualifier;
  readonly sources: readonly string[];
  readonly note?: string;
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** Sum or ratio of sums over a group; `null` with a note when members lack data. */
function aggregate(metric: Metric, members: readonly RegionId[], data: MetricData, lang: Language): { value: number | null; decimals?: number; qualifier?: Qualifier; sources: string[]; note?: string } {
  const inputs = metric.aggregate === 'ratio' ? metric.derivedFrom! : [metric.id];
  const sources = new Set<string>();
  const totals: number[] = [];
  // A sum is as precise as its least precise part: no more decimals than that part was published with.
  let decimals = Infinity;
  const qualifiers = new Set<Qualifier>();
  for (const id of inputs) {
    const inputMetric = data.metrics.find((m) => m.id === id)!;
    const figures = figuresFor(inputMetric, data);
    const present = members.filter((r) => figures[r]);
    if (present.length < members.length) {
      return { value: null, sources: [], note: message(lang, 'compare.incomplete', { count: members.length - present.length, of: members.length }) };
    }
    for (const r of members) figures[r]!.sources.forEach((s) => sources.add(s));
    for (const r of members) if (figures[r]!.qualifier) qualifiers.add(figures[r]!.qualifier!);
    totals.push(sum(members.map((r) => figures[r]!.value)));
    decimals = Math.min(decimals, publishedDecimals(members.map((r) => figures[r]!), inputMetric));
  }
  // A ratio of a lower bound is no bound at all: only "about" carries over to it.
  const qualifier: Qualifier | undefined = qualifiers.has('approximate') || (qualifiers.size && metric.aggregate === 'ratio') ? 'approximate' : qualifiers.has('more-than') ? 'more-than' : undefined;
  const parts = { sources: [...sources], ...(qualifier ? { qualifier } : {}) };
  if (metric.aggregate === 'ratio') return { value: totals[0] / totals[1], decimals: metric.precision, ...parts };
  return { value: totals[0], decimals, ...parts };
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
    title: '', summary: '', bars: [], scope: '', missing: [], missingLine: '', dataNotes: [], secondMissing: '', axis: { title: '', ticks: [] }, secondAxis: null, firstIntro: '', secondIntro: '', reference: null, sourceLine: '', sourceLineInFull: '', table: { columns: [], rows: [], sources: [] }, problem,
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
        return { id: g.id, name: g.name, value: a.value, ...(a.decimals === undefined ? {} : { decimals: a.decimals }), ...(a.qualifier ? { qualifier: a.qualifier } : {}), sources: a.sources, ...(note ? { note } : {}) };
      });
    }
    const ids = input.include.length ? input.include : series.entries.map((e) => e.region);
    return ids.map((id) => {
      const entry = series.entries.find((e) => e.region === id)!;
      const figure = entry.figure ?? undefined;
      return { id, name: regionName.get(id)!, value: figure?.value ?? null, ...(figure ? { figure } : {}), sources: figure?.sources ?? [] };
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
    // One way of writing numbers for the whole chart: bar labels, ticks and the reference line.
    const present = points.filter((p) => p.value !== null);
    const published = publishedDecimals(present.map((p) => p.figure ?? { value: p.value!, ...(p.decimals === undefined ? {} : { decimals: p.decimals }) }), m);
    // Shares are computed, not published: percent to one decimal at most.
    const shareScale = shares ? displayScale([...shares.values()].flatMap((v) => (v === null ? [] : [v * 100])), SHARE, lang, { publishedDecimals: 1 }) : null;
    const scale = sharing ? shareScale! : displayScale(present.map((p) => p.value!), m, lang, { publishedDecimals: published });
    const toScale = (v: number) => (sharing ? v * 100 : v);
    const measures = new Map<string, BarMeasure>();
    for (const p of points) {
      if (p.value === null) continue;
      const share = shares?.get(p.id) ?? null;
      const rank = input.groupByCluster ? null : ranks.get(p.id) ?? null;
      const rankLabel = rank ? rankText(rank, series.coverage, lang) : null;
      const v = shown(p)!;
      const unitWord = sharing || input.show === 'rank' ? '' : scale.unit;
      const shareText = share === null ? null : message(lang, 'compare.share', { share: shareScale!.value(share * 100) });
      const qualifier = p.figure?.qualifier ?? p.qualifier;
      // A group's sum as its parts allow: their least decimals, "about" where one of them is.
      const asSum = { ...(p.decimals === undefined ? {} : { decimals: p.decimals }), ...(p.qualifier ? { qualifier: p.qualifier } : {}) };
      const full = p.figure ? formatFigure(p.figure, m, lang) : formatValue(p.value, m, lang, asSum);
      measures.set(p.id, {
        value: v,
        amount: p.decimals === undefined ? p.value : Number(p.value.toFixed(p.decimals)),
        shareValue: share,
        from: position(Math.min(0, v)),
        to: position(Math.max(0, v)),
        label: input.show === 'rank' && rank && !sharing ? `#${rank}` : scale.number(toScale(v), sharing ? undefined : qualifier),
        full,
        figure: p.figure ? formatFigure(p.figure, m, lang, { unit: false }) : formatValue(p.value, m, lang, { ...asSum, unit: false }),
        share: shareText,
        shareFigure: share === null ? null : formatValue(share * 100, SHARE, lang, { decimals: shareScale!.decimals, unit: false }),
        rankNumber: rank,
        rank: rankLabel,
        spoken: spokenAfter(unitWord === '%' ? '' : unitWord, [sharing ? '' : shareText, input.show === 'rank' ? '' : rankLabel], lang),
        source: citeSources(p.sources, sources, m, lang),
        ...(qualifier ? { qualifier } : {}),
        ...(textIn(p.figure?.note, lang) ? { remark: textIn(p.figure?.note, lang) } : {}),
      });
    }
    const tickValues = axisTicks(low, high);
    const tickLabels = scale.ticks(tickValues.map((t) => toScale(t.value)));
    const ticks = tickValues.map((t, i) => ({ at: position(t.value), label: tickLabels[i], minor: t.minor }));
    // The paired metric's year is said with it: the headline gives only the first metric's.
    const label = m === metric ? m.label[lang] : labelWithYear(lang, 'compare.title', m);
    const title = titleWithUnit(label, sharing ? message(lang, 'compare.shareLabel') : scale.unit, lang);
    return { points, measures, axis: { title, ticks }, position, low, high, scale };
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
  const scope = input.top && !input.groupByCluster && input.top < bars.length ? scopeText(input.top, bars.length, missing.length > 0, input.sort, lang) : '';
  if (scope) bars = bars.slice(0, input.top!);
  const lacking = second ? bars.filter((b) => !b.secondary) : [];
  const names = (list: readonly Bar[]) => list.map((b) => b.name).join(PUNCTUATION[lang].list);
  const secondMissing = lacking.length ? message(lang, 'compare.pairedMissing', { metric: input.second!.metric.label[lang], names: names(lacking) }) : '';
  const missingLine = missing.length ? message(lang, 'compare.missing', { names: names(missing) }) : '';
  const dataNotes = [...new Set([...bars, ...missing].flatMap((b) => (b.note ? [`${b.name}${PUNCTUATION[lang].colon}${b.note}`] : [])))];

  const line = input.reference !== 'none' && !input.groupByCluster && input.show === 'value' ? referenceLine(input, metric, first.scale) : null;
  const reference = line && line.value >= first.low && line.value <= first.high ? { at: first.position(line.value), label: line.label } : null;

  // Each metric's sources once, by publisher; "derived from" said once for a derived metric.
  const sourcesOf = (points: readonly Point[], m: Metric) => citedSources(points.flatMap((p) => (p.value === null ? [] : p.sources)), sources, m, lang);
  // A national figure drawn as the reference line is cited first, so the source line always shows it.
  const cited = [
    ...new Set([
      ...(reference ? citedSources(line!.sources, sources, metric, lang) : []),
      ...sourcesOf(first.points, metric),
      ...(second ? sourcesOf(second.points, input.second!.metric) : []),
    ]),
  ];
  const sourceLine = sourceLineOf(cited, lang);
  const sourceLineInFull = sourceLineOf(cited, lang, Infinity);
  const title = labelWithYear(lang, input.groupByCluster ? 'compare.titleGroups' : 'compare.title', metric);
  const summary = bars.length
    ? summaryOf(bars.map((b) => [b.name, b.primary!.label + b.primary!.spoken] as const), lang)
    : '';
  const intro = (m: Metric) => m.label[lang] + PUNCTUATION[lang].colon.trimEnd();
  const [firstIntro, secondIntro] = input.second ? [intro(metric), PUNCTUATION[lang].semicolon + intro(input.second.metric)] : ['', ''];
  const table = tableOf([...bars, ...missing], metric, input.second?.metric ?? null, input.series.coverage, lang);
  return { title, summary, bars, scope, missing, missingLine, dataNotes, secondMissing, axis: first.axis, secondAxis: second?.axis ?? null, firstIntro, secondIntro, reference, sourceLine, sourceLineInFull, table, problem: null };
}

/**
 * Round ticks from the low end to the high end: the widest step of 1, 2 or 5 times a power of
 * ten that still gives three. Of five or more, every other one (counted from zero) is minor,
 * so that a narrow chart still labels three.
 */
export function axisTicks(low: number, high: number): { value: number; minor: boolean }[] {
  let values = [low];
  for (let count = 2; count <= 12 && values.length < 3; count++) values = niceTicks(low, high, count).filter((t) => t >= low && t <= high);
  const zero = Math.max(0, values.indexOf(0));
  const majors = values.filter((_, i) => (i - zero) % 2 === 0).length;
  return values.map((value, i) => ({ value, minor: values.length >= 5 && majors >= 3 && (i - zero) % 2 !== 0 }));
}

/** "Top 10 of the 31 regions", "Bottom 5 of the 17 regions with data", "First 10 of the 31 regions" (by name or as given). */
function scopeText(top: number, of: number, partial: boolean, sort: CompareInput['sort'], lang: Language): string {
  const regions = message(lang, partial ? 'data.regionsWithData' : 'data.regionsAll', { count: of });
  return message(lang, sort === 'desc' ? 'compare.top' : sort === 'asc' ? 'compare.bottom' : 'compare.first', { top, regions });
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The header of the share column ("Share of the 31-region total (%)"), in the table and in files. */
export const shareHeader = (lang: Language): string => parenthesized(lang, capitalized(message(lang, 'compare.shareLabel')), '%');

/** Shares are computed, not published: percent to one decimal at most. */
const SHARE = { unit: 'percent', precision: 1 } as const;

/** The table's columns: the metric with its published unit, the share, the paired metric, the rank. */
function tableOf(rows: readonly Bar[], metric: Metric, second: Metric | null, coverage: number, lang: Language): CompareTable {
  const noData = message(lang, 'data.noData');
  // The paired metric with its year: the caption gives only the first metric's.
  const header = (m: Metric) => {
    const label = m === second ? labelWithYear(lang, 'compare.title', m) : m.label[lang];
    return unitLabel(m.unit, lang) ? parenthesized(lang, label, unitLabel(m.unit, lang)) : label;
  };
  const shares = rows.some((b) => b.primary?.shareFigure);
  const ranks = rows.some((b) => b.primary?.rankNumber);
  const columns = [
    header(metric),
    ...(shares ? [shareHeader(lang)] : []),
    ...(second ? [header(second)] : []),
    ...(ranks ? [message(lang, isComplete(coverage) ? 'compare.rankOf' : 'compare.rankOfWithData', { count: coverage })] : []),
  ];
  const sourcesOf = (b: Bar) => [b.primary?.source, b.secondary?.source].filter((s): s is string => !!s);
  // Each metric's figures from one source: said once. Otherwise numbered, the rows pointing to them.
  const each = (measure: (b: Bar) => BarMeasure | null) => new Set(rows.flatMap((b) => measure(b)?.source ?? []));
  const [firsts, seconds] = [each((b) => b.primary), each((b) => b.secondary)];
  const shared = firsts.size <= 1 && seconds.size <= 1;
  const all = [...new Set(rows.flatMap(sourcesOf))];
  return {
    columns,
    rows: rows.map((b) => ({
      id: b.id,
      name: b.name,
      cells: [
        b.primary?.figure ?? noData,
        ...(shares ? [b.primary?.shareFigure ?? ''] : []),
        ...(second ? [b.secondary?.figure ?? noData] : []),
        ...(ranks ? [b.primary?.rankNumber ? String(b.primary.rankNumber) : ''] : []),
      ],
      source: shared ? '' : sourcesOf(b).map((s) => all.indexOf(s) + 1).join(PUNCTUATION[lang].refs),
    })),
    // Every source, none cut: the table is the full record.
    sources: shared ? [message(lang, all.length > 1 ? 'data.sources' : 'data.source', { sources: all.join(PUNCTUATION[lang].semicolon) })] : all.map((s, i) => `${i + 1} ${s}`),
  };
}

/**
 * The reference line, saying what it is: a published national figure where the metric has
 * one and is a rate; otherwise an average or median of the regions, "with data" when some lack
 * a figure. Never "national" for an aggregate of regions.
 */
function referenceLine(input: CompareInput, metric: Metric, scale: DisplayScale): { value: number; label: string; sources: readonly string[] } {
  const lang = input.language;
  const entries = input.series.entries.filter((e) => e.figure);
  const values = entries.map((e) => e.figure!.value);
  const regions = regionsPhrase(values.length, lang);
  const national = metric.national;
  if (input.reference === 'median') {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = sorted.length / 2;
    const value = sorted.length % 2 ? sorted[Math.floor(mid)] : (sorted[mid - 1] + sorted[mid]) / 2;
    return { value, label: message(lang, 'compare.median', { regions, value: scale.value(value) }), sources: [] };
  }
  if (national && metric.aggregate === 'none') {
    return { value: national.value, label: message(lang, 'compare.national', { value: formatFigure(national, metric, lang) }), sources: national.sources };
  }
  if (metric.aggregate === 'ratio') {
    const value = aggregate(metric, entries.map((e) => e.region), input.data, lang).value!;
    return { value, label: message(lang, 'compare.across', { regions, value: scale.value(value) }), sources: [] };
  }
  if (metric.aggregate === 'sum' && national && !isComplete(values.length)) {
    const value = national.value / REGION_IDS.length;
    return { value, label: message(lang, 'compare.nationalPerRegion', { value: scale.value(value) }), sources: national.sources };
  }
  const value = sum(values) / values.length;
  const key = metric.aggregate === 'none' ? 'compare.meanUnweighted' : 'compare.mean';
  return { value, label: message(lang, key, { regions, value: scale.value(value) }), sources: [] };
}

/** "million people, 8.9% of the 31-region total, Rank 1 of 31" after a label, with Chinese punctuation in Chinese. */
function spokenAfter(unit: string, rest: readonly (string | null)[], lang: Language): string {
  const { comma, unitSpace } = PUNCTUATION[lang];
  return (unit ? unitSpace + unit : '') + rest.filter(Boolean).map((text) => comma + text).join('');
}

/** "Guangdong: 14.2 trillion yuan, Rank 1 of 30 with data; Jiangsu: …; …" for the first three bars. */
function summaryOf(bars: readonly (readonly [name: string, text: string])[], lang: Language): string {
  const { colon, semicolon, stop } = PUNCTUATION[lang];
  const shown = bars.slice(0, 3).map(([name, text]) => name + colon + text);
  return shown.join(semicolon) + (bars.length > 3 ? `${semicolon}…` : stop);
}
