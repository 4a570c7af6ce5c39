/**
 * The `<mosaic-note>` children of a widget, read from its light DOM and followed while it is
 * on the page: a note added, removed, edited or pointed at another region redraws the widget.
 * Notes are not slotted (nothing of them shows but what the widget draws), and need no element
 * definition of their own: before the script runs they read as text in the widget's fallback.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import type { NoteMarkup } from '../text/notes.js';

export const NOTE_TAG = 'mosaic-note';

export class NoteChildren implements ReactiveController {
  /** The notes in the page's order; a new array only when one of them changed. */
  markup: readonly NoteMarkup[] = [];
  private observer: MutationObserver | null = null;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.read();
    this.observer ??= new MutationObserver(() => this.read() && this.host.requestUpdate());
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true, attributeFilter: ['region'] });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = null;
  }

  /** Reads the notes again; whether they changed. */
  private read(): boolean {
    const next = [...this.host.children]
      .filter((child) => child.localName === NOTE_TAG)
      .map((child) => ({ region: child.getAttribute('region') ?? '', text: (child.textContent ?? '').replace(/\s+/g, ' ').trim() }));
    if (next.length === this.markup.length && next.every((n, i) => n.region === this.markup[i]!.region && n.text === this.markup[i]!.text)) return false;
    this.markup = next;
    return true;
  }
}
