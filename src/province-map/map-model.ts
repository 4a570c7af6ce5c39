/**
 * What the map shows, worked out without a DOM: each region's colour, the legend, the data
 * table, the summary for screen readers and the source line. The element only draws it.
 */
import { PUNCTUATION } from '../i18n/punctuation.js';
import type { Language } from '../i18n/language.js';
import { citeSources, sourceLineOf, sourceNames, titleWithUnit, withOverrides } from '../text/figure-text.js';
import { labelWithYear, listAnd, message } from '../i18n/messages.js';
import { parenthesized } from '../i18n/punctuation.js';
import { displayScale, publishedDecimals } from '../data/display.js';
import { formatFigure } from '../data/format.js';
import type { Series, SeriesEntry } from '../data/series.js';
import { textIn, type Cluster, type Metric, type Qualifier, type Region, type RegionId, type Source } from '../data/types.js';
import { binnedScale, CATEGORICAL_SCHEMES } from '../scales/color-scale.js';
import { inkOn, themed } from '../scales/contrast.js';
import { isComplete, rankText } from '../text/coverage.js';

export const MAP_MODES = Object.freeze(['choropleth', 'clusters', 'highlight'] as const);
export type MapMode = (typeof MAP_MODES)[number];

/** The integration engines coloured in `clusters` mode, in legend order. */
export const ENGINE_IDS = Object.freeze(['gba', 'yrd', 'bth'] as const);

export interface ModelInput {
  readonly series: Series;
  /** Sources of the bundle and of the user's data, to name the ones figures cite. */
  readonly sources: readonly Source[];
  readonly regions: readonly Region[];
  readonly clusters: readonly Cluster[];
  readonly mode: MapMode;
  readonly scheme: string;
  readonly classes: number;
  readonly thresholds: readonly number[] | null;
  readonly highlight: ReadonlySet<string>;
  readonly language: Language;
  /** Replaces the metric's label, and its unit when not empty. */
  readonly valueLabel?: string;
  readonly unit?: string;
}

/** How a region is painted: a colour from the data or scheme, or a themed class. */
export interface RegionPaint {
  readonly kind: 'value' | 'no-data' | 'cluster' | 'mosaic' | 'highlight' | 'other';
  /** A CSS colour for `value` and `cluster` (`light-dark()` where the palettes differ); the others take theirs from CSS. */
  readonly color?: string;
  /** The colour of a label on it: black or white, whichever reads better in each palette. */
  readonly ink?: string;
}

/** A fill and the ink that reads on it, in the light and the dark palette. */
function paintOf(kind: 'value' | 'cluster', light: string, dark = light): RegionPaint {
  return { kind, color: themed(light, dark), ink: themed(inkOn(light), inkOn(dark)) };
}

export interface LegendItem {
  readonly kind: RegionPaint['kind'];
  readonly color?: string;
  readonly label: string;
}

/** What the tooltip, the region's accessible name and the table row say about a region. */
export interface RegionFacts {
  readonly region: RegionId;
  readonly name: string;
  readonly value: string;
  readonly rank: string;
  readonly clusters: string;
  readonly source: string;
  readonly figure: number | null;
  /** The figure's qualifier (approximate, a lower bound), which `value` words; for files. */
  readonly qualifier?: Qualifier;
  /** The figure's provenance note in the widget's language ("Reported as 2.27 trillion yuan: …"); for files. */
  readonly remark?: string;
}

export interface MapModel {
  readonly metric: Metric;
  readonly title: string;
  readonly summary: string;
  readonly paint: ReadonlyMap<RegionId, RegionPaint>;
  readonly legendTitle: string;
  readonly legend: readonly LegendItem[];
  /** Every region, ranked, those without data last. */
  readonly facts: readonly RegionFacts[];
  readonly sourceLine: string;
  /** The source line naming every source, for print and files, which have no data table. */
  readonly sourceLineInFull: string;
  readonly missing: number;
}

const byId = <T extends { id: string }>(list: readonly T[]) => new Map(list.map((item) => [item.id, item]));

export function buildMapModel(input: ModelInput): MapModel {
  const { series, language: lang, mode } = input;
  const metric = withOverrides(series.metric, input.valueLabel, input.unit);
  const regions = byId(input.regions);
  const sources = byId(input.sources);
  const engines = input.clusters.filter((c) => (ENGINE_IDS as readonly string[]).includes(c.id));
  const name = (id: RegionId) => regions.get(id)!.name[lang];

  const valueOf = (entry: SeriesEntry) => (entry.figure ? formatFigure(entry.figure, metric, lang) : message(lang, 'data.noData'));
  const sourceOf = (entry: SeriesEntry) => (entry.figure ? citeSources(entry.figure.sources, sources, metric, lang) : '');

  const facts: RegionFacts[] = series.entries
    .map((entry) => ({
      region: entry.region,
      name: name(entry.region),
      value: valueOf(entry),
      rank: entry.rank ? rankText(entry.rank, series.coverage, lang) : '',
      clusters: engines.filter((c) => c.members.includes(entry.region)).map((c) => c.name[lang]).join(PUNCTUATION[lang].list),
      source: sourceOf(entry),
      figure: entry.figure?.value ?? null,
      ...(entry.figure?.qualifier ? { qualifier: entry.figure.qualifier } : {}),
      ...(textIn(entry.figure?.note, lang) ? { remark: textIn(entry.figure?.note, lang) } : {}),
      sortRank: entry.rank ?? Infinity,
    }))
    .sort((a, b) => a.sortRank - b.sortRank || a.name.localeCompare(b.name, lang))
    .map(({ sortRank: _, ...facts }) => facts);

  const paint = new Map<RegionId, RegionPaint>();
  const legend: LegendItem[] = [];
  const present = series.entries.filter((e) => e.figure);
  const missing = series.entries.length - present.length;
  let legendTitle = '';
  let summary: string;

  if (mode === 'choropleth') {
    // Legend and summary round for reading, all alike; the table and tooltip keep the published figures.
    const figures = present.map((e) => e.figure!);
    const scale = displayScale(figures.map((f) => f.value), metric, lang, { publishedDecimals: publishedDecimals(figures, metric) });
    legendTitle = titleWithUnit(metric.label[lang], scale.unit, lang);
    if (present.length) {
      const colors = binnedScale(present.map((e) => e.figure!.value), {
        scheme: input.scheme,
        classes: input.classes,
        thresholds: input.thresholds ?? undefined,
        higherIsMore: metric.higherIsMore,
      });
      for (const bin of colors.bins) {
        const [from, to] = [scale.number(bin.from), scale.number(bin.to)];
        legend.push({ kind: 'value', color: themed(bin.color, bin.dark), label: from === to ? from : `${from} – ${to}` });
      }
      for (const entry of series.entries) {
        const bin = entry.figure && colors.bin(entry.figure.value);
        paint.set(entry.region, bin ? paintOf('value', bin.color, bin.dark) : { kind: 'no-data' });
      }
    } else {
      for (const entry of series.entries) paint.set(entry.region, { kind: 'no-data' });
    }
    if (missing) legend.push({ kind: 'no-data', label: message(lang, 'data.noData') });
    const ranked = [...present].sort((a, b) => a.rank! - b.rank!);
    const extreme = (entry: SeriesEntry) => {
      const value = scale.value(entry.figure!.value, entry.figure!.qualifier);
      return parenthesized(lang, name(entry.region), value);
    };
    const params = ranked.length ? { highest: extreme(ranked[0]), lowest: extreme(ranked.at(-1)!) } : null;
    summary = !params
      ? ''
      : isComplete(present.length)
        ? message(lang, 'map.summaryValues', params)
        : message(lang, 'map.summaryPartial', {
            ...params,
            count: present.length,
            missing: namesOrCount(series.entries.filter((e) => !e.figure).map((e) => name(e.region)), lang),
          });
  } else if (mode === 'clusters') {
    const colors = CATEGORICAL_SCHEMES[input.scheme] ?? CATEGORICAL_SCHEMES.dark2!;
    engines.forEach((cluster) => {
      const clusterPaint = paintOf('cluster', colors[ENGINE_IDS.indexOf(cluster.id as (typeof ENGINE_IDS)[number])]!);
      legend.push({ kind: 'cluster', color: clusterPaint.color, label: cluster.name[lang] });
      for (const id of cluster.members) paint.set(id, clusterPaint);
    });
    for (const entry of series.entries) if (!paint.has(entry.region)) paint.set(entry.region, { kind: 'mosaic' });
    legend.push({ kind: 'mosaic', label: message(lang, 'map.otherRegions') });
    summary = message(lang, 'map.summaryClusters', { clusters: listAnd(lang, engines.map((c) => c.name[lang])) });
  } else {
    for (const entry of series.entries) paint.set(entry.region, { kind: input.highlight.has(entry.region) ? 'highlight' : 'other' });
    legend.push({ kind: 'highlight', label: highlightName(input, lang) }, { kind: 'other', label: message(lang, 'map.notHighlighted') });
    summary = message(lang, 'map.summaryHighlight', { regions: listAnd(lang, [...input.highlight].map((id) => name(id as RegionId))) });
  }

  const title =
    mode === 'clusters'
      ? message(lang, 'map.titleClusters')
      : mode === 'highlight'
        ? message(lang, 'map.titleHighlight')
        : labelWithYear(lang, 'map.title', metric);

  const cited = [...new Set(present.flatMap((e) => e.figure!.sources))];
  if (mode === 'clusters') cited.push(...new Set(engines.map((c) => c.source)));
  const named = sourceNames(cited, sources, lang);
  const credited = named.length || !present.length ? named : [message(lang, 'data.noSource')];

  return { metric, title, summary, paint, legendTitle, legend, facts, sourceLine: sourceLineOf(credited, lang), sourceLineInFull: sourceLineOf(credited, lang, Infinity), missing };
}

/** A few regions by name ("Hainan", "Jilin and Gansu"); more than five as "the other 28 regions". */
function namesOrCount(names: readonly string[], lang: Language): string {
  return names.length <= 5 ? listAnd(lang, names) : message(lang, 'data.otherRegions', { count: names.length });
}

/** What the legend calls the highlighted regions: the cluster they make up, their names, or how many they are. */
function highlightName({ highlight, clusters, regions }: ModelInput, lang: Language): string {
  const cluster = clusters.find((c) => c.members.length === highlight.size && c.members.every((id) => highlight.has(id)));
  if (cluster) return cluster.name[lang];
  if (highlight.size > 4) return message(lang, 'map.highlightedCount', { count: highlight.size });
  const names = new Map(regions.map((r) => [r.id as string, r.name[lang]]));
  return listAnd(lang, [...highlight].map((id) => names.get(id)!));
}
