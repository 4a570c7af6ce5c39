// A page with aggressive global rules still shows correct widgets: the shadow DOM keeps the
// page's selectors out, and the widgets do not rely on anything those rules reset.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { expectAccessible, settle } from '../browser.js';

const HOSTILE = `
  * { all: unset; }
  svg * { fill: red !important; stroke: lime !important; }
  table { display: none !important; }
  div, figure, article, p, span, button { color: magenta !important; font-size: 40px !important; }
  path, rect { opacity: 0 !important; }
`;

describe('hostile host CSS', () => {
  let style: HTMLStyleElement;
  before(() => {
    style = document.createElement('style');
    style.textContent = HOSTILE;
    document.head.append(style);
  });
  after(() => style.remove());

  it('leaves the map drawn in its own colours, with its table reachable', async () => {
    const host = await fixture<HTMLElement>(html`<section style="display: block; width: 600px"><province-map></province-map></section>`);
    const el = host.querySelector('province-map')!;
    await settle(el);
    const region = el.shadowRoot!.querySelector<SVGPathElement>('path.region[data-region="CN-GD"]')!;
    const fill = getComputedStyle(region).fill;
    expect(fill).not.to.equal('rgb(255, 0, 0)');
    expect(getComputedStyle(region).opacity).to.equal('1');
    expect(el.shadowRoot!.querySelector('[part="map"]')!.getBoundingClientRect().height).to.be.greaterThan(200);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="table-toggle"]')!.click();
    await el.updateComplete;
    expect(getComputedStyle(el.shadowRoot!.querySelector('table')!).display).to.equal('table');
    expect(getComputedStyle(el.shadowRoot!.querySelector('.source')!).color).not.to.equal('rgb(255, 0, 255)');
    await expectAccessible(el);
  });

  it('leaves the card and the comparison readable', async () => {
    const host = await fixture<HTMLElement>(html`<section style="display: block; width: 500px">
      <region-card region="Anhui"></region-card><metric-compare top="5"></metric-compare>
    </section>`);
    const [card, compare] = [...host.children] as HTMLElement[];
    await settle(card as never);
    await settle(compare as never);
    // The font is the page's by design (it inherits); the colours are the widget's own.
    const name = card.shadowRoot!.querySelector('[part="name"]')!;
    expect(getComputedStyle(name).color).not.to.equal('rgb(255, 0, 255)');
    expect(card.shadowRoot!.querySelector('[part="card"]')!.getBoundingClientRect().height).to.be.greaterThan(200);
    const bars = [...compare.shadowRoot!.querySelectorAll<HTMLElement>('.bar.primary')];
    expect(bars).to.have.length(5);
    for (const bar of bars) expect(bar.getBoundingClientRect().width).to.be.greaterThan(10);
  });
});
