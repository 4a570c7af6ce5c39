/**
 * What the three framework apps share: the metrics and languages the reader can switch
 * between, and "your data" handed to `<metric-compare>` as a property: the bundled 2023 R&D
 * expenditure of the Yangtze River Delta's four regions as an app would bring its own figures,
 * with their source (yrd-research.test.ts checks them against the bundle).
 */
import { getMetric, getRegion } from 'innovation-mosaic/data';
import yrdResearch from './yrd-research.json';

export { yrdResearch };

/** The metrics of the app's picker, with their English labels. */
export const METRIC_CHOICES = ['population', 'gdp', 'rd-intensity'].map((id) => ({ id, label: getMetric(id)!.label.en }));

/** The languages of the app's picker, set as the widgets' `lang` attribute. */
export const LANGUAGE_CHOICES = [
  { id: 'en', label: 'English' },
  { id: 'zh', label: '中文' },
  { id: 'da', label: 'Dansk' },
];

/** The line that says which region the reader chose. */
export function chosenText(region: string | null): string {
  const found = region ? getRegion(region) : undefined;
  return found ? `Chosen: ${found.name.en}` : 'Choose a region on the map or a bar in the chart.';
}
