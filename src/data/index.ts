/**
 * `innovation-mosaic/data`: the 31 regions, their reference statistics and the source
 * article's claims, every figure with its source, unit and year; plus lookups, series,
 * formatting and parsing of a user's own data. Works in Node and in the browser, without a DOM.
 *
 * @example
 * import { getRegion, seriesFor, formatValue, claimsFor } from 'innovation-mosaic/data';
 * const anhui = getRegion('安徽')!;
 * const population = seriesFor('population')!;
 * formatValue(population.entries.find((e) => e.region === anhui.id)!.figure!.value, population.metric, 'zh');
 * claimsFor(anhui.id).map((c) => c.id); // ['R2', 'Y1']
 */
import { CLAIMS, CLUSTERS, CONTEXT_REGIONS, METRICS, REGIONS, SOURCES } from './bundle.generated.js';
import type { Claim, Cluster, ClusterId, ContextRegion, MacroRegion, Metric, Region, RegionId, RegionType, Source } from './types.js';

/** The 31 provincial-level regions of the mainland, ordered by GB code. */
export const regions: readonly Region[] = REGIONS;
/** Hong Kong, Macao and Taiwan: names for context shapes; they carry no data of the 31-region set. */
export const contextRegions: readonly ContextRegion[] = CONTEXT_REGIONS;
/** The three integration engines, then the eight East-Data-West-Computing hubs. */
export const clusters: readonly Cluster[] = CLUSTERS;
/** Every bundled metric, with its coverage of the 31 regions. */
export const metrics: readonly Metric[] = METRICS;
/** Every claim of the source article (N1-N4, G1-G4, Y1, B1, R1-R16). */
export const claims: readonly Claim[] = CLAIMS;
/** Every source cited by a figure, a cluster or a claim. */
export const sources: readonly Source[] = SOURCES;

/** A bundled metric by id (`population`, `area`, `density`, `gdp`, `gdp-growth`, `rd-intensity`, `rd-expenditure`). */
export function getMetric(id: string): Metric | undefined {
  return metrics.find((m) => m.id === id);
}

/** A cluster by id (`bth`, `yrd`, `gba`, `edwc-guizhou`, ...). */
export function getCluster(id: string): Cluster | undefined {
  return clusters.find((c) => c.id === id);
}

/** A source by id (`article`, `S4`, ...). */
export function getSource(id: string): Source | undefined {
  return sources.find((s) => s.id === id);
}

export function regionsByType(type: RegionType): Region[] {
  return regions.filter((r) => r.type === type);
}

/** The member regions of a cluster, including partial members (Guangdong in the GBA). */
export function regionsInCluster(id: ClusterId): Region[] {
  return regions.filter((r) => r.clusters.includes(id));
}

export function regionsInMacroRegion(macroRegion: MacroRegion): Region[] {
  return regions.filter((r) => r.macroRegion === macroRegion);
}

/**
 * The article's claims about a region or a cluster. For a region: its own claims, then those
 * of the integration engines it belongs to (so Guangdong gets the Greater Bay Area's).
 * National claims concern no region in particular and are in {@link claims}.
 *
 * @example claimsFor('CN-BJ').map((c) => c.id) // ['R4', 'B1']
 */
export function claimsFor(id: RegionId | ClusterId): Claim[] {
  const region = regions.find((r) => r.id === id);
  const own = claims.filter((c) => c.targets.includes(id));
  if (!region) return own;
  return [...own, ...claims.filter((c) => c.scope === 'cluster' && c.targets.some((t) => region.clusters.includes(t as ClusterId)))];
}

export { getContextRegion, getRegion, suggestRegions } from './lookup.js';
export { normalizeName } from './names.js';
export { seriesFor, type MetricData, type Series, type SeriesEntry } from './series.js';
export { formatClaimFigure, formatFigure, formatNumber, formatValue, unitLabel, type FormatOptions } from './format.js';
export { displayScale, type DisplayOptions, type DisplayScale } from './display.js';
export {
  type Dataset,
  type DatasetDefaults,
  type DatasetFormat,
  type DatasetInput,
  type DatasetJson,
  type DatasetMetric,
  type DatasetProblem,
  type DatasetProblemCode,
  type DatasetRow,
} from './dataset-schema.js';
export { parseDataset } from './dataset.js';
export * from './types.js';
