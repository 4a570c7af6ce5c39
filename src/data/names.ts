/**
 * How region names are compared: case, accents, width and punctuation folded, generic words
 * such as "Province" set aside, and pinyin tone marks kept apart, since they alone tell
 * 山西 Shānxī from 陕西 Shǎnxī. DOM-free; used by the lookup and by the data compiler, which
 * checks that no two regions share a name.
 */
import type { ContextRegion, Region } from './types.js';

/** Every name a region goes by: in each language, alternative, full, romanized, and its aliases. */
export function namesOf(region: Omit<Region, 'clusters'> | ContextRegion): string[] {
  const names = [region.name.en, region.name.zh, region.name.da, ...region.aliases];
  if ('nameAltEn' in region) names.push(...region.nameAltEn, region.nameZhFull, region.pinyin, region.isoName);
  return names;
}

/**
 * Folds case, accents, width and punctuation: `Xīzàng`, `XIZANG` and `xi-zang` all become
 * `xizang`; Chinese characters stay as they are.
 */
export function normalizeName(text: string): string {
  return (NON_ASCII.test(text) ? text.normalize('NFKD').replace(/\p{M}/gu, '') : text)
    .toLowerCase()
    .replace(/[\s\-_'’.·,()（）]/g, '');
}

/** Plain ASCII has nothing to decompose (most keys are, and long ones are read faster so). */
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * Generic words that may follow a name: "Anhui Province", "Beijing City", "Tibet Autonomous
 * Region", "Hong Kong SAR", "Anhui Sheng", "西藏自治區", "台湾省".
 */
export const NAME_SUFFIXES: readonly string[] = Object.freeze([
  'Province', 'Municipality', 'City', 'Autonomous Region', 'Special Administrative Region', 'SAR', 'Region',
  'Sheng', 'Shi', 'Zizhiqu', 'provinsen', 'provins', 'kommune',
  '省', '市', '自治区', '自治區', '特别行政区', '特別行政區',
]);

/**
 * The first match starts leftmost, so "…autonomousregion" loses the whole phrase, not only
 * "region". Made on first use: folding the suffixes would cost a page's first task.
 */
let suffix: RegExp | undefined;

/** A normalized name without the generic word that ends it: `anhuiprovince` → `anhui`. */
export function withoutSuffix(normalized: string): string {
  return normalized.replace((suffix ??= new RegExp(`(?:${NAME_SUFFIXES.map(normalizeName).join('|')})$`)), '');
}

/** Grave, acute, macron and caron: the four pinyin tone marks. */
const TONE_MARK = /[\u0300\u0301\u0304\u030c]/;

/** Whether a name is pinyin written with tone marks (`Shǎnxī`). */
export function hasToneMarks(text: string): boolean {
  return NON_ASCII.test(text) && TONE_MARK.test(text.normalize('NFD'));
}

/** A name as {@link normalizeName} folds it, with the tone mark of each letter ('' for none). */
export interface TonedName {
  readonly letters: string;
  readonly tones: readonly string[];
}

/** `Shǎnxī Shěng` → `shanxisheng` with a caron on the first `a`, macron on the `i`, caron on the `e`. */
export function tonedName(text: string): TonedName {
  const letters: string[] = [];
  const tones: string[] = [];
  for (const char of text.normalize('NFKD')) {
    if (TONE_MARK.test(char)) {
      if (letters.length) tones[letters.length - 1] = char;
    } else if (!/\p{M}/u.test(char)) {
      const folded = normalizeName(char);
      for (const letter of folded) {
        letters.push(letter);
        tones.push('');
      }
    }
  }
  return { letters: letters.join(''), tones };
}

/** The same name without its generic word (`Shǎnxī Shěng` → `Shǎnxī`), or `null` if it has none. */
export function tonedWithoutSuffix(name: TonedName): TonedName | null {
  const letters = withoutSuffix(name.letters);
  return letters === name.letters ? null : { letters, tones: name.tones.slice(0, letters.length) };
}

/** Whether every tone mark written in `key` is the one `name` carries on that letter (unmarked letters fit any). */
export function tonesFit(key: TonedName, name: TonedName): boolean {
  return key.letters === name.letters && key.tones.every((tone, i) => !tone || tone === name.tones[i]);
}
