/** The card's figures as the CSV download gives them. DOM-free. */
import type { Language } from '../i18n/language.js';
import { message } from '../i18n/messages.js';
import { unitLabel } from '../data/format.js';
import type { MetricData } from '../data/figures.js';
import { seriesFor } from '../data/series.js';
import { textIn, type Region, type Source } from '../data/types.js';
import { citeSources } from '../text/figure-text.js';
import { anyQualified, fileValue, noteCell, qualifierCell, yearCell, type DataCell, type DataTable } from '../element/csv-file.js';

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
  const name = region.name[language];
  const found = metricIds.flatMap((id) => {
    const series = seriesFor(id, data.metrics);
    return series ? [{ metric: series.metric, figure: series.entries.find((e) => e.region === region.id)?.figure ?? null }] : [];
  });
  const qualified = anyQualified(found.map((f) => f.figure?.qualifier));
  const noted = found.some((f) => noteCell(textIn(f.figure?.note, language)) !== null);
  const rows = found.map(({ metric, figure }): DataCell[] => [
    name,
    region.id,
    metric.label[language],
    figure ? fileValue(figure.value, metric, language) : null,
    ...(qualified ? [qualifierCell(figure?.qualifier, language)] : []),
    unitLabel(metric.unit, language),
    yearCell(metric, language),
    figure ? citeSources(figure.sources, sources, metric, language) : null,
    ...(noted ? [noteCell(textIn(figure?.note, language))] : []),
  ]);
  return {
    columns: [
      msg('table.region'),
      msg('table.code'),
      msg('table.figure'),
      msg('table.value'),
      ...(qualified ? [msg('table.qualifier')] : []),
      msg('table.unit'),
      msg('table.year'),
      msg('table.source'),
      ...(noted ? [msg('table.note')] : []),
    ],
    rows,
  };
}
