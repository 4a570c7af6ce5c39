/**
 * What the three framework apps share: the metrics the reader can switch between, and "your
 * data" handed to `<metric-compare>` as a property: the bundled 2023 R&D expenditure of the
 * Yangtze River Delta's four regions as an app would bring its own figures, with their source
 * (examples.test.ts checks them against the bundle).
 */
import { getMetric, getRegion } from 'innovation-mosaic/data';
import yrdResearch from './yrd-research.json';

export { yrdResearch };

/** The metrics of the app's picker, with their English labels. */
export const METRIC_CHOICES = ['population', 'gdp', 'rd-intensity'].map((id) => ({ id, label: getMetric(id)!.label.en }));

/** The line that says which region the reader chose. */
export function chosenText(region: string | null): string {
  const found = region ? getRegion(region) : undefined;
  return found ? `Chosen: ${found.name.en}` : 'Choose a region on the map or a bar in the chart.';
}
