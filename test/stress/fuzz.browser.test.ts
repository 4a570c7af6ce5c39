// 1,000 seeded random combinations of attribute values and of user datasets per widget. Each
// case must end drawn or in the error state, never with an exception or an internal crash. A
// failing case prints its seed: replay it with FUZZ_SEED in the browser console's test.
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import '../browser.js';
import { pick, random } from './random.js';

const CASES = 1000;
const BASE_SEED = 20261128;

const VALUES = [
  '', ' ', '-1', '-0.5', '0', '3', '12', '99999999', 'NaN', 'Infinity', 'null', 'undefined', 'true',
  '安徽 内蒙古', 'Indre Mongoliet', '🙂🙃', 'ÅÆØ', '\u202eRTL', '<b>markup</b>', '<img src=x onerror=alert(1)>',
  'x'.repeat(10_000), 'CN-AH', 'CN-AH CN-JS CN-XX', 'CN-HK', 'gba', 'yrd', 'edwc-guizhou', 'population',
  'gdp', 'rd-intensity', 'density', 'dark', 'light', 'zh', 'da', 'en-GB', 'tiles', 'geo', 'clusters',
  'highlight', 'choropleth', 'share', 'rank', 'mean', 'median', 'asc', 'name', 'cluster', 'compact', 'viridis', 'set2',
];

const ATTRIBUTES: Record<string, string[]> = {
  'province-map': ['metric', 'view', 'mode', 'highlight', 'cluster', 'scheme', 'classes', 'thresholds', 'legend', 'labels', 'context', 'selected', 'label', 'value-label', 'unit', 'lang', 'theme'],
  'region-card': ['region', 'metrics', 'variant', 'no-map', 'lang', 'theme'],
  'metric-compare': ['metric', 'regions', 'top', 'cluster', 'group-by', 'sort', 'highlight', 'show', 'reference', 'compare-to', 'selected', 'label', 'value-label', 'unit', 'lang', 'theme'],
};

const REGION_KEYS = ['CN-AH', 'Anhui', '安徽', '340000', 'CN-XX', 'Atlantis', 'Hong Kong', '', null, 42, '<b>x</b>', 'CN-BJ', 'Beijing'];
const CELLS = [1, 0, -5, 3.14, '12', 'twelve', '', null, '1,234', Number.NaN, true, {}, [], '∞'];

/** A user dataset with missing columns, duplicates, non-numbers, sometimes 10,000 rows. */
function dataset(next: () => number): unknown {
  const shape = next() < 0.03 ? 3 : pick(next, [0, 1, 2, 4, 5]);
  const rows = Array.from({ length: 1 + Math.floor(next() * 40) }, () => ({ region: pick(next, REGION_KEYS), value: pick(next, CELLS) }));
  if (shape === 0) return rows;
  if (shape === 1) return rows.map(({ region }) => ({ region })); // no values
  if (shape === 2) return { metrics: [{ id: 'm', label: pick(next, VALUES), unit: pick(next, VALUES), year: pick(next, [2025, 'x', null]) }], values: rows.map((r) => ({ ...r, metric: 'm' })) };
  if (shape === 3) return Array.from({ length: 10_000 }, (_, i) => ({ region: pick(next, REGION_KEYS), value: i }));
  if (shape === 4) return pick(next, [null, 5, 'text', {}, { values: 'x' }, [[1, 2]], { metrics: 'x', values: [] }]);
  return { values: rows, metrics: [{ id: 'value' }, { id: 'value' }] };
}

describe('fuzzed attributes and data', () => {
  for (const [tag, attributes] of Object.entries(ATTRIBUTES)) {
    it(`<${tag}>: ${CASES} random cases end drawn or in the error state`, async () => {
      const host = document.createElement('div');
      host.style.width = '420px';
      document.body.append(host);
      const errors: string[] = [];
      const onError = (event: ErrorEvent | PromiseRejectionEvent) => errors.push(String('reason' in event ? event.reason : event.message));
      addEventListener('error', onError);
      addEventListener('unhandledrejection', onError);
      let drawn = 0;
      let refused = 0;
      try {
        for (let i = 0; i < CASES; i++) {
          const seed = BASE_SEED + i;
          const next = random(seed);
          const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown>; data: unknown; problem: { key: string; detail: string } | null };
          if (tag === 'region-card' && next() < 0.7) el.setAttribute('region', pick(next, ['Anhui', 'CN-GD', '内蒙古', 'Shanxi', 'Xizang']));
          const count = 1 + Math.floor(next() * 4);
          for (let a = 0; a < count; a++) el.setAttribute(pick(next, attributes), pick(next, VALUES));
          if (next() < 0.3) el.data = dataset(next);
          host.append(el);
          await el.updateComplete;
          const root = el.shadowRoot!;
          const outcome = root.querySelector('[part="problem"]') ? 'refused' : root.querySelector('figure, article') ? 'drawn' : 'nothing';
          const crash = el.problem?.key === 'problem.internal' ? el.problem.detail : '';
          if (outcome === 'nothing' || crash || errors.length) {
            throw new Error(`seed ${seed} (<${tag} ${[...el.attributes].map((x) => `${x.name}="${x.value.slice(0, 30)}"`).join(' ')}>): ${crash || errors[0] || 'drew nothing'}`);
          }
          if (outcome === 'drawn') drawn++;
          else refused++;
          el.remove();
        }
      } finally {
        removeEventListener('error', onError);
        removeEventListener('unhandledrejection', onError);
        host.remove();
      }
      console.log(`fuzz <${tag}>: ${CASES} cases, ${drawn} drawn, ${refused} in the error state, 0 exceptions`);
      expect(drawn + refused).to.equal(CASES);
      expect(drawn).to.be.greaterThan(0);
      expect(refused).to.be.greaterThan(0);
    });
  }
});
