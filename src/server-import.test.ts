// The package's entries load on a server (Node, no DOM), as a server-rendered app imports them:
// nothing is registered there, and nothing throws.
import { expect, it } from 'vitest';

it('imports the main entry, every widget and <mosaic-steps> without a DOM', async () => {
  expect(typeof globalThis.HTMLElement).toBe('undefined');
  const entry = await import('./index.js');
  expect(Object.keys(entry)).toEqual(expect.arrayContaining(['ProvinceMap', 'RegionCard', 'MetricCompare', 'MosaicSteps']));
});
