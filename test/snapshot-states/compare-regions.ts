// Chosen regions, one highlighted, with the national reference line.
import { html } from 'lit';
import type { SnapshotState } from './index.js';
export default { markup: html`<metric-compare metric="gdp" regions="CN-GD CN-JS CN-BJ CN-AH" highlight="CN-AH" reference="mean"></metric-compare>`, width: 640 } satisfies SnapshotState;
