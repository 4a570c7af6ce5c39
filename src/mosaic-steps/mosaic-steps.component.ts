import { adoptStylesHere } from '../element/adopt-styles.js';
import { paintedBackground } from '../element/painted-background.js';
import { warnOnce } from '../element/warn-once.js';
import { stepsStyles } from './mosaic-steps.styles.js';

/** Detail of `step-change`. */
export interface StepChangeDetail {
  /** The active step's position among the `<mosaic-step>` children, or -1 before the first step. */
  index: number;
  /** The active `<mosaic-step>`, or `null` before the first step. */
  step: HTMLElement | null;
  /** `down` to a later step, `up` to an earlier one (or back before the first). */
  direction: 'down' | 'up';
}

/**
 * A step's attributes that are its own, never the graphic's, even where the graphic observes
 * one of that name (`lang` of a step is the language of its text).
 */
const OWN_ATTRIBUTE = /^(id|class|style|slot|lang|dir|role|title|hidden|tabindex|part|is|inert|on.*|data-.*|aria-.*)$/;

/** The styles as one sheet for every instance, made on first use. */
let sheet: CSSStyleSheet | undefined;


// On a server (Node, no DOM) the module still loads, as the widgets' do with Lit's stand-in:
// the class is defined over an empty base and never registered (define() needs a registry).
const HTMLElement = (globalThis.HTMLElement ?? class {}) as typeof globalThis.HTMLElement;

/**
 * Scrollytelling by markup alone: steps of an article that change a graphic as they are read.
 * Each `<mosaic-step>` child says with attributes what the graphic shows while the step is
 * the active one, the one crossing the middle of the screen (or, on a phone, the middle of
 * the screen below the graphic) or holding the keyboard focus.
 *
 * **What applies.** A step's attributes are set on the graphic while it is active, but only
 * names the graphic observes (its `observedAttributes`: for the charts `metric`, `mode`,
 * `cluster`, `highlight`, `selected`, `note`, ...). A step's own attributes (`id`, `class`,
 * `style`, `slot`, `lang`, `dir`, `role`, `title`, `hidden`, `tabindex`, `on*`, `data-*`,
 * `aria-*`) are never passed on, nor is any name the graphic does not observe.
 *
 * **States.** The graphic's own attributes are its baseline (each as it was just before a step
 * first changed it). The state is always the baseline plus the active step: an attribute an earlier step set and
 * this one does not is put back to its baseline value (or removed), so that scrolling back
 * restores each earlier state exactly. Before the first step the graphic shows its baseline;
 * after the last, the last step's state stays. `note` (a line above the source) carries a
 * step's note on the charts.
 *
 * **Layout.** Wide (640 px and over): the steps beside the graphic, which stays in view
 * (`position: sticky`). Narrow (a phone): the graphic sticks at the top of the screen and the
 * steps scroll over it as cards on the page's own background, a screen of graphic between two.
 * Steps are boxes of the page's own text: its font, its colour.
 * Sticky positioning needs no ancestor with `overflow: hidden` between the element and the page.
 *
 * **Without JavaScript, and for a screen reader.** The steps are light-DOM children: before
 * the script runs, or where it does not, they are ordinary paragraphs in reading order and the
 * graphic shows its own attributes. So give the graphic the attributes of the state that best
 * stands alone (the baseline, or the story's conclusion). The element never hides the steps'
 * text nor moves it out of order, and adds no tab stop.
 *
 * **Motion.** The widgets animate their changes (fills, bars) in 400 ms at most, and not at
 * all under `prefers-reduced-motion: reduce`.
 *
 * @example
 * <mosaic-steps>
 *   <province-map slot="graphic" metric="population"></province-map>
 *   <mosaic-step mode="clusters"><p>Three engines …</p></mosaic-step>
 *   <mosaic-step mode="highlight" cluster="yrd" selected="CN-AH" note="Anhui: quantum computing and nuclear fusion"><p>The Yangtze River Delta …</p></mosaic-step>
 *   <mosaic-step metric="rd-intensity"><p>…</p></mosaic-step>
 * </mosaic-steps>
 *
 * @tagname mosaic-steps
 *
 * @attr target - The `id` of a widget elsewhere on the page to drive, in place of one in the `graphic` slot.
 *
 * @slot graphic - The widget the steps drive (`<province-map slot="graphic">`).
 * @slot - The steps: `<mosaic-step>` elements, each holding the text of one step and, as attributes, what the graphic shows.
 *
 * @fires step-change - The active step changed. Detail ({@link StepChangeDetail}): `index` (-1 back before the first step), `step` (the `<mosaic-step>`, or `null`), `direction` (`down` or `up`).
 *
 * @csspart layout - The grid holding the graphic and the steps.
 * @csspart graphic - The sticky box around the graphic.
 * @csspart steps - The column of steps.
 *
 * @cssprop --im-steps-top - How far below the top of the screen the graphic sticks (under a site's fixed header). Default: 0px.
 * @cssprop --im-steps-gap - Room between the steps and the graphic side by side. Default: 2rem.
 * @cssprop --im-steps-step-background - Background of a step's box. Default: transparent beside the graphic; over it (narrow), the background the page paints around the element.
 */
export class MosaicSteps extends HTMLElement {
  static observedAttributes = ['target'];

  #graphic: Element | null = null;
  /**
   * The graphic's own value of each attribute a step set (`null`: absent), taken just before a
   * step first changed it: after the widget has reflected its defaults (`theme="auto"`).
   */
  #baseline = new Map<string, string | null>();
  /** Names the active step set on the graphic. */
  #applied = new Set<string>();
  #active = -1;
  /** The graphic's tag, not yet defined, whose definition this element waits for (once). */
  #waitingFor = '';
  #steps: HTMLElement[] = [];
  #line = 0;
  #intersections?: IntersectionObserver;
  #children?: MutationObserver;
  #box: HTMLElement;

  constructor() {
    super();
    const box = (name: string, parent: Node) => {
      const div = parent.appendChild(document.createElement('div'));
      div.setAttribute('class', name);
      div.setAttribute('part', name);
      return div;
    };
    const layout = box('layout', this.attachShadow({ mode: 'open' }));
    this.#box = box('graphic', layout);
    this.#box.appendChild(document.createElement('slot')).setAttribute('name', 'graphic');
    box('steps', layout).appendChild(document.createElement('slot'));
    this.addEventListener('focusin', () => this.#update());
  }

  /** The active step's index, or -1 before the first step. */
  get active(): number {
    return this.#active;
  }

  connectedCallback(): void {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(stepsStyles);
    }
    adoptStylesHere(this.shadowRoot!, [sheet]);
    this.#children ??= new MutationObserver(() => this.#collect());
    this.#children.observe(this, { childList: true });
    addEventListener('resize', this.#onResize);
    // A jump (a link, Home, a restored position) can carry a step past the line without any
    // step crossing the band: the steps are looked at again once per frame of scrolling.
    addEventListener('scroll', this.#onScroll, { capture: true, passive: true });
    this.#collect();
  }

  disconnectedCallback(): void {
    this.#children?.disconnect();
    this.#intersections?.disconnect();
    removeEventListener('resize', this.#onResize);
    removeEventListener('scroll', this.#onScroll, { capture: true });
  }

  attributeChangedCallback(): void {
    if (!this.#graphic) return;
    this.#show(-1); // the old graphic back to its baseline
    this.#graphic = null;
    this.#baseline.clear();
    this.#update();
  }

  #onResize = () => this.#watch();

  #frame = 0;
  #onScroll = ({ target }: Event) => {
    // The page, or a scroller around the steps; not a table box or another widget's list.
    if (target !== document && !(target as Node).contains?.(this)) return;
    this.#frame ||= requestAnimationFrame(() => {
      this.#frame = 0;
      this.#update();
    });
  };

  /** The graphic: the target, or the slotted widget. Looked for until found, as it may be parsed after this element. */
  #find(): Element | null {
    const id = this.getAttribute('target');
    return id ? ((this.getRootNode() as Document).getElementById?.(id) ?? null) : this.querySelector(':scope > [slot="graphic"]');
  }

  /** Finds the steps (children may arrive after the element connects, as the page is parsed). */
  #collect(): void {
    this.#steps = [...this.children].filter((c): c is HTMLElement => c.localName === 'mosaic-step');
    this.#watch();
  }

  /**
   * Watches the steps cross the trigger line, a one-pixel band across the middle of the screen
   * (the graphic beside the steps, or under them on a phone).
   */
  #watch(): void {
    if (!this.isConnected) return;
    const height = innerHeight;
    this.#line = Math.round(height / 2);
    this.#intersections?.disconnect();
    this.#intersections = new IntersectionObserver(() => this.#update(), {
      rootMargin: `${-this.#line}px 0px ${this.#line + 1 - height}px 0px`,
    });
    for (const step of this.#steps) this.#intersections.observe(step);
    this.#update();
  }

  /**
   * The active step: one holding the keyboard focus while in view, or else the last whose top
   * has passed the line. Worked out from where the steps are rather than from which crossed the
   * line, so that a jump (a link, Home, a restored scroll position) lands in the right state.
   */
  #update(): void {
    const focused = (this.getRootNode() as Document).activeElement;
    let index = -1;
    this.#steps.forEach((step, i) => {
      if (step.getBoundingClientRect().top <= this.#line) index = i;
    });
    const held = this.#steps.findIndex((step) => {
      const box = step.getBoundingClientRect();
      return step.contains(focused) && focused!.matches(':focus-visible') && box.bottom > 0 && box.top < innerHeight;
    });
    this.#show(held < 0 ? index : held);
  }

  /**
   * The baseline plus step `index` on the graphic, and `step-change`, when it is a change (or the
   * graphic has just been found, or `force`): a step that stays active leaves the graphic to the
   * reader, whose choices (a region selected on it) the next scroll must not undo.
   */
  #show(index: number, force = false): void {
    const step = this.#steps[index] ?? null;
    // A graphic the page replaced (a CMS or an app re-rendering it) is let go: its successor is driven.
    if (this.#graphic && (!this.#graphic.isConnected || this.#graphic !== this.#find())) {
      this.#graphic = null;
      this.#baseline.clear();
      this.#applied.clear();
    }
    const found = !this.#graphic;
    const graphic = (this.#graphic ??= this.#find());
    if (index === this.#active && !force && !(found && graphic)) return;
    const tag = graphic?.localName ?? '';
    const observed: readonly string[] | undefined = (customElements.get(tag) as { observedAttributes?: string[] } | undefined)?.observedAttributes;
    if (graphic && !observed && tag.includes('-') && this.#waitingFor !== tag) {
      this.#waitingFor = tag;
      customElements.whenDefined(tag).then(() => this.#show(this.#active, true), () => {});
    }
    if (step && !graphic) warnOnce(`no graphic`, `<mosaic-steps> has no graphic to drive: put a widget in it with slot="graphic", or name one with target="its id".`);
    const wanted = new Map<string, string>();
    for (const { name, value } of step && observed ? step.attributes : []) {
      if (observed!.includes(name) && !OWN_ATTRIBUTE.test(name)) wanted.set(name, value);
      else if (!OWN_ATTRIBUTE.test(name)) warnOnce(`${tag} ${name}`, `<mosaic-step ${name}> is left out: <${tag}> has no attribute "${name}".`);
    }
    for (const name of this.#applied) {
      if (wanted.has(name)) continue;
      const value = this.#baseline.get(name);
      if (value == null) graphic?.removeAttribute(name);
      else graphic?.setAttribute(name, value);
    }
    for (const [name, value] of wanted) {
      if (!this.#baseline.has(name)) this.#baseline.set(name, graphic!.getAttribute(name));
      graphic!.setAttribute(name, value);
    }
    this.#applied = new Set(wanted.keys());
    for (const s of this.#steps) if (s !== step) s.removeAttribute('aria-current');
    step?.setAttribute('aria-current', 'step');
    const from = this.#active;
    if (index === from) return;
    this.#active = index;
    // Cards over the graphic on a phone take the background the page paints around the element
    // now (a site's dark mode may have been switched on since the last step).
    this.#box.parentElement!.style.setProperty('--_page', paintedBackground(this) ?? 'Canvas');
    this.dispatchEvent(
      new CustomEvent<StepChangeDetail>('step-change', {
        bubbles: true,
        composed: true,
        detail: { index, step, direction: index > from ? 'down' : 'up' },
      }),
    );
  }
}
