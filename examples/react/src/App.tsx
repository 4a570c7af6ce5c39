import { useState } from 'react';
// JSX typings for the three tags (types only).
import type {} from 'innovation-mosaic/react';
import { LANGUAGE_CHOICES, METRIC_CHOICES, chosenText, yrdResearch } from '../../shared/app.js';

export function App() {
  const [metric, setMetric] = useState('population');
  const [lang, setLang] = useState('en');
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
      </label>{' '}
      <label>
        Language{' '}
        <select value={lang} onChange={(event) => setLang(event.target.value)}>
          {LANGUAGE_CHOICES.map((l) => (
            <option key={l.id} value={l.id}>
              {l.label}
            </option>
          ))}
        </select>
      </label>
      <p className="chosen" aria-live="polite">
        {chosenText(region)}
      </p>
      <province-map lang={lang} metric={metric} selected={region ?? ''} legend="right" onregion-select={choose} />
      <region-card lang={lang} region={region ?? 'Anhui'} variant="compact" no-map />
      <metric-compare lang={lang} data={yrdResearch} selected={region ?? ''} onregion-select={choose} />
    </main>
  );
}
