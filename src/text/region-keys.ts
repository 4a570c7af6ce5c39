/** Region names in attributes (`highlight="Anhui CN-JS"`), resolved or explained. DOM-free. */
import { clusters } from '../data/index.js';
import { getRegion, suggestRegions } from '../data/lookup.js';
import type { RegionId } from '../data/types.js';
import type { Language } from '../i18n/language.js';
import { listOr } from '../i18n/messages.js';
import { checkChoice, quote, type Problem } from './problem.js';

/**
 * The regions named in a space-separated attribute value (ISO codes, GB codes or names, which
 * may themselves hold spaces), or the problem with the first unknown one, suggesting the
 * closest names.
 *
 * @example regionKeys('highlight', 'Anhui CN-JS', 'en').ids // ['CN-AH', 'CN-JS']
 */
export function regionKeys(attribute: string, text: string, language: Language): { ids: RegionId[]; problem: Problem | null } {
  const ids: RegionId[] = [];
  const words = text.trim().split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; ) {
    // Names may hold spaces ("Inner Mongolia"): try the longest run of up to three words first.
    const length = [3, 2, 1].find((n) => i + n <= words.length && getRegion(words.slice(i, i + n).join(' ')));
    if (!length) return { ids, problem: unknownRegion(attribute, words[i], language) };
    const region = getRegion(words.slice(i, i + length).join(' '))!;
    if (!ids.includes(region.id)) ids.push(region.id);
    i += length;
  }
  return { ids, problem: null };
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
