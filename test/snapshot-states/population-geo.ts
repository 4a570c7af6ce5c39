// The default map: population by region on Natural Earth boundaries, with Hong Kong, Macao and Taiwan as context.
import { html } from 'lit';
import type { SnapshotState } from './index.js';
export default { markup: html`<province-map></province-map>` } satisfies SnapshotState;
