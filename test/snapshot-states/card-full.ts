// A full card: names, badges, key figures with notes, the article's claims, the locator map and sources.
import { html } from 'lit';
import type { SnapshotState } from './index.js';
export default { markup: html`<region-card region="Anhui"></region-card>`, width: 640 } satisfies SnapshotState;
