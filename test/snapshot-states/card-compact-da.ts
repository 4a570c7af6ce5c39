// A compact card for a sidebar, in Danish, without the locator map.
import { html } from 'lit';
import type { SnapshotState } from './index.js';
export default { markup: html`<region-card region="Inner Mongolia" variant="compact" lang="da" no-map></region-card>`, width: 280 } satisfies SnapshotState;
