import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { MosaicElement } from '../element/mosaic-element.js';
import { notARegion } from '../text/region-keys.js';
import { checkChoice, checkWholeNumber, type Problem } from '../text/problem.js';
import { UserDataController } from '../controllers/user-data.js';
import { getRegion } from '../data/lookup.js';
import { CONTENT_LANG, type Language } from '../i18n/language.js';
import { PUNCTUATION } from '../i18n/punctuation.js';
import type { DatasetInput } from '../data/dataset-schema.js';
import type { Region } from '../data/types.js';
import { buildCardModel, compactParts, type CardModel, type ClaimGroup } from './card-model.js';
import { cardDataTable } from './card-data-table.js';
import type { DataTable } from '../element/csv-file.js';
import { fileStem } from '../element/download-files.js';
import { locatorMap, prepareLocator } from './locator.js';
import { cardFigure } from './card-figure.js';
import { figureColumn, type Figure, type FigureOptions } from '../element/static-figure.js';
import { regionCardStyles } from './region-card.styles.js';

const VARIANTS = ['full', 'compact'] as const;
const DEFAULT_METRICS = 'population area density';


/**
 * A sourced fact card for one region: its names, type, capital and clusters, key figures with
 * unit and year, what the source article says of it and of its clusters, a small locator map,
 * and numbered source notes for every figure and claim.
 *
 * @tagname region-card
 *
 * @example
 * <region-card region="Anhui"></region-card>
 * <region-card region="内蒙古" variant="compact" lang="da"></region-card>
 * <region-card region="CN-GD" metrics="population gdp rd-intensity"></region-card>
 *
 * @slot headline - Your own headline above the card's content.
 * @slot footer - Your own words below the source notes.
 *
 * @csspart card - The card.
 * @csspart name - The region's name.
 * @csspart badges - The cluster badges.
 * @csspart map - The locator map.
 * @csspart figures - The key figures.
 * @csspart claims - What the article says.
 * @csspart sources - The numbered source notes.
 */
export class RegionCard extends MosaicElement {
  protected static override defersDrawing = true;

  /** Once per page, before the first card draws: the locator's boundaries decoded and projected. */
  static override firstSteps(): (() => void)[] {
    return [...super.firstSteps(), prepareLocator];
  }

  static override styles = [...MosaicElement.styles, regionCardStyles];

  static override readonly choices = { ...MosaicElement.choices, variant: VARIANTS };

  /** The region: ISO code (`CN-AH`), GB code (`340000`) or a name in English, Chinese or Danish. */
  @property() region = '';

  /** Metrics to show, separated by spaces: bundled ids or metrics of your data. Default: `population area density`. The CSV download (`downloads="csv"`) has a row for each, also those a compact card keeps behind its disclosure. */
  @property() metrics = DEFAULT_METRICS;

  /** Level of the card's heading (1–6), so that it fits the page's outline; its sections' headings are one level below. Default: 3. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** Address of your data as CSV or JSON; its metrics can then be named in `metrics`. */
  @property() src = '';

  /** Your data: an object of the data schema, an array of rows, a dataset from `parseDataset`, or the text of a CSV or JSON file. Takes precedence over `src`. */
  @property({ attribute: false }) data: DatasetInput | null = null;

  /** `full` (default) for a main column; `compact` for a sidebar of 280-300 px: the name, up to three figures and the lead claim, with the rest and the sources behind a disclosure. */
  @property({ reflect: true }) variant: (typeof VARIANTS)[number] = 'full';

  /** Leaves out the locator map. */
  @property({ type: Boolean, attribute: 'no-map' }) noMap = false;

  protected override readonly userData = new UserDataController(this);
  private model: CardModel | null = null;

  protected override startLoading(): void {
    this.userData.update(this.src, this.data, this.decimal);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // While the reader's data loads, the card is drawn from the bundled data, with a row kept for each of its metrics.
    this.model = this.problem || !this.resolved ? null : this.buildModel();
  }

  private metricIds(): string[] {
    return (this.metrics || DEFAULT_METRICS).trim().split(/\s+/).filter(Boolean);
  }

  protected override checkInput(): Problem | null {
    return (
      super.checkInput() ??
      checkChoice('variant', this.variant, VARIANTS) ??
      checkWholeNumber('heading-level', this.numberText('heading-level', this.headingLevel), 1, 6) ??
      this.checkRegion() ??
      this.userData.problem ??
      this.checkMetrics()
    );
  }

  /**
   * `aria-level` for the name's h3 (`depth` 0), a section's h4 (1) or a cluster's h5 within it
   * (2): the page's level where `heading-level` moves them, none where the tag says it already.
   */
  private level(depth: 0 | 1 | 2) {
    const level = Math.min(6, this.headingLevel + depth);
    return level === 3 + depth ? nothing : String(level);
  }

  /** The region `region` names, if any. */
  private get resolved(): Region | null {
    return getRegion(this.region) ?? null;
  }

  private checkRegion(): Problem | null {
    return this.resolved ? null : notARegion('region', this.region, this.language);
  }

  private checkMetrics(): Problem | null {
    if (this.userData.loading) return null;
    const available = this.userData.metricData.metrics.map((m) => m.id);
    const unknown = this.metricIds().find((id) => !available.includes(id));
    return unknown ? checkChoice('metrics', unknown, available) : null;
  }

  private buildModel(): CardModel {
    return buildCardModel(this.resolved!, this.language, this.metricIds(), {
      metrics: this.userData.metricData,
      sources: this.userData.sources,
    });
  }

  /**
   * The card's figures as a CSV file, a row for every metric of `metrics` (not only the compact
   * card's first three): region, ISO code, figure, value, unit, year, source (see `card-data-table.ts`).
   * Made from the data, so also before the card is drawn; none while the reader's data loads.
   */
  protected override dataTable(): DataTable | null {
    if (this.problem || !this.resolved || this.userData.loading) return null;
    return cardDataTable(this.resolved, this.language, this.metricIds(), { metrics: this.userData.metricData, sources: this.userData.sources });
  }

  /** `region-card-cn-nm-en`: the region by its ISO code, however `region` names it (内蒙古, Inner Mongolia), the language. */
  protected override downloadName(): string {
    return fileStem([this.localName, this.resolved?.id ?? this.region, this.language]);
  }

  /** The region's name, as the card's heading will say it. */
  protected override placeholderLabel(language: Language): string {
    return this.resolved?.name[language] ?? super.placeholderLabel(language);
  }

  protected static override placeholderProperties = ['src', 'variant', 'region'];

  /** Until drawn: a box about a card's height (a compact card's, with `variant="compact"`). */
  protected override placeholder(): HTMLElement {
    const box = super.placeholder();
    if (this.variant === 'compact') box.classList.add('compact');
    return box;
  }

  protected renderContent(): TemplateResult {
    const model = this.model;
    if (!model) return html`<article part="card" aria-busy="true"><p role="status">${this.msg('status.loading')}</p></article>`;
    const compact = this.variant === 'compact';
    const showMap = !this.noMap;
    // In a group, the name is a polite live region: a region the group gives the card is said.
    // Compact: the map beside the name, two or three figures and the lead claim; the rest, and the sources, behind a disclosure.
    const { figures, moreFigures, groups: shownGroups, moreGroups } = compact
      ? compactParts(model)
      : { figures: model.figures, moreFigures: [], groups: model.claimGroups, moreGroups: [] };
    const footer = html`<footer>
      <ol class="sources" part="sources" aria-label=${this.msg('card.sources')}>
        ${model.sources.map(
          (s) => html`<li value=${s.number}><span class="number">[${s.number}]</span> ${s.text}${s.url ? html` <a href=${s.url} rel="noopener noreferrer" target="_blank">${s.host}</a>` : nothing}${compact
              ? nothing
              : html`${s.note ? html` <span class="source-note">${s.note}</span>` : nothing}${s.remarks.map((r) => html` <span class="source-note"><b>${r.metric}</b>${PUNCTUATION[this.language].unitSpace}${r.text}</span>`)}`}</li>`,
        )}
      </ol>
      <slot name="footer"></slot>
    </footer>`;
    return html`<article part="card" class=${compact ? 'compact' : 'full'} aria-labelledby="name" aria-busy=${this.userData.loading ? 'true' : 'false'}>
      <slot name="headline"></slot>
      <header>
        <h3 id="name" part="name" aria-level=${this.level(0)} aria-live=${this.group ? 'polite' : nothing}>
          ${model.name}${this.language === 'zh'
            ? nothing
            : html`<span class="separator">, </span><span class="zh" lang=${CONTENT_LANG.zh}>${model.nameZh}</span>`}
        </h3>
        <p class="meta">${[model.type, model.capital].filter(Boolean).join(' · ')}</p>
        ${model.badges.length
          ? html`<ul class="badges" part="badges">
              ${model.badges.map((b) => html`<li class="badge ${b.kind}">${compact ? (b.short ?? b.label) : b.label}</li>`)}
            </ul>`
          : nothing}
        ${model.partOf && !compact ? html`<p class="part-of">${model.partOf}</p>` : nothing}
        ${showMap && compact ? this.renderLocator(model) : nothing}
      </header>
      <div class="overview ${showMap ? 'with-map' : ''}">
        ${showMap && !compact ? this.renderLocator(model) : nothing}
        <section aria-label=${this.msg('card.figures')}>${this.renderFigures(figures)}</section>
      </div>
      ${shownGroups.length
        ? html`<section class="claims" part="claims">
            <h4 aria-level=${this.level(1)}>${this.msg('card.claims')}</h4>
            ${shownGroups.map((g) => this.renderClaims(g, compact))}
          </section>`
        : nothing}
      ${compact
        ? html`<details class="more">
            <summary>${this.msg(moreGroups.length ? 'card.more' : moreFigures.length ? 'card.moreFigures' : 'card.sources')}</summary>
            ${moreFigures.length ? this.renderFigures(moreFigures) : nothing} ${moreGroups.map((g) => this.renderClaims(g, true))} ${footer}
          </details>`
        : footer}
    </article>`;
  }

  /**
   * The card as a file: what it shows at once, laid out at the figure's width, with the sources
   * of it. A compact card's file has no disclosure: it shows the compact card's first view (up to
   * three figures, the lead claim) and the sources they cite, so that no figure stands unsourced.
   */
  protected override renderFigure(options: FigureOptions): Figure | null {
    const model = this.model;
    if (!model) return null;
    const card = cardFigure(model, { width: figureColumn(options.width), hostWidth: options.width, compact: this.variant === 'compact', map: !this.noMap, language: this.language });
    return this.figureOf([{ kind: 'graphic', ...card }], options, { label: model.name });
  }

  private renderFigures(figures: CardModel['figures']) {
    return html`<dl part="figures">
      ${figures.map(
        (f) => html`<div class="row">
          <dt>${f.label}</dt>
          <dd class=${f.noData ? 'no-data' : ''} data-metric=${f.metric}>
            ${f.value}${this.noteMarks(f.notes)}${f.remark ? html`<span class="figure-note">${f.remark}</span>` : nothing}
          </dd>
        </div>`,
      )}
    </dl>`;
  }

  /** A group of claims: the region's own, or a cluster's under its heading, said once. */
  private renderClaims(group: ClaimGroup, compact: boolean) {
    const list = html`<ul>
      ${group.claims.map(
        (c) => html`<li data-claim=${c.id}>
          ${c.figure && !compact ? html`<span class="claim-figure" aria-hidden="true">${c.figure}</span>` : nothing} ${c.text}${this.noteMarks(c.notes)}
          ${c.attribution ? html`<span class="claim-note">${this.msg('card.attribution', { who: c.attribution })}</span>` : nothing}
          ${c.note ? html`<span class="claim-note">${c.note}</span>` : nothing}
        </li>`,
      )}
    </ul>`;
    return group.heading ? html`<h5 class="via" aria-level=${this.level(2)}>${group.heading}</h5>${list}` : list;
  }

  /**
   * Note numbers in brackets on the baseline ("139,400 km² [2]"), so that none reads as an
   * exponent; read as references ("source 1, 2"), not as digits after a value. A no-break joint
   * keeps the mark on the line of the word before it.
   */
  private noteMarks(notes: readonly number[]) {
    if (!notes.length) return nothing;
    const { comma, unitSpace, refs, beforeRef } = PUNCTUATION[this.language];
    const list = notes.join(refs);
    return html`<span class="visually-hidden">${comma}${this.msg('card.sourceRef')}${unitSpace}${list}</span><span class="ref" aria-hidden="true">${beforeRef}[${list}]</span>`;
  }

  /** A small map of China with the region filled, and ringed where it is too small to see by its fill. */
  private renderLocator(model: CardModel): TemplateResult {
    // Drawn 60 px across when compact, about 240 px in full.
    return locatorMap(model.region.id, this.variant === 'compact' ? 60 : 240, this.msg('card.mapLabel', { name: model.name }));
  }
}
