// A choropleth on the tile map with region names, Anhui selected.
import { html } from 'lit';
import type { SnapshotState } from './index.js';
export default { markup: html`<province-map metric="density" view="tiles" labels="names" selected="CN-AH"></province-map>` } satisfies SnapshotState;
