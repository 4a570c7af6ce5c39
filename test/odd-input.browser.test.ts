// Every attribute of every widget, set to odd values one at a time: the widget draws or shows
// its message, and nothing reaches the page (test/browser.ts fails the test on any exception).
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import './browser.js';

const ODD = ['', ' ', '-1', '0', '1e309', 'NaN', 'null', '<img src=x onerror=alert(1)>', 'x'.repeat(5000), '🙂 安徽', 'CN-AH CN-XX', 'dark light'];
const WIDGETS: Record<string, string[]> = {
  'province-map': ['metric', 'view', 'mode', 'highlight', 'cluster', 'scheme', 'classes', 'thresholds', 'legend', 'labels', 'context', 'selected', 'label', 'value-label', 'unit', 'lang', 'theme'],
  'region-card': ['region', 'metrics', 'variant', 'lang', 'theme'],
  'metric-compare': ['metric', 'regions', 'top', 'cluster', 'group-by', 'sort', 'highlight', 'show', 'reference', 'compare-to', 'selected', 'label', 'lang', 'theme'],
};
const DATA = [5, 'text', [], {}, { values: 'x' }, [{ region: 'Anhui', value: 'many' }], [{ region: '<b>', value: 1 }], null];

describe('odd input', () => {
  for (const [tag, attributes] of Object.entries(WIDGETS)) {
    it(`<${tag}> draws or explains itself for every odd attribute value`, async () => {
      const host = await fixture<HTMLElement>(html`<div style="width: 400px"></div>`);
      const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown>; data?: unknown };
      if (tag === 'region-card') el.setAttribute('region', 'Anhui');
      host.append(el);
      for (const attribute of attributes) {
        const before = el.getAttribute(attribute);
        for (const value of ODD) {
          el.setAttribute(attribute, value);
          await el.updateComplete;
          const root = el.shadowRoot!;
          expect(root.querySelector('[part="problem"], figure, article'), `${attribute}=${value.slice(0, 20)}`).not.to.equal(null);
          expect(root.querySelector('img'), 'markup stays text').to.equal(null);
        }
        if (before === null) el.removeAttribute(attribute);
        else el.setAttribute(attribute, before);
      }
      if ('data' in el) {
        for (const data of DATA) {
          el.data = data;
          await el.updateComplete;
          expect(el.shadowRoot!.querySelector('[part="problem"], figure, article')).not.to.equal(null);
        }
      }
    });
  }
});
