// A choropleth with regions missing data (hatched), codes as labels and the legend beside the map.
import { html } from 'lit';
import type { SnapshotState } from './index.js';
export default { markup: html`<province-map metric="gdp" legend="right" labels="codes"></province-map>` } satisfies SnapshotState;
