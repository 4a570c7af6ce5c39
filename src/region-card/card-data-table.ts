/** The card's figures as the CSV download gives them. DOM-free. */
import type { Language } from '../i18n/language.js';
import { message } from '../i18n/messages.js';
import { unitLabel } from '../data/format.js';
import type { MetricData } from '../data/figures.js';
import { seriesFor } from '../data/series.js';
import { textIn, type Region, type Source } from '../data/types.js';
import { citeSources } from '../text/figure-text.js';
import { fileValue, noteCell, qualifierCell, tableOf, yearCell, type DataTable } from '../element/csv-file.js';

/**
 * One row per metric of `metrics`, in its order: every figure the card has, also those a compact
 * card keeps behind its disclosure or leaves out. Columns, named in the widget's language:
 * Region, ISO code, Figure (the metric's label), Value (a plain number in the unit the Unit
 * column names: 亿元 in billions outside Chinese, as shown; a derived one to the metric's decimals; empty without a figure), Unit, Year,
 * Source. A metric not (yet) in the data has no row. Where a figure is approximate or a lower
 * bound, a Qualifier column right after Value ("about", "more than", as the card words them;
 * empty for an exact figure); where a figure has a provenance note (as the card's sources list
 * it), a last Note column.
 */
export function cardDataTable(
  region: Region,
  language: Language,
  metricIds: readonly string[],
  data: { readonly metrics: MetricData; readonly sources: readonly Source[] },
): DataTable {
  const msg = (key: 'table.region' | 'table.code' | 'table.figure' | 'table.value' | 'table.qualifier' | 'table.unit' | 'table.year' | 'table.source' | 'table.note') => message(language, key);
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const found = metricIds.flatMap((id) => {
    const series = seriesFor(id, data.metrics);
    return series ? [{ metric: series.metric, figure: series.entries.find((e) => e.region === region.id)?.figure ?? null }] : [];
  });
  return tableOf<(typeof found)[number]>(found, [
    { name: msg('table.region'), cell: () => region.name[language] },
    { name: msg('table.code'), cell: () => region.id },
    { name: msg('table.figure'), cell: ({ metric }) => metric.label[language] },
    { name: msg('table.value'), cell: ({ metric, figure }) => (figure ? fileValue(figure.value, metric, language) : null) },
    { name: msg('table.qualifier'), cell: ({ figure }) => qualifierCell(figure?.qualifier, language), optional: true },
    { name: msg('table.unit'), cell: ({ metric }) => unitLabel(metric.unit, language) },
    { name: msg('table.year'), cell: ({ metric }) => yearCell(metric, language) },
    { name: msg('table.source'), cell: ({ metric, figure }) => (figure ? citeSources(figure.sources, sources, metric, language) : null) },
    { name: msg('table.note'), cell: ({ figure }) => noteCell(textIn(figure?.note, language)), optional: true },
  ]);
}
