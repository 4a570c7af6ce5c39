/**
 * The download menu a widget shows when the page sets `downloads`: a "Download" button that
 * discloses a short list of buttons, one per file. The disclosure pattern rather than an ARIA
 * menu: screen readers read the list as what it is. Opening moves the focus to the first file;
 * arrow keys (and Home, End) move within the list; Escape closes it and returns the focus to the
 * button; a click elsewhere or the focus leaving closes it too. Closed, the button is its only
 * tab stop.
 */
import { html, nothing, type LitElement, type ReactiveController, type TemplateResult } from 'lit';

export const DOWNLOAD_FORMATS = Object.freeze(['png', 'svg', 'csv'] as const);
export type DownloadFormat = (typeof DOWNLOAD_FORMATS)[number];

/** The words of `downloads` that name a format, in menu order, each once. */
export function downloadFormats(value: string): DownloadFormat[] {
  const words = value.split(/\s+/);
  return DOWNLOAD_FORMATS.filter((format) => words.includes(format));
}

export class DownloadsMenu implements ReactiveController {
  /** Whether the list is shown. */
  open = false;
  /** A line under the button: why the last file could not be made. */
  message = '';

  constructor(
    private readonly host: LitElement,
    private readonly save: (format: DownloadFormat) => Promise<void>,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.close(false);
  }

  /**
   * @param labels each format's name in the reader's language ("PNG image").
   * @param title the button's text ("Download").
   */
  render(formats: readonly DownloadFormat[], title: string, labels: Readonly<Record<DownloadFormat, string>>): TemplateResult {
    return html`<div class="downloads" part="downloads" @keydown=${this.onKeydown} @focusout=${this.onFocusout}>
      <button class="downloads-button" aria-expanded=${this.open ? 'true' : 'false'} aria-controls="downloads-list" @click=${() => this.toggle()}>
        ${title}
      </button>
      <ul id="downloads-list" class="downloads-list" ?hidden=${!this.open}>
        ${formats.map((format) => html`<li><button data-format=${format} @click=${() => this.choose(format)}>${labels[format]}</button></li>`)}
      </ul>
      <p class="downloads-message" role="status">${this.message || nothing}</p>
    </div>`;
  }

  private toggle(): void {
    if (this.open) this.close(true);
    else this.show(0);
  }

  /** Opens the list with the focus on its item `index` (from the end when negative). */
  private async show(index: number): Promise<void> {
    this.open = true;
    this.message = '';
    this.host.requestUpdate();
    document.addEventListener('pointerdown', this.onOutside, true);
    await this.host.updateComplete;
    const items = this.items();
    items.at(index)?.focus();
  }

  private close(returnFocus: boolean): void {
    document.removeEventListener('pointerdown', this.onOutside, true);
    if (!this.open) return;
    this.open = false;
    this.host.requestUpdate();
    if (returnFocus) this.host.renderRoot.querySelector<HTMLElement>('.downloads-button')?.focus();
  }

  private async choose(format: DownloadFormat): Promise<void> {
    this.close(true);
    await this.save(format);
  }

  /** Shows `text` under the button (empty clears it). */
  tell(text: string): void {
    this.message = text;
    this.host.requestUpdate();
  }

  private items(): HTMLButtonElement[] {
    return [...this.host.renderRoot.querySelectorAll<HTMLButtonElement>('.downloads-list button')];
  }

  private readonly onKeydown = (event: KeyboardEvent): void => {
    const items = this.items();
    const at = items.indexOf(event.target as HTMLButtonElement);
    const onButton = (event.target as Element).matches('.downloads-button');
    let target: number | null = null;
    switch (event.key) {
      case 'Escape':
        if (!this.open) return;
        this.close(true);
        break;
      case 'ArrowDown':
        if (onButton) void this.show(0);
        else target = (at + 1) % items.length;
        break;
      case 'ArrowUp':
        if (onButton) void this.show(-1);
        else target = (at - 1 + items.length) % items.length;
        break;
      case 'Home':
      case 'End':
        if (at < 0) return;
        target = event.key === 'Home' ? 0 : items.length - 1;
        break;
      default:
        return;
    }
    // The keys are the menu's: not the widget's (Escape clears its selection) nor the page's scroll.
    event.preventDefault();
    event.stopPropagation();
    if (target !== null) items[target]?.focus();
  };

  /** The focus moved to something else (Tab, Shift+Tab). Without a next element (a click on text; Safari does not focus clicked buttons) the pointer's check decides. */
  private readonly onFocusout = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    if (this.open && next && !(event.currentTarget as Element).contains(next)) this.close(false);
  };

  private readonly onOutside = (event: Event): void => {
    if (!event.composedPath().includes(this.host.renderRoot.querySelector('.downloads')!)) this.close(false);
  };
}
