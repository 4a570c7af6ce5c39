// Values at the extremes and text that could turn direction, as a reader sees them (issue 21):
// numbers by the display policy, unreadable data objects named precisely, the page's text
// isolated, and an unknown `selected` refused alike by every widget.
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../src/index.js';
import { place, problemText, settle, text } from './browser.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown>; data: unknown };
const META = { metrics: [{ id: 'labs', label: 'Labs', unit: 'labs', year: 2025, source: { publisher: 'The Daily', title: 'Survey', year: 2025 } }] };
const rows = (...values: [string, unknown][]) => ({ ...META, values: values.map(([region, value]) => ({ region, metric: 'labs', value })) });

async function withData<T extends Widget>(markup: ReturnType<typeof html>, data: unknown, width = 640): Promise<T> {
  const el = await place<T>(markup, width);
  el.data = data;
  await settle(el);
  return el;
}

describe('numbers at the extremes', () => {
  it('all-equal values make a legend of one number, with no NaN', async () => {
    const el = await withData(html`<province-map></province-map>`, rows(['Anhui', 1], ['Beijing', 1], ['Jiangsu', 1]));
    const legend = [...el.shadowRoot!.querySelectorAll('[part~="legend"] li:not(.legend-title)')].map((li) => text(li));
    expect(legend).to.deep.equal(['1', 'No data', 'Hong Kong, Macao, Taiwan: not in the data']);
  });

  it('1e308 is written in scientific notation and keeps a 640 px article 640 px wide', async () => {
    const el = await withData(html`<metric-compare></metric-compare>`, rows(['Anhui', 1e308], ['Beijing', 2]));
    const host = el.parentElement!;
    expect(host.scrollWidth).to.equal(640);
    const labels = [...el.shadowRoot!.querySelectorAll('.row')].map((row) => text(row));
    expect(labels).to.deep.equal(['Anhui 1E308 labs, Rank 1 of 2 with data', 'Beijing 2 labs, Rank 2 of 2 with data']);
    expect(labels.join(' ')).not.to.match(/\d{25}/);
  });

  for (const tag of ['metric-compare', 'province-map']) {
    it(`<${tag}>: a unit of 100 letters without a space wraps inside a 280 px column`, async () => {
      const el = document.createElement(tag) as Widget;
      el.setAttribute('unit', 'x'.repeat(100));
      const host = await place<HTMLElement & { updateComplete: Promise<unknown> }>(html`<div></div>`, 280);
      host.append(el);
      el.data = rows(['Anhui', 3], ['Beijing', 2]);
      await settle(el);
      expect(el.shadowRoot!.querySelector('[part="problem"]')).to.equal(null);
      expect(host.parentElement!.scrollWidth).to.equal(280);
    });
  }

  it('-0 reads 0, and an integer beyond 2^53 says "about" in the table', async () => {
    const el = await withData(html`<metric-compare></metric-compare>`, rows(['Anhui', -0], ['Beijing', 9007199254740993]));
    const cells = [...el.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => text(tr.querySelector('td.number')));
    // The unit is in the column's header (issue 16).
    expect(cells.slice(0, 2)).to.deep.equal(['about 9,007,199,254,740,992', '0']);
  });
});

describe('data objects that cannot be read', () => {
  const cyclic: Record<string, unknown> = rows(['Anhui', 1]);
  cyclic.self = cyclic;
  const throwing = { ...META, get values(): unknown { throw new Error('not loaded yet'); } };
  for (const [name, data, reason] of [
    ['a cycle', cyclic, 'it refers to itself.'],
    ['a BigInt', rows(['Anhui', 12n]), 'it holds a BigInt, not a number.'],
    ['a getter that throws', throwing, 'reading it failed (see the console).'],
  ] as const) {
    for (const tag of ['province-map', 'metric-compare', 'region-card']) {
      it(`<${tag}>: ${name} is named in the message`, async () => {
        const el = document.createElement(tag) as Widget;
        if (tag === 'region-card') el.setAttribute('region', 'Anhui');
        const host = document.createElement('div');
        document.body.append(host);
        host.append(el);
        el.data = data;
        expect(await problemText(el)).to.equal(`This graphic can’t be shown The data from the data property could not be used: ${reason}`);
        host.remove();
      });
    }
  }
});

describe('the page’s text keeps its direction to itself', () => {
  /** Whether the last "(" of an element's text is drawn left of the ")" after it, as the widget wrote them. */
  function parenthesesInOrder(element: Element): boolean {
    const node = [...element.childNodes].map((n) => (n.nodeType === Node.TEXT_NODE ? n : null)).find((n) => n?.textContent?.includes(')'))!;
    const content = node.textContent!;
    const at = (index: number) => {
      const range = document.createRange();
      range.setStart(node, index);
      range.setEnd(node, index + 1);
      return range.getBoundingClientRect().left;
    };
    return at(content.lastIndexOf('(')) < at(content.lastIndexOf(')'));
  }

  it('an unclosed right-to-left override in value-label, unit or a source leaves the legend title and the source line readable', async () => {
    const data = { ...rows(['Anhui', 3], ['Beijing', 1]), metrics: [{ ...META.metrics[0], source: { publisher: '\u202eThe Daily', year: 2025 } }] };
    const map = await withData(html`<province-map value-label="\u202eKey labs" unit="\u202esites"></province-map>`, data);
    expect(parenthesesInOrder(map.shadowRoot!.querySelector('.legend-title')!)).to.equal(true);
    expect(parenthesesInOrder(map.shadowRoot!.querySelector('.source')!)).to.equal(true);
  });
});

describe('an unknown region in selected', () => {
  it('is refused with the same message by the map and the comparison', async () => {
    const messages = [];
    for (const markup of [html`<province-map selected="Shanxii"></province-map>`, html`<metric-compare selected="Shanxii"></metric-compare>`]) {
      messages.push(await problemText(await place<Widget>(markup, 640)));
    }
    expect(messages).to.deep.equal(Array(2).fill('This graphic can’t be shown There is no region “Shanxii”. Did you mean Shanxi or Shaanxi?'));
  });
});
