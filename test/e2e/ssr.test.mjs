// The server-rendered article of examples/ssr/ (innovation-mosaic/server): with JavaScript off,
// the reader gets the map, card and chart with legend and sources from the HTML alone; with it
// on, the script-tag file arrives late and each widget takes over from the server's drawing
// with no layout shift, no frame without the graphic, and nothing left twice. Without
// JavaScript no button is reachable (the data-table toggle is a native disclosure, the
// downloads row is held unseen) and every source can be read. In Chromium
// (playwright-core) and Firefox ESR (puppeteer-core over WebDriver BiDi). Needs `npm run build`.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome, findFirefox, FIREFOX_HINT } from '../../scripts/find-browser.mjs';
import { startServer } from '../../scripts/static-server.mjs';
import { articlePage, SCRIPT_PATH } from '../../examples/ssr/server.mjs';
import { closeFirefox, launchFirefox } from './firefox.mjs';

const PAGE = '/examples/ssr/';
/** How long the script-tag file is held back, so that frames are painted from the server's HTML alone. */
const SCRIPT_DELAY_MS = 600;

let server;
let base;
let delayScript = false;

before(async () => {
  ({ server, base } = await startServer(async (path, response) => {
    if (path === PAGE) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(await articlePage());
      return true;
    }
    if (path === SCRIPT_PATH && delayScript) await new Promise((resolve) => setTimeout(resolve, SCRIPT_DELAY_MS));
    return false; // the repository's dist/innovation-mosaic.min.js
  }));
});
after(() => server?.close());

/** What the reader of the page sees, by hand from the bundled data (GDP 2024; Anhui; R&D intensity 2023). */
const SEEN = {
  regions: 31,
  // The largest economy in the darkest bin, the smallest in the lightest; Hainan (no figure) hatched.
  fills: ['CN-GD rgb(8, 81, 156)', 'CN-XZ rgb(239, 243, 255)', 'CN-LN rgb(107, 174, 214)', 'CN-HI url("#no-data")'],
  legend: ['GDP (trillion yuan)', '0.28 – 1.77', '1.77 – 3.04', '3.04 – 4.85', '4.85 – 6.07', '6.07 – 14.16', 'No data', 'Hong Kong, Macao, Taiwan: not in the data'],
  sources: [
    /^Sources: Beijing Municipal Bureau of Statistics \(2025\), via a repost on m\.bsbk\.net; .* · Boundaries: Natural Earth \(public domain\)$/,
    /^\[1\] National Bureau of Statistics & State Council Leading Group Office for the 7th National Population Census, .*\[3\] CGTN, China's cross-regional landscape of new quality productive forces \(Danish translation\), 2026/,
    /^Source: National Bureau of Statistics, Ministry of Science and Technology & Ministry of Finance \(2024\), via the text as carried by The Paper \(thepaper\.cn\) and two other sites$/,
  ],
  cardName: 'Anhui, 安徽',
  cardFigures: ['Population, 2020: 61,027,171 people', 'Area, reference year not given: 139,400 km²', 'Population density, 2020: 437.8 people per km²'],
  bars: ['Shanghai 4.34%', 'Jiangsu 3.29%', 'Zhejiang 3.20%', 'Anhui 2.69%'],
};

// Page-side functions, without arguments, so that both engines run them as they are.

/** What a reader sees of the three widgets, read from their shadow roots. */
function readerView() {
  const [map, card, chart] = ['province-map', 'region-card', 'metric-compare'].map((tag) => document.querySelector(tag));
  const text = (el) => el.textContent.replace(/\s+/g, ' ').trim();
  const shown = (el) => el.checkVisibility() && el.getBoundingClientRect().height > 0;
  const regions = [...map.shadowRoot.querySelectorAll('path.region')];
  const visibleText = (el) => (el && shown(el) ? text(el) : null);
  // A figure without its screen-reader suffix and source number: the element's own text.
  const ownText = (el) => [...el.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent).join('').trim();
  return {
    scriptRan: customElements.get('province-map') !== undefined,
    regions: regions.filter((path) => shown(path) && path.getBBox().width > 0).length,
    fills: ['CN-GD', 'CN-XZ', 'CN-LN', 'CN-HI'].map((id) => `${id} ${getComputedStyle(map.shadowRoot.querySelector(`path.region[data-region="${id}"]`)).fill}`),
    unfilled: regions.filter((path) => ['', 'none'].includes(getComputedStyle(path).fill)).map((path) => path.dataset.region),
    legend: [...map.shadowRoot.querySelectorAll('ul.legend li')].filter(shown).map(text),
    sources: [map.shadowRoot.querySelector('p.source'), card.shadowRoot.querySelector('ol.sources'), chart.shadowRoot.querySelector('p.source')].map(visibleText),
    cardName: visibleText(card.shadowRoot.querySelector('[part="name"]')),
    cardFigures: [...card.shadowRoot.querySelectorAll('[part="figures"] .row')].filter((row) => shown(row.querySelector('dd'))).map((row) => `${text(row.querySelector('dt'))}: ${ownText(row.querySelector('dd'))}`),
    bars: [...chart.shadowRoot.querySelectorAll('.row[role="option"]')]
      .filter((row) => shown(row.querySelector('.bar')) && row.querySelector('.bar').getBoundingClientRect().width > 10)
      .map((row) => `${text(row.querySelector('.name'))} ${ownText(row.querySelector('.value'))}`),
  };
}

/** The widgets' buttons a reader can reach (shown, not inert, in the tab order), by their widget and text. */
function reachableButtons() {
  return [...document.querySelectorAll('province-map, region-card, metric-compare')].flatMap((el) =>
    [...el.shadowRoot.querySelectorAll('button')]
      .filter((button) => button.checkVisibility({ visibilityProperty: true }) && !button.closest('[inert]') && button.tabIndex >= 0)
      .map((button) => `${el.localName}: ${button.textContent.trim()}`),
  );
}

/** What has the keyboard focus: the widget and the element inside it (`metric-compare summary`), else the page's element. */
function focusedElement() {
  let element = document.activeElement;
  const host = element?.shadowRoot ? element.localName : '';
  while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
  return host ? `${host} ${element.localName}` : element?.localName ?? 'none';
}

/**
 * The sources named by the map's and the chart's source line in full (the print line, where a
 * long one leaves the rest to the data table on screen) that a sighted reader cannot read: in
 * neither the source line on screen nor a data table shown.
 */
function unreadableSources() {
  const seen = (element) => {
    if (!element.checkVisibility({ visibilityProperty: true })) return false;
    for (let box = element; box; box = box.parentElement) {
      if (getComputedStyle(box).clipPath !== 'none' || box.getBoundingClientRect().width <= 1) return false;
    }
    return true;
  };
  return ['province-map', 'metric-compare'].flatMap((tag) => {
    const root = document.querySelector(tag).shadowRoot;
    const full = (root.querySelector('p.source.print') ?? root.querySelector('p.source')).textContent.replace(/\s+/g, ' ').trim();
    const names = full.replace(/^Sources?: /, '').split(' · ')[0].split('; ');
    const read = [...root.querySelectorAll('p.source, td')].filter(seen).map((el) => el.textContent.replace(/\s+/g, ' ')).join('\n');
    return names.filter((name) => !read.includes(name)).map((name) => `${tag}: ${name}`);
  });
}

/** What Tab reaches in the widgets (links, regions, disclosures), each kind once, in order, until it leaves the page. */
async function tabStops(page) {
  const stops = new Set();
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(focusedElement);
    if (stop === 'body' || stop === 'none') break;
    stops.add(stop);
  }
  return [...stops];
}

/** The pointer's click on the middle of the widget's first element matching `selector` (puppeteer's locators need the page's script). */
async function clickIn(page, tag, selector) {
  const { x, y } = await page.evaluate(`(() => { const box = document.querySelector('${tag}').shadowRoot.querySelector('${selector}').getBoundingClientRect(); return { x: box.x + box.width / 2, y: box.y + box.height / 2 }; })()`);
  await page.mouse.click(x, y);
}

/**
 * Installed before the page's scripts: at every frame from the one in which the whole article
 * is parsed (its last paragraph, after the last widget), what is drawn and where each block of
 * the article sits; the layout shifts the engine reports (Chromium); `region-select` events.
 */
function watchTakeover() {
  window.__frames = [];
  window.__shifts = [];
  window.__selected = [];
  document.addEventListener('region-select', (event) => window.__selected.push(event.detail.region));
  if (PerformanceObserver.supportedEntryTypes.includes('layout-shift')) {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__shifts.push({ value: entry.value, nodes: entry.sources.map((s) => s.node?.nodeName ?? '?'), ...(entry.hadRecentInput ? { afterInput: true } : {}) });
    }).observe({ type: 'layout-shift', buffered: true });
  }
  window.__articleBoxes = () =>
    [...document.querySelectorAll('article > *')]
      .map((el) => {
        const box = el.getBoundingClientRect();
        return `${el.localName} ${Math.round(box.top + scrollY)}+${Math.round(box.height)}`;
      })
      .join(', ');
  const tags = ['province-map', 'region-card', 'metric-compare'];
  const sample = () => {
    if (window.__stopSampling) return;
    requestAnimationFrame(sample);
    if (!document.querySelector('article > p:last-child')?.previousElementSibling?.matches('metric-compare')) return;
    const [map, card, chart] = tags.map((tag) => document.querySelector(tag));
    window.__frames.push({
      defined: customElements.get('province-map') !== undefined,
      updated: [map, card, chart].every((el) => el.hasUpdated === true),
      drawn: [
        map.shadowRoot.querySelectorAll('path.region').length,
        card.shadowRoot.querySelectorAll('[part="figures"] dd').length,
        chart.shadowRoot.querySelectorAll('.row[role="option"]').length,
      ].join(' '),
      frames: [map, card, chart].map((el) => el.shadowRoot.querySelectorAll('.frame').length).join(' '),
      boxes: window.__articleBoxes(),
    });
  };
  requestAnimationFrame(sample);
}

/**
 * Waits until every widget has updated and settled (its resize re-render too), for 10 s at most.
 * @returns the widgets that never completed an update (one whose render threw, say)
 */
async function settle() {
  const widgets = [...document.querySelectorAll('province-map, region-card, metric-compare')];
  const frame = () => new Promise((resolve) => { requestAnimationFrame(() => setTimeout(resolve)); setTimeout(resolve, 250); });
  for (const deadline = Date.now() + 10_000; !widgets.every((el) => el.hasUpdated === true) && Date.now() < deadline; ) await frame();
  for (let i = 0; i < 3; i++) {
    await Promise.race([Promise.all(widgets.map((el) => el.updateComplete)), frame()]);
    await frame();
  }
  window.__stopSampling = true;
  return widgets.filter((el) => el.hasUpdated !== true).map((el) => el.localName);
}

/** After the takeover: each root holds the client's own render, once, and none of the server's nodes. */
function takenOver() {
  return [...document.querySelectorAll('province-map, region-card, metric-compare')].map((el) => {
    const serverFrame = window.__serverFrames.get(el);
    const gone = serverFrame ? !el.shadowRoot.contains(serverFrame) : 'never seen';
    return `${el.localName}: ${el.shadowRoot.querySelectorAll('.frame').length} frame, ${el.shadowRoot.querySelectorAll('style').length} style elements, server's frame gone: ${gone}`;
  });
}
const TAKEN_OVER = ['province-map', 'region-card', 'metric-compare'].map((tag) => `${tag}: 1 frame, 0 style elements, server's frame gone: true`);

/** Installed before the page's scripts: each widget's `.frame` as the server drew it, to tell it from the client's. */
function rememberServerFrames() {
  window.__serverFrames = new Map();
  new MutationObserver(() => {
    for (const el of document.querySelectorAll('province-map, region-card, metric-compare')) {
      if (!window.__serverFrames.has(el) && customElements.get(el.localName) === undefined && el.shadowRoot?.querySelector('.frame')) {
        window.__serverFrames.set(el, el.shadowRoot.querySelector('.frame'));
      }
    }
  }).observe(document, { childList: true, subtree: true });
}

/** The frames sampled during the takeover, checked: the graphic in every one, and nothing moved. */
function assertNoFrameWithoutGraphic(frames, finalBoxes) {
  const before = frames.filter((f) => !f.defined);
  const after = frames.filter((f) => f.updated);
  assert.ok(before.length >= 3, `frames painted from the server's HTML before the script ran: ${before.length}`);
  assert.ok(after.length >= 1, `frames painted after the takeover: ${after.length}`);
  assert.deepEqual([...new Set(frames.map((f) => f.drawn))], ['31 3 4'], 'regions, card figures, bars in every frame');
  assert.deepEqual([...new Set(frames.map((f) => f.frames))], ['1 1 1'], 'one frame per widget in every frame');
  assert.deepEqual([...new Set(frames.map((f) => f.boxes))], [finalBoxes], 'every block of the article in the same place in every frame');
}

function assertReaderView(view, { scriptRan }) {
  assert.equal(view.scriptRan, scriptRan);
  assert.equal(view.regions, SEEN.regions, 'regions drawn');
  assert.deepEqual(view.unfilled, [], 'regions without a fill');
  assert.deepEqual(view.fills, SEEN.fills);
  assert.deepEqual(view.legend, SEEN.legend);
  assert.equal(view.sources.length, 3);
  view.sources.forEach((source, i) => assert.match(source ?? '(not shown)', SEEN.sources[i]));
  assert.equal(view.cardName, SEEN.cardName);
  assert.deepEqual(view.cardFigures, SEEN.cardFigures);
  assert.deepEqual(view.bars, SEEN.bars);
}

/** Console errors, page errors and the widgets' own warnings (an error while rendering is one). */
function recordProblems(page) {
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (/favicon/.test(message.location()?.url ?? '')) return;
    const type = message.type();
    if (type === 'error' || ((type === 'warn' || type === 'warning') && message.text().startsWith('innovation-mosaic'))) problems.push(`console ${type}: ${message.text()}`);
  });
  return problems;
}

/**
 * Opens the article with the script held back 600 ms (`addInitScript`: the engine's way to run
 * a script before the page's), then checks the takeover: every widget updated with nothing said
 * in the console, no layout shift (where the engine reports them), no frame without the
 * graphic, the server's drawing replaced and nothing doubled, and what the reader sees.
 * Resolves with the page's problems, which the test's later steps add to.
 */
async function loadAndTakeOver(page, addInitScript, { layoutShifts }) {
  const problems = recordProblems(page);
  await addInitScript(watchTakeover);
  await addInitScript(rememberServerFrames);
  delayScript = true;
  try {
    await page.goto(base + PAGE, { timeout: 20_000 });
  } finally {
    delayScript = false;
  }
  // First what went wrong, if anything: a widget that never updated, and what the console said.
  assert.deepEqual({ notUpdated: await page.evaluate(settle), problems }, { notUpdated: [], problems: [] });
  if (layoutShifts) assert.deepEqual(await page.evaluate(() => window.__shifts), [], 'layout shifts from navigation to the settled takeover');
  assertNoFrameWithoutGraphic(await page.evaluate(() => window.__frames), await page.evaluate(() => window.__articleBoxes()));
  assert.deepEqual(await page.evaluate(takenOver), TAKEN_OVER);
  assertReaderView(await page.evaluate(readerView), { scriptRan: true });
  return problems;
}

describe('in Chromium', () => {
  let browser;
  before(async () => {
    browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
  });
  after(() => browser?.close());

  test('with JavaScript off: the map with 31 filled regions and its legend, the card, the chart, and every sources line', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 800, height: 900 } });
    const page = await context.newPage();
    await page.goto(base + PAGE);
    assertReaderView(await page.evaluate(readerView), { scriptRan: false });
    await context.close();
  });

  test('with JavaScript off: no button to reach, the data tables open from their disclosures, and every source can be read', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 800, height: 900 } });
    const page = await context.newPage();
    await page.goto(base + PAGE);
    assert.deepEqual(await page.evaluate(reachableButtons), [], 'buttons a reader can reach, which would do nothing without script');
    // The map's and the chart's one tab stop (a region, a bar), the card's source links, the tables' disclosures; no button.
    assert.deepEqual(await tabStops(page), ['province-map path', 'province-map summary', 'region-card a', 'metric-compare div', 'metric-compare summary']);
    // The map's line names three sources and leaves nine to its table, closed as the page loads.
    assert.equal((await page.evaluate(unreadableSources)).length, 9, 'sources left to the map\'s closed table');
    await page.locator('province-map summary').click();
    await page.locator('metric-compare summary').press('Enter');
    assert.deepEqual(await page.evaluate(unreadableSources), [], 'sources no sighted reader can read');
    const toggles = await page.evaluate(() =>
      ['province-map', 'metric-compare'].map((tag) => {
        const root = document.querySelector(tag).shadowRoot;
        return `${root.querySelector('summary').innerText.trim()}, table ${Math.round(root.querySelector('table').getBoundingClientRect().height) > 100 ? 'shown' : 'hidden'}`;
      }),
    );
    assert.deepEqual(toggles, ['Hide data table, table shown', 'Hide data table, table shown']);
    assertReaderView(await page.evaluate(readerView), { scriptRan: false });
    await context.close();
  });

  test('at 360 px with JavaScript off: the drawing still fits the column, nothing clipped', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(base + PAGE);
    const overflow = await page.evaluate(() =>
      [...document.querySelectorAll('province-map, region-card, metric-compare')].map((el) => `${el.localName} ${el.scrollWidth > el.clientWidth || el.getBoundingClientRect().right > innerWidth}`),
    );
    assert.deepEqual(overflow, ['province-map false', 'region-card false', 'metric-compare false']);
    assertReaderView(await page.evaluate(readerView), { scriptRan: false });
    await context.close();
  });

  for (const width of [360, 800]) {
    test(`at ${width} px with JavaScript on: the widgets take over with no layout shift, no frame without the graphic, nothing doubled, and work`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      const problems = await loadAndTakeOver(page, (script) => page.addInitScript(script), { layoutShifts: true });
      // The script's controls in place of the server's disclosure and unseen row.
      assert.deepEqual(await page.evaluate(reachableButtons), [
        'province-map: Show data table',
        'province-map: Download',
        'region-card: Download',
        'metric-compare: Show data table',
        'metric-compare: Download',
      ]);

      // One tab stop into the map, arrow keys inside it, Enter selects.
      await page.keyboard.press('Tab');
      const focused = () => page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.dataset.region ?? document.activeElement?.localName);
      const first = await focused();
      assert.match(first, /^CN-[A-Z]{2}$/, 'Tab focuses a region of the map');
      await page.keyboard.press('ArrowDown');
      const second = await focused();
      assert.notEqual(second, first, 'an arrow key moves to another region');
      await page.keyboard.press('Enter');
      await page.locator('metric-compare .row[data-region="CN-AH"]').click();
      assert.deepEqual(await page.evaluate(() => window.__selected), [second, 'CN-AH']);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});

describe('in Chromium, a table opened before the script', () => {
  test('stays open when the widget takes over, and nothing moves but what the reader opened', async () => {
    const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
    try {
      const page = await browser.newPage({ viewport: { width: 800, height: 900 } });
      const problems = recordProblems(page);
      await page.addInitScript(watchTakeover);
      delayScript = true;
      try {
        const loading = page.goto(base + PAGE, { timeout: 20_000 });
        await page.locator('province-map summary').click();
        assert.equal(await page.evaluate(() => customElements.get('province-map')), undefined, 'opened before the script ran');
        await loading;
      } finally {
        delayScript = false;
      }
      assert.deepEqual({ notUpdated: await page.evaluate(settle), problems }, { notUpdated: [], problems: [] });
      assert.deepEqual((await page.evaluate(() => window.__shifts)).filter((shift) => !shift.afterInput), [], 'layout shifts but the one the reader caused');
      const toggle = await page.evaluate(() => {
        const root = document.querySelector('province-map').shadowRoot;
        return `${root.querySelector('[part="table-toggle"]').localName}: ${root.querySelector('[part="table-toggle"]').textContent.trim()}, table ${root.querySelector('table').getBoundingClientRect().height > 100 ? 'shown' : 'hidden'}`;
      });
      assert.equal(toggle, 'button: Hide data table, table shown');
    } finally {
      await browser.close();
    }
  });
});

const firefoxPath = findFirefox();

describe('in Firefox ESR', { skip: firefoxPath ? false : FIREFOX_HINT }, () => {
  test('with JavaScript off (javascript.enabled false): the map, legend, card, chart and sources from the HTML alone', async () => {
    const browser = await launchFirefox(firefoxPath, { 'javascript.enabled': false });
    try {
      const page = await browser.newPage();
      await page.setViewport({ width: 800, height: 900 });
      await page.goto(base + PAGE, { timeout: 20_000 });
      assertReaderView(await page.evaluate(readerView), { scriptRan: false });
      assert.deepEqual(await page.evaluate(reachableButtons), [], 'buttons a reader can reach, which would do nothing without script');
      for (const tag of ['province-map', 'metric-compare']) {
        await page.evaluate(`document.querySelector('${tag}').scrollIntoView()`);
        await clickIn(page, tag, 'summary');
      }
      assert.deepEqual(await page.evaluate(unreadableSources), [], 'sources no sighted reader can read');
    } finally {
      await closeFirefox(browser);
    }
  });

  test('with JavaScript on: the widgets take over with no frame without the graphic, nothing moved or doubled, and work', async () => {
    const browser = await launchFirefox(firefoxPath);
    try {
      const page = await browser.newPage();
      await page.setViewport({ width: 800, height: 900 });
      // Firefox reports no layout-shift entries: the frames' boxes are the check here.
      const problems = await loadAndTakeOver(page, (script) => page.evaluateOnNewDocument(script), { layoutShifts: false });
      await page.locator('province-map >>> path.region[data-region="CN-AH"]').click();
      await page.waitForFunction(() => window.__selected.includes('CN-AH'), { timeout: 10_000 });
      assert.deepEqual(problems, []);
    } finally {
      await closeFirefox(browser);
    }
  });
});
