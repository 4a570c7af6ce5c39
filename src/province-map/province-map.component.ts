import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ChartElement } from '../element/chart-element.js';
import { cssStyle } from '../element/css-style.js';
import { Memo } from '../element/memo.js';
import { PointerChoice, type ChoiceEventDetail } from '../controllers/pointer-choice.js';
import { clusterMembers, regionKeys } from '../text/region-keys.js';
import { checkChoice, checkWholeNumber, quote, type Problem } from '../text/problem.js';
import { UserDataController } from '../controllers/user-data.js';
import { clusters as CLUSTERS, regions as REGIONS } from '../data/index.js';
import { getRegion } from '../data/lookup.js';
import type { DatasetInput } from '../data/dataset.js';
import type { Series } from '../data/series.js';
import type { RegionId } from '../data/types.js';
import { bundledGeometry, naturalHeight, projectGeometry, type ProjectedMap, type ProjectedShape } from '../geo/geometry.js';
import { GeometrySource } from '../controllers/load-geometry.js';
import { ARROW_KEYS, regionInDirection } from '../geo/navigation.js';
import { TILE_COLUMNS, TILE_GRID, TILE_ROWS } from '../geo/tiles.js';
import { CATEGORICAL_SCHEMES, MAX_CLASSES, MIN_CLASSES, parseThresholds, VALUE_SCHEMES } from '../scales/color-scale.js';
import { buildMapModel, MAP_MODES, type MapMode, type MapModel, type RegionFacts } from './map-model.js';
import { provinceMapStyles } from './province-map.styles.js';

/** Detail of `region-select` and `region-hover`: the region's ISO code and value. */
export type RegionEventDetail = ChoiceEventDetail<RegionId>;

const VIEWS = ['geo', 'tiles'] as const;
const LEGEND_POSITIONS = ['bottom', 'top', 'right', 'none'] as const;
const LABELS = ['none', 'codes', 'names'] as const;
const CONTEXT = ['show', 'hide'] as const;
const DRAWING_WIDTH = 800;

/** Text attributes and the value each takes when absent or empty. */
const TEXT_DEFAULTS = {
  metric: '', src: '', valueLabel: '', unit: '', view: 'geo', mode: 'choropleth', highlight: '', cluster: '', scheme: '',
  classes: '5', thresholds: '', legend: 'bottom', labels: '', context: 'show', geometrySrc: '', selected: '', label: '',
} as const;
const TILE = DRAWING_WIDTH / TILE_COLUMNS;

/** The tile view's squares, drawn the same on every render. */
const TILE_SHAPES = (Object.entries(TILE_GRID) as [RegionId, readonly [number, number]][]).map(([id, [col, row]]) => ({
  id,
  d: `M${col * TILE + 2},${row * TILE + 2}h${TILE - 4}v${TILE - 4}h${-(TILE - 4)}z`,
  label: [col * TILE + TILE / 2, row * TILE + TILE / 2] as const,
}));

/**
 * A map of the 31 provincial-level regions of the Chinese mainland: a choropleth of a metric,
 * the three integration engines against the wider "innovation mosaic", or a locator map that
 * highlights regions; on Natural Earth boundaries or as a tile map with no boundaries at all.
 *
 * Everything is set with attributes; each is also a property.
 *
 * @example
 * <province-map metric="gdp" scheme="greens" legend="right"></province-map>
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
 * @csspart notice - A note on entries of the data that could not be used.
 *
 * @cssprop --im-map-stroke - Colour of the lines between regions.
 * @cssprop --im-map-stroke-width - Width of the lines between regions. Default: 0.75px.
 * @cssprop --im-color-no-data - Background of regions without data (drawn hatched).
 * @cssprop --im-color-no-data-line - Hatching of regions without data.
 * @cssprop --im-color-mosaic - Regions outside the integration engines, and regions not highlighted.
 * @cssprop --im-color-context - Hong Kong, Macao and Taiwan, drawn as context.
 */
export class ProvinceMap extends ChartElement {
  protected static override defersDrawing = true;

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

  /** Your data as an object: the JSON schema, an array of rows, or a dataset from `parseDataset`. Takes precedence over `src`. */
  @property({ attribute: false }) data: DatasetInput | null = null;

  /** Name for the values, replacing the metric's label. */
  @property({ attribute: 'value-label' }) valueLabel = '';

  /** Unit of the values, replacing the metric's (useful for your own data). */
  @property() unit = '';

  /** `geo`: Natural Earth boundaries. `tiles`: one equal square per region, no boundaries. */
  @property() view: (typeof VIEWS)[number] = 'geo';

  /** `choropleth`: colour by value. `clusters`: the three integration engines and the mosaic. `highlight`: a locator map. */
  @property() mode: MapMode = 'choropleth';

  /** Regions to highlight in `highlight` mode: ISO codes or names, separated by spaces. */
  @property() highlight = '';

  /** A cluster whose members are highlighted in `highlight` mode: `bth`, `yrd`, `gba`, or a computing hub (`edwc-guizhou`, ...). */
  @property() cluster = '';

  /** Colours: sequential `blues` (default), `greens`, `oranges`, `purples`, `greys`, `viridis`, `cividis`; diverging `rdbu`, `puor`, `brbg`, `piyg`; for clusters `set2` (default) or `dark2`. */
  @property() scheme = '';

  /** Number of colour classes (2-9), split so each holds about as many regions. Default: 5. */
  @property() classes = '5';

  /** Class breaks instead of `classes`: ascending numbers, e.g. `thresholds="30000000 60000000"`. */
  @property() thresholds = '';

  /** Where the legend goes: `bottom` (default), `top`, `right` (beside the map when there is room), `none`. */
  @property() legend: (typeof LEGEND_POSITIONS)[number] = 'bottom';

  /** Region labels: `none`, `codes` (two letters of the ISO code) or `names`. Default: none on the map, codes on tiles. */
  @property() labels = '';

  /** `show` (default): draw Hong Kong, Macao and Taiwan as neutral context shapes. `hide`: leave them out. */
  @property() context: (typeof CONTEXT)[number] = 'show';

  /** Address of your own boundaries (TopoJSON or GeoJSON; ids as ISO codes, GB codes or names), e.g. officially approved ones. */
  @property({ attribute: 'geometry-src' }) geometrySrc = '';

  /** ISO code of the selected region; set by the reader's choice too. */
  @property({ reflect: true }) selected = '';

  /** Accessible title. Default: made from the metric and year. */
  @property() label = '';

  @state() private focused: RegionId | null = null;
  @state() private focusVisible = false;
  @state() private pixelWidth = DRAWING_WIDTH;

  private readonly userData = new UserDataController(this);
  private readonly geometrySource = new GeometrySource(this);
  private resizeObserver: ResizeObserver | null = null;
  private readonly choice = new PointerChoice<RegionId>(this, (id) => this.factsOf(id)?.figure ?? null);
  private model: MapModel | null = null;
  private readonly modelMemo = new Memo<MapModel>();
  private series: Series | null = null;
  private highlighted = new Set<string>();

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver ??= new ResizeObserver(([entry]) => {
      const width = Math.round(entry.contentRect.width);
      if (width > 0 && width !== this.pixelWidth) this.pixelWidth = width;
    });
    this.resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.applyTextDefaults(TEXT_DEFAULTS);
    this.userData.update(this.src, this.data);
    this.geometrySource.update(this.geometrySrc);
    super.willUpdate(changed);
    this.model = this.problem || !this.series || !this.nearViewport ? null : this.modelMemo.get(this.modelInputs(), () => this.buildModel());
  }

  /** The colour scheme asked for, else the mode's default. */
  private get schemeName(): string {
    return this.scheme || (this.mode === 'clusters' ? 'set2' : 'blues');
  }

  protected override checkInput(): Problem | null {
    return (
      super.checkInput() ??
      checkChoice('view', this.view, VIEWS) ??
      checkChoice('mode', this.mode, MAP_MODES) ??
      checkChoice('legend', this.legend, LEGEND_POSITIONS) ??
      (this.labels ? checkChoice('labels', this.labels, LABELS) : null) ??
      checkChoice('context', this.context, CONTEXT) ??
      checkChoice('scheme', this.schemeName, this.mode === 'clusters' ? Object.keys(CATEGORICAL_SCHEMES) : VALUE_SCHEMES) ??
      this.checkClasses() ??
      this.checkRegions() ??
      this.userData.problem ??
      this.geometrySource.problem ??
      this.checkMetric()
    );
  }

  private checkClasses(): Problem | null {
    const classes = checkWholeNumber('classes', this.classes, MIN_CLASSES, MAX_CLASSES);
    if (classes) return classes;
    if (this.thresholds && !parseThresholds(this.thresholds)) {
      return {
        key: 'problem.badNumber',
        params: { attribute: 'thresholds', value: quote(this.thresholds), expected: '10 20 50' },
        detail: `thresholds=${JSON.stringify(this.thresholds)} is not a list of up to ${MAX_CLASSES - 1} ascending numbers.`,
      };
    }
    return null;
  }

  /** `highlight`, `cluster` and `selected` must name known regions and clusters. */
  private checkRegions(): Problem | null {
    const highlight = regionKeys('highlight', this.highlight, this.language);
    this.highlighted = new Set(highlight.ids);
    const problem = highlight.problem ?? regionKeys('selected', this.selected, this.language).problem;
    if (problem) return problem;
    if (!this.cluster) return null;
    const cluster = clusterMembers('cluster', this.cluster);
    for (const id of cluster.ids) this.highlighted.add(id);
    return cluster.problem;
  }

  private checkMetric(): Problem | null {
    const { series, problem } = this.userData.seriesOf('metric', this.metric);
    this.series = series;
    return problem;
  }

  /** Everything the model depends on; hovering, focusing or resizing changes none of it. */
  private modelInputs(): unknown[] {
    const { series, mode, scheme, classes, thresholds, language, valueLabel, unit } = this;
    return [series, this.userData.sources, mode, scheme, classes, thresholds, [...this.highlighted].join(' '), language, valueLabel, unit];
  }

  private buildModel(): MapModel {
    return buildMapModel({
      series: this.series!,
      sources: this.userData.sources,
      regions: REGIONS,
      clusters: CLUSTERS,
      mode: this.mode,
      scheme: this.schemeName,
      classes: Number(this.classes),
      thresholds: this.thresholds ? parseThresholds(this.thresholds) : null,
      highlight: this.highlighted,
      language: this.language,
      valueLabel: this.valueLabel,
      unit: this.unit,
    });
  }

  // ---- drawing --------------------------------------------------------------------------

  /** The message keeps the map's box, so that the article does not jump when input is fixed. */
  protected override renderProblem(problem: Problem): TemplateResult {
    return html`<div class="stage problem-box" style=${this.stageStyle()}>${super.renderProblem(problem)}</div>`;
  }

  /** Off-screen: the map's box at its final proportions, drawn when it nears the viewport. */
  protected override renderDeferred(): TemplateResult {
    return html`<figure part="figure" aria-label=${this.label || this.msg('status.loading')} aria-busy="true">
      <div class="stage" part="map" style=${this.stageStyle()}></div>
    </figure>`;
  }

  /**
   * The drawing's height for its 800-unit width: the tile grid's, or the bundled boundaries'
   * with context, whatever boundaries are drawn, so that the box is the same before and after
   * a boundary file arrives.
   */
  private stageHeight(): number {
    return this.view === 'tiles' ? TILE * TILE_ROWS : naturalHeight(bundledGeometry(), DRAWING_WIDTH, { context: true });
  }

  /** The stage's proportions: the same box drawn, waiting, loading or showing a problem. */
  private stageStyle() {
    return cssStyle({ 'aspect-ratio': `${DRAWING_WIDTH} / ${this.stageHeight()}` });
  }

  private projected(): ProjectedMap {
    return projectGeometry(this.geometrySource.geometry, DRAWING_WIDTH, { context: this.context === 'show', height: this.stageHeight() });
  }

  protected renderContent(): TemplateResult {
    const model = this.model;
    const title = this.label || model?.title || '';
    const tiles = this.view === 'tiles';
    const projected = tiles ? null : this.projected();
    const height = this.stageHeight();
    const legendAt = this.legend;
    const legend =
      legendAt === 'none'
        ? nothing
        : model
          ? this.renderLegend(model, !tiles && this.context === 'show')
          : // The reader's data is on its way: the legend's place is kept, so that nothing moves when it comes.
            html`<div class="legend pending" aria-hidden="true"></div>`;
    const notices = this.notices();
    return html`<figure part="figure" aria-labelledby="title">
      <figcaption id="title" class="visually-hidden">${title}</figcaption>
      <p id="description" class="visually-hidden">${this.msg('map.description', { summary: model?.summary ?? '' })}</p>
      ${legendAt === 'top' ? legend : nothing}
      <div class="layout legend-${legendAt}">
        <div class="stage" part="map" style=${this.stageStyle()}>
          ${this.renderDrawing(projected, height, title)} ${this.renderTooltip(projected)}
          ${this.userData.loading || this.geometrySource.loading ? html`<p class="status" role="status">${this.msg('status.loading')}</p>` : nothing}
        </div>
        ${legendAt === 'right' ? legend : nothing}
      </div>
      ${legendAt === 'bottom' ? legend : nothing}
      ${notices.map((text) => html`<p class="notice" part="notice">${text}</p>`)}
      ${this.renderFooter([model?.sourceLine, tiles ? '' : this.msg(this.geometrySrc ? 'map.customBoundaries' : 'map.boundaries')].filter(Boolean).join(' · '))}
      ${model ? this.renderTable(model, title) : nothing}
    </figure>`;
  }

  private notices(): string[] {
    const notices: string[] = [];
    const skipped = this.userData.data?.problems.filter((p) => p.severity === 'error').length ?? 0;
    if (skipped) notices.push(this.msg('data.rowsSkipped', { count: skipped }));
    const missing = this.view === 'geo' ? this.geometrySource.geometry.missing : [];
    if (missing.length) {
      const names = missing.map((id) => getRegion(id)!.name[this.language]).join(', ');
      notices.push(this.msg('data.missingShapes', { count: missing.length, names }));
    }
    return notices;
  }

  /**
   * The region the keyboard tab stop sits on: the focused one, else the selected one, else
   * Beijing, else the first drawn (a boundary file may lack any region).
   */
  private activeRegion(drawn: readonly RegionId[]): RegionId | null {
    const candidates = [this.focused, getRegion(this.selected)?.id as RegionId | undefined, 'CN-BJ' as const];
    return candidates.find((id) => id && drawn.includes(id)) ?? drawn[0] ?? null;
  }

  private factsOf(id: RegionId): RegionFacts | undefined {
    return this.model?.facts.find((f) => f.region === id);
  }

  private accessibleName(id: RegionId): string {
    const facts = this.factsOf(id);
    if (!facts) return getRegion(id)!.name[this.language];
    return [facts.name, facts.value, facts.rank, facts.clusters].filter(Boolean).join(', ');
  }

  private renderDrawing(projected: ProjectedMap | null, height: number, title: string): TemplateResult {
    const shapes: readonly { id: RegionId; d: string; label: readonly [number, number] }[] = projected
      ? projected.shapes.filter((s) => !s.context).map((s) => ({ id: s.id as RegionId, d: s.d, label: s.label }))
      : TILE_SHAPES;
    const context = projected ? projected.shapes.filter((s) => s.context) : [];
    const labelMode = this.labels || (projected ? 'none' : 'codes');
    const fontSize = (projected ? 12 : 15) * Math.max(1, DRAWING_WIDTH / this.pixelWidth);
    const active = this.activeRegion(shapes.map((s) => s.id));
    const byId = new Map(shapes.map((s) => [s.id, s]));
    const selected = getRegion(this.selected)?.id;
    const outline = (id: string | null | undefined, kind: string) => {
      const shape = id ? byId.get(id as RegionId) : undefined;
      return shape ? svg`<path class="outline ${kind}" d=${shape.d} aria-hidden="true"></path>` : nothing;
    };
    return html`<svg
      viewBox="0 0 ${DRAWING_WIDTH} ${height}"
      role="listbox"
      aria-label=${title}
      aria-describedby="description"
      @keydown=${this.onKeyDown}
      @pointerleave=${() => this.choice.leave()}
      @click=${() => this.choice.pinned && this.choice.dismiss()}
    >
      <defs>
        <pattern id="no-data" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
          <rect class="no-data-fill" width="6" height="6"></rect>
          <line class="no-data-line" x1="0" y1="0" x2="0" y2="6"></line>
        </pattern>
      </defs>
      ${context.map((s: ProjectedShape) => svg`<path class="context" d=${s.d} data-region=${s.id} aria-hidden="true"></path>`)}
      ${projected
        ? // Under the fills: a border-coloured edge that only shows along the coast and the
          // frontier, so that light regions keep a 3:1 outline against the page.
          svg`<g class="coast" aria-hidden="true">${shapes.map(({ d }) => svg`<path d=${d}></path>`)}</g>`
        : nothing}
      ${shapes.map(({ id, d }) => {
        const paint = this.model?.paint.get(id);
        return svg`<path
          class="region ${paint?.kind ?? 'other'}"
          part="region"
          data-region=${id}
          d=${d}
          fill=${paint?.color ?? nothing}
          role="option"
          aria-selected=${id === selected ? 'true' : 'false'}
          aria-label=${this.accessibleName(id)}
          tabindex=${id === active ? '0' : '-1'}
          @pointerenter=${(event: PointerEvent) => this.choice.enter(event, id)}
          @pointerdown=${(event: PointerEvent) => this.choice.pointerDown(event)}
          @click=${(event: Event) => {
            event.stopPropagation(); // not a tap on the background
            this.choice.click(id);
          }}
          @focus=${(event: FocusEvent) => this.onRegionFocus(event, id)}
          @blur=${() => this.onRegionBlur(id)}
        ></path>`;
      })}
      ${labelMode === 'none'
        ? nothing
        : shapes.map(({ id, label }) => {
            const text = labelMode === 'codes' ? id.slice(3) : getRegion(id)!.name[this.language];
            return svg`<text class=${projected ? 'label' : 'label tile-label'} x=${label[0]} y=${label[1]} font-size=${fontSize} aria-hidden="true">${text}</text>`;
          })}
      ${outline(this.choice.hovered, 'hover')} ${outline(selected, 'selected')} ${this.focusVisible ? outline(this.focused, 'focus') : nothing}
    </svg>`;
  }

  private renderTooltip(projected: ProjectedMap | null): TemplateResult | typeof nothing {
    const id = this.choice.hovered ?? this.focused;
    const facts = id ? this.factsOf(id) : undefined;
    if (!id || !facts) return nothing;
    let x: number;
    let y: number;
    let height: number;
    if (projected) {
      const shape = projected.shapes.find((s) => s.id === id);
      if (!shape) return nothing;
      [x, y] = shape.label;
      height = projected.height;
    } else {
      const [col, row] = TILE_GRID[id];
      [x, y, height] = [col * TILE + TILE / 2, row * TILE + 8, TILE * TILE_ROWS];
    }
    const below = y < height * 0.3;
    return html`<div
      class="tooltip ${below ? 'below' : ''} ${this.choice.pinned ? 'pinned' : ''}"
      part="tooltip"
      style=${cssStyle({ left: `${(x / DRAWING_WIDTH) * 100}%`, top: `${(y / height) * 100}%` })}
    >
      ${this.choice.pinned ? this.renderCloseButton(this.choice.dismiss) : nothing}
      <p class="name-line">${facts.name}</p>
      ${facts.clusters ? html`<p class="muted">${facts.clusters}</p>` : nothing}
      <p class="value">${facts.value}</p>
      ${facts.rank ? html`<p class="muted">${facts.rank}</p>` : nothing}
      ${facts.source ? html`<p class="muted">${this.msg('data.source', { sources: facts.source })}</p>` : nothing}
    </div>`;
  }

  private renderLegend(model: MapModel, context: boolean): TemplateResult {
    return html`<ul class="legend" part="legend">
      ${model.legendTitle ? html`<li class="legend-title">${model.legendTitle}</li>` : nothing}
      ${model.legend.map(
        (item) => html`<li>
          <span class="swatch ${item.kind}" style=${cssStyle(item.color ? { background: item.color } : {})}></span>${item.label}
        </li>`,
      )}
      ${context ? html`<li><span class="swatch context"></span>${this.msg('map.context')}</li>` : nothing}
    </ul>`;
  }

  private renderTable(model: MapModel, title: string): TemplateResult {
    const clusters = this.mode === 'clusters';
    return this.renderTableBox(html`<table id="table" part="table">
        <caption class="visually-hidden">${title}</caption>
        <thead>
          <tr>
            <th scope="col">${this.msg('table.region')}</th>
            ${clusters ? html`<th scope="col">${this.msg('table.cluster')}</th>` : nothing}
            <th scope="col">${model.metric.label[this.language]}</th>
            <th scope="col">${this.msg('table.rank')}</th>
            <th scope="col">${this.msg('table.source')}</th>
          </tr>
        </thead>
        <tbody>
          ${model.facts.map(
            (f) => html`<tr data-region=${f.region}>
              <th scope="row">${f.name}</th>
              ${clusters ? html`<td>${f.clusters}</td>` : nothing}
              <td class="number">${f.value}</td>
              <td class="number">${f.rank}</td>
              <td>${f.source}</td>
            </tr>`,
          )}
        </tbody>
      </table>`);
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
    const points = this.navigationPoints();
    const current = this.activeRegion([...points.keys()] as RegionId[]);
    if (!current) return;
    const direction = ARROW_KEYS[event.key];
    if (direction) {
      event.preventDefault();
      const next = regionInDirection(current, direction, points, this.geometrySource.geometry.neighbours);
      if (next) this.focusRegion(next as RegionId);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.choice.select(current);
    } else if (event.key === 'Escape') {
      this.choice.clear();
    }
  }

  private navigationPoints(): Map<string, readonly [number, number]> {
    if (this.view === 'tiles') return new Map(Object.entries(TILE_GRID));
    const projected = this.projected();
    return new Map(projected.shapes.filter((s) => !s.context).map((s) => [s.id, s.label]));
  }

  private focusRegion(id: RegionId): void {
    this.focused = id;
    this.focusVisible = true;
    this.renderRoot.querySelector<SVGPathElement>(`.region[data-region="${id}"]`)?.focus();
  }
}
