/**
 * Finding a region from whatever a person or a spreadsheet calls it. DOM-free.
 */
import { CONTEXT_REGIONS, REGIONS } from './bundle.generated.js';
import type { ContextRegion, Region } from './types.js';

/**
 * Folds case, accents, width and punctuation: `Xīzàng`, `XIZANG` and `xi-zang` all become
 * `xizang`; Chinese characters stay as they are.
 */
export function normalizeName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s\-_'’.·,()（）]/g, '');
}

/** Generic words that may follow a name: "Anhui Province", "Beijing Municipality". */
const SUFFIXES = /(province|municipality|provinsen|provins|kommune)$/;

/** `CN-AH`, `cn_ah`, `cn ah`: ISO 3166-2. HASC forms (`CN.HB` is Hebei, ISO `CN-HB` is Hubei) are not accepted. */
const ISO_CODE = /^cn[-_ ]?([a-z]{2})$/i;

type Named = Region | ContextRegion;

function namesOf(region: Named): string[] {
  const names = [region.name.en, region.name.zh, region.name.da];
  if ('nameAltEn' in region) names.push(...region.nameAltEn, region.nameZhFull, region.pinyin, region.isoName);
  return names;
}

function buildIndex<T extends Named>(list: readonly T[]): Map<string, T> {
  const index = new Map<string, T>();
  for (const region of list) {
    index.set(region.gb, region);
    for (const name of namesOf(region)) index.set(normalizeName(name), region);
  }
  return index;
}

const regionIndex = buildIndex(REGIONS);
const contextIndex = buildIndex(CONTEXT_REGIONS);

function find<T extends Named>(key: string, list: readonly T[], index: Map<string, T>): T | undefined {
  const trimmed = key.trim();
  const code = ISO_CODE.exec(trimmed);
  if (code) return list.find((r) => r.id === `CN-${code[1].toUpperCase()}`);
  if (/^cn\./i.test(trimmed)) return undefined; // HASC: see ISO_CODE
  const normalized = normalizeName(trimmed);
  return index.get(normalized) ?? index.get(normalized.replace(SUFFIXES, ''));
}

/**
 * One of the 31 regions, by ISO 3166-2 code (`CN-AH`), GB/T 2260 code (`340000`) or a name in
 * English, Chinese or Danish, including alternative and full forms (`Xizang`, `内蒙古自治区`,
 * `Indre Mongoliet`), ignoring case, accents and spacing.
 *
 * @returns `undefined` for anything else, including Hong Kong, Macao and Taiwan (see
 *   {@link getContextRegion}).
 * @example getRegion('indre mongoliet')?.id // 'CN-NM'
 */
export function getRegion(key: string): Region | undefined {
  return typeof key === 'string' ? find(key, REGIONS, regionIndex) : undefined;
}

/** Hong Kong, Macao or Taiwan, by the same kinds of key as {@link getRegion}. */
export function getContextRegion(key: string): ContextRegion | undefined {
  return typeof key === 'string' ? find(key, CONTEXT_REGIONS, contextIndex) : undefined;
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

/**
 * The regions whose names come closest to a key that matched none ("did you mean"),
 * best first. Only near misses count: at most a third of the key's letters may differ.
 *
 * @example suggestRegions('Shanxii').map((r) => r.id) // ['CN-SX', 'CN-SN']
 */
export function suggestRegions(key: string, limit = 3): Region[] {
  const normalized = normalizeName(String(key)).replace(SUFFIXES, '');
  if (!normalized) return [];
  const threshold = Math.max(1, Math.floor(normalized.length / 3));
  const best = new Map<Region, number>();
  for (const region of REGIONS) {
    for (const name of namesOf(region)) {
      const distance = editDistance(normalized, normalizeName(name));
      if (distance <= threshold && distance < (best.get(region) ?? Infinity)) best.set(region, distance);
    }
  }
  return [...best].sort((a, b) => a[1] - b[1]).slice(0, limit).map(([region]) => region);
}
