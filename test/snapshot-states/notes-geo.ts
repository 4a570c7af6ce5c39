// Four notes by markup in the crowded east, drawn beside their regions with leader lines.
import { html } from 'lit';
import type { SnapshotState } from './index.js';
export default {
  markup: html`<province-map metric="gdp">
    <mosaic-note region="CN-AH">Hefei: quantum and EV hub</mosaic-note>
    <mosaic-note region="Guangdong">90% of the country's drones</mosaic-note>
    <mosaic-note region="CN-BJ">Capital: universities and the most start-ups</mosaic-note>
    <mosaic-note region="CN-SH">Largest port and the STAR market</mosaic-note>
  </province-map>`,
} satisfies SnapshotState;
