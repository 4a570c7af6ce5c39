// A paired second metric with its own axis, for the members of a cluster.
import { html } from 'lit';
import type { SnapshotState } from './index.js';
export default { markup: html`<metric-compare metric="population" compare-to="rd-expenditure" cluster="yrd"></metric-compare>`, width: 640 } satisfies SnapshotState;
