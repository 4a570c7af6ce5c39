import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { expectAccessible, mosaicWarnings, problemText, settle , waitFor, place, text } from '../../test/browser.js';
import { seriesFor } from '../data/series.js';
import { luminance } from '../scales/contrast.js';
import type { RegionEventDetail } from './province-map.component.js';
import './province-map.js';
import type { ProvinceMap } from './province-map.js';

const regionPaths = (el: Element) => [...el.shadowRoot!.querySelectorAll<SVGPathElement>('path.region')];
const path = (el: Element, id: string) => el.shadowRoot!.querySelector<SVGPathElement>(`path.region[data-region="${id}"]`)!;
const tooltip = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part="tooltip"]');
/** The colour a region is painted in, as the browser resolves it for the widget's palette. */
const fill = (el: Element, id: string) => getComputedStyle(path(el, id)).fill;
const problem = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part="problem"]');

/** A point inside a region's shape, in page coordinates. */
function pointInside(shape: SVGPathElement): [number, number] {
  const box = shape.getBBox();
  for (let fy = 0.5, step = 0; step < 40; step++) {
    for (let fx = 0.1; fx < 1; fx += 0.1) {
      const point = new DOMPoint(box.x + box.width * fx, box.y + box.height * ((fy + step * 0.023) % 1));
      if (shape.isPointInFill(point)) {
        const screen = point.matrixTransform(shape.getScreenCTM()!);
        return [Math.round(screen.x), Math.round(screen.y)];
      }
    }
  }
  throw new Error('no point inside');
}

const map = (markup = html`<province-map></province-map>`) => place<ProvinceMap>(markup, 800);

describe('<province-map> drawing', () => {
  it('draws the 31 regions with their ids, and Hong Kong, Macao and Taiwan as context', async () => {
    const el = await map();
    const ids = regionPaths(el).map((p) => p.dataset.region);
    expect(ids).to.have.length(31);
    expect(new Set(ids).size).to.equal(31);
    for (const p of regionPaths(el)) expect(p.getAttribute('part')).to.equal('region');
    const context = [...el.shadowRoot!.querySelectorAll<SVGPathElement>('path.context')].map((p) => p.dataset.region);
    expect(context.sort()).to.deep.equal(['CN-HK', 'CN-MO', 'CN-TW']);
    el.context = 'hide';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('path.context')).to.have.length(0);
  });

  it('fills regions in the order of their values', async () => {
    const el = await map(html`<province-map metric="population" classes="5"></province-map>`);
    const legend = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="legend"] .swatch.value')].map((s) => getComputedStyle(s).backgroundColor);
    const classOf = (id: string) => legend.indexOf(fill(el, id));
    const entries = [...seriesFor('population')!.entries].sort((a, b) => a.figure!.value - b.figure!.value);
    const classes = entries.map((e) => classOf(e.region));
    expect(classes.every((c) => c >= 0)).to.equal(true);
    expect(classes).to.deep.equal([...classes].sort((a, b) => a - b));
    expect(classes[0]).to.equal(0);
    expect(classes.at(-1)).to.equal(4);
  });

  it('writes its legend and summary as a graphics desk would, in en, zh and da', async () => {
    const legend = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part="legend"] li')].map(text);
    const en = await map(html`<province-map metric="gdp"></province-map>`);
    expect(legend(en)).to.deep.equal([
      'GDP (trillion yuan)', '0.28 – 1.77', '1.77 – 3.04', '3.04 – 4.85', '4.85 – 6.07', '6.07 – 14.16', 'No data',
      'Hong Kong, Macao, Taiwan: not in the data',
    ]);
    expect(text(en.shadowRoot!.querySelector('#description'))).to.contain(
      'Among the 30 regions with data, highest: Guangdong (14.16 trillion yuan); lowest: Tibet (0.28 trillion yuan). No data for Hainan.',
    );
    const zh = await map(html`<province-map metric="population" lang="zh"></province-map>`);
    expect(legend(zh).slice(0, 6)).to.deep.equal(['常住人口（万人）', '365 – 2,405', '2,405 – 3,205', '3,205 – 4,519', '4,519 – 6,644', '6,644 – 12,601']);
    expect(text(zh.shadowRoot!.querySelector('#description'))).to.contain('最高：广东（12,601万人）；最低：西藏（365万人）。');
    const da = await map(html`<province-map metric="gdp" lang="da"></province-map>`);
    expect(legend(da).slice(0, 3)).to.deep.equal(['BNP (mia. yuan)', '276 – 1.771', '1.771 – 3.038']);
    const intensity = await map(html`<province-map metric="rd-intensity"></province-map>`);
    expect(text(intensity.shadowRoot!.querySelector('#description'))).to.contain('Among the 17 regions with data, highest: Beijing (6.7%); lowest: Xinjiang (0.6%).');
  });

  it('draws regions without a figure as "no data", never as a value', async () => {
    const el = await map(html`<province-map metric="rd-intensity"></province-map>`);
    const noData = regionPaths(el).filter((p) => p.classList.contains('no-data')).map((p) => p.dataset.region!);
    expect(noData.sort()).to.deep.equal([
      'CN-CQ', 'CN-FJ', 'CN-GS', 'CN-GX', 'CN-GZ', 'CN-HB', 'CN-HL', 'CN-JL', 'CN-NX', 'CN-QH', 'CN-SC', 'CN-SD', 'CN-XZ', 'CN-YN',
    ]);
    for (const id of noData) expect(fill(el, id)).to.equal('url("#no-data")');
    expect(text(el.shadowRoot!.querySelector('[part="legend"]'))).to.contain('No data');
  });

  it('colours the three integration engines and the mosaic in clusters mode', async () => {
    const el = await map(html`<province-map mode="clusters"></province-map>`);
    const colour = (id: string) => fill(el, id);
    expect(colour('CN-SH')).to.equal(colour('CN-AH'));
    expect(colour('CN-BJ')).to.equal(colour('CN-HE'));
    expect(new Set([colour('CN-GD'), colour('CN-SH'), colour('CN-BJ')]).size).to.equal(3);
    expect(path(el, 'CN-SX').classList.contains('mosaic')).to.equal(true);
    expect(text(el.shadowRoot!.querySelector('[part="legend"]'))).to.contain('Other regions: the innovation mosaic');
  });

  it('turns the scale round on a dark page, so that the most is the lightest rather than sinking into the background', async () => {
    const light = await map(html`<province-map metric="population" classes="5"></province-map>`);
    const dark = await map(html`<province-map metric="population" classes="5" theme="dark"></province-map>`);
    // Guangdong has the most people, Tibet the fewest: Blues #eff3ff … #08519c.
    expect(fill(light, 'CN-XZ')).to.equal('rgb(239, 243, 255)');
    expect(fill(light, 'CN-GD')).to.equal('rgb(8, 81, 156)');
    expect(fill(dark, 'CN-XZ')).to.equal('rgb(8, 81, 156)');
    expect(fill(dark, 'CN-GD')).to.equal('rgb(239, 243, 255)');
    const swatches = [...dark.shadowRoot!.querySelectorAll<HTMLElement>('[part="legend"] .swatch.value')].map((s) => getComputedStyle(s).backgroundColor);
    expect([swatches[0], swatches.at(-1)]).to.deep.equal(['rgb(8, 81, 156)', 'rgb(239, 243, 255)']);
  });

  for (const theme of ['light', 'dark']) {
    it(`writes every region name at 4.5:1 or more against the region's fill, on the ${theme} palette`, async () => {
      for (const markup of [
        html`<province-map metric="population" labels="names" theme=${theme}></province-map>`,
        html`<province-map mode="clusters" view="tiles" labels="names" theme=${theme}></province-map>`,
        html`<province-map mode="highlight" highlight="Anhui Shanghai" labels="codes" theme=${theme}></province-map>`,
      ]) {
        const el = await map(markup);
        const labels = [...el.shadowRoot!.querySelectorAll<SVGTextElement>('text.label:not(.callout)')];
        expect(labels.length).to.be.greaterThan(1);
        // Labels beside their regions sit on the page (checked by axe); hatched "no data" regions too.
        const low = labels
          .map((label) => ({ label: label.textContent, under: getComputedStyle(path(el, label.dataset.region!)).fill, ink: getComputedStyle(label).fill }))
          .filter(({ under }) => under.startsWith('rgb'))
          .map((l) => ({ ...l, ratio: contrastOf(l.ink, l.under) }))
          .filter(({ ratio }) => ratio < 4.5);
        expect(low, `${el.getAttribute('mode') ?? 'choropleth'}: ${JSON.stringify(low)}`).to.deep.equal([]);
      }
    });
  }

  it('highlights given regions, or a cluster, as a locator map', async () => {
    const el = await map(html`<province-map mode="highlight" highlight="Anhui CN-JS"></province-map>`);
    const highlighted = () => regionPaths(el).filter((p) => p.classList.contains('highlight')).map((p) => p.dataset.region).sort();
    expect(highlighted()).to.deep.equal(['CN-AH', 'CN-JS']);
    el.highlight = '';
    el.cluster = 'yrd';
    await el.updateComplete;
    expect(highlighted()).to.deep.equal(['CN-AH', 'CN-JS', 'CN-SH', 'CN-ZJ']);
  });

  it('draws 31 equal tiles and no boundaries in the tile view', async () => {
    const el = await map(html`<province-map view="tiles"></province-map>`);
    expect(regionPaths(el)).to.have.length(31);
    expect(el.shadowRoot!.querySelectorAll('path.context')).to.have.length(0);
    // A seventh of the 800-unit drawing (114.3) less 2 units on each side.
    const sizes = new Set(regionPaths(el).map((p) => `${Math.round(p.getBBox().width)}x${Math.round(p.getBBox().height)}`));
    expect([...sizes]).to.deep.equal(['110x110']);
    expect(text(el.shadowRoot!.querySelector('[part="source"]'))).not.to.contain('Boundaries');
    expect(el.shadowRoot!.querySelectorAll('text.label')).to.have.length(31);
  });

  it('shows its light-DOM fallback only until it upgrades', async () => {
    // An element whose tag is not (yet) defined stands for the map before its script arrives.
    const host = await fixture<HTMLElement>(html`<div><province-map-later><p>A map of China's regions.</p></province-map-later></div>`);
    const fallback = host.querySelector('p')!;
    expect(fallback.getBoundingClientRect().height).to.be.greaterThan(0);
    const el = await map(html`<province-map><p>A map of China's regions.</p></province-map>`);
    expect(el.querySelector('p')!.getBoundingClientRect().height).to.equal(0);
  });

  it('titles the map with the metric and the year its figures refer to', async () => {
    const title = (el: Element) => text(el.shadowRoot!.querySelector('figcaption'));
    expect(title(await map(html`<province-map lang="zh"></province-map>`))).to.equal('常住人口（分地区），2020年');
    // Area's sources give no year: the title says so rather than inventing one.
    expect(title(await map(html`<province-map metric="area"></province-map>`))).to.equal('Area by region, reference year not given');
    expect(title(await map(html`<province-map metric="area" lang="zh"></province-map>`))).to.equal('面积（分地区），来源未注明年份');
    expect(title(await map(html`<province-map metric="area" lang="da"></province-map>`))).to.equal('Areal fordelt på regioner, intet referenceår oplyst');
    expect(title(await map(html`<province-map label="Where people live"></province-map>`))).to.equal('Where people live');
  });

  it('names the source and the boundary data', async () => {
    const el = await map();
    expect(text(el.shadowRoot!.querySelector('[part="source"]'))).to.equal(
      'Source: National Bureau of Statistics & State Council Leading Group Office for the 7th National Population Census (2021), via a repost on zczxwang.com · Boundaries: Natural Earth (public domain)',
    );
    const zh = await map(html`<province-map lang="zh" mode="clusters"></province-map>`);
    expect(text(zh.shadowRoot!.querySelector('[part="source"]'))).to.equal(
      '来源：国家统计局、国务院第七次全国人口普查领导小组办公室（2021年），经zczxwang.com转载；' +
        '中共中央、国务院；北京市人民政府（无日期），经scholarmate.com摘要（长三角）、jinshusy.com转载（大湾区）及北京市政府网站（京津冀） · 边界：Natural Earth（公共领域）',
    );
  });

  it('lists all 31 regions, ranked, in the data table, and shows it on request', async () => {
    const el = await map(html`<province-map lang="zh"></province-map>`);
    const rows = [...el.shadowRoot!.querySelectorAll('[part="table"] tbody tr')];
    expect(rows).to.have.length(31);
    expect(text(rows[0].querySelector('th'))).to.equal('广东');
    expect(text(rows[0].querySelector('td'))).to.equal('126,012,510人');
    const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="table-toggle"]')!;
    const wrapper = el.shadowRoot!.querySelector('[part="table"]')!.parentElement!;
    expect(wrapper.classList.contains('visually-hidden')).to.equal(true);
    toggle.click();
    await el.updateComplete;
    expect(wrapper.classList.contains('visually-hidden')).to.equal(false);
    // Screen readers have the table either way: no expanded state tells them it is hidden.
    expect(toggle.hasAttribute('aria-expanded')).to.equal(false);
    expect(text(toggle)).to.equal('隐藏数据表');
  });

  it('keeps its proportions when its width changes, and redraws', async () => {
    const host = await fixture<HTMLElement>(html`<div style="width: 900px"><province-map labels="names"></province-map></div>`);
    const el = host.querySelector('province-map')!;
    await settle(el);
    const stage = el.shadowRoot!.querySelector<HTMLElement>('[part="map"]')!;
    const ratio = () => stage.getBoundingClientRect().width / stage.getBoundingClientRect().height;
    const wide = ratio();
    const bigFont = Number(el.shadowRoot!.querySelector('text.label')!.getAttribute('font-size'));
    host.style.width = '300px';
    await new Promise((r) => setTimeout(r, 50));
    await settle(el);
    expect(ratio()).to.be.closeTo(wide, 0.02);
    expect(Number(el.shadowRoot!.querySelector('text.label')!.getAttribute('font-size'))).to.be.greaterThan(bigFont);
  });
});

describe('<province-map> interaction', () => {
  it('shows the tooltip on hover and fires region-hover', async () => {
    const el = await map();
    const hover = oneEvent(el, 'region-hover');
    await sendMouse({ type: 'move', position: pointInside(path(el, 'CN-AH')) });
    const event = (await hover) as CustomEvent<RegionEventDetail>;
    expect(event.detail).to.deep.equal({ region: 'CN-AH', value: 61027171 });
    await el.updateComplete;
    expect(text(tooltip(el))).to.equal(
      'Anhui Yangtze River Delta 61,027,171 people Rank 9 of 31 Source: National Bureau of Statistics & State Council Leading Group Office for the 7th National Population Census (2021), via a repost on zczxwang.com',
    );
    await sendMouse({ type: 'move', position: [1, 1] });
    await el.updateComplete;
    expect(tooltip(el)).to.equal(null);
  });

  it('keeps its drawing model while the pointer moves, and rebuilds it when an input changes', async () => {
    const el = await map();
    const model = () => (el as unknown as { model: object }).model;
    const first = model();
    await sendMouse({ type: 'move', position: pointInside(path(el, 'CN-AH')) });
    await el.updateComplete;
    await sendMouse({ type: 'move', position: pointInside(path(el, 'CN-SC')) });
    await el.updateComplete;
    expect(model()).to.equal(first);
    el.scheme = 'greens';
    await el.updateComplete;
    expect(model()).not.to.equal(first);
  });

  it('selects on click and fires region-select', async () => {
    const el = await map();
    const select = oneEvent(el, 'region-select');
    await sendMouse({ type: 'click', position: pointInside(path(el, 'CN-SD')) });
    expect(((await select) as CustomEvent<RegionEventDetail>).detail).to.deep.equal({ region: 'CN-SD', value: 101527453 });
    await el.updateComplete;
    expect(el.selected).to.equal('CN-SD');
    expect(el.getAttribute('selected')).to.equal('CN-SD');
    expect(path(el, 'CN-SD').getAttribute('aria-selected')).to.equal('true');
  });

  it('shows the tooltip on tap until it is dismissed', async () => {
    const el = await map();
    const target = path(el, 'CN-SC');
    target.dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'touch', bubbles: true }));
    target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(text(tooltip(el))).to.contain('Sichuan');
    const close = tooltip(el)!.querySelector<HTMLButtonElement>('button')!;
    expect(close.getAttribute('aria-label')).to.equal('Close');
    close.click();
    await el.updateComplete;
    expect(tooltip(el)).to.equal(null);
  });

  it('takes one tab stop, walks by geography with the arrow keys, selects with Enter and clears with Escape', async () => {
    await sendMouse({ type: 'move', position: [0, 0] });
    const host = await fixture<HTMLElement>(html`<div><button id="before">before</button><province-map></province-map></div>`);
    const el = host.querySelector('province-map')!;
    await settle(el);
    expect(regionPaths(el).filter((p) => p.tabIndex === 0)).to.have.length(1);
    host.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    const focused = () => (el.shadowRoot!.activeElement as SVGElement | null)?.dataset.region;
    expect(focused()).to.equal('CN-BJ');
    path(el, 'CN-AH').focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(['CN-JS', 'CN-ZJ']).to.include(focused());
    expect(text(tooltip(el))).to.contain(focused() === 'CN-JS' ? 'Jiangsu' : 'Zhejiang');
    // Two-tone, drawn last: the ring over a halo of the page's colour, which shows it on the blue fills.
    const [halo, ring] = [...el.shadowRoot!.querySelectorAll<SVGPathElement>('svg > *')].slice(-2);
    expect([halo!.getAttribute('class'), ring!.getAttribute('class')]).to.deep.equal(['outline focus-halo', 'outline focus']);
    expect(getComputedStyle(halo!).stroke).to.equal('rgb(255, 255, 255)');
    expect(getComputedStyle(ring!).stroke).to.equal('rgb(10, 91, 181)');
    expect(parseFloat(getComputedStyle(halo!).strokeWidth)).to.be.greaterThan(parseFloat(getComputedStyle(ring!).strokeWidth));
    const select = oneEvent(el, 'region-select');
    await sendKeys({ press: 'Enter' });
    expect(((await select) as CustomEvent<RegionEventDetail>).detail.region).to.equal(focused());
    const cleared = oneEvent(el, 'region-select');
    await sendKeys({ press: 'Escape' });
    expect(((await cleared) as CustomEvent<RegionEventDetail>).detail).to.deep.equal({ region: null, value: null });
    expect(el.selected).to.equal('');
  });

  it('gives every region an accessible name with its value and rank', async () => {
    const el = await map(html`<province-map lang="da" metric="gdp"></province-map>`);
    expect(path(el, 'CN-BJ').getAttribute('aria-label')).to.equal('Beijing, 4.984,31 mia. yuan, Nr. 12 af 30 med data, Beijing-Tianjin-Hebei-området');
    expect(path(el, 'CN-HI').getAttribute('aria-label')).to.equal('Hainan, Ingen data');
    expect(path(el, 'CN-GZ').getAttribute('aria-label')).to.contain('ca. 2.270 mia. yuan');
  });
});

describe('<province-map> data and errors', () => {
  it('draws the data property, with regions it lacks as no data', async () => {
    const el = await map(html`<province-map value-label="Labs" unit="labs"></province-map>`);
    el.data = [{ region: 'Anhui', value: 3 }, { region: '北京', value: 9 }];
    await settle(el);
    expect(regionPaths(el).filter((p) => !p.classList.contains('no-data')).map((p) => p.dataset.region).sort()).to.deep.equal(['CN-AH', 'CN-BJ']);
    expect(path(el, 'CN-BJ').getAttribute('aria-label')).to.equal('Beijing, 9 labs, Rank 1 of 2 with data, Beijing-Tianjin-Hebei');
  });

  it('loads a CSV from src, drawing what it can and noting what it cannot', async () => {
    const el = await map(html`<province-map src="/stories/public/example-rd-expenditure.csv"></province-map>`);
    await waitFor(() => !el.shadowRoot!.querySelector('[role="status"]'));
    await el.updateComplete;
    expect(path(el, 'CN-BJ').classList.contains('value')).to.equal(true);
    expect(path(el, 'CN-AH').classList.contains('no-data')).to.equal(true);
    expect(text(el.shadowRoot!.querySelector('[part="data-note"] summary'))).to.equal('Rows of the data not shown in full: 1. Show details');
    expect([...el.shadowRoot!.querySelectorAll('[part="data-note"] li')].map(text)).to.deep.equal(['Line 9: There is no region “Anhiu”. Did you mean Anhui?']);
    expect(mosaicWarnings().join('\n')).to.contain('unknown region "Anhiu"; did you mean Anhui (CN-AH)?');
  });

  const errorCases: [string, ReturnType<typeof html>, string][] = [
    ['an unknown metric', html`<province-map metric="gpd"></province-map>`, 'The metric value “gpd” is not valid. Use “population”, “area”, “density”, “gdp”, “gdp-growth”, “rd-intensity”, or “rd-expenditure”.'],
    ['a bad mode', html`<province-map mode="heat"></province-map>`, 'The mode value “heat” is not valid. Use “choropleth”, “clusters”, or “highlight”.'],
    ['a scheme that does not fit the mode', html`<province-map mode="clusters" scheme="blues"></province-map>`, 'The scheme value “blues” is not valid. Use “set2” or “dark2”.'],
    ['bad classes', html`<province-map classes="12"></province-map>`, 'The classes value “12” is not valid. Use 2–9.'],
    ['bad thresholds', html`<province-map thresholds="5 3"></province-map>`, 'The thresholds value “5 3” is not valid. Use 10 20 50.'],
    ['an unknown region', html`<province-map mode="highlight" highlight="Anhiu"></province-map>`, 'There is no region “Anhiu”. Did you mean Anhui?'],
    ['an unknown cluster', html`<province-map mode="highlight" cluster="prd"></province-map>`, 'The cluster value “prd” is not valid.'],
    ['data that is missing', html`<province-map src="/no-such-file.csv"></province-map>`, 'The data from /no-such-file.csv could not be loaded (HTTP 404).'],
    ['data that is not JSON', html`<province-map src="/stories/public/example-broken.json"></province-map>`, 'could not be used: it is not valid JSON or CSV.'],
    ['geometry that fails to load', html`<province-map geometry-src="/no-such-boundaries.json"></province-map>`, 'The boundaries from /no-such-boundaries.json could not be loaded (HTTP 404).'],
    ['geometry without the regions', html`<province-map geometry-src="/stories/public/example-rd-expenditure.csv"></province-map>`, 'The boundaries from /stories/public/example-rd-expenditure.csv could not be used: it is not valid JSON or CSV.'],
  ];

  for (const [name, markup, expected] of errorCases) {
    it(`shows a message for ${name}, and recovers`, async () => {
      const el = await map(markup);
      await waitFor(() => !!problem(el));
      expect(text(problem(el))).to.contain(expected);
      expect(mosaicWarnings().length).to.be.greaterThan(0);
      // The map keeps its box while it shows the message.
      expect(el.shadowRoot!.querySelector('.problem-box')!.getBoundingClientRect().height).to.be.greaterThan(300);
      await expectAccessible(el);
      for (const attribute of ['metric', 'mode', 'scheme', 'classes', 'thresholds', 'highlight', 'cluster', 'src', 'geometry-src']) el.removeAttribute(attribute);
      await waitFor(() => !problem(el) && !el.shadowRoot!.querySelector('[role="status"]'));
      expect(regionPaths(el)).to.have.length(31);
    });
  }

  it('loads its own boundaries from geometry-src, the newest address winning', async () => {
    const el = await map(html`<province-map geometry-src="/no-such-boundaries.json"></province-map>`);
    el.geometrySrc = '/data/geo/china-detailed.topo.json';
    await waitFor(() => !el.shadowRoot!.querySelector('[role="status"]') && regionPaths(el).length === 31);
    expect(problem(el)).to.equal(null);
    expect(path(el, 'CN-AH').getAttribute('d')!.length).to.be.greaterThan(800);
    expect(text(el.shadowRoot!.querySelector('[part="source"]'))).to.contain('Boundaries: supplied by this page');
  });
  it('reads classes as a number, takes the default for an empty or removed attribute, and quotes a bad one', async () => {
    const el = await map(html`<province-map classes="4" view="tiles"></province-map>`);
    expect(el.classes).to.equal(4);
    el.setAttribute('classes', '');
    el.removeAttribute('view');
    await el.updateComplete;
    expect([el.classes, el.view]).to.deep.equal([5, 'geo']);
    el.setAttribute('classes', '3x');
    await el.updateComplete;
    expect(text(problem(el))).to.contain('The classes value “3x” is not valid. Use 2–9.');
    (el as unknown as { classes: unknown }).classes = '6';
    await el.updateComplete;
    expect([el.classes, problem(el)]).to.deep.equal([6, null]);
  });

  it('keeps one tab stop when its boundaries lack Beijing', async () => {
    const square = (x: number, y: number) => ({ type: 'Polygon', coordinates: [[[x, y], [x + 1, y], [x + 1, y + 1], [x, y + 1], [x, y]]] });
    const boundaries = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', id: 'CN-TJ', properties: {}, geometry: square(117, 39) },
        { type: 'Feature', id: 'CN-HE', properties: {}, geometry: square(115, 38) },
      ],
    };
    const url = URL.createObjectURL(new Blob([JSON.stringify(boundaries)], { type: 'application/json' }));
    const el = await map(html`<province-map geometry-src=${url}></province-map>`);
    await waitFor(() => !el.shadowRoot!.querySelector('[role="status"]') && regionPaths(el).length === 2);
    URL.revokeObjectURL(url);
    expect(regionPaths(el).filter((p) => p.tabIndex === 0).map((p) => p.dataset.region)).to.have.length(1);
    regionPaths(el).find((p) => p.tabIndex === 0)!.focus();
    await sendKeys({ press: 'Enter' });
    expect(el.selected).to.be.oneOf(['CN-TJ', 'CN-HE']);
  });

  it('reports NaN and Infinity in the data property as it does in CSV', async () => {
    const el = await map(html`<province-map></province-map>`);
    el.data = [{ region: 'Anhui', value: 3 }, { region: 'Beijing', value: NaN }, { region: 'Tianjin', value: Infinity }];
    await settle(el);
    expect(text(el.shadowRoot!.querySelector('[part="data-note"] summary'))).to.equal('Rows of the data not shown in full: 2. Show details');
    expect([...el.shadowRoot!.querySelectorAll('[part="data-note"] li')].map(text)).to.deep.equal(['Item 2: “NaN” in “value” is not a number', 'Item 3: “Infinity” in “value” is not a number']);
    const warning = mosaicWarnings().join('\n');
    expect(warning).to.contain('Line 2: "NaN" for Beijing is not a number.');
    expect(warning).to.contain('Line 3: "Infinity" for Tianjin is not a number.');
  });
});

describe('<province-map> accessibility', () => {
  const configurations = {
    choropleth: html`<province-map></province-map>`,
    partial: html`<province-map metric="gdp" legend="right" labels="codes"></province-map>`,
    clusters: html`<province-map mode="clusters" lang="zh"></province-map>`,
    highlight: html`<province-map mode="highlight" cluster="yrd" selected="CN-AH" lang="da"></province-map>`,
    tiles: html`<province-map view="tiles"></province-map>`,
    dark: html`<province-map theme="dark" metric="density"></province-map>`,
  };
  for (const [name, markup] of Object.entries(configurations)) {
    it(`passes axe-core: ${name}`, async () => {
      const el = await map(markup);
      await expectAccessible(el);
    });
  }
});


describe('<province-map> in any column', () => {
  it('puts a right legend beside the map where both fit and under it, title first, where they do not; nothing outside the box from 280 to 1,200 px', async () => {
    for (const width of [280, 360, 600, 640, 800, 1200]) {
      const el = await place<ProvinceMap>(html`<province-map metric="population" legend="right" lang="da"></province-map>`, width);
      const box = el.getBoundingClientRect();
      const legend = el.shadowRoot!.querySelector('[part="legend"]')!;
      const items = [...legend.querySelectorAll('li')].map((li) => li.getBoundingClientRect());
      for (const item of items) {
        expect(item.left >= box.left - 0.5 && item.right <= box.right + 0.5, `${width} px: a legend item reaches outside the widget`).to.equal(true);
      }
      const map = el.shadowRoot!.querySelector('svg')!.getBoundingClientRect();
      const beside = items[1]!.left >= map.right;
      expect(beside, `${width} px`).to.equal(width >= 640);
      // The title above the first swatch, beside the map or under it.
      expect(items[0]!.bottom <= items[1]!.top + 0.5, `${width} px: the title is not above the swatches`).to.equal(true);
    }
  });
});

describe('<province-map> tooltips that fit', () => {
  const boxOf = (element: Element) => element.getBoundingClientRect();
  const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

  it('opens beside the region on a wide map, at a readable width, inside the widget', async () => {
    for (const [view, id, side] of [
      ['geo', 'CN-SH', 'left'],
      ['geo', 'CN-XJ', 'right'],
      ['geo', 'CN-BJ', 'left'],
      ['tiles', 'CN-AH', 'left'],
      ['tiles', 'CN-QH', 'right'],
    ] as const) {
      const el = await place<ProvinceMap>(html`<province-map view=${view} metric="population"></province-map>`, 640);
      await sendMouse({ type: 'move', position: pointInside(path(el, id)) });
      await waitFor(() => !!tooltip(el), 'the tooltip');
      const box = boxOf(tooltip(el)!);
      const region = boxOf(path(el, id));
      const widget = boxOf(el);
      expect(side === 'left' ? box.right <= region.left + 1 : box.left >= region.right - 1, `${id}: beside, on the ${side}`).to.equal(true);
      expect(overlap(box, region), `${id}: over its region`).to.equal(false);
      expect(box.width, `${id}: ${box.width} px wide`).to.be.at.least(170);
      expect(box.left >= widget.left && box.right <= widget.right, `${id}: inside the widget`).to.equal(true);
    }
  });

  it('is a panel under the drawing when tapped on a phone, with a close button of 32 px', async () => {
    for (const width of [320, 390]) {
      const el = await place<ProvinceMap>(html`<province-map metric="population"></province-map>`, width);
      for (const [id, name] of [['CN-BJ', 'Beijing'], ['CN-ZJ', 'Zhejiang'], ['CN-HI', 'Hainan']]) {
        const target = path(el, id);
        target.dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'touch', bubbles: true }));
        target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
        await el.updateComplete;
        const box = boxOf(tooltip(el)!);
        const stage = boxOf(el.shadowRoot!.querySelector('[part="map"]')!);
        expect(box.top >= stage.bottom - 1, `${width} px, ${id}: under the map`).to.equal(true);
        expect(box.left >= boxOf(el).left && box.right <= boxOf(el).right, `${width} px, ${id}: inside the widget`).to.equal(true);
        expect(text(tooltip(el))).to.contain(name);
        const close = boxOf(tooltip(el)!.querySelector('button')!);
        expect(close.width >= 32 && close.height >= 32, `close button ${close.width} × ${close.height}`).to.equal(true);
      }
    }
    // The keyboard's tooltip floats inside the widget, so that moving between regions does not move the page.
    const el = await place<ProvinceMap>(html`<province-map></province-map>`, 360);
    path(el, 'CN-SC').focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(tooltip(el)!.classList.contains('panel')).to.equal(false);
    const box = boxOf(tooltip(el)!);
    expect(box.left >= boxOf(el).left && box.right <= boxOf(el).right, 'inside the widget').to.equal(true);
  });
});

describe('<province-map> tiles', () => {
  const labels = (el: Element) => [...el.shadowRoot!.querySelectorAll('text.label')].map((t) => t.textContent!.trim());

  it('names the tiles where the names fit, gives codes on a phone, and Chinese names in Chinese at any width', async () => {
    // At 800 px the tiles are drawn 560 px wide (--im-map-max-height, 720 px): names, at 13 px.
    const wide = await place<ProvinceMap>(html`<province-map view="tiles"></province-map>`, 800);
    expect(labels(wide)).to.include.members(['Guangdong', 'Heilong-jiang']);
    const anhui = wide.shadowRoot!.querySelector<SVGTextElement>('text[data-region="CN-AH"]')!;
    // Its size in drawing units times the drawing's scale: the pixels a reader sees.
    const scale = wide.shadowRoot!.querySelector('svg')!.getBoundingClientRect().width / 800;
    expect(Number(anhui.getAttribute('font-size')) * scale).to.be.closeTo(13, 0.3);
    expect(wide.shadowRoot!.querySelector('text[data-region="CN-NM"]')!.querySelectorAll('tspan')).to.have.length(2);
    const phone = await place<ProvinceMap>(html`<province-map view="tiles"></province-map>`, 360);
    expect(labels(phone)).to.include('HL');
    const zh = await place<ProvinceMap>(html`<province-map view="tiles" lang="zh"></province-map>`, 328);
    expect(labels(zh)).to.include.members(['黑龙江', '内蒙古', '北京']);
    expect(labels(zh).some((l) => /[A-Z]/.test(l))).to.equal(false);
  });

  it('outlines every tile in the border colour, so that the lightest class shows on a white page', async () => {
    const el = await place<ProvinceMap>(html`<province-map view="tiles" metric="population"></province-map>`, 640);
    expect(getComputedStyle(path(el, 'CN-XZ')).fill).to.equal('rgb(239, 243, 255)');
    expect(getComputedStyle(path(el, 'CN-XZ')).stroke).to.equal('rgb(118, 125, 134)');
  });

  it('keeps a map no taller than --im-map-max-height, narrower and centred instead', async () => {
    const host = await fixture<HTMLElement>(html`<div style="width: 1000px; --im-map-max-height: 400px"><province-map view="tiles"></province-map></div>`);
    const el = host.querySelector<ProvinceMap>('province-map')!;
    el.scrollIntoView();
    await settle(el);
    const stage = el.shadowRoot!.querySelector('[part="map"]')!.getBoundingClientRect();
    expect(Math.round(stage.height)).to.equal(400);
    // Tiles are 7 wide by 9 high.
    expect(Math.round(stage.width)).to.equal(Math.round((400 * 7) / 9));
    const box = el.getBoundingClientRect();
    expect(Math.abs(stage.left - box.left - (box.right - stage.right))).to.be.lessThan(1);
  });
});

describe('<province-map> region names in other scripts and spellings', () => {
  const highlighted = (el: Element) => regionPaths(el).filter((p) => p.classList.contains('highlight')).map((p) => p.dataset.region).sort();

  it('refuses Hong Kong, Macao and Taiwan in highlight and selected as context, in en, zh and da, and recovers', async () => {
    const en = await map(html`<province-map mode="highlight" highlight="Anhui Hong Kong SAR"></province-map>`);
    expect(await problemText(en)).to.equal('This graphic can’t be shown Hong Kong is not one of the 31 mainland regions; it is drawn as context, without data.');
    expect(mosaicWarnings().join('\n')).to.contain('highlight="Hong Kong SAR" is Hong Kong (CN-HK), which is drawn as context');
    const zh = await map(html`<province-map mode="highlight" highlight="Anhui" selected="澳門" lang="zh"></province-map>`);
    expect(await problemText(zh)).to.equal('无法显示此图表 澳门不属于内地31个省级行政区，仅作为背景绘制，不含数据。');
    const da = await map(html`<province-map selected="Taiwan, Province of China" lang="da"></province-map>`);
    expect(await problemText(da)).to.equal('Grafikken kan ikke vises Taiwan er ikke en af de 31 regioner på fastlandet; den vises kun som kontekst, uden data.');
    en.highlight = 'Anhui 廣東';
    await waitFor(() => !problem(en) && regionPaths(en).length === 31);
    expect(highlighted(en)).to.deep.equal(['CN-AH', 'CN-GD']);
  });

  it('highlights and selects regions named in traditional characters or pinyin with tone marks', async () => {
    const el = await map(html`<province-map mode="highlight" highlight="廣東 Shǎnxī 新疆維吾爾自治區" selected="Shǎnxī"></province-map>`);
    await waitFor(() => regionPaths(el).length === 31);
    expect(problem(el)).to.equal(null);
    expect(highlighted(el)).to.deep.equal(['CN-GD', 'CN-SN', 'CN-XJ']);
    expect(path(el, 'CN-SN').getAttribute('aria-selected')).to.equal('true');
    expect(path(el, 'CN-SX').getAttribute('aria-selected')).to.equal('false');
  });
});

/** WCAG 2 contrast of two computed `rgb()` colours. */
function contrastOf(a: string, b: string): number {
  const rgb = (color: string) => color.match(/[\d.]+/g)!.slice(0, 3).map(Number);
  const [high, low] = [luminance(rgb(a)), luminance(rgb(b))].sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
}
