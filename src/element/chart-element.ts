import { html, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { chartStyles } from './chart.styles.js';
import { MosaicElement } from './mosaic-element.js';
import { checkLength, type Problem } from '../text/problem.js';

/** Longest `value-label` or `unit` read: they are repeated beside every figure. */
const MAX_OWN_WORDS = 100;

/**
 * The base of the widgets that draw figures (the map, the comparison): on top of
 * {@link MosaicElement}, the footer with the source line and the data-table toggle, the
 * table that is always there for screen readers and shown on request, and the tooltip's
 * close button.
 */
export abstract class ChartElement extends MosaicElement {
  static override styles = [...MosaicElement.styles, chartStyles];

  /** Whether sighted readers asked to see the data table. */
  @state() protected tableShown = false;

  /** The page's words for the value and its unit, refused beyond 100 characters (see {@link checkLength}). */
  protected checkOwnWords(valueLabel: string, unit: string): Problem | null {
    return checkLength('value-label', valueLabel, MAX_OWN_WORDS, this.language) ?? checkLength('unit', unit, MAX_OWN_WORDS, this.language);
  }

  /** The source line and the button that shows or hides the data table. */
  protected renderFooter(sourceLine: string): TemplateResult {
    return html`<div class="footer">
      <p class="source" part="source">${sourceLine}</p>
      <button part="table-toggle" aria-expanded=${this.tableShown ? 'true' : 'false'} aria-controls="table" @click=${() => (this.tableShown = !this.tableShown)}>
        ${this.msg(this.tableShown ? 'map.hideTable' : 'map.showTable')}
      </button>
    </div>`;
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
