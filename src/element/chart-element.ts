import type { Language } from '../i18n/language.js';
import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { chartStyles } from './chart.styles.js';
import { MosaicElement } from './mosaic-element.js';
import { checkLength, type Problem } from '../text/problem.js';
import { NoteChildren } from '../controllers/note-children.js';
import { Memo } from './memo.js';
import { readNotes } from '../text/notes.js';
import type { FigureBlock } from './static-figure.js';

/** Longest `value-label` or `unit` read: they are repeated beside every figure. */
const MAX_OWN_WORDS = 100;

/**
 * The base of the widgets that draw figures (the map, the comparison): on top of
 * {@link MosaicElement}, the headline, subtitle and note a newsroom chart carries, the footer
 * with the source line and the data-table toggle, the table that is always there for screen
 * readers and shown on request, and the tooltip's close button.
 *
 * @slot headline - A headline of your own markup, in place of the `headline` attribute's.
 * @slot subtitle - A line under the headline, in place of the `subtitle` attribute's.
 * @slot note - A note above the source line, in place of the `note` attribute's.
 * @csspart headline - The headline above the graphic.
 * @csspart subtitle - The line under the headline.
 * @csspart note - The note above the source line.
 */
export abstract class ChartElement extends MosaicElement {
  static override styles = [...MosaicElement.styles, chartStyles];

  /** Accessible name of the graphic. Default: the `headline` attribute, else the metric and year (a slotted headline is read as text too). */
  @property() label = '';

  /** Headline above the graphic. Default: the metric and its year ("Population by region, 2020"). */
  @property() headline = '';

  /** A line under the headline, as a newsroom chart says what to see in it. */
  @property() subtitle = '';

  /** A note above the source line: a caveat, how figures were chosen. */
  @property() note = '';

  /** Leaves out the visible headline, where the article has its own; the graphic keeps its accessible name. */
  @property({ type: Boolean, attribute: 'no-headline' }) noHeadline = false;

  /** Whether sighted readers asked to see the data table. */
  @state() protected tableShown = false;

  private readonly noteChildren = new NoteChildren(this);
  private readonly notesMemo = new Memo<ReturnType<typeof readNotes>>();

  /**
   * The page's `<mosaic-note region>` children, read, and the problem with the first whose region
   * is unknown: left out and reported with one console warning, the other notes still shown.
   */
  protected get notes(): ReturnType<typeof readNotes> {
    const read = this.notesMemo.get([this.noteChildren.markup, this.language], () => readNotes(this.noteChildren.markup, this.language));
    this.warnProblem(read.problem, 'notes');
    return read;
  }

  /** The page's words for the value and its unit, refused beyond 100 characters (see {@link checkLength}). */
  protected checkOwnWords(valueLabel: string, unit: string): Problem | null {
    return checkLength('value-label', valueLabel, MAX_OWN_WORDS, this.language) ?? checkLength('unit', unit, MAX_OWN_WORDS, this.language);
  }

  /** The graphic's name for screen readers: `label`, else the headline, else `fallback` (the metric and year). */
  protected accessibleTitle(fallback: string): string {
    return this.label || this.headline || fallback;
  }

  /** The page's name for the chart, if it gave one. */
  protected override placeholderLabel(language: Language): string {
    return this.accessibleTitle(super.placeholderLabel(language));
  }

  /**
   * The headline (the metric and year unless the page gives its own) and the subtitle. The
   * headline is the figure's name already, so it is not read twice.
   */
  protected renderHeading(fallback: string): TemplateResult {
    return html`${this.noHeadline
        ? nothing
        : html`<slot name="headline"><p class="headline" part="headline" aria-hidden="true">${this.headline || fallback || '\u00a0'}</p></slot>`}
      <slot name="subtitle">${this.subtitle ? html`<p class="subtitle" part="subtitle">${this.subtitle}</p>` : nothing}</slot>`;
  }

  /** The headline and subtitle of the widget's {@link figure}: the page's slotted markup as text, else the attributes'. */
  protected figureHeading(fallback: string): FigureBlock[] {
    return [
      { kind: 'headline', text: this.noHeadline ? '' : this.slottedText('headline') || this.headline || fallback },
      { kind: 'subtitle', text: this.slottedText('subtitle') || this.subtitle },
    ];
  }

  /** The note above the source line, in the widget's {@link figure}. */
  protected figureNote(): FigureBlock {
    return { kind: 'note', text: this.slottedText('note') || this.note };
  }

  private slottedText(slot: string): string {
    // No children to ask on a server or in the command line renderer.
    return this.querySelector?.(`:scope > [slot="${slot}"]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  /** The note above the source line. */
  protected renderNote(): TemplateResult {
    return html`<slot name="note">${this.note ? html`<p class="chart-note" part="note">${this.note}</p>` : nothing}</slot>`;
  }

  /**
   * The source line and, where there is a table, the button that shows or hides it; `inFull`,
   * the line naming every source, for print. Screen readers have the table whether it is shown or not: the button says only what it does on
   * screen, with no expanded state that would tell them the table is hidden from them.
   *
   * Drawn on a server, the button is a native disclosure of the same size (see
   * server-drawn.styles.ts): without JavaScript it still opens the table, where a long source
   * line sends the reader for the rest of the sources, and the script's button takes its place
   * without moving anything.
   */
  /**
   * Whether the widget shows its footer while data from `src` is on its way (the map does): the
   * sources' line then keeps two lines of room from the start. (The table's button keeps its row
   * while there is no table in every widget: an invisible, disabled one, which no reader meets.)
   */
  protected static footerWhileLoading = false;

  protected renderFooter(sourceLine: string, withTable = true, inFull = sourceLine): TemplateResult {
    // Print has no table to list the sources a long line leaves to it: it names them all.
    const reserve = (this.constructor as typeof ChartElement).footerWhileLoading && this.userData?.fetched ? ' reserve' : '';
    return html`<div class="footer">
      <p class=${`source${inFull === sourceLine ? '' : ' screen'}${reserve}`} part="source">${sourceLine}</p>
      ${inFull === sourceLine ? nothing : html`<p class="source print" part="source">${inFull}</p>`}
      ${!withTable
        ? html`<button part="table-toggle" class="reserve" disabled>${this.msg('map.showTable')}</button>`
        : isServer
          ? html`<details class="screen"><summary part="table-toggle"><span class="show">${this.msg('map.showTable')}</span><span class="hide">${this.msg('map.hideTable')}</span></summary></details>`
          : html`<button part="table-toggle" @click=${() => (this.tableShown = !this.tableShown)}>
              ${this.msg(this.tableShown ? 'map.hideTable' : 'map.showTable')}
            </button>`}
    </div>`;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A table the reader opened in the server's drawing, before the script came, stays open.
    if (!isServer && !this.hasUpdated && this.renderRoot?.querySelector('details[open] > [part="table-toggle"]')) this.tableShown = true;
    super.willUpdate(changed);
  }

  /** The data table (give it `id="table"`): read by screen readers always, shown on request. */
  protected renderTableBox(table: TemplateResult): TemplateResult {
    return html`<div class=${this.tableShown ? '' : 'visually-hidden'}>${table}</div>`;
  }

  /** The button that closes a tooltip a tap pinned open. */
  protected renderCloseButton(close: () => void): TemplateResult {
    return html`<button
      class="close"
      aria-label=${this.msg('map.close')}
      @click=${(event: Event) => {
        event.stopPropagation(); // not a click on what the tooltip belongs to
        close();
      }}
    >
      ×
    </button>`;
  }
}
