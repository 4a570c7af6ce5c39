// Over 300 lines for a reason: its 17 attributes with their JSDoc (the one source of the
// documentation, the types and Storybook's controls) take about 90 of them. What it draws is
// worked out in map-model.ts, map-view.ts and map-input.ts, and drawn by the template
// functions of map-drawing.ts, map-legend.ts, map-table.ts and map-tooltip.ts.
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ChartElement } from '../element/chart-element.js';
import { cssStyle } from '../element/css-style.js';
import { Memo } from '../element/memo.js';
import { PUNCTUATION } from '../i18n/punctuation.js';
import { PointerChoice, type ChoiceEventDetail } from '../controllers/pointer-choice.js';
import { GeometrySource } from '../controllers/load-geometry.js';
import { UserDataController } from '../controllers/user-data.js';
import { checkChoice, type Problem } from '../text/problem.js';
import { clusters as CLUSTERS, regions as REGIONS } from '../data/index.js';
import { getRegion } from '../data/lookup.js';
import type { DatasetInput } from '../data/dataset-schema.js';
import type { RegionId } from '../data/types.js';
import { ARROW_KEYS, arrowMove, type Move } from '../geo/navigation.js';
import { CATEGORICAL_SCHEMES, VALUE_SCHEMES } from '../scales/color-scale.js';
import { readColorOptions, readHighlighted } from './map-input.js';
import { mapDrawing, type DrawingHandlers, type DrawingState } from './map-drawing.js';
import { mapLegend, pendingLegend } from './map-legend.js';
import { buildMapModel, MAP_MODES, type MapMode, type MapModel, type RegionFacts } from './map-model.js';
import { mapDataTable, mapTable } from './map-table.js';
import { labelTexts, placeLabels, type PlacedLabel } from './map-labels.js';
import { labelBoxes, placeNotes, type NoteLayout } from './map-notes.js';
import { noteLines, noteList, noteProblem, notesOf } from '../element/chart-notes.js';
import { figureColumn, type Figure, type FigureBlock, type FigureOptions } from '../element/static-figure.js';
import { fileStem } from '../element/download-files.js';
import type { DataTable } from '../element/csv-file.js';
import { mapTooltip, PANEL_BELOW, tooltipPlace } from './map-tooltip.js';
import { bundledGeometry } from '../geo/bundled.js';
import { DRAWING_WIDTH, mapView, stageHeight, tileLabels, VIEWS, type MapView, type ViewName } from './map-view.js';
import { provinceMapStyles } from './province-map.styles.js';
import { tenth } from '../geo/project.js';

/** A drawing in a file answers nothing. */
const NO_HANDLERS: DrawingHandlers = { keydown() {}, pointerleave() {}, backgroundClick() {}, pointerenter() {}, pointerdown() {}, click() {}, focus() {}, blur() {} };

/** Detail of `region-select` and `region-hover`: the region's ISO code and value. */
export type RegionEventDetail = ChoiceEventDetail<RegionId>;

const LEGEND_POSITIONS = ['bottom', 'top', 'right', 'none'] as const;
const LABELS = ['none', 'codes', 'names'] as const;
const CONTEXT = ['show', 'hide'] as const;

const projectDefaultView = (): void => void mapView('geo', bundledGeometry(), { context: true, custom: false });

/**
 * A map of the 31 provincial-level regions of the Chinese mainland: a choropleth of a metric,
 * the three integration engines against the wider "innovation mosaic", or a locator map that
 * highlights regions; on Natural Earth boundaries or as a tile map with no boundaries at all.
 *
 * Everything is set with attributes; each is also a property.
 *
 * Notes: `<mosaic-note region>` children point at a region (`region` takes an ISO code or a
 * name in English, Chinese or pinyin, as `highlight` does) with the page's own text, always
 * shown as text. On a drawing 520 px wide or more each is drawn beside its region with a leader
 * line, clear of the others and of the labels; on a narrower one (a phone) it is a numbered
 * marker on the region, with the text in a numbered list under the map. Notes are followed as
 * the page adds, edits or removes them; screen readers read them in the list, and the data table
 * and the region's tooltip carry them. A note with an unknown region is reported under the map;
 * the others still show. Before the script loads they read as text in the element's fallback.
 *
 * @example
 * <province-map metric="gdp" scheme="greens" legend="right"></province-map>
 * <province-map metric="gdp">
 *   <mosaic-note region="CN-AH">Quantum computing and nuclear fusion</mosaic-note>
 *   <mosaic-note region="Guangdong">90% of the country's drones</mosaic-note>
 * </province-map>
 * <province-map mode="clusters" view="tiles" lang="zh"></province-map>
 * <province-map mode="highlight" cluster="yrd" selected="CN-AH"></province-map>
 * <province-map src="/my-data.csv" value-label="Start-ups" unit="companies"></province-map>
 *
 * @tagname province-map
 *
 * @fires region-select - A region was chosen by click, tap, Enter or Space. Detail ({@link RegionEventDetail}): `region`, its ISO code, or `null` when Escape cleared the choice; `value`, its value in the shown metric or `null`.
 * @fires region-hover - The pointer or focus moved onto a region, or left it (`region: null`). Detail as for `region-select`.
 *
 * @csspart figure - The whole map with its legend and notes.
 * @csspart map - The drawing area.
 * @csspart region - Each region's shape; it carries `data-region="<ISO code>"`.
 * @csspart tooltip - The box with a region's name, value, rank and source.
 * @csspart legend - The legend.
 * @csspart source - The source line.
 * @csspart table-toggle - The button that shows or hides the data table.
 * @csspart table - The data table.
 * @csspart notice - A note on regions the boundary file has no shape for, or on a `<mosaic-note>` whose region is unknown.
 * @csspart notes - The numbered list of the page's `<mosaic-note>` notes (for screen readers only while the notes are drawn on the map).
 *
 * @cssprop --im-map-max-height - Tallest the map may be; a map that would be taller is drawn narrower, centred. Default: 720px, about what a laptop shows at once (not a viewport unit, so that a map in an iframe sized to its content does not chase its own height).
 * @cssprop --im-map-stroke - Colour of the lines between regions.
 * @cssprop --im-map-stroke-width - Width of the lines between regions. Default: 0.75px.
 * @cssprop --im-color-no-data - Background of regions without data (drawn hatched).
 * @cssprop --im-color-no-data-line - Hatching of regions without data.
 * @cssprop --im-color-mosaic - Regions outside the integration engines, and regions not highlighted.
 * @cssprop --im-color-context - Hong Kong, Macao and Taiwan, drawn as context.
 */
export class ProvinceMap extends ChartElement {
  protected static override defersDrawing = true;
  protected static override footerWhileLoading = true;

  static override styles = [...ChartElement.styles, provinceMapStyles];

  static override readonly choices = {
    ...ChartElement.choices,
    view: VIEWS,
    mode: MAP_MODES,
    scheme: [...VALUE_SCHEMES, ...Object.keys(CATEGORICAL_SCHEMES)],
    legend: LEGEND_POSITIONS,
    labels: LABELS,
    context: CONTEXT,
  };

  /** Bundled metric to show (`population`, `area`, `density`, `gdp`, `gdp-growth`, `rd-intensity`, `rd-expenditure`), or a metric of your data. Default: population, or your data's first metric. */
  @property() metric = '';

  /** Address of your data as CSV or JSON (see the data schema). */
  @property() src = '';

  /** Your data: an object of the data schema, an array of rows, a dataset from `parseDataset`, or the text of a CSV or JSON file. Takes precedence over `src`. */
  @property({ attribute: false }) data: DatasetInput | null = null;

  /** Name for the values, replacing the metric's label. */
  @property({ attribute: 'value-label' }) valueLabel = '';

  /** Unit of the values, replacing the metric's (useful for your own data). */
  @property() unit = '';

  /** `geo`: Natural Earth boundaries. `tiles`: one equal square per region, no boundaries. */
  @property() view: ViewName = 'geo';

  /** `choropleth`: colour by value. `clusters`: the three integration engines and the mosaic. `highlight`: a locator map. */
  @property() mode: MapMode = 'choropleth';

  /** Regions to highlight in `highlight` mode: ISO codes or names, separated by spaces. */
  @property() highlight = '';

  /** A cluster whose members are highlighted in `highlight` mode: `bth`, `yrd`, `gba`, or a computing hub (`edwc-guizhou`, ...). */
  @property() cluster = '';

  /** Colours: sequential `blues` (default), `greens`, `oranges`, `purples`, `greys`, `viridis`, `cividis`; diverging `rdbu`, `puor`, `brbg`, `piyg`; for clusters `dark2` (default: its three colours stay apart from each other and from other regions under red-green and blue-yellow colour blindness) or `set2`. */
  @property() scheme = '';

  /** Number of colour classes (2-9), split so each holds about as many regions. Default: 5. */
  @property({ type: Number }) classes = 5;

  /** Class breaks instead of `classes`: ascending numbers, e.g. `thresholds="30000000 60000000"`. */
  @property() thresholds = '';

  /** Where the legend goes: `bottom` (default), `top`, `right` (beside the map when there is room), `none`. */
  @property() legend: (typeof LEGEND_POSITIONS)[number] = 'bottom';

  /** Region labels: `none`, `codes` (two letters of the ISO code) or `names`. Default: none on the map, codes on tiles. */
  @property() labels: (typeof LABELS)[number] | '' = '';

  /** `show` (default): draw Hong Kong, Macao and Taiwan as neutral context shapes. `hide`: leave them out. */
  @property() context: (typeof CONTEXT)[number] = 'show';

  /** Address of your own boundaries (TopoJSON or GeoJSON; ids as ISO codes, GB codes or names), e.g. officially approved ones. */
  @property({ attribute: 'geometry-src' }) geometrySrc = '';

  /** ISO code of the selected region; set by the reader's choice too. */
  @property({ reflect: true }) selected = '';


  @state() private focused: RegionId | null = null;
  @state() private focusVisible = false;
  @state() private pixelWidth = DRAWING_WIDTH;

  protected override readonly userData = new UserDataController(this);
  private readonly geometrySource = new GeometrySource(this);
  private resizeObserver: ResizeObserver | null = null;
  private readonly choice = new PointerChoice<RegionId>(this, (id) => this.factsOf(id)?.figure ?? null);
  private model: MapModel | null = null;
  /** The arrow-key moves that led to the focused region, for the opposite arrow to retrace. */
  private trail: readonly Move[] = [];
  private readonly inputMemo = new Memo<ReturnType<ProvinceMap['readInput']>>();
  private readonly modelMemo = new Memo<MapModel>();
  private readonly labelsMemo = new Memo<PlacedLabel[]>();
  private readonly notesLayoutMemo = new Memo<NoteLayout | null>();

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver ??= new ResizeObserver(([entry]) => {
      const width = Math.round(entry!.contentRect.width);
      if (width > 0 && width !== this.pixelWidth) this.pixelWidth = width;
    });
    this.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
    this.observed = null;
  }

  /**
   * The drawing's own width, once there is one, sets label sizes, tile names and where the
   * tooltip fits: a map capped by --im-map-max-height or beside a legend is narrower than the element.
   */
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.observe(this.renderRoot.querySelector('[part="map"]') ?? this);
  }

  private observed: Element | null = null;

  private observe(element: Element): void {
    if (!this.resizeObserver || element === this.observed) return;
    this.resizeObserver.disconnect();
    this.resizeObserver.observe(element);
    this.observed = element;
  }

  protected override startLoading(): void {
    this.userData.update(this.src, this.data, this.decimal);
    this.geometrySource.update(this.geometrySrc);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const { series, colors, highlighted } = this.input;
    const { mode, language, valueLabel, unit } = this;
    const sources = this.userData.sources;
    this.model =
      this.problem || !series
        ? null
        : // Hovering, focusing or resizing changes none of its inputs.
          this.modelMemo.get([series, sources, mode, colors, highlighted, language, valueLabel, unit], () =>
            buildMapModel({ series, sources, regions: REGIONS, clusters: CLUSTERS, mode, ...colors, highlight: highlighted, language, valueLabel, unit }),
          );
  }

  /** The attributes read into what the model takes, each with its problem; the same object until they change. */
  private get input() {
    const { mode, scheme, classes, thresholds, highlight, cluster, selected, metric, language } = this;
    const inputs = [mode, scheme, classes, thresholds, highlight, cluster, selected, metric, language, this.userData.metricData, this.userData.loading];
    return this.inputMemo.get(inputs, () => this.readInput());
  }

  private readInput() {
    const colors = readColorOptions(this.mode, { scheme: this.scheme, classes: this.classes, classesText: this.numberText('classes', this.classes), thresholds: this.thresholds });
    const highlighted = readHighlighted(this, this.language);
    const metric = this.userData.seriesOf('metric', this.metric);
    return { colors: colors.options, colorProblem: colors.problem, highlighted: highlighted.ids, regionProblem: highlighted.problem, ...metric };
  }

  protected override checkInput(): Problem | null {
    const input = this.input;
    return (
      super.checkInput() ??
      this.checkOwnWords(this.valueLabel, this.unit) ??
      checkChoice('view', this.view, VIEWS) ??
      checkChoice('mode', this.mode, MAP_MODES) ??
      checkChoice('legend', this.legend, LEGEND_POSITIONS) ??
      (this.labels ? checkChoice('labels', this.labels, LABELS) : null) ??
      checkChoice('context', this.context, CONTEXT) ??
      input.colorProblem ??
      input.regionProblem ??
      this.userData.problem ??
      this.geometrySource.problem ??
      input.problem
    );
  }

  // ---- drawing --------------------------------------------------------------------------

  /** The stage's proportions: the same box drawn, loading or showing a problem (and in the placeholder's styles). */
  private stageStyle() {
    const height = stageHeight(this.view);
    // No taller than --im-map-max-height: narrower instead, centred, keeping its proportions.
    return cssStyle({ 'aspect-ratio': `${DRAWING_WIDTH} / ${height}`, 'max-width': `calc(var(--im-map-max-height, 720px) * ${DRAWING_WIDTH / height})` });
  }

  /** The message keeps the map's box, so that the article does not jump when input is fixed. */
  protected override renderProblem(problem: Problem): TemplateResult {
    return html`<div class="stage problem-box" style=${this.stageStyle()}>${super.renderProblem(problem)}</div>`;
  }

  /** Once per page, before the first map draws: the bundled boundaries decoded and projected for the default view. */
  static override firstSteps(): (() => void)[] {
    return [...super.firstSteps(), projectDefaultView];
  }

  /** Before the first render, a step of its own: the boundaries decoded and projected for the view (once per page for each view). */
  protected override firstDrawSteps(): (() => void)[] {
    return [() => this.mapView];
  }

  /** Until drawn: the stage at its final proportions (its styles'), with room for the headline, legend and source line. */
  protected override placeholder(): HTMLElement {
    const box = super.placeholder();
    if (this.view === 'tiles') box.classList.add('tiles');
    if (this.legend === 'right' || this.legend === 'none') box.classList.add(`legend-${this.legend}`);
    return box;
  }

  protected static override placeholderProperties = ['src', 'view', 'legend'];

  /** The view drawn: projected once per page for each view, boundaries and options (map-view.ts), not on every hover. */
  private get mapView(): MapView {
    return mapView(this.view, this.geometrySource.geometry, { context: this.context === 'show', custom: !!this.geometrySrc });
  }

  protected renderContent(): TemplateResult {
    const model = this.model;
    const view = this.mapView;
    const loading = this.userData.loading || this.geometrySource.loading;
    const title = this.accessibleTitle(model?.title || this.msg('status.loading'));
    const legendAt = this.legend;
    const legend = legendAt === 'none' ? nothing : model ? mapLegend(model, view.showsContext, this.language) : pendingLegend;
    const state = this.drawingState(view);
    const { notes, problem: noteTrouble } = this.notes;
    // Drawn beside the regions, the notes are listed for screen readers only; else for all.
    const listShown = state.notes?.mode !== 'drawn' || state.notes.notes.length < notes.length;
    // The title and description are the figure's name and description, and read only as such.
    return html`<figure part="figure" aria-labelledby="title" aria-describedby="description" aria-busy=${loading ? 'true' : 'false'}>
      <figcaption id="title" class="visually-hidden" aria-hidden="true">${title}</figcaption>
      <p id="description" class="visually-hidden" aria-hidden="true">${this.msg('map.description', { summary: model?.summary ?? '' })}</p>
      ${this.renderHeading(model?.title ?? '')} ${legendAt === 'top' ? legend : nothing}
      <div class="layout legend-${legendAt}">
        <div class="stage" part="map" style=${this.stageStyle()}>
          ${this.renderDrawing(view, state)} ${this.tooltipAsPanel ? nothing : this.renderTooltip(view)}
          ${loading ? html`<p class="status" role="status">${this.msg('status.loading')}</p>` : nothing}
        </div>
        ${legendAt === 'right' ? legend : nothing}
      </div>
      ${this.tooltipAsPanel ? this.renderTooltip(view) : nothing}
      ${legendAt === 'bottom' ? legend : nothing} ${noteList(notes, listShown, this.language)} ${noteProblem(noteTrouble, this.language)}
      ${this.notices(view).map((text) => html`<p class="notice" part="notice">${text}</p>`)} ${this.renderNote()}
      ${this.renderFooter(this.sourceLine(model?.sourceLine, view), !!model, this.sourceLine(model?.sourceLineInFull, view))}
      ${model ? this.renderTableBox(mapTable(model, title, this.mode === 'clusters', notes, this.language)) : nothing}
    </figure>`;
  }

  /** The data's sources and the boundaries' credit. */
  private sourceLine(sources: string | undefined, view: MapView): string {
    return [sources, view.credit ? this.msg(view.credit) : ''].filter(Boolean).join(' · ');
  }

  private notices(view: MapView): string[] {
    const notices: string[] = [];
    if (view.missing.length) {
      const names = view.missing.map((id) => getRegion(id)!.name[this.language]).join(PUNCTUATION[this.language].list);
      notices.push(this.msg('data.missingShapes', { count: view.missing.length, names }));
    }
    return notices;
  }

  /**
   * The region the keyboard tab stop sits on: the focused one, else the selected one, else
   * Beijing, else the first drawn (a boundary file may lack any region).
   */
  private activeRegion(view: MapView): RegionId | null {
    const drawn = view.regions.map((r) => r.id);
    const candidates = [this.focused, getRegion(this.selected)?.id as RegionId | undefined, 'CN-BJ' as const];
    return candidates.find((id) => id && drawn.includes(id)) ?? drawn[0] ?? null;
  }

  private factsOf(id: RegionId): RegionFacts | undefined {
    return this.model?.facts.find((f) => f.region === id);
  }

  /** Labels and notes placed for the drawing's width, with what else it shows of the reader's choice. */
  private drawingState(view: MapView, pixelWidth = this.pixelWidth): DrawingState {
    const { choice } = this;
    const tiles = this.view === 'tiles' && !this.labels ? tileLabels(this.language, pixelWidth) : null;
    // A locator map names what it highlights, so that small regions are not unnamed specks.
    const labels = this.labels || (this.mode === 'highlight' ? 'names' : (tiles?.labels ?? view.defaultLabels));
    const only = !this.labels && this.mode === 'highlight' ? this.input.highlighted : undefined;
    const fontSize = tenth((tiles?.size ?? view.labelSize) * Math.max(1, DRAWING_WIDTH / pixelWidth));
    // Placed once per view, labels and size; tiles are the view without a coast edge.
    const placed = this.labelsMemo.get([view, labels, only, fontSize, this.language], () =>
      placeLabels(view.regions, labelTexts(view.regions, labels, this.language, only), fontSize, view.tiles, view.width),
    );
    const { notes } = this.notes;
    return {
      title: this.msg('map.regions'),
      labels: placed,
      notes: this.notesLayoutMemo.get([view, placed, notes, pixelWidth], () =>
        // The legend is beside or under the drawing in every layout, never over it.
        notes.length ? placeNotes(notes, view.regions, view, { pixelWidth, context: view.context, labels: labelBoxes(placed, fontSize) }) : null,
      ),
      fontSize,
      active: this.activeRegion(view),
      selected: (getRegion(this.selected)?.id as RegionId | undefined) ?? null,
      hovered: choice.hovered ?? (this.link.hovered as RegionId | null),
      focusRing: this.focusVisible ? this.focused : null,
      language: this.language,
    };
  }

  /** The data table as a CSV file: every region, ranked (see `mapDataTable`). */
  protected override dataTable(): DataTable | null {
    return this.model && mapDataTable(this.model, this.mode === 'clusters', this.language, this.notes.notes);
  }

  /** `province-map-gdp-zh`, `province-map-clusters-en`: the metric shown (or the mode, where it shows none), the language. */
  protected override downloadName(): string {
    return fileStem([this.localName, this.mode === 'choropleth' ? (this.model?.metric.id ?? this.metric) : this.mode, this.language]);
  }

  /**
   * The map as a file: headline, drawing (at the figure's width, with its labels and notes, the
   * selected region outlined), legend, notes, caveats and the source line with the boundaries' credit.
   */
  protected override renderFigure(options: FigureOptions): Figure | null {
    const model = this.model;
    if (!model) return null;
    const view = this.mapView;
    // The drawing's width in the figure: the column, capped as --im-map-max-height caps it on a page (720 px).
    const maxWidth = (720 * DRAWING_WIDTH) / stageHeight(this.view);
    const pixelWidth = Math.min(figureColumn(options.width), maxWidth);
    const state = { ...this.drawingState(view, pixelWidth), hovered: null, focusRing: null };
    const { notes } = this.notes;
    const legend: FigureBlock[] =
      this.legend === 'none'
        ? []
        : [{ kind: 'key', title: model.legendTitle, items: [...model.legend, ...(view.showsContext ? [{ kind: 'context', label: this.msg('map.context') }] : [])] }];
    const blocks: FigureBlock[] = [
      ...this.figureHeading(model.title),
      ...(this.legend === 'top' ? legend : []),
      { kind: 'graphic', width: view.width, height: view.height, maxWidth, content: mapDrawing(view, model, state, NO_HANDLERS) },
      ...(this.legend === 'top' ? [] : legend),
      { kind: 'list', items: state.notes?.mode === 'drawn' && state.notes.notes.length === notes.length ? [] : noteLines(notes, this.language) },
      ...this.notices(view).map((text): FigureBlock => ({ kind: 'note', text })),
      this.figureNote(),
      { kind: 'source', text: this.sourceLine(model.sourceLineInFull, view) },
    ];
    return this.figureOf(blocks, options, { label: this.accessibleTitle(model.title), description: model.summary });
  }

  private renderDrawing(view: MapView, state: DrawingState): TemplateResult {
    const { choice } = this;
    return mapDrawing(view, this.model, state, {
      keydown: (event) => this.onKeyDown(event),
      pointerleave: () => choice.leave(),
      backgroundClick: () => choice.pinned && choice.dismiss(),
      pointerenter: (event, id) => choice.enter(event, id),
      pointerdown: (event) => choice.pointerDown(event),
      click: (id) => choice.click(id),
      focus: (event, id) => this.onRegionFocus(event, id),
      blur: (id) => this.onRegionBlur(id),
    });
  }

  private renderTooltip(view: MapView): TemplateResult | typeof nothing {
    const id = this.choice.hovered ?? this.focused;
    const facts = id ? this.factsOf(id) : undefined;
    const region = id ? view.regions.find((r) => r.id === id) : undefined;
    if (!facts || !region || this.choice.hidden) return nothing;
    const close = this.choice.pinned ? this.renderCloseButton(this.choice.dismiss) : nothing;
    const note = notesOf(this.notes.notes, facts.region);
    return mapTooltip(facts, this.tooltipAsPanel ? null : tooltipPlace(region, view, this.pixelWidth), view, close, this.language, note);
  }

  /**
   * Pinned by a tap on a narrow map (a phone), the tooltip is a panel under the drawing; a
   * pointer's or the keyboard's floats, so that moving over regions does not move the page.
   */
  private get tooltipAsPanel(): boolean {
    return this.choice.pinned && this.pixelWidth < PANEL_BELOW;
  }

  // ---- interaction ----------------------------------------------------------------------

  private onRegionFocus(event: FocusEvent, id: RegionId): void {
    this.focused = id;
    this.focusVisible = (event.target as Element).matches(':focus-visible');
    if (this.focusVisible) this.choice.focus(id);
  }

  private onRegionBlur(id: RegionId): void {
    if (this.focused === id) {
      this.focused = null;
      this.focusVisible = false;
    }
  }

  private onKeyDown(event: KeyboardEvent): void {
    const view = this.mapView;
    const current = this.activeRegion(view);
    if (!current) return;
    const direction = ARROW_KEYS[event.key];
    if (direction) {
      event.preventDefault();
      const points = new Map(view.regions.map((r) => [r.id, r.label]));
      const { to, trail } = arrowMove(current, direction, points, view.neighbours, this.trail);
      this.trail = trail;
      if (to) this.focusRegion(to as RegionId);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.choice.select(current);
    } else if (event.key === 'Escape') {
      this.choice.clear();
    }
  }

  private focusRegion(id: RegionId): void {
    this.focused = id;
    this.focusVisible = true;
    this.renderRoot.querySelector<SVGPathElement>(`.region[data-region="${id}"]`)?.focus();
  }
}
