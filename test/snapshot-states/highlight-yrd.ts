// A locator map of the Yangtze River Delta, without the context regions.
import { html } from 'lit';
import type { SnapshotState } from './index.js';
export default { markup: html`<province-map mode="highlight" cluster="yrd" context="hide"></province-map>` } satisfies SnapshotState;
