/**
 * What a printed article shows of each widget (Chromium's print media emulation; Firefox
 * cannot emulate media here): the widget in its current state, light, with its sources, as
 * wide as the column at most, with none of the screen's controls. Expected values by hand.
 */
import { expect, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse } from '@web/test-runner-commands';
import { canEmulateMedia, itEmulatingMedia, place, settle, text, waitFor } from './browser.js';
import '../src/index.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const style = (el: Element) => getComputedStyle(el);
const shown = (el: Element) => el.checkVisibility();

const WHITE = 'rgb(255, 255, 255)';
const DARK_BACKGROUND = 'rgb(22, 24, 29)';
const TEXT = 'rgb(31, 35, 40)';

async function print(...widgets: Widget[]): Promise<void> {
  await emulateMedia({ media: 'print' });
  for (const widget of widgets) await settle(widget);
}

/** A point inside a region's shape, in page coordinates. */
function pointInside(shape: SVGPathElement): [number, number] {
  const box = shape.getBBox();
  for (let fy = 0.3; fy < 0.8; fy += 0.05) {
    for (let fx = 0.1; fx < 1; fx += 0.1) {
      const point = new DOMPoint(box.x + box.width * fx, box.y + box.height * fy);
      if (shape.isPointInFill(point)) {
        const screen = point.matrixTransform(shape.getScreenCTM()!);
        return [Math.round(screen.x), Math.round(screen.y)];
      }
    }
  }
  throw new Error('no point inside');
}

describe('a printed page', () => {
  afterEach(async () => {
    if (canEmulateMedia) await emulateMedia({ media: 'screen' });
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  itEmulatingMedia('shows the map as selected, with its legend and sources, without the hover, tooltip or table button', async () => {
    // Narrow enough that the map is not capped at half the viewport in print: nothing moves under the pointer.
    const el = await place<Widget>(html`<province-map metric="population" selected="CN-AH"></province-map>`, 400);
    await sendMouse({ type: 'move', position: pointInside($(el, 'path.region[data-region="CN-SC"]') as unknown as SVGPathElement) });
    await waitFor(() => !!el.shadowRoot!.querySelector('[part="tooltip"]'), 'the hover tooltip');
    expect(shown($(el, '.outline.hover'))).to.equal(true, 'on screen, the hover outline');
    expect(shown($(el, '[part="table-toggle"]'))).to.equal(true, 'on screen, the table button');

    await print(el);
    expect(style($(el, '[part="tooltip"]')).display).to.equal('none');
    expect(style($(el, '[part="table-toggle"]')).display).to.equal('none');
    expect(style($(el, '.outline.hover')).display).to.equal('none');
    const selected = $(el, '.outline.selected');
    expect(shown(selected)).to.equal(true);
    expect(style(selected).strokeWidth).to.equal('3px');
    expect(style(selected).stroke).to.equal(TEXT);
    expect(shown($(el, '[part="legend"]'))).to.equal(true);
    expect(text($(el, '[part="headline"]'))).to.equal('Population by region, 2020');
    const source = $(el, '[part="source"]');
    expect(shown(source)).to.equal(true);
    expect(text(source)).to.match(/^Source: National Bureau of Statistics .* Boundaries: Natural Earth/);
  });

  itEmulatingMedia('prints the data table a reader opened, without the button that opened it', async () => {
    const el = await place<Widget>(html`<metric-compare metric="gdp" top="3"></metric-compare>`, 640);
    const table = $(el, '[part="table"]').parentElement!;
    expect(table.getBoundingClientRect().height).to.be.below(2, 'on screen, for screen readers only');
    $(el, '[part="table-toggle"]').click();
    await settle(el);
    await print(el);
    expect(table.getBoundingClientRect().height).to.be.above(100);
    expect(style($(el, '[part="table-toggle"]')).display).to.equal('none');
  });

  itEmulatingMedia('prints fills as drawn: legend swatches, hatching and bars, which are backgrounds', async () => {
    const map = await place<Widget>(html`<province-map metric="rd-intensity"></province-map>`, 640);
    const chart = await place<Widget>(html`<metric-compare metric="population" top="3"></metric-compare>`, 640);
    await print(map, chart);
    for (const swatch of $$(map, '[part="legend"] .swatch')) expect(style(swatch).printColorAdjust).to.equal('exact');
    for (const bar of $$(chart, '[part="bar"]')) expect(style(bar).printColorAdjust).to.equal('exact');
  });

  itEmulatingMedia('draws the light palette for theme="dark" and in a dark page', async () => {
    const forced = await place<Widget>(html`<metric-compare theme="dark" metric="gdp" top="3"></metric-compare>`, 640);
    const inDark = await place<Widget>(
      html`<div style="background: rgb(18, 20, 23); color: rgb(230, 230, 230); padding: 1px"><province-map></province-map></div>`,
      640,
    );
    const map = inDark.querySelector<Widget>('province-map')!;
    await settle(map);
    expect(style($(forced, '[part="frame"]')).backgroundColor).to.equal(DARK_BACKGROUND, 'on screen, dark');
    expect(style($(map, '[part="frame"]')).backgroundColor).to.equal(DARK_BACKGROUND, 'on screen, dark as the page');

    await print(forced, map);
    for (const el of [forced, map]) {
      const frame = $(el, '[part="frame"]');
      expect(style(frame).backgroundColor).to.equal(WHITE);
      expect(style(frame).color).to.equal(TEXT);
      expect(style($(el, '[part="source"]')).color).to.equal('rgb(87, 96, 106)');
    }
    expect(style($(map, 'path.region[data-region="CN-AH"]')).stroke).to.equal(WHITE, "regions edged in the paper's colour");
  });

  itEmulatingMedia('fits a narrow column: no widget wider than it, the map no taller than half the page', async () => {
    const column = 300;
    const widgets = [
      await place<Widget>(html`<province-map metric="gdp" legend="right"></province-map>`, column),
      await place<Widget>(html`<metric-compare metric="population" show="share" top="8"></metric-compare>`, column),
      await place<Widget>(html`<region-card region="Guangdong"></region-card>`, column),
    ];
    await print(...widgets);
    for (const el of widgets) {
      expect(el.getBoundingClientRect().width).to.be.at.most(column, el.localName);
      expect(el.scrollWidth).to.be.at.most(column, `${el.localName}: nothing sticks out`);
    }
    const wide = await place<Widget>(html`<province-map></province-map>`, 1200);
    await print(wide);
    expect($(wide, '.stage').getBoundingClientRect().height).to.be.at.most(Math.ceil(innerHeight * 0.5));
  });

  itEmulatingMedia("keeps a widget that fits a page on one page", async () => {
    const el = await place<Widget>(html`<metric-compare metric="gdp" top="5"></metric-compare>`, 640);
    await print(el);
    expect(style($(el, '[part="frame"]')).breakInside).to.equal('avoid');
  });

  itEmulatingMedia('names every source, which the screen leaves to the data table a printed page does not have', async () => {
    const el = await place<Widget>(html`<province-map metric="gdp"></province-map>`, 640);
    const visibleSources = () => $$(el, '[part="source"]').filter(shown).map((p) => text(p));
    const [screen] = visibleSources();
    expect(screen).to.match(/; and 9 more, listed per region in the data table · Boundaries: Natural Earth \(public domain\)$/);
    await print(el);
    const printed = visibleSources();
    expect(printed).to.have.length(1);
    expect(printed[0]).not.to.contain('more, listed');
    expect(printed[0]).to.contain('Xizang Business Daily (西藏商报) (2025)');
    expect(printed[0]!.split('; ')).to.have.length(12);
  });

  itEmulatingMedia('leaves out the note on rows left out of the data, which is for the editor', async () => {
    const el = await place<Widget>(html`<metric-compare src="/test/fixtures/user-data/en-thousands-unquoted.csv" metric="value"></metric-compare>`, 640);
    await waitFor(() => !!el.shadowRoot!.querySelector('[part="data-note"]'), 'the note on rows left out');
    expect(shown($(el, '[part="data-note"]'))).to.equal(true);
    await print(el);
    expect(style($(el, '[part="data-note"]')).display).to.equal('none');
    expect(shown($(el, '[part="source"]'))).to.equal(true);
  });

  itEmulatingMedia('prints no focus ring on a bar chosen by keyboard, and keeps the choice', async () => {
    const el = await place<Widget>(html`<metric-compare metric="gdp" top="3"></metric-compare>`, 640);
    $(el, '[role="option"]').focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await settle(el);
    const row = $(el, '[role="option"]:focus');
    expect(style(row.querySelector('.track')!).boxShadow).not.to.equal('none', 'on screen, the ring');
    await print(el);
    expect(style(row.querySelector('.track')!).boxShadow).to.equal('none');
    expect(style(row.querySelector('.name')!).textDecorationLine).to.equal('none');
    expect(style(row.querySelector('.name')!).fontWeight).to.equal('700', 'the selected bar stays bold');
  });

  itEmulatingMedia("shows a compact card's disclosed part, which holds its sources, without the summary to click", async () => {
    const el = await place<Widget>(html`<region-card region="Anhui" variant="compact"></region-card>`, 400);
    const sources = $(el, '[part="sources"]');
    expect(shown(sources)).to.equal(false, 'on screen, folded away');
    await print(el);
    expect(shown(sources)).to.equal(true);
    expect(text(sources)).to.match(/^\[1\] /);
    expect(style($(el, 'summary')).display).to.equal('none');
    expect(style($(el, '[part="card"]')).borderTopColor).to.equal('rgb(0, 0, 0)');
  });

  for (const width of [900, 400]) {
    itEmulatingMedia(`reads the steps as paragraphs under their graphic, which is not sticky (${width} px)`, async () => {
      const host = await place<HTMLElement & { updateComplete: Promise<void> }>(
        html`<mosaic-steps style="display: block">
          <province-map slot="graphic" mode="clusters"></province-map>
          <mosaic-step mode="highlight" cluster="yrd" selected="CN-AH"><p>The Yangtze River Delta.</p></mosaic-step>
          <mosaic-step mode="highlight" cluster="gba"><p>The Greater Bay Area.</p></mosaic-step>
        </mosaic-steps>`,
        width,
      );
      const map = host.querySelector<Widget>('province-map')!;
      const steps = [...host.querySelectorAll('mosaic-step')];
      steps[0]!.scrollIntoView({ block: 'center' });
      await waitFor(() => map.getAttribute('cluster') === 'yrd', 'the first step to apply');
      await settle(map);
      const graphic = host.shadowRoot!.querySelector<HTMLElement>('.graphic')!;
      expect(style(graphic).position).to.equal('sticky', 'on screen');

      // Emulating print lays the live page out again, so the steps may pass the reading line and
      // change the map; a real print is laid out without running script and keeps the state.
      await print(map);
      expect(style(graphic).position).to.equal('static');
      expect(style(graphic).overflowY).to.equal('visible');
      const first = steps[0]!.getBoundingClientRect();
      const second = steps[1]!.getBoundingClientRect();
      expect(graphic.getBoundingClientRect().bottom).to.be.at.most(first.top, 'the graphic above the steps');
      expect(second.top - first.bottom).to.be.below(30, 'one paragraph after another');
      expect(style(steps[0]!).borderTopWidth).to.equal('0px');
      expect(style(steps[0]!).paddingTop).to.equal('0px');
      expect(style(steps[0]!).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    });
  }
});
