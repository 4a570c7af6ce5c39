// The comparison's model input with every option at the widget's default, for the DOM-free
// tests of src/metric-compare/ (the model, its CSV table): a test gives what it changes.
import { FIGURES } from '../src/data/bundle.generated.js';
import { clusters, metrics, regions, seriesFor, sources } from '../src/data/index.js';
import type { CompareInput } from '../src/metric-compare/compare-model.js';

export const bundledData = { metrics, figures: FIGURES };

export const compareInput = (overrides: Partial<CompareInput>): CompareInput => ({
  series: seriesFor('population')!,
  data: bundledData,
  regions,
  clusters,
  sources,
  include: [],
  top: null,
  groupByCluster: false,
  sort: 'desc',
  show: 'value',
  reference: 'none',
  highlight: new Set(),
  language: 'en',
  ...overrides,
});
