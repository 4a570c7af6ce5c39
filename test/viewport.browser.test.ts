// Widgets off-screen wait to draw until they near the viewport (one shared IntersectionObserver),
// and every widget's box keeps its height while its data and boundaries arrive.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { viewportStats } from '../src/controllers/viewport.js';
import { geometryDecodeCount } from '../src/geo/decode.js';
import type { ProvinceMap } from '../src/province-map/province-map.js';
import type { RegionCard } from '../src/region-card/region-card.js';
import { settle, waitFor } from './browser.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

/** Widgets placed below a spacer three viewports tall, out of reach of the observer's margin. */
async function farBelow<T extends Widget>(markup: ReturnType<typeof html>): Promise<{ host: HTMLElement; widgets: T[] }> {
  scrollTo(0, 0);
  const host = await fixture<HTMLElement>(html`<div style="width: 640px"><div style="height: ${3 * innerHeight + 200}px"></div>${markup}</div>`);
  const widgets = [...host.children].slice(1) as T[];
  for (const widget of widgets) await settle(widget);
  return { host, widgets };
}

const regionPaths = (el: Element) => el.shadowRoot!.querySelectorAll('path.region').length;

describe('drawing off-screen widgets when they near the viewport', () => {
  it('keeps a far map as a box of its final size, and draws it when scrolled near', async () => {
    const { widgets } = await farBelow<ProvinceMap>(html`<province-map></province-map>`);
    const [map] = widgets;
    expect(regionPaths(map!)).to.equal(0);
    expect(map!.shadowRoot!.querySelector('figure')!.getAttribute('aria-busy')).to.equal('true');
    const waitingHeight = map!.shadowRoot!.querySelector<HTMLElement>('.stage')!.getBoundingClientRect().height;
    expect(viewportStats()).to.deep.equal({ waiting: 1, observing: true });

    map!.scrollIntoView();
    await waitFor(() => regionPaths(map!) === 31);
    expect(map!.shadowRoot!.querySelector<HTMLElement>('.stage')!.getBoundingClientRect().height).to.be.closeTo(waitingHeight, 0.5);
    expect(viewportStats()).to.deep.equal({ waiting: 0, observing: false });
  });

  it('draws ten far maps one task at a time as they come near, decoding the boundaries at most once', async () => {
    const before = geometryDecodeCount();
    const maps = Array.from({ length: 10 }, () => html`<province-map style="width: 200px; display: inline-block"></province-map>`);
    const { widgets } = await farBelow<ProvinceMap>(html`${maps}`);
    expect(widgets.filter((m) => regionPaths(m) > 0)).to.have.length(0);
    expect(viewportStats().waiting).to.equal(10);
    widgets[0]!.scrollIntoView();
    await waitFor(() => widgets.every((m) => regionPaths(m) === 31));
    expect(geometryDecodeCount() - before).to.be.at.most(1);
  });

  it('shows a far card by its name, and its content once near', async () => {
    const { widgets } = await farBelow<RegionCard>(html`<region-card region="Anhui"></region-card>`);
    const [card] = widgets;
    expect(card!.shadowRoot!.querySelector('h3')!.textContent!.trim()).to.equal('Anhui');
    expect(card!.shadowRoot!.querySelector('dl')).to.equal(null);
    card!.scrollIntoView();
    await waitFor(() => card!.shadowRoot!.querySelector('dl') !== null);
    expect(card!.shadowRoot!.querySelector('.locator')).to.not.equal(null);
  });

  it('draws every waiting widget before the page is printed', async () => {
    const { widgets } = await farBelow<Widget>(html`<province-map></province-map><region-card region="CN-GD"></region-card>`);
    dispatchEvent(new Event('beforeprint'));
    await Promise.all(widgets.map((w) => w.updateComplete));
    expect(regionPaths(widgets[0]!)).to.equal(31);
    expect(widgets[1]!.shadowRoot!.querySelector('dl')).to.not.equal(null);
    expect(viewportStats()).to.deep.equal({ waiting: 0, observing: false });
  });

  it('stops waiting for a widget that leaves the page', async () => {
    const { widgets } = await farBelow<ProvinceMap>(html`<province-map></province-map>`);
    widgets[0]!.remove();
    expect(viewportStats()).to.deep.equal({ waiting: 0, observing: false });
  });

  it('leaves the comparison alone: it draws at once wherever it is', async () => {
    const { widgets } = await farBelow<Widget>(html`<metric-compare top="3"></metric-compare>`);
    expect(widgets[0]!.shadowRoot!.querySelectorAll('[role="option"]')).to.have.length(3);
  });
});

/** The height the note on rows of the data left out takes (it must be there: the file has one). */
function noteHeight(el: Element): number {
  const note = el.shadowRoot!.querySelector('[part="data-note"]')!;
  expect(note.textContent).to.contain('Rows of the data not shown in full: 1.');
  const style = getComputedStyle(note);
  return note.getBoundingClientRect().height + parseFloat(style.marginTop) + parseFloat(style.marginBottom);
}

describe('the box while data and boundaries arrive', () => {
  const height = (el: Element) => el.getBoundingClientRect().height;

  it('keeps the map stage the same with a boundary file, before and after it comes', async () => {
    const el = await fixture<ProvinceMap>(html`<province-map style="width: 640px" geometry-src="/data/geo/china-detailed.topo.json"></province-map>`);
    await el.updateComplete;
    const stage = () => el.shadowRoot!.querySelector<HTMLElement>('.stage')!;
    const before = height(stage());
    await waitFor(() => !el.shadowRoot!.querySelector('.status'));
    expect(height(stage())).to.be.closeTo(before, 0.5);
    expect(regionPaths(el)).to.equal(31);
  });

  it('draws a card from the bundled data while its src loads, at the height it keeps', async () => {
    const el = await fixture<RegionCard>(html`<region-card style="width: 640px" region="Anhui" src="/stories/public/example-rd-expenditure.csv"></region-card>`);
    await el.updateComplete;
    const article = () => el.shadowRoot!.querySelector('article')!;
    expect(article().getAttribute('aria-busy')).to.equal('true');
    expect(article().querySelector('dl')).to.not.equal(null);
    const before = height(el);
    await waitFor(() => article().getAttribute('aria-busy') === 'false');
    // The file has a row that cannot be used (Anhiu): its note, under the card, is the one line added once the data is read (issue 15).
    expect(height(el) - noteHeight(el)).to.be.closeTo(before, 0.5);
  });

  it('keeps the place of the rows `top` asks for while the comparison loads', async () => {
    const el = await fixture<Widget>(html`<metric-compare style="width: 640px" top="5" src="/stories/public/example-rd-expenditure.csv"></metric-compare>`);
    await el.updateComplete;
    const before = height(el);
    await waitFor(() => el.shadowRoot!.querySelectorAll('[role="option"]').length === 5);
    expect(height(el) - noteHeight(el)).to.be.closeTo(before, 8);
  });

  it('reserves, for top="5" of 3 regions, the box of those 3 regions: no rows nor line on what `top` leaves out that will not come', async () => {
    // Made by hand rather than by fixture(), which waits long enough for the file to arrive.
    const host = document.body.appendChild(document.createElement('div'));
    host.style.width = '640px';
    const [topped, plain] = ['5', ''].map((top) => {
      const el = document.createElement('metric-compare') as Widget;
      if (top) el.setAttribute('top', top);
      el.setAttribute('regions', 'CN-GD CN-JS CN-ZJ');
      el.setAttribute('src', '/stories/public/example-rd-expenditure.csv');
      return host.appendChild(el);
    });
    await Promise.all([topped!.updateComplete, plain!.updateComplete]);
    expect(topped!.shadowRoot!.querySelector('figure')!.getAttribute('aria-busy')).to.equal('true');
    expect(height(topped!)).to.be.closeTo(height(plain!), 0.5);
    host.remove();
  });

  it('keeps that place without a headline too', async () => {
    const el = await fixture<Widget>(html`<metric-compare style="width: 640px" top="5" no-headline src="/stories/public/example-rd-expenditure.csv"></metric-compare>`);
    await el.updateComplete;
    const before = height(el);
    await waitFor(() => el.shadowRoot!.querySelectorAll('[role="option"]').length === 5);
    expect(height(el) - noteHeight(el)).to.be.closeTo(before, 8);
  });
});
