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
 * Links a widget to the others of its `group`. `key` is the property that holds its region:
 * `selected` (the map, the comparison: they take hover, selections and their clearing) or
 * `region` (the card, which shows one region: it takes selections only and keeps its last one).
 * What a widget takes from the group it neither sends back nor announces as its own events.
 */
export class GroupLink implements ReactiveController {
  /** The region hovered or focused in another widget of the group, shown without a tooltip. */
  hovered: string | null = null;
  /** The value of `key` the group knows already (`undefined` before the first update: a starting attribute is the widget's own, not sent). */
  private shared: string | undefined;

  constructor(
    private readonly host: Host,
    private readonly key: Key,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener(GROUP_EVENT, this.onMessage);
    this.host.addEventListener('region-hover', this.onHover);
    this.host.addEventListener('focusout', this.onFocusOut);
  }

  hostDisconnected(): void {
    document.removeEventListener(GROUP_EVENT, this.onMessage);
    this.host.removeEventListener('region-hover', this.onHover);
    this.host.removeEventListener('focusout', this.onFocusOut);
  }

  /** A change of `key`, whoever made it, goes to the group once; one that came from it does not. */
  hostUpdate(): void {
    const value = this.host[this.key] ?? '';
    if (value === this.shared) return;
    const first = this.shared === undefined;
    this.shared = value;
    if (!first) this.send('select', value);
  }

  private send(kind: GroupMessage['kind'], key: string | null): void {
    const region = key ? getRegion(key)?.id : null;
    // A group id of the comparison (`yrd`) is not a region: the others have nothing to show.
    if (!this.host.group || region === undefined) return;
    const detail: GroupMessage = { group: this.host.group, kind, region, source: this.host };
    document.dispatchEvent(new CustomEvent(GROUP_EVENT, { detail }));
  }

  private readonly onHover = (event: CustomEvent<{ region: string | null }>): void => this.send('hover', event.detail.region);

  /** Focus left the widget: its region is no longer pointed at. */
  private readonly onFocusOut = (event: FocusEvent): void => {
    if (!this.host.contains(event.relatedTarget as Node | null)) this.send('hover', null);
  };

  private readonly onMessage = (event: Event): void => {
    const { group, kind, region: key, source } = ((event as CustomEvent).detail ?? {}) as Partial<GroupMessage>;
    const region = key ? getRegion(key)?.id : null;
    if (!this.host.group || group !== this.host.group || source === this.host || region === undefined) return;
    if (kind === 'hover' && this.key === 'selected') {
      if (this.hovered !== region) this.host.requestUpdate();
      this.hovered = region;
    } else if (kind === 'select' && (region || this.key === 'selected')) {
      this.shared = region ?? '';
      this.host[this.key] = this.shared;
    }
  };
}
