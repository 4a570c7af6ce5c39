import { useState } from 'react';
// JSX typings for the three tags (types only).
import type {} from 'innovation-mosaic/react';
import { METRIC_CHOICES, chosenText, yrdResearch } from '../../shared/app.js';

export function App() {
  const [metric, setMetric] = useState('population');
  const [region, setRegion] = useState<string | null>(null);
  // React 19 adds `on` + event name as a listener for that custom event.
  const choose = (event: CustomEvent<{ region: string | null }>) => setRegion(event.detail.region);

  return (
    <main>
      <h1>innovation-mosaic in React</h1>
      <label>
        Metric{' '}
        <select value={metric} onChange={(event) => setMetric(event.target.value)}>
          {METRIC_CHOICES.map((m) => (
            <option key={m.id} value={m.id}>
              {m.label}
            </option>
          ))}
        </select>
      </label>
      <p className="chosen" aria-live="polite">
        {chosenText(region)}
      </p>
      <province-map metric={metric} selected={region ?? ''} legend="right" onregion-select={choose} />
      <region-card region={region ?? 'Anhui'} variant="compact" no-map />
      <metric-compare data={yrdResearch} selected={region ?? ''} onregion-select={choose} />
    </main>
  );
}
