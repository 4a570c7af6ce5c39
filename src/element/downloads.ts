/**
 * A widget's downloads (`downloads="png svg csv"`), as a Lit reactive controller: the menu under
 * the content, the files it offers and their making and saving.
 *
 * The menu is a "Download" button that discloses a short list of buttons, one per file. The
 * disclosure pattern rather than an ARIA menu: screen readers read the list as what it is.
 * Opening moves the focus to the first file; arrow keys (and Home, End) move within the list;
 * Escape closes it and returns the focus to the button; a click elsewhere or the focus leaving
 * closes it too. Closed, the button is its only tab stop.
 *
 * The widget gives what the files hold through a {@link DownloadSource}; its protected hooks
 * (`dataTable()`, `downloadName()`) stay the widget's.
 */
import { html, isServer, nothing, type LitElement, type ReactiveController, type TemplateResult } from 'lit';
import type { Language } from '../i18n/language.js';
import { message, type MessageKey } from '../i18n/messages.js';
import { csvText, type DataTable } from './csv-file.js';
import { pngFile, RefusedImage, saveFile, svgFile } from './download-files.js';
import type { Figure, FigureOptions } from './static-figure.js';
import { warnOnce } from './warn-once.js';

export const DOWNLOAD_FORMATS = Object.freeze(['png', 'svg', 'csv'] as const);
export type DownloadFormat = (typeof DOWNLOAD_FORMATS)[number];

/** The words of `downloads` that name a format, in menu order, each once. */
export function downloadFormats(value: string): DownloadFormat[] {
  const words = value.toLowerCase().split(/\s+/);
  return DOWNLOAD_FORMATS.filter((format) => words.includes(format));
}

/** What the widget gives its downloads, asked when the menu is drawn or a file is made. */
export interface DownloadSource {
  /** Whether the widget can make this format at all (a figure for PNG and SVG, a table for CSV). */
  can(format: DownloadFormat): boolean;
  /** The data table of the CSV file, or `null` while there is none. */
  table(): DataTable | null;
  /** The widget as one figure at this width, in its palette, or `null` while it has nothing to draw. */
  figure(options: Omit<FigureOptions, 'scheme'>): Figure | null;
  /** The file name without its extension (`province-map-gdp-zh`). */
  name(): string;
}

export class Downloads implements ReactiveController {
  /** Whether the list is shown. */
  open = false;
  /** A line under the button: why the last file could not be made. */
  message = '';
  private language: Language = 'en';

  constructor(
    private readonly host: LitElement,
    private readonly source: DownloadSource,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.close(false);
  }

  /**
   * The menu of the files `downloads` asks for that the widget can make (one it cannot is left
   * out, with a console warning), in the reader's language; nothing when none.
   */
  render(downloads: string, language: Language): TemplateResult | typeof nothing {
    this.language = language;
    const formats = this.offered(downloads);
    if (!formats.length) return nothing;
    const msg = (key: MessageKey) => message(language, key);
    // Drawn on a server, the row keeps its place, unseen and out of reach: without script its buttons would do nothing.
    if (isServer) return html`<div class="downloads" part="downloads" inert aria-hidden="true"><button class="downloads-button">${msg('download.button')}</button></div>`;
    const labels = { png: msg('download.png'), svg: msg('download.svg'), csv: msg('download.csv') };
    return html`<div class="downloads" part="downloads" @keydown=${this.onKeydown} @focusout=${this.onFocusout}>
      <button id="downloads-button" class="downloads-button" aria-expanded=${this.open ? 'true' : 'false'} aria-controls="downloads-list" @click=${() => this.toggle()}>
        ${msg('download.button')}
      </button>
      <ul id="downloads-list" class="downloads-list" aria-labelledby="downloads-button" ?hidden=${!this.open}>
        ${formats.map((format) => html`<li><button data-format=${format} @click=${() => this.choose(format)}>${labels[format]}</button></li>`)}
      </ul>
      <p class="downloads-message" role="status">${this.message || nothing}</p>
    </div>`;
  }

  private offered(downloads: string): DownloadFormat[] {
    const tag = this.host.localName;
    return downloadFormats(downloads).filter((format) => {
      if (this.source.can(format)) return true;
      warnOnce(`downloads ${tag} ${format}`, `<${tag}> has no ${format} download yet; downloads="${format}" is left out of its menu.`);
      return false;
    });
  }

  /**
   * Makes and saves one file. One that cannot be made is said under the menu and warned of
   * once in the console; nothing throws into the page.
   */
  private async save(format: DownloadFormat): Promise<void> {
    const name = `${this.source.name()}.${format}`;
    try {
      if (format === 'csv') {
        const table = this.source.table();
        if (!table) throw new Error('the widget has no data table yet.');
        saveFile(new Blob([csvText(table)], { type: 'text/csv;charset=utf-8' }), name);
      } else {
        // The page's own colours (`--im-*`), as the widget reads them where it stands.
        const computed = getComputedStyle(this.host);
        const figure = this.source.figure({ width: this.host.getBoundingClientRect().width, tokens: (name) => computed.getPropertyValue(name).trim() });
        if (!figure) throw new Error('the widget has nothing to draw yet.');
        const svg = svgFile(figure);
        saveFile(format === 'svg' ? new Blob([svg], { type: 'image/svg+xml' }) : await pngFile(svg), name);
      }
      this.tell('');
    } catch (error) {
      this.tell(message(this.language, error instanceof RefusedImage ? 'download.pngFailed' : 'download.failed'));
      warnOnce(`download ${format} ${String(error)}`, `<${this.host.localName}> could not make ${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
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
  private tell(text: string): void {
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
