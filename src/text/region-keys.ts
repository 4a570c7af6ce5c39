/** Region names in attributes (`highlight="Anhui CN-JS"`), resolved or explained. DOM-free. */
import { clusters } from '../data/index.js';
import { findRegionOrContext, getContextRegion, MAX_NAME_WORDS, suggestRegions } from '../data/lookup.js';
import type { ContextRegion, Region, RegionId } from '../data/types.js';
import type { Language } from '../i18n/language.js';
import { listOr } from '../i18n/messages.js';
import { checkChoice, checkLength, quote, type Problem } from './problem.js';

/**
 * The regions named in a space-separated attribute value (ISO codes, GB codes or names, which
 * may themselves hold spaces), or the problem with the first name that is not one of them:
 * Hong Kong, Macao or Taiwan in any spelling, or an unknown name with the closest suggested.
 *
 * @example regionKeys('highlight', 'Anhui CN-JS', 'en').ids // ['CN-AH', 'CN-JS']
 */
export function regionKeys(attribute: string, text: string, language: Language): { ids: RegionId[]; problem: Problem | null } {
  const ids: RegionId[] = [];
  const long = checkLength(attribute, text, MAX_REGIONS_TEXT, language);
  if (long) return { ids, problem: long };
  const words = text.trim().split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; ) {
    const match = nameAt(words, i);
    if (!match) {
      // The words up to the next name make the unknown one: "Hong Kongg", not "Hong".
      let end = i + 1;
      while (end < words.length && end - i < MAX_NAME_WORDS && !nameAt(words, end)) end++;
      return { ids, problem: unknownRegion(attribute, words.slice(i, end).join(' '), language) };
    }
    if (match.context) return { ids, problem: contextRegion(attribute, match.key, match.context, language) };
    if (!ids.includes(match.region!.id)) ids.push(match.region!.id);
    i += match.length;
  }
  return { ids, problem: null };
}

/**
 * Longest value a region attribute is read in: every region named once by its longest name
 * takes under 500 characters. Longer text is refused unread, so that no value costs more
 * than a glance.
 */
export const MAX_REGIONS_TEXT = 2000;

/** The longest run of words from `start` that names a region or a context region ("Inner Mongolia", "Hong Kong SAR"). */
function nameAt(words: readonly string[], start: number): { key: string; length: number; region?: Region; context?: ContextRegion } | null {
  for (let length = Math.min(MAX_NAME_WORDS, words.length - start); length > 0; length--) {
    const key = words.slice(start, start + length).join(' ');
    const found = findRegionOrContext(key);
    if (found) return { key, length, ...found };
  }
  return null;
}

/** Why a single key names none of the 31: Hong Kong, Macao or Taiwan, or nothing known ("did you mean"). */
export function notARegion(attribute: string, key: string, language: Language): Problem {
  const long = checkLength(attribute, key, MAX_REGIONS_TEXT, language);
  if (long) return long;
  const context = getContextRegion(key);
  return context ? contextRegion(attribute, key, context, language) : unknownRegion(attribute, key, language);
}

/** "Hong Kong is not one of the 31 mainland regions; it is drawn as context, without data." */
function contextRegion(attribute: string, key: string, region: ContextRegion, language: Language): Problem {
  return {
    key: 'problem.contextRegion',
    params: { name: region.name[language] },
    detail: `${attribute}=${JSON.stringify(key)} is ${region.name.en} (${region.id}), which is drawn as context and is not one of the 31 mainland regions.`,
  };
}

/** "There is no region “Shanxii”. Did you mean Shanxi or Shaanxi?" */
export function unknownRegion(attribute: string, key: string, language: Language): Problem {
  const suggestions = suggestRegions(key);
  return {
    key: suggestions.length ? 'problem.unknownRegionSuggest' : 'problem.unknownRegion',
    params: { value: quote(key), suggestion: listOr(language, suggestions.map((r) => r.name[language])) },
    detail: `${attribute}=${JSON.stringify(key)} is not one of the 31 regions${suggestions.length ? ` (closest: ${suggestions.map((r) => r.id).join(', ')})` : ''}.`,
  };
}

/** The members of the cluster an attribute names (`bth`, `yrd`, `gba`, `edwc-guizhou`, ...), or the problem listing the clusters. */
export function clusterMembers(attribute: string, id: string): { ids: readonly RegionId[]; problem: Problem | null } {
  const cluster = clusters.find((c) => c.id === id);
  return cluster ? { ids: cluster.members, problem: null } : { ids: [], problem: checkChoice(attribute, id, clusters.map((c) => c.id)) };
}
