/**
 * Finding a region from whatever a person or a spreadsheet calls it. DOM-free.
 */
import { CONTEXT_REGIONS, REGIONS } from './bundle.generated.js';
import { hasToneMarks, NAME_SUFFIXES, namesOf, normalizeName, tonedName, tonedWithoutSuffix, tonesFit, withoutSuffix, type TonedName } from './names.js';
import type { ContextRegion, Region } from './types.js';

type Named = Region | ContextRegion;

/** `CN-AH`, `cn_ah`, `cn ah`: ISO 3166-2. HASC forms (`CN.HB` is Hebei, ISO `CN-HB` is Hubei) are not accepted. */
const ISO_CODE = /^cn[-_ ]?([a-z]{2})$/i;

interface Index<T extends Named> {
  /** Codes and names as {@link normalizeName} folds them. */
  readonly names: Map<string, T>;
  /** Names written with tone marks, by their letters: `shanxi` → Shānxī (山西) and Shǎnxī (陕西). */
  readonly toned: Map<string, { readonly region: T; readonly name: TonedName }[]>;
}

function buildIndex<T extends Named>(list: readonly T[]): Index<T> {
  const index: Index<T> = { names: new Map(), toned: new Map() };
  for (const region of list) {
    index.names.set(region.gb, region);
    for (const name of namesOf(region)) {
      if (!hasToneMarks(name)) index.names.set(normalizeName(name), region);
      else {
        const toned = tonedName(name);
        index.toned.set(toned.letters, [...(index.toned.get(toned.letters) ?? []), { region, name: toned }]);
      }
    }
  }
  return index;
}

/** `make()` on the first call, and its value on every later one. */
function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/**
 * Built on the first lookup by name, not as the page loads: folding some 500 names costs a
 * page's first task milliseconds, and a map whose boundaries are keyed by ISO code needs none.
 */
const regionIndex = once(() => buildIndex(REGIONS));
const contextIndex = once(() => buildIndex(CONTEXT_REGIONS));

/**
 * The region a key written with tone marks names: the one whose tones fit. `null` when the
 * spelling is several regions' and its tones fit none of them (`Shànxī`); `undefined` when the
 * tones do not decide, and the spelling alone does (`Ānhuí`, or `Shanxī`, which fits both).
 */
function byTones<T extends Named>(key: string, index: Index<T>): T | null | undefined {
  const whole = tonedName(key);
  const name = index.toned.has(whole.letters) ? whole : tonedWithoutSuffix(whole);
  const readings = name && index.toned.get(name.letters);
  if (!readings) return undefined;
  const fitting = new Set(readings.filter((r) => tonesFit(name, r.name)).map((r) => r.region));
  if (fitting.size === 1) return [...fitting][0];
  const regions = new Set(readings.map((r) => r.region));
  return regions.size > 1 && fitting.size === 0 ? null : undefined;
}

/** A key read once, to be looked for among the regions and the context regions. */
interface Key {
  readonly trimmed: string;
  /** `CN-AH` for `cn_ah`; `null` for a HASC code (see {@link ISO_CODE}); `undefined` for a name. */
  readonly iso: string | null | undefined;
  readonly normalized: string;
  readonly toned: boolean;
}

/** Longer keys name nothing and are not read (a name and its spacing take far less). */
const LONGEST_KEY = 1000;

function readKey(key: string): Key {
  if (key.length > LONGEST_KEY) return { trimmed: '', iso: undefined, normalized: '', toned: false };
  const trimmed = key.trim();
  const code = ISO_CODE.exec(trimmed);
  const iso = code ? `CN-${code[1].toUpperCase()}` : /^cn\./i.test(trimmed) ? null : undefined;
  return { trimmed, iso, normalized: iso === undefined ? normalizeName(trimmed) : '', toned: iso === undefined && hasToneMarks(trimmed) };
}

function find<T extends Named>(key: Key, list: readonly T[], indexOf: () => Index<T>): T | undefined {
  if (key.iso !== undefined) return list.find((r) => r.id === key.iso);
  if (!key.normalized) return undefined; // an empty key (a map with none selected) names nothing
  const index = indexOf();
  if (key.toned) {
    const toned = byTones(key.trimmed, index);
    if (toned !== undefined) return toned ?? undefined;
  }
  return index.names.get(key.normalized) ?? index.names.get(withoutSuffix(key.normalized));
}

/** Most words any name of a region can take, with a generic word after it ("Hong Kong Special Administrative Region"). */
export const MAX_NAME_WORDS =
  Math.max(...[...REGIONS, ...CONTEXT_REGIONS].flatMap(namesOf).map(wordCount)) + Math.max(...NAME_SUFFIXES.map(wordCount));

function wordCount(name: string): number {
  return name.trim().split(/\s+/).length;
}

/**
 * One of the 31 regions, by ISO 3166-2 code (`CN-AH`), GB/T 2260 code (`340000`) or a name in
 * English, Chinese or Danish, including alternative and full forms (`Xizang`, `内蒙古自治区`,
 * `Indre Mongoliet`, `Tibet Autonomous Region`), traditional characters (`廣東`), postal
 * romanizations (`Shensi`) and pinyin, ignoring case, spacing, and accents except tone marks:
 * `Shǎnxī` is Shaanxi (陕西), `Shānxī` and toneless `Shanxi` are Shanxi (山西).
 *
 * @returns `undefined` for anything else, including Hong Kong, Macao and Taiwan (see
 *   {@link getContextRegion}).
 * @example getRegion('indre mongoliet')?.id // 'CN-NM'
 * @example getRegion('Shǎnxī')?.id // 'CN-SN'
 */
export function getRegion(key: string): Region | undefined {
  return typeof key === 'string' ? find(readKey(key), REGIONS, regionIndex) : undefined;
}

/** Hong Kong, Macao or Taiwan, by the same kinds of key as {@link getRegion}. */
export function getContextRegion(key: string): ContextRegion | undefined {
  return typeof key === 'string' ? find(readKey(key), CONTEXT_REGIONS, contextIndex) : undefined;
}

/**
 * One of the 31 regions or Hong Kong, Macao or Taiwan, whichever the key names: {@link getRegion}
 * and {@link getContextRegion} in one reading of the key.
 */
export function findRegionOrContext(key: string): { region: Region } | { context: ContextRegion } | undefined {
  const read = readKey(key);
  const region = find(read, REGIONS, regionIndex);
  if (region) return { region };
  const context = find(read, CONTEXT_REGIONS, contextIndex);
  return context && { context };
}

/**
 * Edit distance between two strings: insertions, deletions, substitutions and swaps of two
 * neighbouring letters (`Anhiu` is one step from `Anhui`).
 */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** Each region's names as {@link normalizeName} folds them, for the near-miss search. */
function foldedNames<T extends Named>(list: readonly T[]): { readonly region: T; readonly names: readonly string[] }[] {
  return list.map((region) => ({ region, names: [...new Set(namesOf(region).map(normalizeName))] }));
}

/** The folded names, and the longest of them: a key much longer than it is no near miss of any. */
const nearMisses = once(() => {
  const regions = foldedNames(REGIONS);
  const context = foldedNames(CONTEXT_REGIONS);
  return { regions, context, longest: Math.max(...[...regions, ...context].flatMap(({ names }) => names.map((n) => n.length))) };
});

/**
 * How many keys may be searched for near misses in one task (one file read, one render): a
 * file of 10,000 unknown names gets suggestions for its first ones, not 10,000 searches.
 */
export const SUGGESTIONS_PER_TASK = 20;
let searchesLeft = SUGGESTIONS_PER_TASK;

/** Spends one search of this task's budget; `false` when it is spent. */
function spendSearch(): boolean {
  if (searchesLeft === SUGGESTIONS_PER_TASK) queueMicrotask(() => (searchesLeft = SUGGESTIONS_PER_TASK));
  if (searchesLeft === 0) return false;
  searchesLeft--;
  return true;
}

/**
 * The regions whose names come closest to a key that matched none ("did you mean"),
 * best first. Only near misses count: at most a third of the key's letters may differ. A key
 * as close to Hong Kong, Macao or Taiwan as to a region gets no region suggested ("Macua" is
 * not a misspelt Hainan). Names much shorter or longer than the key are not compared, a key
 * longer than any name by a third is not searched, and only the first
 * {@link SUGGESTIONS_PER_TASK} keys of a task are (later ones get none), so that no input
 * costs more than reading it.
 *
 * @example suggestRegions('Shanxii').map((r) => r.id) // ['CN-SX', 'CN-SN']
 */
export function suggestRegions(key: string, limit = 3): Region[] {
  const text = String(key);
  const folded = nearMisses();
  if (text.length > 4 * folded.longest) return []; // before folding: a long key is not read at all
  const normalized = withoutSuffix(normalizeName(text));
  const threshold = Math.max(1, Math.floor(normalized.length / 3));
  if (!normalized || normalized.length - threshold > folded.longest || !spendSearch()) return [];
  const closest = (names: readonly string[]) =>
    Math.min(...names.filter((n) => Math.abs(n.length - normalized.length) <= threshold).map((n) => editDistance(normalized, n)));
  const context = Math.min(...folded.context.map(({ names }) => closest(names)));
  return folded.regions
    .map(({ region, names }) => ({ region, distance: closest(names) }))
    .filter(({ distance }) => distance <= threshold && distance < context)
    .sort((a, b) => a.distance - b.distance)
    .slice(0, limit)
    .map(({ region }) => region);
}
