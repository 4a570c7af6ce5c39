// The three integration engines and the rest of the mainland, as shares of the total.
import { html } from 'lit';
import type { SnapshotState } from './index.js';
export default { markup: html`<metric-compare metric="population" group-by="cluster" show="share"></metric-compare>`, width: 640 } satisfies SnapshotState;
