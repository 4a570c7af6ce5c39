import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { chartStyles } from './chart.styles.js';
import { MosaicElement } from './mosaic-element.js';

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

  /**
   * The source line and, where there is a table, the button that shows or hides it. Screen
   * readers have the table whether it is shown or not: the button says only what it does on
   * screen, with no expanded state that would tell them the table is hidden from them.
   */
  protected renderFooter(sourceLine: string, withTable = true): TemplateResult {
    return html`<div class="footer">
      <p class="source" part="source">${sourceLine}</p>
      ${withTable
        ? html`<button part="table-toggle" @click=${() => (this.tableShown = !this.tableShown)}>
            ${this.msg(this.tableShown ? 'map.hideTable' : 'map.showTable')}
          </button>`
        : nothing}
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
