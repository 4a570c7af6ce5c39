/**
 * Honest words for statements over a series that may be partial: a rank, an average or an
 * extreme over the regions that have a figure says so ("of 30 with data"), and only a
 * complete series speaks of all 31 regions. "National" is kept for published national
 * figures. DOM-free.
 */
import type { Language } from '../i18n/language.js';
import { message } from '../i18n/messages.js';
import { REGION_IDS } from '../data/types.js';

/** Whether a series with this many figures covers every one of the 31 regions. */
export const isComplete = (coverage: number) => coverage >= REGION_IDS.length;

/** "Rank 3 of 31", or over a partial series "Rank 12 of 30 with data". */
export function rankText(rank: number, coverage: number, language: Language): string {
  return message(language, isComplete(coverage) ? 'data.rank' : 'data.rankWithData', { rank, count: coverage });
}

/** "the 31 regions", or over a partial series "the 17 regions with data". */
export function regionsPhrase(coverage: number, language: Language): string {
  return message(language, isComplete(coverage) ? 'data.regionsAll' : 'data.regionsWithData', { count: coverage });
}
