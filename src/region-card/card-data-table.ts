/** The card's figures as the CSV download gives them. DOM-free. */
import type { Language } from '../i18n/language.js';
import { message } from '../i18n/messages.js';
import { unitLabel } from '../data/format.js';
import type { MetricData } from '../data/figures.js';
import { seriesFor } from '../data/series.js';
import type { Region, Source } from '../data/types.js';
import { citeSources } from '../text/figure-text.js';
import { fileValue, yearCell, type DataCell, type DataTable } from '../element/csv-file.js';

/**
 * One row per metric of `metrics`, in its order: every figure the card has, also those a compact
 * card keeps behind its disclosure or leaves out. Columns, named in the widget's language:
 * Region, ISO code, Figure (the metric's label), Value (a plain number in the unit the Unit
 * column names: 亿元 in billions outside Chinese, as shown; a derived one to the metric's decimals; empty without a figure), Unit, Year,
 * Source. A metric not (yet) in the data has no row.
 */
export function cardDataTable(
  region: Region,
  language: Language,
  metricIds: readonly string[],
  data: { readonly metrics: MetricData; readonly sources: readonly Source[] },
): DataTable {
  const msg = (key: 'table.region' | 'table.code' | 'table.figure' | 'table.value' | 'table.unit' | 'table.year' | 'table.source') => message(language, key);
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const name = region.name[language];
  const rows = metricIds.flatMap((id): DataCell[][] => {
    const series = seriesFor(id, data.metrics);
    if (!series) return [];
    const { metric } = series;
    const figure = series.entries.find((e) => e.region === region.id)?.figure ?? null;
    return [
      [
        name,
        region.id,
        metric.label[language],
        figure ? fileValue(figure.value, metric, language) : null,
        unitLabel(metric.unit, language),
        yearCell(metric, language),
        figure ? citeSources(figure.sources, sources, metric, language) : null,
      ],
    ];
  });
  return { columns: [msg('table.region'), msg('table.code'), msg('table.figure'), msg('table.value'), msg('table.unit'), msg('table.year'), msg('table.source')], rows };
}
