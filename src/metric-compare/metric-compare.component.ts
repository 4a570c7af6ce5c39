import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ChartElement } from '../element/chart-element.js';
import { cssStyle } from '../element/css-style.js';
import { Memo } from '../element/memo.js';
import { PUNCTUATION } from '../i18n/punctuation.js';
import { PointerChoice, type ChoiceEventDetail } from '../controllers/pointer-choice.js';
import { clusterMembers, regionKeys } from '../text/region-keys.js';
import { checkChoice, checkWholeNumber, type Problem } from '../text/problem.js';
import { UserDataController } from '../controllers/user-data.js';
import { clusters as bundledClusters, regions as bundledRegions } from '../data/index.js';
import type { DatasetInput } from '../data/dataset-schema.js';
import type { Series } from '../data/series.js';
import { buildCompareModel, compareProblem, GROUP_IDS, REFERENCES, SHOWS, SORTS, type Axis, type Bar, type CompareModel } from './compare-model.js';
import { compareTable, compareTooltip } from './compare-templates.js';
import { noteLines, noteList, noteProblem } from '../element/chart-notes.js';
import { figureColumn, type Figure, type FigureBlock, type FigureOptions } from '../element/static-figure.js';
import { compareFigure } from './compare-figure.js';
import { compareDataTable } from './compare-data-table.js';
import type { DataTable } from '../element/csv-file.js';
import { fileStem } from '../element/download-files.js';
import { withOverrides } from '../text/figure-text.js';
import type { Note } from '../text/notes.js';
import { metricCompareStyles } from './metric-compare.styles.js';

/** Detail of `region-select` and `region-hover`: a region's ISO code, or a group id (`gba`, `yrd`, `bth`, `rest`) with `group-by="cluster"`. */
export type CompareEventDetail = ChoiceEventDetail;

/**
 * One metric across regions, or across the three integration engines and the rest of the
 * country: ranked horizontal bars with their values, an optional reference line, a
 * paired second metric, and regions without data listed as such, never drawn as zero.
 *
 * Notes: `<mosaic-note region>` children point at a region (ISO code or name, as `highlight`
 * takes) with the page's own text, always shown as text: its bar gets the note's number beside
 * its name, and the notes are listed, numbered, under the chart (a region without a bar is
 * listed too) and in the data table. They are followed as the page changes them; a note with an
 * unknown region is reported under the chart, the others still show.
 *
 * @tagname metric-compare
 *
 * @example
 * <metric-compare metric="population" top="10"></metric-compare>
 * <metric-compare metric="gdp" cluster="yrd" highlight="CN-AH"></metric-compare>
 * <metric-compare metric="population" group-by="cluster" show="share"></metric-compare>
 * <metric-compare metric="gdp" top="10"><mosaic-note region="CN-GD">90% of the country's drones</mosaic-note></metric-compare>
 * <metric-compare metric="population" compare-to="rd-expenditure" regions="CN-GD CN-JS CN-BJ" show="value"></metric-compare>
 *
 * @fires region-select - A bar was chosen by click, tap, Enter or Space. Detail ({@link CompareEventDetail}): `region`, the bar's ISO code or, with `group-by`, its group (`bth`, `yrd`, `gba`, `rest`), or `null` when Escape cleared the choice; `value`, the bar's value or `null`.
 * @fires region-hover - The pointer or focus moved onto a bar, or left it (`region: null`). Detail as for `region-select`.
 *
 * @csspart figure - The whole chart with its notes.
 * @csspart chart - The bars.
 * @csspart bar - Each bar of the main metric; its row carries `data-region`.
 * @csspart tooltip - The box with a bar's name, value, share, rank and source.
 * @csspart source - The source line.
 * @csspart table-toggle - The button that shows or hides the data table.
 * @csspart table - The data table.
 * @csspart notes - The numbered list of the page's `<mosaic-note>` notes.
 * @csspart notice - A note on a `<mosaic-note>` whose region is unknown.
 *
 * @cssprop --im-compare-bar - Colour of bars (of highlighted bars when some are highlighted).
 * @cssprop --im-compare-bar-muted - Colour of bars that are not highlighted.
 * @cssprop --im-compare-bar-second - Colour of the paired metric's bars.
 */
export class MetricCompare extends ChartElement {
  static override styles = [...ChartElement.styles, metricCompareStyles];

  static override readonly choices = {
    ...ChartElement.choices,
    'group-by': ['cluster'],
    sort: SORTS,
    show: SHOWS,
    reference: REFERENCES,
  };

  /** Metric to compare: a bundled id (default `population`) or a metric of your data. */
  @property() metric = '';
  /** Address of your data as CSV or JSON. */
  @property() src = '';
  /** Your data: an object of the data schema, an array of rows, a dataset from `parseDataset`, or the text of a CSV or JSON file. Takes precedence over `src`. */
  @property({ attribute: false }) data: DatasetInput | null = null;
  /** Name for the values, replacing the metric's label. */
  @property({ attribute: 'value-label' }) valueLabel = '';
  /** Unit of the values, replacing the metric's. */
  @property() unit = '';
  /** Regions to compare (ISO codes or names, separated by spaces). Default: all 31. */
  @property() regions = '';
  /** Show only the first N bars after sorting; a line over the chart says so ("Top 10 of the 31 regions"). */
  @property({ type: Number }) top: number | null = null;
  /** Compare the members of a cluster: `bth`, `yrd`, `gba` or a computing hub. */
  @property() cluster = '';
  /** `cluster`: compare the three integration engines and the rest of the mainland, as sums or ratios of sums. */
  @property({ attribute: 'group-by' }) groupBy = '';
  /** `desc` (default), `asc`, `name` or `none` (the order given). */
  @property() sort: (typeof SORTS)[number] = 'desc';
  /** Regions to pick out (ISO codes or names). */
  @property() highlight = '';
  /** Bar labels: `value` (default), `share` of the 31-region total, or `rank`. */
  @property() show: (typeof SHOWS)[number] = 'value';
  /**
   * A reference line: `mean` (the published national figure of a rate; otherwise the average of
   * the regions, "with data" when some lack a figure), `median`, or `none` (default).
   */
  @property() reference: (typeof REFERENCES)[number] = 'none';
  /** A second metric, drawn as a paired bar on its own axis with its unit and source; rows without its figure say "No data". */
  @property({ attribute: 'compare-to' }) compareTo = '';
  /** The selected bar's region (or group) id; set by the reader's choice too. */
  @property({ reflect: true }) selected = '';

  @state() private active: string | null = null;
  /** The keyboard's last move went down the bars: the tooltip opens above, off their way. */
  @state() private movedDown = false;

  protected override readonly userData = new UserDataController(this);
  private model: CompareModel | null = null;
  private readonly inputMemo = new Memo<ReturnType<MetricCompare['readInput']>>();
  private readonly modelMemo = new Memo<CompareModel>();
  private readonly choice = new PointerChoice(this, (id) => this.model?.bars.find((b) => b.id === id)?.primary?.value ?? null);

  protected override startLoading(): void {
    this.userData.update(this.src, this.data, this.decimal);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.model = null;
    const { series, second, chosen, highlighted } = this.input;
    if (this.problem || !series) return;
    const { top, groupBy, sort, show, reference, language, valueLabel, unit } = this;
    const data = this.userData.metricData;
    const sources = this.userData.sources;
    // Hovering or focusing a bar changes none of its inputs.
    const inputs = [series, second, data, sources, chosen, top, groupBy, sort, show, reference, highlighted, language, valueLabel, unit];
    this.model = this.modelMemo.get(inputs, () =>
      buildCompareModel({
        series,
        second,
        data,
        regions: bundledRegions,
        clusters: bundledClusters,
        sources,
        include: chosen,
        top,
        groupByCluster: groupBy === 'cluster',
        sort,
        show,
        reference,
        highlight: highlighted,
        language,
        valueLabel,
        unit,
      }),
    );
  }

  /** The region and metric attributes read, each with its problem; the same object until they change. */
  private get input() {
    const { regions, highlight, selected, cluster, metric, compareTo, language } = this;
    const inputs = [regions, highlight, selected, cluster, metric, compareTo, language, this.userData.metricData, this.userData.loading];
    return this.inputMemo.get(inputs, () => this.readInput());
  }

  private readInput() {
    const chosen = regionKeys('regions', this.regions, this.language);
    const highlight = regionKeys('highlight', this.highlight, this.language);
    // A group's id as it is; a region by any of its names, as in `regions` and `highlight`.
    const selected = (GROUP_IDS as readonly string[]).includes(this.selected) ? null : regionKeys('selected', this.selected, this.language);
    const cluster = this.cluster ? clusterMembers('cluster', this.cluster) : { ids: [], problem: null };
    const main = this.userData.seriesOf('metric', this.metric);
    const second = this.compareTo ? this.userData.seriesOf('compare-to', this.compareTo) : { series: null, problem: null };
    return {
      chosen: [...new Set([...chosen.ids, ...cluster.ids])],
      highlighted: new Set<string>(highlight.ids),
      /** The id of the bar `selected` names. */
      selectedBar: selected ? (selected.ids[0] ?? '') : this.selected,
      regionProblem: chosen.problem ?? highlight.problem ?? selected?.problem ?? cluster.problem,
      series: main.series,
      second: second.series,
      metricProblem: main.problem ?? second.problem,
    };
  }

  protected override checkInput(): Problem | null {
    const input = this.input;
    return (
      super.checkInput() ??
      this.checkOwnWords(this.valueLabel, this.unit) ??
      checkChoice('sort', this.sort, SORTS) ??
      checkChoice('show', this.show, SHOWS) ??
      checkChoice('reference', this.reference, REFERENCES) ??
      (this.groupBy ? checkChoice('group-by', this.groupBy, ['cluster']) : null) ??
      (this.top === null ? null : checkWholeNumber('top', this.numberText('top', this.top), 1, 31)) ??
      input.regionProblem ??
      this.userData.problem ??
      input.metricProblem ??
      this.checkModel(input.series)
    );
  }

  /** What cannot be drawn honestly: a rate combined over groups, or shares of a partial total. */
  private checkModel(series: Series | null): Problem | null {
    const problem = series && compareProblem(series, this.groupBy === 'cluster', this.show, this.language);
    if (!problem) return null;
    const id = series!.metric.id;
    const detail =
      problem.key === 'problem.cannotAggregate'
        ? `group-by="cluster": "${id}" is a rate (aggregate "none") and cannot be combined over regions.`
        : `show="share": "${id}" has figures for ${series!.coverage} of 31 regions, so there is no total to share.`;
    return { ...problem, detail };
  }

  // ---- drawing --------------------------------------------------------------------------

  /**
   * Before the chart is drawn, and while the reader's data is on its way: the rows `top` or
   * `regions` ask for keep their place, and the line that says what `top` leaves out (only
   * where `top` leaves some out: not with top="31", nor top="5" of 3 regions).
   */
  private pendingRows(): Record<string, string> {
    const among = Math.min(31, this.input.chosen.length || 31);
    const rows = this.top ? Math.min(this.top, among) : this.input.chosen.length;
    const scope = this.top && !this.groupBy && this.top < among ? '1' : '0';
    return { '--rows': String(rows), '--scope': scope, '--headline': this.noHeadline ? '0' : '1' };
  }

  protected static override placeholderProperties = ['src', 'top', 'regions', 'groupBy', 'noHeadline'];

  protected override placeholder(): HTMLElement {
    const box = super.placeholder();
    box.classList.add('pending');
    for (const [name, value] of Object.entries(this.pendingRows())) box.style.setProperty(name, value);
    return box;
  }

  protected renderContent(): TemplateResult {
    const model = this.model;
    if (!model) {
      // The reader's data is on its way.
      return html`<figure part="figure" class="pending" aria-label=${this.accessibleTitle(this.msg('status.loading'))} aria-busy="true" style=${cssStyle(this.pendingRows())}>
        <p role="status">${this.msg('status.loading')}</p>
      </figure>`;
    }
    const title = this.accessibleTitle(model.title);
    const { notes, problem: noteTrouble } = this.notes;
    const tab = this.active ?? this.input.selectedBar ?? model.bars[0]?.id;
    const tabStop = model.bars.some((b) => b.id === tab) ? tab : model.bars[0]?.id;
    // Title and description are read once, as the figure's; the axis title once, as the bars'.
    return html`<figure part="figure" aria-labelledby="title" aria-describedby="description">
      <figcaption id="title" class="visually-hidden" aria-hidden="true">${title}</figcaption>
      <p id="description" class="visually-hidden" aria-hidden="true">${this.msg('compare.description', { summary: model.summary })}</p>
      ${this.renderHeading(model.title)}
      ${model.scope ? html`<p class="scope">${model.scope}</p>` : nothing}
      <p class="axis-title" aria-hidden="true">${model.secondAxis ? html`<span class="key primary"></span>` : nothing}${model.axis.title}</p>
      <div
        class="chart ${this.input.highlighted.size ? '' : 'highlight-none'}"
        part="chart"
        role="listbox"
        aria-label=${[model.axis.title, model.secondAxis?.title].filter(Boolean).join(PUNCTUATION[this.language].comma)}
        style=${cssStyle({ 'grid-template-rows': `auto repeat(${model.bars.length}, 1fr) auto` })}
        @keydown=${this.onKeyDown}
        @pointerleave=${() => this.choice.leave()}
      >
        ${this.renderAxis(model.axis, 'first')}
        ${model.bars.map((bar) => this.renderRow(model, bar, bar.id === tabStop, notes))}
        ${model.secondAxis ? this.renderAxis(model.secondAxis, 'second') : nothing}
      </div>
      ${model.secondAxis ? html`<p class="axis-title second" aria-hidden="true"><span class="key secondary"></span>${model.secondAxis.title}</p>` : nothing}
      ${model.secondMissing ? html`<p class="note">${model.secondMissing}</p>` : nothing}
      ${model.reference ? html`<p class="reference-label">┆ ${model.reference.label}</p>` : nothing}
      ${model.missingLine ? html`<p class="missing">${model.missingLine}</p>` : nothing}
      ${model.dataNotes.map((note) => html`<p class="note">${note}</p>`)}
      ${noteList(notes, true, this.language)} ${noteProblem(noteTrouble, this.language)}
      ${this.renderNote()} ${this.renderFooter(model.sourceLine, true, model.sourceLineInFull)}
      ${this.renderTableBox(compareTable(model.table, title, this.language, notes))}
    </figure>`;
  }

  /**
   * The chart as a file: headline, the bars with their names, values, ticks and reference line
   * as the chart lays them out at the figure's width, the lines under it, notes and sources.
   */
  protected override renderFigure(options: FigureOptions): Figure | null {
    const model = this.model;
    if (!model) return null;
    const { notes } = this.notes;
    const chart = compareFigure(model, {
      width: figureColumn(options.width),
      hostWidth: options.width,
      notes,
      selected: this.input.selectedBar,
      highlightNone: !this.input.highlighted.size,
      noData: this.msg('data.noData'),
    });
    const lines = [model.secondMissing, model.reference ? `┆ ${model.reference.label}` : '', model.missingLine, ...model.dataNotes];
    const blocks: FigureBlock[] = [
      ...this.figureHeading(model.title),
      { kind: 'graphic', ...chart },
      ...lines.map((text): FigureBlock => ({ kind: 'note', text })),
      { kind: 'list', items: noteLines(notes, this.language) },
      this.figureNote(),
      { kind: 'source', text: model.sourceLineInFull },
    ];
    return this.figureOf(blocks, options, { label: this.accessibleTitle(model.title), description: model.summary });
  }

  /**
   * The comparison as a CSV file: a row per bar in the chart's order, then those without data;
   * the figures themselves (not the bars' rounded labels or shares), with the share of the
   * 31-region total under `show="share"` and the paired metric under `compare-to` (see `compare-data-table.ts`).
   */
  protected override dataTable(): DataTable | null {
    const { series, second } = this.input;
    if (!this.model || !series) return null;
    const metric = withOverrides(series.metric, this.valueLabel, this.unit);
    return compareDataTable(this.model, { metric, second: second?.metric ?? null, shares: this.show === 'share', language: this.language, notes: this.notes.notes });
  }

  /**
   * `metric-compare-gdp-top10-en`, `metric-compare-population-by-cluster-share-zh`,
   * `metric-compare-gdp-yrd-en`, `metric-compare-gdp-cn-gd-cn-js-en`: the metric (and the paired
   * one), what the bars are (`group-by`, `cluster`, up to three `regions`, else their count),
   * `top`, shares, the language.
   */
  protected override downloadName(): string {
    const { series, second } = this.input;
    const picked = this.regions ? regionKeys('regions', this.regions, this.language).ids : [];
    const regions = picked.length > 3 ? `${picked.length}-regions` : picked.join('-');
    const top = this.top && !this.groupBy ? `${this.sort === 'desc' ? 'top' : this.sort === 'asc' ? 'bottom' : 'first'}${this.top}` : '';
    return fileStem([
      this.localName,
      series?.metric.id ?? this.metric,
      second ? `vs-${second.metric.id}` : '',
      this.groupBy ? 'by-cluster' : '',
      this.cluster,
      regions,
      top,
      this.show === 'share' ? 'share' : '',
      this.language,
    ]);
  }

  /** Round values along the bars: the main metric's above them, the paired metric's below. */
  private renderAxis(axis: Axis, which: 'first' | 'second'): TemplateResult {
    return html`<div class="axis-row ${which}" aria-hidden="true">
      <div class="ticks">${axis.ticks.map((t) => html`<span class=${t.minor ? 'tick minor' : 'tick'} style=${cssStyle({ left: `${t.at * 100}%` })}>${t.label}</span>`)}</div>
    </div>`;
  }

  private renderRow(model: CompareModel, bar: Bar, tabStop: boolean, notes: readonly Note[]): TemplateResult {
    const p = bar.primary!;
    const s = bar.secondary;
    const selected = bar.id === this.input.selectedBar;
    // The row's name is its own text, so that what is read matches what is seen; units,
    // share and rank are added for screen readers only.
    const spoken = (measure: typeof p) => (measure.spoken ? html`<span class="visually-hidden">${measure.spoken}</span>` : nothing);
    return html`<div
      class="row ${bar.highlighted ? 'highlighted' : ''} ${selected ? 'selected' : ''}${bar.id === this.link.hovered ? ' hovered' : ''}"
      role="option"
      data-region=${bar.id}
      aria-selected=${selected ? 'true' : 'false'}
      tabindex=${tabStop ? '0' : '-1'}
      @pointerenter=${(e: PointerEvent) => this.choice.enter(e, bar.id)}
      @pointerdown=${(e: PointerEvent) => this.choice.pointerDown(e)}
      @click=${() => this.choice.click(bar.id)}
      @focus=${() => this.onFocus(bar.id)}
    >
      <span class="name">${bar.name}${notes.filter((n) => n.region === bar.id).map((n) => html` <span class="note-number" aria-hidden="true">${n.number}</span>`)}</span>
      <span class="track" aria-hidden="true">
        ${model.axis.ticks.map((t) => html`<span class="gridline" style=${cssStyle({ left: `${t.at * 100}%` })}></span>`)}
        ${model.reference ? html`<span class="reference" style=${cssStyle({ left: `${model.reference.at * 100}%` })}></span>` : nothing}
        <span class="bar primary" part="bar" style=${cssStyle({ 'margin-inline-start': `${p.from * 100}%`, width: `${(p.to - p.from) * 100}%` })}></span>
        ${s ? html`<span class="bar secondary" style=${cssStyle({ 'margin-inline-start': `${s.from * 100}%`, width: `${(s.to - s.from) * 100}%` })}></span>` : nothing}
      </span>
      <span class="value">${model.firstIntro ? html`<span class="visually-hidden">${model.firstIntro} </span>` : nothing}${p.label}${spoken(p)}${model.secondAxis
          ? html`<span class=${s ? 'second-value' : 'second-value no-data'}><span class="visually-hidden">${model.secondIntro}</span> ${s ? html`${s.label}${spoken(s)}` : this.msg('data.noData')}</span>`
          : nothing}</span>
      ${(this.choice.hovered ?? this.active) === bar.id && !this.choice.hidden ? compareTooltip(bar, this.choice.pinned ? this.renderCloseButton(this.choice.dismiss) : nothing, this.language, this.movedDown) : nothing}
    </div>`;
  }

  // ---- interaction ----------------------------------------------------------------------

  private onFocus(id: string): void {
    this.active = id;
    this.choice.focus(id);
  }

  private onKeyDown(event: KeyboardEvent): void {
    const bars = this.model?.bars ?? [];
    const index = bars.findIndex((b) => b.id === this.active);
    let next = -1;
    if (event.key === 'ArrowDown' || event.key === 'ArrowRight') next = Math.min(bars.length - 1, index + 1);
    else if (event.key === 'ArrowUp' || event.key === 'ArrowLeft') next = Math.max(0, index - 1);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = bars.length - 1;
    else if ((event.key === 'Enter' || event.key === ' ') && this.active) {
      event.preventDefault();
      this.choice.select(this.active);
      return;
    } else if (event.key === 'Escape') {
      this.choice.clear();
      return;
    } else return;
    event.preventDefault();
    const id = bars[next]?.id;
    if (!id) return;
    this.movedDown = next > index;
    this.active = id;
    this.renderRoot.querySelector<HTMLElement>(`.row[data-region="${id}"]`)?.focus();
  }
}
