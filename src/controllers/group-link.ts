/**
 * Widgets that share a `group` name follow each other, with no script of the page's own: a
 * region hovered or focused in one shows as hovered in the others, and a selection made in one
 * (by the reader, or by a page or script setting `selected`/`region`) is made in all.
 *
 * They talk through one plain CustomEvent on `document`, {@link GROUP_EVENT}, so that widgets in
 * light DOM and in other shadow roots hear each other, and so do two copies of the library on
 * one page: keep its detail ({@link GroupMessage}) as it is, with no version in it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getRegion } from '../data/lookup.js';

/** The event on `document` that carries a {@link GroupMessage}. */
export const GROUP_EVENT = 'innovation-mosaic:group';

/** Detail of {@link GROUP_EVENT}. */
export interface GroupMessage {
  /** The `group` attribute of the widget that sent it. */
  readonly group: string;
  /** `hover`: the pointer or keyboard focus is on the region (`null`: on none). `select`: the region was selected (`null`: the selection was cleared). */
  readonly kind: 'hover' | 'select';
  /** A region's ISO code (`CN-AH`), or `null`. */
  readonly region: string | null;
  /** The widget that sent it, which ignores its own messages. */
  readonly source: EventTarget;
}

type Key = 'selected' | 'region';
type Host = ReactiveControllerHost & HTMLElement & { group: string } & Partial<Record<Key, string>>;

/**
 * Links a widget to the others of its `group`. Its region is in `selected` where it has that
 * property (the map, the comparison: they take hover, selections and their clearing), else in
 * `region` (the card, which shows one region: it takes selections only and keeps its last one).
 * What a widget takes from the group it neither sends back nor announces as its own events.
 */
export class GroupLink implements ReactiveController {
  /** The region hovered or focused in another widget of the group, shown without a tooltip. */
  hovered: string | null = null;
  /** The value of `key` the group knows already. */
  private shared: string | undefined;
  /** The group this widget is in, and whether it last told it of a hovered region (to take back when it leaves). */
  private joined = '';
  private hovering = false;

  private readonly key: Key;

  constructor(private readonly host: Host) {
    this.key = 'selected' in host ? 'selected' : 'region';
    host.addController(this);
  }

  hostConnected(): void {
    // The attribute a widget starts with is its own: the group hears of later changes only.
    this.shared ??= this.host[this.key] ?? '';
    document.addEventListener(GROUP_EVENT, this);
    this.host.addEventListener('region-hover', this);
    this.host.addEventListener('focusout', this);
  }

  hostDisconnected(): void {
    this.leave();
    document.removeEventListener(GROUP_EVENT, this);
    this.host.removeEventListener('region-hover', this);
    this.host.removeEventListener('focusout', this);
  }

  /** A change of `key`, whoever made it, goes to the group once; one that came from it does not. */
  hostUpdate(): void {
    if (this.host.group !== this.joined) {
      // Another group, or none: the old one is told the hover ended; its hover is no longer shown here.
      this.leave();
      this.hovered = null;
      this.joined = this.host.group;
    }
    const value = this.host[this.key] ?? '';
    if (value !== this.shared) this.send('select', (this.shared = value));
  }

  /**
   * The widget's own `region-hover`, sent to the group; the keyboard leaving the widget, sent as
   * no hover (else the others keep outlining the region focused last); or a message from the
   * group, taken.
   */
  handleEvent(event: CustomEvent | FocusEvent): void {
    const { type } = event;
    if (type === 'focusout') {
      const to = (event as FocusEvent).relatedTarget as Node | null;
      return to && this.host.contains(to) ? undefined : this.send('hover', null);
    }
    const { detail } = event as CustomEvent;
    if (type === 'region-hover') return this.send('hover', detail.region);
    const { group, kind, source } = (detail ?? {}) as Partial<GroupMessage>;
    if (!group || group !== this.host.group || source === this.host) return;
    const region = isoCode(detail?.region);
    if (region === undefined) return;
    if (kind === 'hover' && this.key === 'selected') {
      this.hovered = region;
      this.host.requestUpdate();
    } else if (kind === 'select' && (region || this.key === 'selected')) {
      this.host[this.key] = this.shared = region ?? '';
    }
  }

  /** Tells the group it is in that this widget's hover ended, if it had told it of one. */
  private leave(): void {
    if (this.hovering && this.joined) this.send('hover', null, this.joined);
  }

  private send(kind: GroupMessage['kind'], key: string | null, group = this.host.group): void {
    if (!group) return;
    // A group id of the comparison (`yrd`) is not a region: the others have nothing to show
    // (for a hover, that means no region is hovered).
    let region = isoCode(key);
    if (region === undefined && kind === 'hover') region = null;
    if (region === undefined) return;
    if (kind === 'hover') this.hovering = region !== null;
    document.dispatchEvent(new CustomEvent(GROUP_EVENT, { detail: { group, kind, region, source: this.host } satisfies GroupMessage }));
  }
}

/** A region's ISO code, `null` for none, `undefined` for an id that is not a region's. */
const isoCode = (key: string | null | undefined) => (key ? getRegion(key)?.id : null);
