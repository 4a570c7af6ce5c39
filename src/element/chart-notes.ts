/**
 * The page's notes as the charts show them: a numbered list under the graphic (the one place
 * screen readers read them, in the page's order), and the message on a note whose region is
 * unknown, shown with the graphic rather than instead of it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { getRegion } from '../data/lookup.js';
import type { Language } from '../i18n/language.js';
import { message } from '../i18n/messages.js';
import { PUNCTUATION } from '../i18n/punctuation.js';
import type { Note } from '../text/notes.js';
import { describeProblem, type Problem } from '../text/problem.js';

/** @param shown whether sighted readers see the list (else the notes are drawn, and it is for screen readers only). */
export function noteList(notes: readonly Note[], shown: boolean, language: Language): TemplateResult | typeof nothing {
  if (!notes.length) return nothing;
  return html`<ol class="notes ${shown ? '' : 'visually-hidden'}" part="notes" aria-label=${message(language, 'notes.title')}>
    ${notes.map(
      (note) => html`<li value=${note.number}>
        <span class="note-number" aria-hidden="true">${note.number}</span
        ><span><span class="note-region">${getRegion(note.region)!.name[language]}${PUNCTUATION[language].colon}</span>${note.text}</span>
      </li>`,
    )}
  </ol>`;
}

/** The notes of a region, for its table row and tooltip. */
export function notesOf(notes: readonly Note[], region: string): string {
  return notes
    .filter((n) => n.region === region)
    .map((n) => n.text)
    .join(' ');
}

export function noteProblem(problem: Problem | null, language: Language): TemplateResult | typeof nothing {
  return problem ? html`<p class="problem note-problem" part="notice" role="status">${describeProblem(problem, language)}</p>` : nothing;
}

/** The list's items as lines of text (`1. Anhui: …`), for a figure made a file. */
export function noteLines(notes: readonly Note[], language: Language): string[] {
  return notes.map((note) => `${note.number}. ${getRegion(note.region)!.name[language]}${PUNCTUATION[language].colon}${note.text}`);
}
