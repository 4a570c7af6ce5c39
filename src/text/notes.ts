/**
 * Notes a page writes inside a widget (`<mosaic-note region="CN-AH">Hefei: …</mosaic-note>`),
 * read into the region each points at, numbered in the page's order; or the problem with the
 * first that names no region. A note with a bad region is left out, the others stay. DOM-free.
 */
import { getRegion } from '../data/lookup.js';
import type { RegionId } from '../data/types.js';
import type { Language } from '../i18n/language.js';
import type { Problem } from './problem.js';
import { notARegion } from './region-keys.js';

/** A note as the page wrote it: its `region` attribute and its text. */
export interface NoteMarkup {
  readonly region: string;
  readonly text: string;
}

export interface Note {
  readonly region: RegionId;
  /** The page's text, spaces collapsed; always rendered as text. */
  readonly text: string;
  /** 1, 2, 3… in the page's order, for markers and the list. */
  readonly number: number;
}

export function readNotes(given: readonly NoteMarkup[], language: Language): { notes: Note[]; problem: Problem | null } {
  const notes: Note[] = [];
  let problem: Problem | null = null;
  for (const { region, text } of given) {
    const id = getRegion(region.trim())?.id as RegionId | undefined;
    if (!id) problem ??= notARegion('<mosaic-note> region', region.trim(), language);
    else if (text) notes.push({ region: id, text, number: notes.length + 1 });
  }
  return { notes, problem };
}
