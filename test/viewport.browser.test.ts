// Widgets off-screen wait to draw until they near the viewport (one shared IntersectionObserver),
// and every widget's box keeps its height while its data and boundaries arrive.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { viewportStats } from '../src/controllers/viewport.js';
import { firstDrawStats } from '../src/controllers/first-draw.js';
import { geometryDecodeCount } from '../src/geo/decode.js';
import type { ProvinceMap } from '../src/province-map/province-map.js';
import type { RegionCard } from '../src/region-card/region-card.js';
import { clearConsole, mosaicWarnings, text, waitFor } from './browser.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

/**
 * Widgets placed below a spacer three viewports tall, out of reach of the observer's margin,
 * once their turn has found them off-screen (they wait with a placeholder and never update).
 */
async function farBelow<T extends Widget>(markup: ReturnType<typeof html>, waiting: number): Promise<{ host: HTMLElement; widgets: T[] }> {
  scrollTo(0, 0);
  const host = await fixture<HTMLElement>(html`<div style="width: 640px"><div style="height: ${3 * innerHeight + 200}px"></div>${markup}</div>`);
  const widgets = [...host.children].slice(1) as T[];
  await waitFor(() => viewportStats().waiting === waiting, `${waiting} widgets waiting for the viewport`);
  return { host, widgets };
}

const regionPaths = (el: Element) => el.shadowRoot!.querySelectorAll('path.region').length;
const placeholder = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('.placeholder');
const height = (el: Element) => el.getBoundingClientRect().height;

describe('drawing off-screen widgets when they near the viewport', () => {
  for (const [view, stage] of [['geo', 520], ['tiles', 720]] as const) {
    it(`keeps a far ${view} map as a placeholder of about its final size, and draws it when scrolled near`, async () => {
      const { widgets } = await farBelow<ProvinceMap>(html`<province-map view=${view}></province-map>`, 1);
      const [map] = widgets;
      // Nothing but the placeholder: no frame, no model, no update.
      expect([...map!.shadowRoot!.children].map((e) => e.className)).to.deep.equal([view === 'tiles' ? 'placeholder tiles' : 'placeholder']);
      expect(map!.hasUpdated).to.equal(false);
      const box = placeholder(map!)!;
      expect(box.getAttribute('aria-label')).to.equal('Loading…');
      const reservedStage = box.clientHeight - parseFloat(getComputedStyle(box).paddingBottom);
      const waitingHeight = height(map!);

      map!.scrollIntoView();
      await waitFor(() => regionPaths(map!) === 31);
      expect(placeholder(map!)).to.equal(null);
      // 640 px wide: the geo stage is 616 × 520 (800 × 675 for the boundaries), the tiles' 720 tall (capped); the headline, legend and source line about 180 px under it.
      expect(height(map!.shadowRoot!.querySelector('.stage')!)).to.be.closeTo(stage, 1);
      expect(reservedStage).to.be.closeTo(stage, 1);
      expect(height(map!)).to.be.closeTo(waitingHeight, 40); // two lines of text, as the fonts wrap them
      expect(viewportStats()).to.deep.equal({ waiting: 0, observing: false });
    });
  }

  it('draws ten far maps as each comes near, decoding the boundaries at most once', async () => {
    const before = geometryDecodeCount();
    const maps = Array.from({ length: 10 }, () => html`<province-map style="width: 200px; display: inline-block"></province-map>`);
    const { widgets } = await farBelow<ProvinceMap>(html`${maps}`, 10);
    expect(widgets.filter((m) => regionPaths(m) > 0)).to.have.length(0);
    for (const map of widgets) {
      map.scrollIntoView();
      await waitFor(() => regionPaths(map) === 31);
    }
    expect(geometryDecodeCount() - before).to.be.at.most(1);
  });

  it('keeps a far card as a box about a card’s height, and draws it once near', async () => {
    const { widgets } = await farBelow<RegionCard>(html`<region-card region="Anhui"></region-card><region-card region="Anhui" variant="compact"></region-card>`, 2);
    const [card, compact] = widgets;
    // Named as it will be, and busy: a screen reader lists it before it is drawn.
    expect(['role', 'aria-busy', 'aria-label'].map((name) => placeholder(card!)!.getAttribute(name))).to.deep.equal(['figure', 'true', 'Anhui']);
    // 640 px wide: a full card of Anhui is about 710 px tall, a compact one about 190 px.
    const [waiting, waitingCompact] = [height(card!), height(compact!)];
    expect(waiting).to.be.within(640, 720);
    expect(waitingCompact).to.be.within(225, 245);
    card!.scrollIntoView();
    await waitFor(() => card!.shadowRoot!.querySelector('dl') !== null && compact!.shadowRoot!.querySelector('dl') !== null);
    // About: a card's height depends on its region's claims (Anhui's are long ones) and on how the fonts wrap them.
    expect(height(card!)).to.be.closeTo(waiting, waiting / 5);
    expect(height(compact!)).to.be.closeTo(waitingCompact, waitingCompact / 4);
    expect(card!.shadowRoot!.querySelector('.locator')).to.not.equal(null);
    expect(text(card!.shadowRoot!.querySelector('h3'))).to.contain('Anhui');
  });

  it('draws every waiting widget before the page is printed, in that task (a page’s own print button prints before its microtasks)', async () => {
    const { widgets } = await farBelow<Widget>(html`<province-map></province-map><region-card region="CN-GD"></region-card>`, 2);
    dispatchEvent(new Event('beforeprint'));
    expect(regionPaths(widgets[0]!)).to.equal(31);
    expect(widgets[1]!.shadowRoot!.querySelector('dl')).to.not.equal(null);
    await Promise.all(widgets.map((w) => w.updateComplete));
    expect(regionPaths(widgets[0]!)).to.equal(31);
    expect(widgets[1]!.shadowRoot!.querySelector('dl')).to.not.equal(null);
    expect(viewportStats()).to.deep.equal({ waiting: 0, observing: false });
  });

  it('reports a bad attribute of a far widget at once, and reads its data while it waits', async () => {
    clearConsole();
    const { widgets } = await farBelow<ProvinceMap>(html`<province-map mode="bogus" src="/stories/public/example-rd-expenditure.csv?far"></province-map>`, 1);
    const warned = (word: string) => mosaicWarnings().filter((w) => w.includes(word)).length;
    expect(warned('mode="bogus"')).to.equal(1);
    // The file's row that cannot be used (Anhiu) is reported as the file is read, before the map draws.
    await waitFor(() => warned('Anhiu') === 1, 'the far map’s data to be read');
    expect([widgets[0]!.hasUpdated, warned('mode="bogus"')]).to.deep.equal([false, 1]);
  });

  it('stops waiting for a widget that leaves the page, keeps nothing of it, and waits again when it comes back', async () => {
    const { host, widgets } = await farBelow<ProvinceMap>(html`<province-map></province-map>`, 1);
    expect(firstDrawStats().pending).to.equal(1);
    widgets[0]!.remove();
    expect(viewportStats()).to.deep.equal({ waiting: 0, observing: false });
    expect(firstDrawStats()).to.deep.equal({ pending: 0, due: 0 });
    host.append(widgets[0]!);
    await waitFor(() => viewportStats().waiting === 1, 'the map to wait again');
    widgets[0]!.scrollIntoView();
    await waitFor(() => regionPaths(widgets[0]!) === 31);
  });

  it('never draws in the task that inserts a widget, and draws those in view in the tasks after', async () => {
    const host = document.body.appendChild(document.createElement('div'));
    host.style.width = '640px';
    const [first, second] = [0, 1].map(() => host.appendChild(document.createElement('metric-compare')) as Widget & { hasUpdated: boolean });
    await Promise.resolve(); // the task's microtasks too
    expect([first!.hasUpdated, second!.hasUpdated]).to.deep.equal([false, false]);
    expect(placeholder(first!)).to.not.equal(null);
    await Promise.all([first!.updateComplete, second!.updateComplete]);
    expect([first!, second!].map((el) => el.shadowRoot!.querySelectorAll('[role="option"]').length > 0)).to.deep.equal([true, true]);
    host.remove();
  });

  it('lets a hundred far maps wait with nothing but their placeholder', async () => {
    const maps = Array.from({ length: 100 }, () => html`<province-map></province-map>`);
    const { widgets } = await farBelow<ProvinceMap>(html`${maps}`, 100);
    expect(widgets.filter((m) => m.hasUpdated || m.shadowRoot!.childElementCount !== 1 || !placeholder(m))).to.have.length(0);
  });

  it('leaves the comparison alone: it draws wherever it is, in a task after the one that made it', async () => {
    const { widgets } = await farBelow<Widget>(html`<metric-compare top="3"></metric-compare>`, 0);
    await widgets[0]!.updateComplete;
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

  it('keeps a map’s whole box while its src loads: the sources’ lines, the table’s button and the note’s line', async () => {
    const el = await fixture<ProvinceMap>(html`<province-map style="width: 640px" src="/stories/public/example-rd-expenditure.csv"></province-map>`);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.status')).to.not.equal(null);
    expect(el.shadowRoot!.querySelector<HTMLButtonElement>('[part="table-toggle"]')!.disabled).to.equal(true);
    const before = height(el);
    await waitFor(() => !el.shadowRoot!.querySelector('.status'));
    noteHeight(el);
    expect(el.shadowRoot!.querySelector<HTMLButtonElement>('[part="table-toggle"]')!.disabled).to.equal(false);
    expect(height(el)).to.be.closeTo(before, 0.5);
  });

  it('draws a card from the bundled data while its src loads, at the height it keeps', async () => {
    const el = await fixture<RegionCard>(html`<region-card style="width: 640px" region="Anhui" src="/stories/public/example-rd-expenditure.csv"></region-card>`);
    await el.updateComplete;
    const article = () => el.shadowRoot!.querySelector('article')!;
    expect(article().getAttribute('aria-busy')).to.equal('true');
    expect(article().querySelector('dl')).to.not.equal(null);
    const before = height(el);
    await waitFor(() => article().getAttribute('aria-busy') === 'false');
    // The file has a row that cannot be used (Anhiu): its note, under the card (issue 15), takes the line kept for it.
    noteHeight(el);
    expect(height(el)).to.be.closeTo(before, 0.5);
  });

  it('keeps the place of the rows `top` asks for while the comparison loads', async () => {
    const el = await fixture<Widget>(html`<metric-compare style="width: 640px" top="5" src="/stories/public/example-rd-expenditure.csv"></metric-compare>`);
    await el.updateComplete;
    const before = height(el);
    await waitFor(() => el.shadowRoot!.querySelectorAll('[role="option"]').length === 5);
    noteHeight(el);
    expect(height(el)).to.be.closeTo(before, 8);
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
    noteHeight(el);
    expect(height(el)).to.be.closeTo(before, 8);
  });
});
