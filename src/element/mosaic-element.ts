import { LitElement, html, isServer, nothing, render, type PropertyDeclaration, type PropertyValues, type TemplateResult } from 'lit';
import { defaultAttributes } from './attribute-defaults.js';
import { property, state } from 'lit/decorators.js';
import { backdropScheme, resolveColorScheme, THEME_CHOICES, type ColorScheme, type ThemeChoice } from './color-scheme.js';
import { closestLang, CONTENT_LANG, normalizeLanguage, type Language } from '../i18n/language.js';
import { message, type MessageKey, type MessageParams } from '../i18n/messages.js';
import { PUNCTUATION } from '../i18n/punctuation.js';
import { numberFormat } from '../data/format.js';
import { baseStyles } from './mosaic-element.styles.js';
import { prefersDark, watchPage } from '../controllers/page-watch.js';
import { checkChoice, checkWords, describeProblem, internalProblem, type Problem } from '../text/problem.js';
import { skippedRows } from '../text/skipped-rows.js';
import type { UserDataController } from '../controllers/user-data.js';
import { connectFirstDraw, disconnectFirstDraw, firstDraw, prepareSoon } from '../controllers/first-draw.js';
import { GroupLink } from '../controllers/group-link.js';
import { adoptStylesHere } from './adopt-styles.js';
import { paintedBackground } from './painted-background.js';
import { composeFigure, type Figure, type FigureBlock, type FigureOptions } from './static-figure.js';
import { Downloads, DOWNLOAD_FORMATS } from './downloads.js';
import { downloadsStyles } from './downloads.styles.js';
import { serverDrawnStyles } from './server-drawn.styles.js';
import type { DataTable } from './csv-file.js';
import { fileStem } from './download-files.js';

const DECIMAL_MARKS = ['.', ','] as const;

const startNumberFormats = (): void => void numberFormat(normalizeLanguage(document.documentElement.lang), {}).format(1234.5);

/**
 * The base of every widget. It resolves the reader's language and the palette, wraps the
 * widget's content in a themed frame, and turns bad input or an unexpected error into a short
 * localized message inside the widget plus one console warning, never an exception in the
 * host page. The widget recovers on the next render with good input.
 *
 * A widget implements {@link renderContent} and, for its own attributes, {@link checkInput}.
 *
 * No widget draws in the task that defines or inserts it: its first render waits for its turn
 * (`controllers/first-draw.ts`), in a later task, those in view first. Until then it shows
 * only {@link placeholder}, a box of the height its content will have. A widget whose drawing
 * is costly sets {@link defersDrawing}: off-screen, it waits with its placeholder until it
 * comes within one viewport height of the viewport.
 *
 * @attr lang - Language of the widget's text: `en`, `zh` or `da` (any BCP 47 tag; `zh-CN` is
 *   Chinese). Without it the nearest ancestor's `lang` applies, else English.
 *
 * @cssprop --im-font-family - Font of all text. Default: inherited from the page.
 * @cssprop --im-font-size - Base font size. Default: inherited from the page.
 * @cssprop --im-color-text - Text colour.
 * @cssprop --im-color-text-muted - Secondary text (sources, notes); keep ≥ 4.5:1 contrast.
 * @cssprop --im-color-background - Background of the widget.
 * @cssprop --im-color-surface - Background of panels, tooltips and table headers.
 * @cssprop --im-color-border - Borders and outlines of shapes; keep ≥ 3:1 contrast.
 * @cssprop --im-color-accent - Highlights and selection.
 * @cssprop --im-color-focus - Keyboard focus ring.
 * @cssprop --im-color-error - Text and edge of the error message.
 * @cssprop --im-color-error-surface - Background of the error message.
 * @cssprop --im-space - Base spacing unit. Default: 0.75rem.
 * @cssprop --im-radius - Corner radius. Default: 6px.
 * @cssprop --im-focus-width - Width of the focus ring. Default: 3px.
 *
 * @csspart frame - The themed box around all of the widget's content.
 * @csspart problem - The message shown instead of the content when input is bad.
 * @csspart data-note - The note under the content on rows of your data that could not be used, with their details.
 * @csspart downloads - The download menu (with `downloads`): its button, its list of files and its message.
 */
export abstract class MosaicElement extends LitElement {
  // The server's sheet only in Node: the browser bundle leaves it out (`isServer` is false there).
  static override styles = isServer ? [baseStyles, downloadsStyles, serverDrawnStyles] : [baseStyles, downloadsStyles];

  /**
   * The values each attribute with a fixed set of them accepts, by attribute name (`theme` here;
   * each widget adds its own), for tools that build pickers such as Storybook's controls.
   */
  static readonly choices: Readonly<Record<string, readonly string[]>> = { theme: THEME_CHOICES, decimal: DECIMAL_MARKS };

  /** Text and number attributes take their initialiser's value when empty (see attribute-defaults.ts). */
  static override finalize(): void {
    super.finalize();
    defaultAttributes(this);
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /**
   * Palette: `auto` follows the page around the widget: the background painted behind it, else
   * the page's CSS `color-scheme` (the reader's setting only where the page declares both), so a
   * light article stays light on a dark OS; `light` and `dark` force one. Printing is always light.
   */
  @property({ reflect: true }) theme: ThemeChoice = 'auto';

  /**
   * The decimal mark of the figures in your data (`src` or `data`): `.` (`1,234.5`) or `,`
   * (`1.234,5`, as Danish or German spreadsheets write). Needed only where the file cannot
   * tell: a column whose figures are all like `3.648` or `1,234`, which is otherwise reported.
   */
  @property() decimal: '' | '.' | ',' = '';

  /**
   * Links the widgets that share this name, with no script: a region hovered or focused in one
   * shows as hovered in the others; one selected in one (by the reader, or by `selected` or
   * `region` set from outside) is selected in all, and a card shows it (keeping its last region
   * when Escape clears the selection). Each widget starts from its own attributes. Events fire
   * only from the widget the reader used; a linked widget never takes the focus.
   */
  @property() group = '';

  /**
   * Files a reader can download from a small menu under the widget, in this order: `png` (the
   * graphic as the reader sees it, with its headline, legend and sources, at twice its width on
   * screen), `svg` (the same as a vector drawing) and `csv` (the data table, one row per region,
   * per group of `group-by` or per figure of a card, values as plain numbers, UTF-8 for Excel
   * and Google Sheets). Space-separated, any of them;
   * none by default. A file a widget cannot make is left out of its menu, with a console
   * warning. Under a Content-Security-Policy, PNG needs `img-src 'self' blob:`.
   *
   * @example <province-map metric="gdp" downloads="png svg csv"></province-map>
   */
  @property() downloads = '';

  /** The menu of {@link downloads}, and its files: the widget's {@link dataTable}, its {@link figure}, named {@link downloadName}. */
  private readonly downloadsMenu = new Downloads(this, {
    can: (format) => (format === 'csv' ? this.dataTable !== MosaicElement.prototype.dataTable : this.renderFigure !== MosaicElement.prototype.renderFigure),
    table: () => this.dataTable(),
    figure: (options) => this.figure({ ...options, scheme: this.colorScheme }),
    name: () => this.downloadName(),
  });

  /** The widget's place in its {@link group}: the region hovered in another widget of it. */
  protected readonly link = new GroupLink(this);

  /** The language the widget speaks, from `lang` on it or its nearest ancestor. */
  @state() protected language: Language = 'en';

  /** Widgets that set it draw only near the viewport, showing their {@link placeholder} until then. */
  protected static defersDrawing = false;

  /**
   * Markup a server drew (`@lit-labs/ssr`, declarative shadow DOM), shown until the first
   * render replaces it, so that the reader sees no gap and nothing moves. Such a widget draws
   * wherever it is, as one in view does: it is on screen already.
   */
  private readonly serverDrawn = !isServer && this.shadowRoot !== null;

  @state() private pageColorScheme = 'normal';
  @state() private readerPrefersDark = false;
  @state() private backdrop: ColorScheme | null = null;

  private inputProblem: Problem | null = null;
  private crash: Problem | null = null;
  /** The problem last warned of, by what it concerns (the widget's state, the page's notes). */
  private readonly lastWarning = new Map<string, string>();
  private pageSettingsStale = true;
  private connectedBefore = false;
  /** Whether the widget's first render may run (see {@link scheduleUpdate}); always on a server. */
  private turnCame = isServer;
  /** Whether the shadow root holds what stands in for the content until the first render: the {@link placeholder}, or the server's drawing. */
  private standIn = !isServer;
  private stopWatching: (() => void) | null = null;

  /**
   * Why the widget shows an error message instead of its content, or `null` when it draws.
   * Frameworks can read it at any time, also before the first draw; `updateComplete` resolves
   * once the widget has drawn (a map or card waiting off-screen draws when it nears the viewport).
   */
  get problem(): Problem | null {
    return this.turnCame ? (this.crash ?? this.inputProblem) : this.checkInput();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved into another document and back (an iframe): its style sheets are that window's.
    // (On its first connection here, Lit has just given the root ours.)
    const root = this.renderRoot as ShadowRoot;
    if (this.connectedBefore || root.ownerDocument !== document) adoptStylesHere(root, (this.constructor as typeof LitElement).elementStyles);
    this.connectedBefore = true;
    // Read on the next update, not here: reading computed style in every connectedCallback
    // would force a style recalculation per widget while a page inserts many of them.
    this.pageSettingsStale = true;
    if (this.hasUpdated) this.requestUpdate(); // moved: the new place may have another lang or scheme
    else if (this.standIn && !this.renderRoot.firstChild) this.renderRoot.appendChild(this.placeholder());
    this.stopWatching ??= watchPage(() => this.readPageSettings());
    prepareSoon((this.constructor as typeof MosaicElement).firstSteps());
    connectFirstDraw(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatching?.();
    this.stopWatching = null;
    disconnectFirstDraw(this);
  }

  /** The first update waits for the widget's turn (see `first-draw.ts`); the others are Lit's. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.turnCame) return super.scheduleUpdate();
    const defers = (this.constructor as typeof MosaicElement).defersDrawing && !this.serverDrawn;
    return firstDraw(this, {
      defers,
      steps: () => this.firstDrawSteps(),
      waiting: () => {
        // Off-screen: its requests start now, and a bad attribute is reported now, not when the reader gets there.
        this.startLoading();
        this.warnProblem(this.checkInput());
      },
      drawNow: () => {
        this.turnCame = true;
        this.performUpdate();
      },
    }).then(() => {
      this.turnCame = true;
      return super.scheduleUpdate();
    });
  }

  /**
   * Starts the requests the widget's attributes ask for (`src`, the map's `geometry-src`):
   * before each update, and as soon as a widget found off-screen starts to wait, so that its
   * data is on its way before the reader gets there.
   */
  protected startLoading(): void {}

  /**
   * Costly work the first draws of a kind of widget need once per page, done in tasks of its own
   * as soon as the first of them joins the page (with the script in the head, while the page is
   * still being read): here, the browser's number formats, which load their locale data on first
   * use (15-30 ms). Widgets add their own.
   */
  static firstSteps(): (() => void)[] {
    return [startNumberFormats];
  }

  /**
   * Costly work a widget does before its first render, each a step of its own (see
   * `first-draw.ts`), beyond what {@link firstSteps} prepared for the page: none here.
   */
  protected firstDrawSteps(): (() => void)[] {
    return [];
  }

  /**
   * What the widget shows until its first render: an empty box about as tall as its content
   * will be, made without Lit and sized by the widget's styles (`.placeholder`), so that a page
   * of a hundred waiting widgets pays little for them. Widgets add classes their styles size
   * (`tiles`, `compact`) or inline custom properties (set through the CSSOM, which a strict
   * policy allows), from the properties in {@link placeholderProperties}.
   */
  protected placeholder(): HTMLElement {
    const box = document.createElement('div');
    box.className = this.getAttribute('src') ? 'placeholder fetched' : 'placeholder';
    // Named and busy: a screen reader lists the widget before it is drawn.
    box.setAttribute('role', 'figure');
    box.setAttribute('aria-busy', 'true');
    box.setAttribute('aria-label', this.placeholderLabel(normalizeLanguage(closestLang(this))));
    return box;
  }

  /** The {@link placeholder}'s name: "Loading…" in the widget's language; widgets name what will come. */
  protected placeholderLabel(language: Language): string {
    return message(language, 'status.loading');
  }

  /** A property that sets the placeholder's size, changed before the first draw (by a framework, after inserting the widget): it is made again. */
  override requestUpdate(name?: PropertyKey, oldValue?: unknown, options?: PropertyDeclaration): void {
    super.requestUpdate(name, oldValue, options);
    // (Not while the element is upgraded: its attributes are read before it has a root.)
    const placeholder = name && this.standIn && !this.turnCame && this.renderRoot?.querySelector(':scope > .placeholder');
    if (placeholder && (this.constructor as typeof MosaicElement).placeholderProperties.includes(name as string)) placeholder.replaceWith(this.placeholder());
  }

  /** The properties {@link placeholder} reads. */
  protected static placeholderProperties: readonly string[] = ['src'];

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') {
      this.pageSettingsStale = true;
      this.requestUpdate();
    }
  }

  /**
   * Checks the widget's input before each render; the first problem found is shown instead
   * of the content. Widgets extend it: `return super.checkInput() ?? myChecks()`.
   */
  protected checkInput(): Problem | null {
    return (
      checkChoice('theme', this.theme, THEME_CHOICES) ??
      (this.decimal ? checkChoice('decimal', this.decimal, DECIMAL_MARKS) : null) ??
      checkWords('downloads', this.downloads.toLowerCase(), DOWNLOAD_FORMATS)
    );
  }

  /**
   * The reader's data, for a widget that takes it (`src`, `data`): rows of it that could not
   * be used are listed under the content (see {@link renderDataNote}).
   */
  protected readonly userData: UserDataController | null = null;

  /** The widget's content, drawn only when {@link checkInput} found no problem. */
  protected abstract renderContent(): TemplateResult;

  /**
   * The text a number attribute was given, for quoting it in a problem (`classes="12abc"`
   * is a NaN by then); the number itself when it was set as a property.
   */
  protected numberText(attribute: string, value: number | null): string {
    const text = this.getAttribute(attribute);
    return text !== null && Object.is(Number(text), value) ? text : String(value);
  }

  /** Interface text in the widget's language. */
  protected msg(key: MessageKey, params?: MessageParams): string {
    return message(this.language, key, params);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.startLoading();
    if (this.pageSettingsStale && this.isConnected) this.readPageSettings();
    // On a server the element has no ancestors to ask: its own `lang` speaks; the palette stays light.
    if (isServer) this.language = normalizeLanguage(this.getAttribute('lang'));
    super.willUpdate(changed);
    this.inputProblem = this.checkInput();
  }

  /** Removes the {@link placeholder} or the server's drawing, once, before the first render. */
  private removeStandIn(): void {
    if (!this.standIn) return;
    this.standIn = false;
    this.renderRoot.replaceChildren();
    // LitElement renders before the root's first child as it found it: gone now.
    this.renderOptions.renderBefore = null;
  }

  protected override update(changed: PropertyValues<this>): void {
    this.removeStandIn();
    super.update(changed);
  }

  protected override render(): TemplateResult {
    const content = this.inputProblem
      ? this.renderProblem(this.inputProblem)
      : html`${this.renderContent()}${this.downloadsMenu.render(this.downloads, this.language)}${this.renderDataNote()}`;
    return this.renderFrame(content);
  }

  /**
   * A quiet note under the content when rows of the reader's data could not be used: how
   * many, and (disclosed on request) each one's line and reason, in the reader's language.
   * Data from `src` arrives late: its line is kept empty until then, and when all rows were
   * used, so that the article under the widget never moves.
   */
  private renderDataNote(): TemplateResult | typeof nothing {
    const data = this.userData?.data;
    const note = data && skippedRows(data.problems, this.language, data.lines);
    if (!note) return this.userData?.fetched ? html`<div class="data-note"></div>` : nothing;
    return html`<details class="data-note" part="data-note">
      <summary>${note.summary}${PUNCTUATION[this.language].sentenceSpace}<span class="more">${this.msg('data.showDetails')}</span></summary>
      <ul>
        ${note.details.map((line) => html`<li>${line}</li>`)}
      </ul>
    </details>`;
  }

  /**
   * The widget's current state as one standalone SVG (its headline, graphic, legend, notes and
   * source line; see `static-figure.ts`), or `null` when it has nothing to draw: a problem
   * (see {@link problem}), or data still on its way. A widget not yet rendered (in Node, for
   * the command line renderer) reads its attributes first, as a render would.
   */
  figure(options: FigureOptions): Figure | null {
    if (!this.hasUpdated) {
      if (this.isConnected) this.readPageSettings(true); // its palette, though it has not drawn yet
      this.willUpdate(new Map() as PropertyValues<this>);
    }
    return this.problem ? null : this.renderFigure(options);
  }

  /** What {@link figure} draws, once the input is good; widgets that have a figure implement it. */
  protected renderFigure(_options: FigureOptions): Figure | null {
    return null;
  }

  /** `blocks` as this widget's {@link figure}: its styles made static, its language's fonts. */
  protected figureOf(blocks: readonly FigureBlock[], options: FigureOptions, text: { readonly label: string; readonly description?: string }): Figure {
    return composeFigure(blocks, (this.constructor as typeof LitElement).elementStyles, options, text, this.language);
  }

  /**
   * The data table as the CSV download gives it (see `csv-file.ts`), or `null` while there is
   * none; widgets that have a table implement it.
   */
  protected dataTable(): DataTable | null {
    return null;
  }

  /**
   * The download's file name without its extension, ASCII only: the tag and the language here
   * (`region-card-zh`); widgets add what their state shows (`province-map-gdp-zh`).
   */
  protected downloadName(): string {
    return fileStem([this.localName, this.language]);
  }

  /** The palette the widget is drawn in now. */
  protected get colorScheme(): ColorScheme {
    return resolveColorScheme(this.theme, this.pageColorScheme, this.readerPrefersDark, this.backdrop);
  }

  /**
   * Lit's update, with any exception turned into the error state: an exception here would
   * otherwise surface as an unhandled rejection in the host page.
   */
  protected override performUpdate(): void {
    this.crash = null;
    try {
      super.performUpdate();
    } catch (error) {
      this.crash = internalProblem(error);
      try {
        this.removeStandIn();
        render(this.renderFrame(this.renderProblem(this.crash)), this.renderRoot, this.renderOptions);
      } catch {
        // Nothing more can be shown; the console warning below still says what happened.
      }
    }
    this.warnProblem(this.problem);
  }

  private readPageSettings(evenBeforeItsTurn = false): void {
    this.language = normalizeLanguage(closestLang(this));
    // Computed style costs a style recalculation: a widget waiting for its turn reads it when it draws.
    if (!this.turnCame && !evenBeforeItsTurn) return;
    this.pageSettingsStale = false;
    this.pageColorScheme = getComputedStyle(this).colorScheme || 'normal';
    this.readerPrefersDark = prefersDark();
    this.backdrop = backdropScheme(paintedBackground(this) ?? '');
  }

  /** One console warning per distinct problem of each `concern`, not one per render. */
  protected warnProblem(problem: Problem | null, concern = 'state'): void {
    const signature = problem ? `${problem.key}\n${problem.detail}` : '';
    if (signature && signature !== this.lastWarning.get(concern)) {
      console.warn(`innovation-mosaic: <${this.localName}> ${problem!.detail}`, this);
    }
    this.lastWarning.set(concern, signature);
  }

  private renderFrame(content: TemplateResult): TemplateResult {
    return html`<div class="frame" part="frame" data-scheme=${this.colorScheme} lang=${CONTENT_LANG[this.language]}>
      ${content}
    </div>`;
  }

  /**
   * The error message, announced (an alert: it replaces the graphic); a widget may wrap it to
   * keep its box the size the content would have.
   */
  protected renderProblem(problem: Problem): TemplateResult {
    return html`<div class="problem" part="problem" role="alert">
      <strong>${this.msg('problem.title')}</strong>
      <p>${describeProblem(problem, this.language)}</p>
    </div>`;
  }
}

