/**
 * Compiles and validates the human-edited files under `data/` into the {@link DataBundle}.
 * Used by `npm run build:data` (which writes the generated module) and by the tests. DOM-free.
 *
 * Every problem names the file, the row (CSV line, or JSON item from 1) and the field.
 *
 * Over 300 lines on purpose: one compile function per data file, in the order the bundle needs
 * them (sources before the figures that cite them), sharing the same problem list and readers.
 * It is build-time code and never ships.
 */
import { csvParse } from 'd3-dsv';
import { LANGUAGES } from '../src/i18n/language.js';
import { figuresFor } from '../src/data/figures.js';
import { decimalsOf } from '../src/data/format.js';
import { hasToneMarks, namesOf, normalizeName, tonedName, tonesFit, withoutSuffix, type TonedName } from '../src/data/names.js';
import {
  CLUSTER_IDS, CONTEXT_REGION_IDS, MACRO_REGIONS, REGION_IDS, REGION_TYPES,
  type Claim, type ClaimFigure, type Cluster, type ContextRegion, type ContextRegionId, type DataBundle,
  textIn, type Figure, type LocalText, type Localized, type MacroRegion, type Metric, type Region, type RegionId, type RegionType, type Source,
} from '../src/data/types.js';

/** The files compiled, relative to the project root. */
export const DATA_FILES = Object.freeze({
  regions: 'data/regions.csv',
  contextRegions: 'data/context-regions.csv',
  clusters: 'data/clusters.json',
  metrics: 'data/metrics.json',
  series: 'data/series.csv',
  claims: 'data/claims.json',
  sources: 'data/sources.json',
});

/** The 2020 census total of the 31 regions, servicemen excluded. */
export const CENSUS_TOTAL_2020 = 1_409_778_724;

/** Every claim of the source article's fact list. */
export const CLAIM_IDS = Object.freeze([
  'N1', 'N2', 'N3', 'N4', 'G1', 'G2', 'G3', 'G4', 'Y1', 'B1',
  ...Array.from({ length: 16 }, (_, i) => `R${i + 1}`),
]);

const KNOWN_UNITS = ['persons', 'km2', 'persons-per-km2', 'cny-100m', 'percent'];
const QUALIFIERS = ['approximate', 'more-than'];
const BOUNDS = ['exact', 'more-than', 'approximate'];

type Json = Record<string, unknown>;
export type DataFiles = Readonly<Record<keyof typeof DATA_FILES, string>>;

class Problems {
  readonly list: string[] = [];
  at(file: string, row: number | string, field: string, message: string): void {
    this.list.push(`${file} ${typeof row === 'number' ? `row ${row}` : row}, field "${field}": ${message}`);
  }
  file(file: string, message: string): void {
    this.list.push(`${file}: ${message}`);
  }
}

const isRegionId = (id: unknown): id is RegionId => (REGION_IDS as readonly unknown[]).includes(id);
const isContextId = (id: unknown): id is ContextRegionId => (CONTEXT_REGION_IDS as readonly unknown[]).includes(id);

/** CSV rows with their line numbers (the header is line 1). */
function readCsv(text: string, file: string, columns: readonly string[], problems: Problems) {
  const rows = csvParse(text);
  const missing = columns.filter((c) => !rows.columns.includes(c));
  if (missing.length) problems.file(file, `missing column(s) ${missing.map((c) => `"${c}"`).join(', ')}`);
  return rows.map((row, index) => ({ row: row as Record<string, string>, line: index + 2 }));
}

function readJson(text: string, file: string, problems: Problems): Json[] {
  try {
    const value: unknown = JSON.parse(text);
    if (Array.isArray(value)) return value as Json[];
    problems.file(file, 'expected a JSON array');
  } catch (error) {
    problems.file(file, `not valid JSON (${(error as Error).message})`);
  }
  return [];
}

function localized(value: unknown, file: string, row: number | string, field: string, problems: Problems): Localized {
  const result = {} as Record<string, string>;
  for (const lang of LANGUAGES) {
    const text = (value as Json | undefined)?.[lang];
    if (typeof text !== 'string' || !text.trim()) problems.at(file, row, `${field}.${lang}`, 'missing text');
    result[lang] = typeof text === 'string' ? text : '';
  }
  return result as Localized;
}

function checkUnique(ids: readonly { id: string; row: number | string }[], file: string, problems: Problems): void {
  const seen = new Map<string, number | string>();
  for (const { id, row } of ids) {
    if (seen.has(id)) problems.at(file, row, 'id', `duplicate id "${id}" (first at ${String(seen.get(id))})`);
    else seen.set(id, row);
  }
}

/** A text the same in every language (a proper name) or given in each: `"CGTN"` or `{ "en", "zh", "da" }`. */
function localText(value: unknown, file: string, row: number | string, field: string, problems: Problems): LocalText {
  if (typeof value === 'string') {
    if (!value.trim()) problems.at(file, row, field, 'missing text');
    return value;
  }
  if (typeof value === 'object' && value !== null) return localized(value, file, row, field, problems);
  problems.at(file, row, field, 'missing text');
  return '';
}

/** A publisher that is a public body: its own pages are on a government domain. */
const PUBLIC_BODY = /\b(bureau|government|ministry|council|commission|office)\b/i;
const GOVERNMENT_HOST = /\.gov\.(cn|hk)$/;

function compileSources(text: string, problems: Problems): Source[] {
  const file = DATA_FILES.sources;
  const sources = readJson(text, file, problems).map((item, i): Source => {
    const row = `item ${i + 1}`;
    if (typeof item.id !== 'string' || !item.id.trim()) problems.at(file, row, 'id', 'missing text');
    // Every source says its year of publication, or `null` when it gives none (shown as "n.d.").
    if (!('year' in item)) problems.at(file, row, 'year', 'give the year of publication, or null when the source gives none');
    else if (item.year !== null && !Number.isInteger(item.year)) problems.at(file, row, 'year', `expected a year or null, got "${String(item.year)}"`);
    if (item.published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(String(item.published))) problems.at(file, row, 'published', `expected an ISO date, got "${String(item.published)}"`);
    if (item.published !== undefined && Number.isInteger(item.year) && !String(item.published).startsWith(String(item.year))) problems.at(file, row, 'published', `${String(item.published)} is not in ${String(item.year)}`);
    const via = item.via === undefined ? undefined : localized(item.via, file, row, 'via', problems);
    const note = item.note === undefined ? undefined : localized(item.note, file, row, 'note', problems);
    const publisher = localText(item.publisher, file, row, 'publisher', problems);
    // A public body's figure whose link goes to a forum, repost or news site must say so in `via`,
    // so that the credit does not read as the body's own page.
    const host = typeof item.url === 'string' ? (/^https?:\/\/([^/?#]+)/i.exec(item.url)?.[1] ?? '') : '';
    if (!via && host && PUBLIC_BODY.test(textIn(publisher, 'en')) && !GOVERNMENT_HOST.test(host)) {
      problems.at(file, row, 'via', `the link goes to ${host}, not the publisher's own site; say how it was read ("a repost on ${host}")`);
    }
    return {
      id: item.id as string,
      publisher,
      title: localText(item.title, file, row, 'title', problems),
      year: Number.isInteger(item.year) ? (item.year as number) : null,
      ...(item.published ? { published: item.published as string } : {}),
      ...(item.url ? { url: item.url as string } : {}),
      ...(via ? { via } : {}),
      ...(note ? { note } : {}),
    };
  });
  checkUnique(sources.map((s, i) => ({ id: s.id, row: `item ${i + 1}` })), file, problems);
  return sources;
}

function compileRegions(text: string, problems: Problems): Omit<Region, 'clusters'>[] {
  const file = DATA_FILES.regions;
  const columns = ['id', 'gb', 'type', 'name_en', 'name_en_alt', 'name_zh', 'name_zh_full', 'name_da', 'pinyin', 'aliases', 'iso_name', 'capital_en', 'capital_zh', 'macro_region'];
  const rows = readCsv(text, file, columns, problems);
  for (const { row, line } of rows) {
    if (!isRegionId(row.id)) problems.at(file, line, 'id', `unknown region id "${row.id}"`);
    if (!/^\d{6}$/.test(row.gb ?? '')) problems.at(file, line, 'gb', `expected a six-digit GB/T 2260 code, got "${row.gb}"`);
    if (!(REGION_TYPES as readonly string[]).includes(row.type)) problems.at(file, line, 'type', `expected one of ${REGION_TYPES.join(', ')}, got "${row.type}"`);
    if (!(MACRO_REGIONS as readonly string[]).includes(row.macro_region)) problems.at(file, line, 'macro_region', `expected one of ${MACRO_REGIONS.join(', ')}, got "${row.macro_region}"`);
    for (const field of ['name_en', 'name_zh', 'name_zh_full', 'name_da', 'pinyin', 'iso_name', 'capital_en', 'capital_zh']) {
      if (!row[field]?.trim()) problems.at(file, line, field, 'missing text');
    }
  }
  checkUnique(rows.map(({ row, line }) => ({ id: row.id, row: line })), file, problems);
  const present = new Set(rows.map(({ row }) => row.id));
  for (const id of REGION_IDS) if (!present.has(id)) problems.file(file, `required region ${id} is missing`);
  return rows.map(({ row }) => ({
    id: row.id as RegionId,
    gb: row.gb,
    type: row.type as RegionType,
    name: { en: row.name_en, zh: row.name_zh, da: row.name_da },
    nameAltEn: list(row.name_en_alt),
    nameZhFull: row.name_zh_full,
    pinyin: row.pinyin,
    isoName: row.iso_name,
    aliases: list(row.aliases),
    capital: { en: row.capital_en, zh: row.capital_zh },
    macroRegion: row.macro_region as MacroRegion,
  }));
}

function compileContextRegions(text: string, problems: Problems): ContextRegion[] {
  const file = DATA_FILES.contextRegions;
  const rows = readCsv(text, file, ['id', 'gb', 'name_en', 'name_zh', 'name_da', 'aliases'], problems);
  for (const { row, line } of rows) {
    if (!isContextId(row.id)) problems.at(file, line, 'id', `unknown context region id "${row.id}"`);
  }
  checkUnique(rows.map(({ row, line }) => ({ id: row.id, row: line })), file, problems);
  return rows.map(({ row }) => ({
    id: row.id as ContextRegionId,
    gb: row.gb,
    name: { en: row.name_en, zh: row.name_zh, da: row.name_da },
    aliases: list(row.aliases),
  }));
}

/** A `;`-separated cell as its items. */
function list(cell: string | undefined): string[] {
  return cell ? cell.split(';').map((s) => s.trim()).filter(Boolean) : [];
}

/**
 * No name may stand for two regions, with or without a generic word after it ("Province",
 * "省"): a lookup would pick one of them. Names with tone marks may share their letters
 * (Shānxī 山西, Shǎnxī 陕西) as long as their tones tell them apart.
 */
function checkNames(regions: readonly Omit<Region, 'clusters'>[], contextRegions: readonly ContextRegion[], problems: Problems): void {
  const owners = new Map<string, string>();
  const toned: { id: string; name: TonedName }[] = [];
  const entries = [
    ...regions.map((region) => ({ file: DATA_FILES.regions, region })),
    ...contextRegions.map((region) => ({ file: DATA_FILES.contextRegions, region })),
  ];
  for (const { file, region } of entries) {
    for (const name of namesOf(region)) {
      if (hasToneMarks(name)) {
        const own = tonedName(name);
        const other = toned.find((t) => t.id !== region.id && tonesFit(own, t.name) && tonesFit(t.name, own));
        if (other) problems.file(file, `"${name}" of ${region.id} has the letters and tones of a name of ${other.id}`);
        toned.push({ id: region.id, name: own });
        continue;
      }
      const folded = normalizeName(name);
      for (const key of new Set([folded, withoutSuffix(folded)])) {
        const owner = owners.get(key);
        if (owner && owner !== region.id) problems.file(file, `"${name}" of ${region.id} is also a name of ${owner}`);
        else if (key) owners.set(key, region.id);
      }
    }
  }
}

function compileClusters(text: string, sourceIds: Set<string>, problems: Problems): Cluster[] {
  const file = DATA_FILES.clusters;
  const clusters = readJson(text, file, problems).map((item, i): Cluster => {
    const row = `item ${i + 1}`;
    if (!(CLUSTER_IDS as readonly unknown[]).includes(item.id)) problems.at(file, row, 'id', `unknown cluster id "${String(item.id)}"`);
    if (item.kind !== 'integration-engine' && item.kind !== 'edwc-hub') problems.at(file, row, 'kind', `expected integration-engine or edwc-hub, got "${String(item.kind)}"`);
    const members = Array.isArray(item.members) ? (item.members as unknown[]) : [];
    if (!members.length) problems.at(file, row, 'members', 'no member regions');
    for (const id of members) if (!isRegionId(id)) problems.at(file, row, 'members', `unknown region id "${String(id)}"`);
    const partial = (item.partialMembers ?? {}) as Json;
    const partialMembers: Partial<Record<RegionId, Localized>> = {};
    for (const [id, what] of Object.entries(partial)) {
      if (!members.includes(id)) problems.at(file, row, 'partialMembers', `"${id}" is not a member`);
      partialMembers[id as RegionId] = localized(what, file, row, `partialMembers.${id}`, problems);
    }
    const contextMembers = (item.contextMembers ?? []) as unknown[];
    for (const id of contextMembers) if (!isContextId(id)) problems.at(file, row, 'contextMembers', `unknown context region id "${String(id)}"`);
    if (!sourceIds.has(item.source as string)) problems.at(file, row, 'source', `unknown source "${String(item.source)}"`);
    return {
      id: item.id as Cluster['id'],
      kind: item.kind as Cluster['kind'],
      name: localized(item.name, file, row, 'name', problems),
      abbreviation: localized(item.abbreviation, file, row, 'abbreviation', problems),
      nameAltEn: (item.nameAlt ?? []) as string[],
      members: members as RegionId[],
      partialMembers,
      contextMembers: contextMembers as ContextRegionId[],
      dataCentreClusters: ((item.dataCentreClusters ?? []) as unknown[]).map((c, j) =>
        localized(c, file, row, `dataCentreClusters.${j}`, problems),
      ),
      membersDerived: item.membersDerived === true,
      source: item.source as string,
    };
  });
  checkUnique(clusters.map((c, i) => ({ id: c.id, row: `item ${i + 1}` })), file, problems);
  return clusters;
}

type MetricDraft = Omit<Metric, 'coverage'>;

function compileMetrics(text: string, sourceIds: Set<string>, problems: Problems): MetricDraft[] {
  const file = DATA_FILES.metrics;
  const metrics = readJson(text, file, problems).map((item, i): MetricDraft => {
    const row = `item ${i + 1}`;
    if (typeof item.id !== 'string' || !/^[a-z][a-z0-9-]*$/.test(item.id)) problems.at(file, row, 'id', `expected a lower-case id, got "${String(item.id)}"`);
    if (!KNOWN_UNITS.includes(item.unit as string)) problems.at(file, row, 'unit', item.unit ? `unknown unit "${String(item.unit)}"` : 'figure has no unit');
    // A year the figures refer to, or, where the source gives none, the words that say so; never both.
    if (item.year !== undefined && item.yearLabel !== undefined) problems.at(file, row, 'year', 'give a year or a yearLabel, not both');
    else if (item.yearLabel === undefined && !Number.isInteger(item.year)) problems.at(file, row, 'year', 'figure has no year');
    if (item.source !== undefined && !sourceIds.has(item.source as string)) problems.at(file, row, 'source', `unknown source "${String(item.source)}"`);
    if (!['sum', 'ratio', 'none'].includes(item.aggregate as string)) problems.at(file, row, 'aggregate', `expected sum, ratio or none, got "${String(item.aggregate)}"`);
    if (typeof item.higherIsMore !== 'boolean') problems.at(file, row, 'higherIsMore', 'expected true or false');
    if (!Number.isInteger(item.precision)) problems.at(file, row, 'precision', 'expected a whole number of decimals');
    const national = item.national as Record<string, unknown> | undefined;
    if (national !== undefined) {
      if (!PLAIN_NUMBER.test(String(national.value))) problems.at(file, row, 'national.value', `expected a number written as a string, got "${String(national.value)}"`);
      if (!sourceIds.has(national.source as string)) problems.at(file, row, 'national.source', national.source ? `unknown source "${String(national.source)}"` : 'figure has no source');
    }
    return {
      id: item.id as string,
      label: localized(item.label, file, row, 'label', problems),
      description: localized(item.description, file, row, 'description', problems),
      unit: item.unit as string,
      ...(item.yearLabel === undefined ? { year: item.year as number } : { yearLabel: localized(item.yearLabel, file, row, 'yearLabel', problems) }),
      ...(item.yearNote ? { yearNote: localized(item.yearNote, file, row, 'yearNote', problems) } : {}),
      ...(item.source ? { source: item.source as string } : {}),
      ...(item.derivedFrom ? { derivedFrom: item.derivedFrom as string[] } : {}),
      aggregate: item.aggregate as Metric['aggregate'],
      higherIsMore: item.higherIsMore as boolean,
      precision: item.precision as number,
      ...(national
        ? {
            national: {
              ...publishedNumber(String(national.value)),
              sources: [national.source as string],
              ...(national.note ? { note: localized(national.note, file, row, 'national.note', problems) } : {}),
            },
          }
        : {}),
    };
  });
  checkUnique(metrics.map((m, i) => ({ id: m.id, row: `item ${i + 1}` })), file, problems);
  const ids = new Set(metrics.map((m) => m.id));
  metrics.forEach((m, i) => {
    for (const from of m.derivedFrom ?? []) if (!ids.has(from)) problems.at(file, `item ${i + 1}`, 'derivedFrom', `unknown metric "${from}"`);
    if (m.derivedFrom && m.aggregate === 'ratio' && m.derivedFrom.length !== 2) problems.at(file, `item ${i + 1}`, 'derivedFrom', 'a ratio needs exactly two metrics');
  });
  return metrics;
}

/** A number written plainly: digits, one optional decimal point, optional minus sign. */
export const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/** A plainly written number as value and, where the number loses them ("3.20"), its published decimals. */
export function publishedNumber(text: string): Pick<Figure, 'value' | 'decimals'> {
  const value = Number(text);
  const decimals = text.split('.')[1]?.length ?? 0;
  return decimals === decimalsOf(value) ? { value } : { value, decimals };
}

function compileSeries(text: string, metrics: MetricDraft[], sourceIds: Set<string>, problems: Problems) {
  const file = DATA_FILES.series;
  const rows = readCsv(text, file, ['metric', 'region', 'value', 'qualifier', 'source', 'note', 'note_zh', 'note_da'], problems);
  const metricIds = new Set(metrics.map((m) => m.id));
  const figures: Record<string, Partial<Record<RegionId, Figure>>> = {};
  const firstLine = new Map<string, number>();
  for (const { row, line } of rows) {
    // A figure whose value, region or metric is bad is left out; one with a bad source or
    // qualifier is kept so that later checks (the census total) do not report it twice.
    let ok = true;
    const fail = (field: string, message: string, fatal = true) => {
      problems.at(file, line, field, message);
      if (fatal) ok = false;
    };
    const metric = metrics.find((m) => m.id === row.metric);
    if (!metricIds.has(row.metric)) fail('metric', `unknown metric "${row.metric}"`);
    else if (metric?.derivedFrom) fail('metric', `"${row.metric}" is derived; its figures are computed, not entered`);
    if (!isRegionId(row.region)) fail('region', isContextId(row.region) ? `"${row.region}" is context, not one of the 31 regions` : `unknown region id "${row.region}"`);
    if (!PLAIN_NUMBER.test(row.value ?? '')) fail('value', `expected a number, got "${row.value}"`);
    if (!row.source) fail('source', 'figure has no source', false);
    else if (!sourceIds.has(row.source)) fail('source', `unknown source "${row.source}"`, false);
    if (row.qualifier && !QUALIFIERS.includes(row.qualifier)) fail('qualifier', `expected approximate or more-than, got "${row.qualifier}"`, false);
    // A figure's note is read in every language's card: all three or none.
    const noteFields = { en: 'note', zh: 'note_zh', da: 'note_da' } as const;
    const hasNote = Object.values(noteFields).some((f) => row[f]?.trim());
    if (hasNote) for (const f of Object.values(noteFields)) if (!row[f]?.trim()) fail(f, 'a note needs its text in English, Chinese and Danish', false);
    const key = `${row.metric} ${row.region}`;
    if (firstLine.has(key)) fail('region', `duplicate figure for ${row.region} in "${row.metric}" (first at row ${firstLine.get(key)})`);
    else firstLine.set(key, line);
    if (!ok) continue;
    (figures[row.metric] ??= {})[row.region as RegionId] = {
      ...publishedNumber(row.value),
      sources: [row.source],
      ...(row.qualifier ? { qualifier: row.qualifier as Figure['qualifier'] } : {}),
      ...(hasNote ? { note: { en: row.note ?? '', zh: row.note_zh ?? '', da: row.note_da ?? '' } } : {}),
    };
  }
  return figures;
}

function compileClaims(text: string, clusterIds: Set<string>, sourceIds: Set<string>, problems: Problems): Claim[] {
  const file = DATA_FILES.claims;
  const claims = readJson(text, file, problems).map((item, i): Claim => {
    const row = `item ${i + 1}`;
    if (!CLAIM_IDS.includes(item.id as string)) problems.at(file, row, 'id', `unknown claim id "${String(item.id)}"`);
    const targets = (item.targets ?? []) as string[];
    if (item.scope === 'national') {
      if (targets.length) problems.at(file, row, 'targets', 'a national claim has no targets');
    } else if (item.scope === 'cluster' || item.scope === 'region') {
      if (!targets.length) problems.at(file, row, 'targets', `a ${item.scope} claim needs targets`);
      for (const id of targets) {
        const known = item.scope === 'cluster' ? clusterIds.has(id) : isRegionId(id);
        if (!known) problems.at(file, row, 'targets', `unknown ${item.scope} id "${id}"`);
      }
    } else problems.at(file, row, 'scope', `expected national, cluster or region, got "${String(item.scope)}"`);
    let figure: ClaimFigure | undefined;
    if (item.figure !== undefined) {
      const f = item.figure as Json;
      if (typeof f.value !== 'number' || !Number.isFinite(f.value)) problems.at(file, row, 'figure.value', 'expected a number');
      if (!BOUNDS.includes(f.bound as string)) problems.at(file, row, 'figure.bound', `expected exact, more-than or approximate, got "${String(f.bound)}"`);
      let unit: ClaimFigure['unit'];
      if (f.unit === 'percent' || f.unit === 'share' || f.unit === 'rank') unit = f.unit;
      else if (f.unit === undefined) {
        problems.at(file, row, 'figure.unit', 'figure has no unit');
        unit = 'percent';
      } else unit = localized(f.unit, file, row, 'figure.unit', problems);
      figure = {
        value: f.value as number,
        bound: f.bound as ClaimFigure['bound'],
        unit,
        ...(f.asStated ? { asStated: localized(f.asStated, file, row, 'figure.asStated', problems) } : {}),
      };
    }
    if (!sourceIds.has(item.source as string)) problems.at(file, row, 'source', item.source ? `unknown source "${String(item.source)}"` : 'claim has no source');
    return {
      id: item.id as string,
      scope: item.scope as Claim['scope'],
      targets,
      text: localized(item.text, file, row, 'text', problems),
      ...(item.quote ? { quote: item.quote as string } : {}),
      ...(figure ? { figure } : {}),
      ...(item.note ? { note: localized(item.note, file, row, 'note', problems) } : {}),
      ...(item.attribution ? { attribution: localized(item.attribution, file, row, 'attribution', problems) } : {}),
      related: (item.related ?? []) as string[],
      source: item.source as string,
    };
  });
  checkUnique(claims.map((c, i) => ({ id: c.id, row: `item ${i + 1}` })), file, problems);
  const ids = new Set(claims.map((c) => c.id));
  for (const id of CLAIM_IDS) if (!ids.has(id)) problems.file(file, `required claim ${id} is missing`);
  claims.forEach((c, i) => {
    for (const id of c.related) if (!ids.has(id)) problems.at(file, `item ${i + 1}`, 'related', `unknown claim "${id}"`);
  });
  return claims;
}

/**
 * Compiles the data files. The bundle is returned only when there is no problem.
 *
 * @example const { bundle, problems } = compileData(files);
 */
export function compileData(files: DataFiles): { bundle: DataBundle | null; problems: string[] } {
  const problems = new Problems();
  const sources = compileSources(files.sources, problems);
  const sourceIds = new Set(sources.map((s) => s.id));
  const regionDrafts = compileRegions(files.regions, problems);
  const contextRegions = compileContextRegions(files.contextRegions, problems);
  checkNames(regionDrafts, contextRegions, problems);
  const clusters = compileClusters(files.clusters, sourceIds, problems);
  const metricDrafts = compileMetrics(files.metrics, sourceIds, problems);
  const figures = compileSeries(files.series, metricDrafts, sourceIds, problems);
  const claims = compileClaims(files.claims, new Set(clusters.map((c) => c.id)), sourceIds, problems);

  const population = Object.values(figures.population ?? {}).reduce((sum, f) => sum + f.value, 0);
  if (population !== CENSUS_TOTAL_2020) {
    problems.file(
      DATA_FILES.series,
      `the 31 census populations add up to ${population.toLocaleString('en')}, not ${CENSUS_TOTAL_2020.toLocaleString('en')}`,
    );
  }
  metricDrafts.forEach((m, i) => {
    if (!m.source && !m.derivedFrom && Object.keys(figures[m.id] ?? {}).length === 0) {
      problems.at(DATA_FILES.metrics, `item ${i + 1}`, 'source', 'figure has no source');
    }
  });

  const regions: Region[] = regionDrafts.map((r) => ({
    ...r,
    clusters: clusters.filter((c) => c.members.includes(r.id)).map((c) => c.id),
  }));
  const metrics: Metric[] = metricDrafts.map((m) => ({ ...m, coverage: 0 }));
  for (const [i, m] of metrics.entries()) metrics[i] = { ...m, coverage: Object.keys(figuresFor(m, { metrics, figures })).length };
  return {
    bundle: problems.list.length ? null : { regions, contextRegions, clusters, metrics, figures, claims, sources },
    problems: problems.list,
  };
}
