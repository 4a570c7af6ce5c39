// The three integration engines on the boundaries, in Chinese.
import { html } from 'lit';
import type { SnapshotState } from './index.js';
export default { markup: html`<province-map mode="clusters" lang="zh"></province-map>` } satisfies SnapshotState;
