/**
 * Hover, tap and selection for widgets whose items readers point at (regions, bars): which
 * item the pointer is over, whether a tap pinned its tooltip, and the `region-hover` and
 * `region-select` events, the same for mouse, touch and keyboard.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Detail of `region-select` and `region-hover`. */
export interface ChoiceEventDetail<Id extends string = string> {
  /** The item's id (a region's ISO code), or `null` when the selection is cleared or the pointer left. */
  readonly region: Id | null;
  /** The item's value in the shown metric, or `null` without one. */
  readonly value: number | null;
}

declare global {
  // Typed `addEventListener('region-select', (e) => e.detail.region)` on any element: both
  // events bubble and are composed, so a page may listen on a container.
  interface HTMLElementEventMap {
    'region-select': CustomEvent<ChoiceEventDetail>;
    'region-hover': CustomEvent<ChoiceEventDetail>;
  }
}

type Host = ReactiveControllerHost & HTMLElement & { selected: string };

export class PointerChoice<Id extends string = string> implements ReactiveController {
  /** The item under the pointer, or pinned by a tap; its tooltip shows. */
  hovered: Id | null = null;
  /** A tap pinned the tooltip: it stays until dismissed (close button, tap elsewhere, Escape). */
  pinned = false;
  /**
   * Escape hid the tooltip, whatever showed it (pointer, tap or focus), until the pointer or
   * the focus moves to another item (WCAG 1.4.13: dismissible without moving either).
   */
  hidden = false;
  private pointerType = 'mouse';

  constructor(
    private readonly host: Host,
    private readonly valueOf: (id: Id) => number | null,
  ) {
    host.addController(this);
  }

  // Escape anywhere on the page: a tooltip shown by hovering must close while focus is elsewhere.
  private readonly onPageKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') this.hide();
  };

  hostConnected(): void {
    document.addEventListener('keydown', this.onPageKey);
  }

  hostDisconnected(): void {
    document.removeEventListener('keydown', this.onPageKey);
  }

  /** Escape: hides the tooltip and unpins it; the selection stays. */
  hide(): void {
    if (this.hidden && !this.pinned) return;
    this.hidden = true;
    this.pinned = false;
    this.host.requestUpdate();
  }

  /** On `pointerdown` of an item: remembers whether a finger is about to tap. */
  pointerDown(event: PointerEvent): void {
    this.pointerType = event.pointerType;
  }

  /** On `pointerenter` of an item (a finger's is ignored: its tap shows the tooltip). */
  enter(event: PointerEvent, id: Id): void {
    if (event.pointerType !== 'touch' && !this.pinned) this.hover(id);
  }

  /** On `pointerleave` of the item's container. */
  leave(): void {
    if (!this.pinned) this.hover(null);
  }

  /** On `click` of an item: selects it; a tap also pins its tooltip. */
  click(id: Id): void {
    this.select(id);
    this.hidden = false;
    if (this.pointerType === 'touch') {
      this.pinned = true;
      this.hovered = id;
      this.host.requestUpdate();
    }
  }

  readonly dismiss = (): void => {
    this.pinned = false;
    this.hover(null);
  };

  /** Keyboard focus moved onto an item: the tooltip follows the keyboard now. */
  focus(id: Id): void {
    const was = this.hovered;
    this.hovered = null;
    this.pinned = false;
    this.hidden = false;
    if (was !== id) this.emit('region-hover', id);
    this.host.requestUpdate();
  }

  hover(id: Id | null): void {
    if (id === this.hovered) return;
    this.hovered = id;
    if (id) this.hidden = false;
    this.emit('region-hover', id);
    this.host.requestUpdate();
  }

  select(id: Id): void {
    this.host.selected = id;
    this.emit('region-select', id);
  }

  /** Escape inside the widget: hides the tooltip and clears the selection. */
  clear(): void {
    this.hide();
    if (this.host.selected) {
      this.host.selected = '';
      this.emit('region-select', null);
    }
  }

  private emit(name: 'region-select' | 'region-hover', id: Id | null): void {
    const detail: ChoiceEventDetail<Id> = { region: id, value: id ? this.valueOf(id) : null };
    this.host.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }
}
