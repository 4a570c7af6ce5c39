// The figures the framework apps pass as "your data" are the bundle's own, with its source:
// an example must not show a number the project cannot source.
import { describe, expect, it } from 'vitest';
import { getRegion, getSource, seriesFor } from '../../src/data/index.js';
import yrdResearch from './yrd-research.json';

describe('examples/shared/yrd-research.json', () => {
  const bundled = seriesFor('rd-expenditure')!;
  const [metric] = yrdResearch.metrics;

  it('holds the bundled 2023 R&D expenditure of the four Yangtze River Delta regions', () => {
    expect(metric.year).toBe(bundled.metric.year);
    expect(yrdResearch.values).toHaveLength(4);
    for (const { region, value } of yrdResearch.values) {
      const entry = bundled.entries.find((e) => e.region === getRegion(region)?.id);
      expect(entry?.figure?.value, region).toBe(value);
      expect(getRegion(region)?.clusters).toContain('yrd');
    }
  });

  it('names the source the bundle cites for each of those figures', () => {
    for (const { region } of yrdResearch.values) {
      const entry = bundled.entries.find((e) => e.region === getRegion(region)?.id);
      const source = getSource(entry!.figure!.sources[0]!);
      expect(metric.source).toMatchObject({ publisher: source?.publisher, title: source?.title, url: source?.url, via: source?.via });
    }
  });
});
