/**
 * The data schema: what the bundled data holds, and what a user's own dataset must look like.
 * DOM-free.
 */
import type { Language } from '../i18n/language.js';

/** The 31 provincial-level regions of the Chinese mainland, by ISO 3166-2:CN code. */
export const REGION_IDS = Object.freeze([
  'CN-BJ', 'CN-TJ', 'CN-HE', 'CN-SX', 'CN-NM', 'CN-LN', 'CN-JL', 'CN-HL', 'CN-SH', 'CN-JS', 'CN-ZJ',
  'CN-AH', 'CN-FJ', 'CN-JX', 'CN-SD', 'CN-HA', 'CN-HB', 'CN-HN', 'CN-GD', 'CN-GX', 'CN-HI', 'CN-CQ',
  'CN-SC', 'CN-GZ', 'CN-YN', 'CN-XZ', 'CN-SN', 'CN-GS', 'CN-QH', 'CN-NX', 'CN-XJ',
] as const);

/** ISO 3166-2:CN code of one of the 31 regions. */
export type RegionId = (typeof REGION_IDS)[number];

/** Hong Kong, Macao and Taiwan: drawn and named as context, never part of the 31-region data. */
export const CONTEXT_REGION_IDS = Object.freeze(['CN-HK', 'CN-MO', 'CN-TW'] as const);
export type ContextRegionId = (typeof CONTEXT_REGION_IDS)[number];

export const CLUSTER_IDS = Object.freeze([
  'bth', 'yrd', 'gba',
  'edwc-bth', 'edwc-yrd', 'edwc-gba', 'edwc-chengdu-chongqing', 'edwc-inner-mongolia',
  'edwc-guizhou', 'edwc-gansu', 'edwc-ningxia',
] as const);
/** The three integration engines (`bth`, `yrd`, `gba`) and the eight East-Data-West-Computing hubs. */
export type ClusterId = (typeof CLUSTER_IDS)[number];

export const REGION_TYPES = Object.freeze(['province', 'autonomous-region', 'municipality'] as const);
export type RegionType = (typeof REGION_TYPES)[number];

export const MACRO_REGIONS = Object.freeze(['east', 'central', 'west', 'northeast'] as const);
/** The National Bureau of Statistics' four economic macro-regions. */
export type MacroRegion = (typeof MACRO_REGIONS)[number];

/** Text in every supported language. */
export type Localized = Readonly<Record<Language, string>>;

/** Text in every supported language, or one text for all (a proper name, a user's own words). */
export type LocalText = string | Localized;

/** The text for a language: the one text, or that language's (empty when a user's data gives neither). */
export function textIn(text: LocalText | undefined, language: Language): string {
  if (typeof text === 'string') return text;
  const own = (text as Partial<Localized> | null | undefined)?.[language];
  return typeof own === 'string' ? own : '';
}

/** Where a figure or claim comes from. */
export interface Source {
  /** `article` for the source article; `S4`, `S7a`, ... for the reference data. */
  readonly id: string;
  /** In the reader's language where it has a name there (国家统计局); a proper name as published (Wikipedia, CGTN). */
  readonly publisher: LocalText;
  /** In the original language where the source has a title; a description in each language where it has none. */
  readonly title: LocalText;
  /** Year of publication; `null` when the source gives none (shown as "n.d."). */
  readonly year?: number | null;
  /** ISO date of publication, where known. */
  readonly published?: string;
  /** Where the figures were read: the publisher's page, or the repost or report named in `via`. */
  readonly url?: string;
  /** How it was read when not on the publisher's own page, said after "via": "a repost on m.bsbk.net". */
  readonly via?: LocalText;
  /** How it was read, what it covers, how it was checked. */
  readonly note?: LocalText;
}

export interface Region {
  readonly id: RegionId;
  /** GB/T 2260 six-digit code. */
  readonly gb: string;
  readonly type: RegionType;
  /** Short names: `Inner Mongolia`, `内蒙古`, `Indre Mongoliet`. */
  readonly name: Localized;
  /** Other English forms in use (`Nei Mongol`, `Xizang`). */
  readonly nameAltEn: readonly string[];
  /** Full official Chinese name (`内蒙古自治区`). */
  readonly nameZhFull: string;
  readonly pinyin: string;
  /** The ISO 3166-2 romanized name. */
  readonly isoName: string;
  /** Other names a reader may write, for lookups only: traditional characters, older romanizations, pinyin with tone marks. */
  readonly aliases: readonly string[];
  readonly capital: { readonly en: string; readonly zh: string };
  readonly macroRegion: MacroRegion;
  /** Integration engines and computing hubs it belongs to (wholly or partly). */
  readonly clusters: readonly ClusterId[];
}

export interface ContextRegion {
  readonly id: ContextRegionId;
  readonly gb: string;
  readonly name: Localized;
  /** Other names a reader may write (`HK`, `澳門`, `臺灣`), for lookups only. */
  readonly aliases: readonly string[];
}

export interface Cluster {
  readonly id: ClusterId;
  /** `integration-engine`: BTH, YRD, GBA. `edwc-hub`: a national computing hub of East Data, West Computing. */
  readonly kind: 'integration-engine' | 'edwc-hub';
  readonly name: Localized;
  readonly abbreviation: Localized;
  readonly nameAltEn: readonly string[];
  readonly members: readonly RegionId[];
  /** Members that belong only in part, with what part (Guangdong: 9 of 21 cities). */
  readonly partialMembers: Readonly<Partial<Record<RegionId, Localized>>>;
  /** Hong Kong and Macao in the Greater Bay Area. */
  readonly contextMembers: readonly ContextRegionId[];
  /** The hub's national data-centre clusters. */
  readonly dataCentreClusters: readonly Localized[];
  /** True when membership is derived from the hub's name rather than read in the source. */
  readonly membersDerived: boolean;
  readonly source: string;
}

/** A unit the library knows how to format; user data may use any other text as its unit. */
export type KnownUnit = 'persons' | 'km2' | 'persons-per-km2' | 'cny-100m' | 'percent';

/**
 * How values of a metric combine over a group of regions: `sum` (counts, amounts),
 * `ratio` (recomputed from the sums of the metrics it is derived from, as density is),
 * `none` (a rate that cannot be combined without data we do not have).
 */
export type Aggregation = 'sum' | 'ratio' | 'none';

export interface Metric {
  readonly id: string;
  readonly label: Localized;
  readonly description: Localized;
  /** A known unit id, or the user's own unit text. */
  readonly unit: KnownUnit | string;
  /**
   * The year the figures refer to: absent where the source gives none (area; `yearLabel` then
   * says so), `NaN` in a user's dataset that gave none (which is reported).
   */
  readonly year?: number;
  /** What stands in titles and labels where a year would, when the source gives no year: "reference year not given". */
  readonly yearLabel?: Localized;
  /** Why the year is what it is, when that needs saying. */
  readonly yearNote?: Localized;
  /** The source of every figure, unless a figure names its own. */
  readonly source?: string;
  /** Set for derived metrics: the metrics it is computed from. */
  readonly derivedFrom?: readonly string[];
  readonly aggregate: Aggregation;
  /** Whether a higher value means "more" of the thing (colour scales run that way). */
  readonly higherIsMore: boolean;
  /** Decimals for derived values and shares; source figures are shown as published. */
  readonly precision: number;
  /** How many of the 31 regions have a figure. */
  readonly coverage: number;
  /**
   * The official figure for the whole country, where one is published: not a sum or an
   * average of the regions (GDP 2024, real growth, R&D intensity, the census total).
   */
  readonly national?: NationalFigure;
}

/** A published national figure, with its source and what it covers where that needs saying. */
export interface NationalFigure {
  readonly value: number;
  readonly decimals?: number;
  readonly sources: readonly string[];
  readonly note?: Localized;
}

/** `approximate`: the source gives a rounded or "about" figure. `more-than`: a lower bound. */
export type Qualifier = 'approximate' | 'more-than';

/** One region's figure for one metric. */
export interface Figure {
  readonly value: number;
  /** Decimals as published, where the number alone loses them (3.20, 5.0); else those of `value`. */
  readonly decimals?: number;
  /** Source ids: one for an entered figure, those of its inputs for a derived one. */
  readonly sources: readonly string[];
  readonly qualifier?: Qualifier;
  /** Provenance details: rounding, a published figure that differs. In every language for the bundled data. */
  readonly note?: LocalText;
}

export type ClaimScope = 'national' | 'cluster' | 'region';

/** A figure stated in the article, kept as stated: a lower bound stays one. */
export interface ClaimFigure {
  readonly value: number;
  readonly bound: 'exact' | 'more-than' | 'approximate';
  /** `percent`, `share` (a fraction of 1), `rank`, or unit words per language. */
  readonly unit: 'percent' | 'share' | 'rank' | Localized;
  /** The article's own words for the figure, where a number alone would say more than it did. */
  readonly asStated?: Localized;
}

export interface Claim {
  /** As in the article's fact list: N1-N4, G1-G4, Y1, B1, R1-R16. */
  readonly id: string;
  readonly scope: ClaimScope;
  /** Cluster ids or region ids the claim is about; empty for national claims. */
  readonly targets: readonly string[];
  readonly text: Localized;
  /** The Danish words of the article it rests on. */
  readonly quote?: string;
  readonly figure?: ClaimFigure;
  /** Uncertainty of the gloss, kept visible. */
  readonly note?: Localized;
  /** Who the article attributes it to. */
  readonly attribution?: Localized;
  /** Claims that apply through this one (Guangdong → the Greater Bay Area claims). */
  readonly related: readonly string[];
  readonly source: string;
}

/** The bundled data, as compiled from `data/`. */
export interface DataBundle {
  readonly regions: readonly Region[];
  readonly contextRegions: readonly ContextRegion[];
  readonly clusters: readonly Cluster[];
  readonly metrics: readonly Metric[];
  /** Entered figures: metric id → region id → figure; a missing region has no figure. Derived metrics are computed by `seriesFor`. */
  readonly figures: Readonly<Record<string, Readonly<Partial<Record<RegionId, Figure>>>>>;
  readonly claims: readonly Claim[];
  readonly sources: readonly Source[];
}
