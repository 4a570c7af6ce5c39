// The page's own data with two rows that cannot be used, in Danish: the note under the chart.
import { html } from 'lit';
import type { SnapshotState } from './index.js';

const data = {
  metrics: [{ id: 'labs', label: { en: 'Key labs', zh: '重点实验室', da: 'Nøglelaboratorier' }, unit: 'labs', year: 2024, source: 'Ministry of Science and Technology' }],
  values: [
    { region: 'Beijing', value: 136 },
    { region: 'Jiangsu', value: '1.234' },
    { region: 'Anhiu', value: 12 },
    { region: 'Shanghai', value: '45 labs' },
  ],
};
export default { markup: html`<metric-compare .data=${data} lang="da"></metric-compare>`, width: 480 } satisfies SnapshotState;
