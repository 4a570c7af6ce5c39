/**
 * What a region card says, worked out without a DOM: names, type, capital, cluster badges,
 * key figures, the article's claims (a cluster's under one heading), and the numbered source notes
 * they cite, with what an editor needs to know of a figure's provenance filed under its source.
 */
import type { Language } from '../i18n/language.js';
import { labelWithYear, message } from '../i18n/messages.js';
import { PUNCTUATION } from '../i18n/punctuation.js';
import type { MetricData } from '../data/figures.js';
import { formatClaimFigure, formatFigure } from '../data/format.js';
import { claimsFor, clusters as allClusters } from '../data/index.js';
import { seriesFor } from '../data/series.js';
import { textIn, type Cluster, type Region, type Source } from '../data/types.js';
import { sourceCitation } from '../text/figure-text.js';

/** A cluster the region belongs to, named in full so that no abbreviation goes unexplained. */
export interface CardBadge {
  readonly label: string;
  readonly kind: 'engine' | 'hub';
  /** A hub's own name without the programme it belongs to, for the compact card. */
  readonly short?: string;
}

export interface CardFigure {
  readonly metric: string;
  readonly label: string;
  /** The value with its unit, or "No data": a missing figure is never shown as fact. */
  readonly value: string;
  readonly noData: boolean;
  /** Numbers of the source notes it cites. */
  readonly notes: readonly number[];
  /** Its note, where it has no source to file it under (a page's figure without one). */
  readonly remark?: string;
}

export interface CardClaim {
  readonly id: string;
  readonly text: string;
  /** The figure as the article stated it. */
  readonly figure?: string;
  /** A qualifier the reader needs, such as how a term of the translation may be meant. */
  readonly note?: string;
  readonly attribution?: string;
  readonly notes: readonly number[];
}

/** The article's claims on the region itself (no heading), or on a cluster it belongs to. */
export interface ClaimGroup {
  /** "Greater Bay Area as a whole", said once for the cluster's claims. */
  readonly heading: string | null;
  readonly claims: readonly CardClaim[];
}

export interface SourceNote {
  readonly number: number;
  readonly text: string;
  /** Only an http(s) address that parses is kept, with the host name the link shows. */
  readonly url?: string;
  readonly host?: string;
  /** How the source was read, what it covers, how it was checked. */
  readonly note?: string;
  /** Provenance of figures citing it, each run in after the metric's name ("GDP The communiqué gives …"): for an editor, not the figure's own line. */
  readonly remarks: readonly { readonly metric: string; readonly text: string }[];
}

export interface CardModel {
  readonly region: Region;
  readonly name: string;
  /** The Chinese name, shown beside the name in other languages. */
  readonly nameZh: string;
  readonly type: string;
  readonly capital: string | null;
  readonly badges: readonly CardBadge[];
  readonly partOf: string | null;
  readonly figures: readonly CardFigure[];
  /** Empty where the article names neither the region nor a cluster of it. */
  readonly claimGroups: readonly ClaimGroup[];
  readonly sources: readonly SourceNote[];
}

/** An http(s) address and its host, or nothing for any other address or one that does not parse ("http://"). */
function linkOf(url: string | undefined): { url: string; host: string } | Record<string, never> {
  if (!url) return {};
  try {
    const { protocol, hostname } = new URL(url);
    return /^https?:$/.test(protocol) && hostname ? { url, host: hostname } : {};
  } catch {
    return {};
  }
}

/**
 * The seat of government: 省会 of a province, 首府 of an autonomous region ("Capital" and
 * "Hovedstad" for both); none for a municipality, which is a city itself.
 */
function capitalLine(region: Region, language: Language): string | null {
  if (region.type === 'municipality') return null;
  const capital = language === 'zh' ? region.capital.zh : region.capital.en;
  return message(language, region.type === 'autonomous-region' ? 'card.capitalAutonomous' : 'card.capital', { capital });
}

export function buildCardModel(
  region: Region,
  language: Language,
  metricIds: readonly string[],
  data: { readonly metrics: MetricData; readonly sources: readonly Source[] },
): CardModel {
  const notes = new Map<string, number>();
  const cite = (ids: readonly string[]) =>
    ids.map((id) => {
      if (!notes.has(id)) notes.set(id, notes.size + 1);
      return notes.get(id)!;
    });

  /** Figure remarks by the source they are filed under. */
  const remarks = new Map<string, SourceNote['remarks'][number][]>();
  const figures = metricIds.map((id): CardFigure => {
    const series = seriesFor(id, data.metrics);
    // A metric of the reader's data while that data is still on its way: a row that keeps its place.
    if (!series) return { metric: id, label: '', value: message(language, 'status.loading'), noData: true, notes: [] };
    const { metric } = series;
    const figure = series.entries.find((e) => e.region === region.id)?.figure ?? null;
    const label = labelWithYear(language, 'card.figureLabel', metric);
    if (!figure) return { metric: id, label, value: message(language, 'data.noData'), noData: true, notes: [] };
    const remark = textIn(figure.note, language);
    const filedUnder = figure.sources[0];
    if (remark && filedUnder) remarks.set(filedUnder, [...(remarks.get(filedUnder) ?? []), { metric: metric.label[language], text: remark }]);
    const value = formatFigure(figure, metric, language);
    // A figure with no source (a page's own, without a source column) says so, as the map and the comparison do.
    const unsourced = filedUnder ? {} : { remark: [remark, message(language, 'data.noSource')].filter(Boolean).join(PUNCTUATION[language].semicolon) };
    return { metric: id, label, value, noData: false, notes: cite(figure.sources), ...unsourced };
  });

  const clusterById = new Map<string, Cluster>(allClusters.map((c) => [c.id, c]));
  const groups = new Map<string, CardClaim[]>();
  for (const claim of claimsFor(region.id)) {
    const group = claim.scope === 'cluster' ? claim.targets[0]! : '';
    groups.set(group, [
      ...(groups.get(group) ?? []),
      {
        id: claim.id,
        text: claim.text[language],
        ...(claim.figure ? { figure: formatClaimFigure(claim.figure, language) } : {}),
        ...(claim.note ? { note: claim.note[language] } : {}),
        ...(claim.attribution ? { attribution: claim.attribution[language] } : {}),
        notes: cite([claim.source]),
      },
    ]);
  }
  // The region's own claims first.
  const claimGroups = [...groups]
    .sort(([a], [b]) => Number(Boolean(a)) - Number(Boolean(b)))
    .map(([id, claims]): ClaimGroup => ({
      heading: id ? message(language, 'card.clusterClaims', { cluster: clusterById.get(id)?.name[language] ?? id }) : null,
      claims,
    }));

  const memberOf = region.clusters.map((id) => clusterById.get(id)!);
  const badges = memberOf.map((c): CardBadge =>
    c.kind === 'edwc-hub' ? { kind: 'hub', label: message(language, 'card.edwcHub', { hub: c.name[language] }), short: c.name[language] } : { kind: 'engine', label: c.name[language] },
  );
  const partial = memberOf.find((c) => c.partialMembers[region.id]);

  const sourceById = new Map(data.sources.map((s) => [s.id, s]));
  const sources = [...notes].map(([id, number]): SourceNote => {
    const source = sourceById.get(id);
    const filed = remarks.get(id) ?? [];
    if (!source) return { number, text: id, remarks: filed };
    const note = textIn(source.note, language);
    return {
      number,
      text: sourceCitation(source, language),
      ...linkOf(source.url),
      ...(note ? { note } : {}),
      remarks: filed,
    };
  });

  return {
    region,
    name: region.name[language],
    nameZh: region.name.zh,
    type: message(language, `card.${region.type}`),
    capital: capitalLine(region, language),
    badges,
    partOf: partial ? message(language, 'card.partly', { cluster: partial.name[language], what: partial.partialMembers[region.id]![language] }) : null,
    figures,
    claimGroups,
    sources,
  };
}

/**
 * What the compact card shows at once, and what behind its disclosure: the first three figures
 * and the lead claim (the first group's first); the other figures, the rest of that group and
 * the other groups.
 */
export function compactParts(model: Pick<CardModel, 'figures' | 'claimGroups'>) {
  const [first, ...others] = model.claimGroups;
  const withClaims = (groups: ClaimGroup[]) => groups.filter((g) => g.claims.length);
  return {
    figures: model.figures.slice(0, 3),
    moreFigures: model.figures.slice(3),
    groups: first ? withClaims([{ ...first, claims: first.claims.slice(0, 1) }]) : [],
    moreGroups: first ? withClaims([{ ...first, claims: first.claims.slice(1) }, ...others]) : [],
  };
}
