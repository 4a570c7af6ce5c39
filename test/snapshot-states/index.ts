// The states the snapshot test draws, one small module each (as Observable Plot's test/plots/).
// To add one: write its module, list it here, run `npx wtr --files test/snapshots.browser.test.ts`,
// look at the new file in test/snapshots/ and commit it.
import type { TemplateResult } from 'lit';
import cardCompactDa from './card-compact-da.js';
import cardFull from './card-full.js';
import clustersGeoZh from './clusters-geo-zh.js';
import clustersTiles from './clusters-tiles.js';
import compareDataNote from './compare-data-note.js';
import compareGroups from './compare-groups.js';
import comparePaired from './compare-paired.js';
import compareRegions from './compare-regions.js';
import densityTilesNames from './density-tiles-names.js';
import gdpLabelsRight from './gdp-labels-right.js';
import highlightYrd from './highlight-yrd.js';
import notesGeo from './notes-geo.js';
import populationGeo from './population-geo.js';

export interface SnapshotState {
  /** One widget. A map is stored as its SVG drawing, the other widgets as their whole HTML. */
  readonly markup: TemplateResult;
  /** Width of its container in px. Default: 800. */
  readonly width?: number;
}

/** By the name of the stored file (test/snapshots/<name>.svg or .html). */
export const SNAPSHOT_STATES: Readonly<Record<string, SnapshotState>> = {
  'population-geo': populationGeo,
  'gdp-labels-right': gdpLabelsRight,
  'clusters-tiles': clustersTiles,
  'clusters-geo-zh': clustersGeoZh,
  'highlight-yrd': highlightYrd,
  'density-tiles-names': densityTilesNames,
  'card-full': cardFull,
  'card-compact-da': cardCompactDa,
  'compare-regions': compareRegions,
  'compare-groups': compareGroups,
  'compare-paired': comparePaired,
  'compare-data-note': compareDataNote,
  'notes-geo': notesGeo,
};
