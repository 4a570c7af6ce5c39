// The three integration engines and the mosaic on the tile map.
import { html } from 'lit';
import type { SnapshotState } from './index.js';
export default { markup: html`<province-map mode="clusters" view="tiles"></province-map>` } satisfies SnapshotState;
