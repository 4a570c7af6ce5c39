/**
 * The user's own data for a widget, from its `data` property or its `src` URL: loaded (the
 * newest request winning, see {@link LatestRequest}), parsed, and its problems reported once
 * to the console.
 */
import type { ReactiveControllerHost } from 'lit';
import { FIGURES } from '../data/bundle.generated.js';
import { parseDataset } from '../data/dataset.js';
import type { Dataset, DatasetProblem } from '../data/dataset-schema.js';
import type { DecimalMark } from '../data/numbers.js';
import type { MetricData } from '../data/figures.js';
import { seriesFor, type Series } from '../data/series.js';
import { metrics as bundledMetrics, sources as bundledSources } from '../data/index.js';
import type { Source } from '../data/types.js';
import { propertyText } from './data-property.js';
import { LatestRequest } from './latest-request.js';
import { loadProblem, loadText, type LoadedText } from './load.js';
import type { MessageKey } from '../i18n/messages.js';
import { checkChoice, quote, type Problem } from '../text/problem.js';

export interface UserData {
  readonly dataset: Dataset;
  /** Entries that could not be used, and metadata that is missing. */
  readonly problems: readonly DatasetProblem[];
  /** What a problem's `line` counts: lines of a CSV file, or items of a JSON list. */
  readonly lines: 'line' | 'item';
}

const PARSE_REASONS: Readonly<Partial<Record<DatasetProblem['code'], MessageKey>>> = {
  malformed: 'reason.malformed',
  'unclosed-quote': 'reason.unclosedQuote',
  'text-after-quote': 'reason.unclosedQuote',
  'duplicate-column': 'reason.duplicateColumn',
  'missing-column': 'reason.missingColumn',
  // No row usable because every figure could be read two ways: say so, not "no value".
  'ambiguous-number': 'reason.ambiguousNumbers',
};

function isDataset(value: unknown): value is Dataset {
  const v = value as Dataset | null;
  try {
    return !!v && Array.isArray(v.metrics) && typeof v.figures === 'object' && Array.isArray(v.sources);
  } catch {
    return false; // a getter that throws: read as JSON, which says so
  }
}

export class UserDataController {
  /** The usable data, or `null` when the widget uses the bundled data (or its own failed). */
  data: UserData | null = null;
  /** Why the user's data cannot be used at all. */
  problem: Problem | null = null;

  /** Whether the data comes from an address (`src`), and so arrives after the first render. */
  get fetched(): boolean {
    return !!this.src && (this.property === null || this.property === undefined);
  }

  private src = '';
  private property: unknown = null;
  private decimal: DecimalMark | undefined;
  private readonly request: LatestRequest<LoadedText>;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    this.request = new LatestRequest(host, loadText, (outcome, src) => {
      if ('value' in outcome) this.accept(outcome.value.text, outcome.value.format, outcome.value.url);
      else this.problem = loadProblem('problem.loadFailed', src, outcome.error, 'data');
    });
  }

  /** Whether the data from `src` is on its way. */
  get loading(): boolean {
    return this.request.pending;
  }

  private merged: { readonly data: UserData | null; readonly metrics: MetricData; readonly sources: readonly Source[] } | null = null;

  /**
   * The bundled metrics and figures with the user's added (theirs win on a shared id): what
   * a widget draws from. The same object until the user's data changes, so that work keyed on
   * it (series, models) is done once.
   */
  get metricData(): MetricData {
    return this.merge().metrics;
  }

  /** The bundled sources and those the user's data names. */
  get sources(): readonly Source[] {
    return this.merge().sources;
  }

  /** The metric shown when the page names none: the first of the user's data, else population. */
  get defaultMetric(): string {
    return this.data?.dataset.metrics[0]?.id ?? 'population';
  }

  /**
   * The series of the metric an attribute names (empty: {@link defaultMetric}) from
   * {@link metricData}, or the problem listing the metrics there are. While the user's data
   * loads, neither: the metric may be one it brings.
   */
  seriesOf(attribute: string, id: string): { series: Series | null; problem: Problem | null } {
    if (this.loading) return { series: null, problem: null };
    const series = seriesFor(id || this.defaultMetric, this.metricData) ?? null;
    return { series, problem: series ? null : checkChoice(attribute, id, this.metricData.metrics.map((m) => m.id)) };
  }

  private merge() {
    if (this.merged?.data !== this.data) this.merged = null;
    return (this.merged ??= {
      data: this.data,
      metrics: this.data
        ? {
            // The reader's metrics first: one that reuses a bundled id (its own "gdp" of 2019)
            // is found before the bundled one, with its own year, unit, sources and no national figure.
            metrics: [...this.data.dataset.metrics, ...bundledMetrics.filter((m) => !this.data!.dataset.metrics.some((own) => own.id === m.id))],
            figures: { ...FIGURES, ...this.data.dataset.figures },
          }
        : { metrics: bundledMetrics, figures: FIGURES },
      sources: this.data ? [...bundledSources, ...this.data.dataset.sources] : bundledSources,
    });
  }

  /**
   * Call from `willUpdate` with the current `src`, `data` and `decimal` (`.` or `,`; anything
   * else: the file's own figures decide); does nothing if none changed.
   */
  update(src: string, property: unknown, decimal = ''): void {
    const source = typeof src === 'string' ? src.trim() : '';
    const mark = decimal === '.' || decimal === ',' ? decimal : undefined;
    if (source === this.src && property === this.property && mark === this.decimal) return;
    this.src = source;
    this.property = property;
    this.decimal = mark;
    this.request.cancel();
    this.data = null;
    this.problem = null;
    if (property !== null && property !== undefined) this.useProperty(property);
    else if (source) this.request.start(source);
  }

  private useProperty(value: unknown): void {
    // CSV or JSON text, as `src` would give it (the command line renderer reads files so).
    if (typeof value === 'string') return this.accept(value, /^\s*[[{]/.test(value) ? 'json' : 'csv', 'the data property');
    if (isDataset(value)) {
      this.data = { dataset: value, problems: [], lines: 'item' };
      return;
    }
    // Read as JSON text, as `src` is; one that cannot be read (a cycle, a BigInt, a getter that throws) says why.
    const read = propertyText(value);
    if ('text' in read) return this.accept(read.text, 'json', 'the data property');
    this.problem = { key: 'problem.badData', params: { source: 'the data property' }, messageParams: { reason: read.reason }, detail: `the data property cannot be used: ${read.detail}` };
  }

  private accept(text: string, format: 'json' | 'csv', origin: string): void {
    const { dataset, problems } = parseDataset(text, format, {}, { decimal: this.decimal });
    // Unusable data is one problem, which the widget shows and warns about; usable data with
    // problems is drawn, and the problems are listed here once.
    if (dataset && problems.length) {
      const shown = problems.slice(0, 20).map((p) => `\n  - ${p.severity}: ${p.message}`).join('');
      const more = problems.length > 20 ? `\n  … and ${problems.length - 20} more` : '';
      console.warn(`innovation-mosaic: <${this.host.localName}> ${problems.length} problem(s) in the data from ${origin}:${shown}${more}`);
    }
    if (dataset) {
      this.data = { dataset, problems, lines: format === 'csv' ? 'line' : 'item' };
      return;
    }
    const fatal = problems.find((p) => p.severity === 'error');
    this.problem = {
      key: 'problem.badData',
      params: { source: origin, line: fatal?.line ?? '', column: quote(fatal?.column ?? '') },
      messageParams: { reason: (fatal && PARSE_REASONS[fatal.code]) || 'reason.empty' },
      detail: `the data from ${origin} cannot be used: ${fatal?.message ?? 'no usable value'}`,
    };
  }
}
