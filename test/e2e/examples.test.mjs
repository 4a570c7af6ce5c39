// The host pages in examples/ and the three framework apps, as a newsroom or an app developer
// gets them when they copy one: in Chromium (playwright-core) with every check, and in Firefox
// ESR (puppeteer-core over WebDriver BiDi) as a second engine. Needs the package and the apps
// built (npm run test:e2e builds them first).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome, findFirefox, FIREFOX_HINT } from '../../scripts/find-browser.mjs';
import { startServer } from '../../scripts/static-server.mjs';
import { closeFirefox, launchFirefox } from './firefox.mjs';
import { catchSavedFiles } from './saved-files.mjs';

const APPS = ['react', 'vue', 'svelte'];

/** What each host page shows once drawn (regions, bars, or figures per widget), in every engine. */
const PAGES = {
  '/examples/article.html': ['province-map: 31', 'metric-compare: 4', 'region-card: 3'],
  '/examples/strict-csp.html': ['province-map: 31', 'metric-compare: 4', 'metric-compare: 4', 'region-card: 3'],
  '/examples/two-copies.html': ['province-map: 31', 'metric-compare: 4', 'region-card: 3'],
  '/examples/import-map.html': ['province-map: 31', 'metric-compare: 17'],
};
const APP_DRAWN = ['province-map: 31', 'region-card: 3', 'metric-compare: 4'];

let server;
let base;
/** While set, the script-tag file is held back until it resolves: a slow CDN. */
let holdScript = null;

before(async () => {
  ({ server, base } = await startServer(async (path) => {
    if (path === '/dist/innovation-mosaic.min.js' && holdScript) await holdScript;
    return false;
  }));
});
after(() => server?.close());

// Page-side helpers, written without arguments so both engines can run them as they are.

/** Installed before any page script: policy violations and `region-select` events, recorded. */
function listen() {
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  window.__selected = [];
  document.addEventListener('region-select', (e) => window.__selected.push(e.detail.region));
}

/** Brings each widget into view once (far ones draw when near), then back to the top. */
async function bringNear() {
  for (const el of document.querySelectorAll('province-map, region-card, metric-compare')) {
    el.scrollIntoView();
    // A frame, or a quarter second where frames are not being drawn.
    await new Promise((resolve) => {
      requestAnimationFrame(() => setTimeout(resolve));
      setTimeout(resolve, 250);
    });
  }
  window.scrollTo(0, 0);
}

const allDrawn = () =>
  [...document.querySelectorAll('province-map, region-card, metric-compare')].every((el) =>
    el.shadowRoot?.querySelector('figure .region, figure .row, article [part="figures"]'),
  );

/** What each widget drew: regions, bars (the comparison's option rows), figures. */
const drawnCounts = () =>
  [...document.querySelectorAll('province-map, region-card, metric-compare')].map(
    (el) => `${el.localName}: ${el.shadowRoot.querySelectorAll('path.region, .row[role="option"], dd').length}`,
  );

const langs = () => [...document.querySelectorAll('province-map, region-card, metric-compare')].map((el) => el.getAttribute('lang'));
const chosen = () => document.querySelector('.chosen').textContent;
const cardText = () => document.querySelector('region-card').shadowRoot.textContent.replace(/\s+/g, ' ');

/** Scrolls `<mosaic-step>` number `index` to the middle of the screen (-1: back to the top). */
function scrollToStep(index) {
  if (index < 0) return window.scrollTo(0, 0);
  document.querySelectorAll('mosaic-step')[index].scrollIntoView({ block: 'center' });
}

/** What the story's graphic, linked card and chart show: mode, selected, headline, the card's name, the chart's selected bar. */
const storyState = () => {
  const map = document.querySelector('mosaic-steps > province-map');
  return [
    map.getAttribute('mode'),
    map.getAttribute('highlight') ?? map.getAttribute('cluster') ?? '',
    map.selected,
    map.shadowRoot.querySelector('[part~="headline"]')?.textContent.trim(),
    document.querySelector('region-card').shadowRoot.querySelector('[part="name"]').textContent.replace(/\s+/g, ' ').trim(),
    document.querySelector('metric-compare').selected,
  ].join(' | ');
};

/**
 * strict-csp.html in either engine: the map's menu saves its PNG (the page allows blob: images),
 * SVG and CSV, caught at the link's click and read back in the page; a PNG is a PNG at twice the
 * map's width. `inside(host, selector)` as for walkStory.
 */
async function downloadAll(page, problems, inside) {
  await page.evaluate(catchSavedFiles);
  for (const format of ['png', 'svg', 'csv']) {
    await page.locator(inside('province-map', '.downloads-button')).click();
    await page.locator(inside('province-map', `[data-format="${format}"]`)).click();
  }
  let saved = [];
  for (const deadline = Date.now() + 10_000; (saved = await page.evaluate(() => window.__saved)).length < 3 && Date.now() < deadline; ) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.deepEqual(saved.map((f) => f.name).sort(), ['province-map-clusters-en.csv', 'province-map-clusters-en.png', 'province-map-clusters-en.svg']);
  const png = saved.find((f) => f.name.endsWith('.png')).bytes;
  const width = await page.evaluate(() => Math.round(document.querySelector('province-map').getBoundingClientRect().width));
  assert.deepEqual(png.slice(1, 4), [0x50, 0x4e, 0x47], 'PNG signature');
  assert.equal(new DataView(Uint8Array.from(png).buffer).getUint32(16), 2 * width, 'twice the map\'s width');
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(problems, []);
}

/**
 * story.html in either engine: steps drive the map forwards and backwards, the card and chart
 * follow it through their group, a click on a bar selects in all, the notes show, and
 * the strict policy holds. `inside(host, selector)` names an element in a widget's shadow root for `page.locator`.
 */
async function walkStory(page, problems, inside) {
  assert.deepEqual(await page.evaluate(drawnCounts), ['province-map: 31', 'region-card: 3', 'metric-compare: 10', 'province-map: 31']);
  // Polled from here, the same way in both engines: the state the step and the group lead to.
  const settled = async (expected, what) => {
    let state;
    for (const deadline = Date.now() + 10_000; (state = await page.evaluate(storyState)) !== expected && Date.now() < deadline; ) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.equal(state, expected, what);
  };
  const reach = async (index, expected) => {
    await page.evaluate(scrollToStep, index);
    await settled(expected, `step ${index}`);
  };
  // (Bringing each widget near once has passed the steps already: from step 1 on, states are exact.)
  await reach(1, 'highlight | yrd | CN-AH | The Yangtze River Delta | Anhui, 安徽 | CN-AH');
  await reach(2, 'highlight | CN-NM CN-GZ CN-NX CN-QH | CN-NM | Data flows west | Inner Mongolia, 内蒙古 | CN-NM');
  await reach(3, 'highlight | gba | CN-GD | The Greater Bay Area | Guangdong, 广东 | CN-GD');
  // Backwards: each earlier state exactly; where the step selects nothing, the selection is
  // cleared in the group and the card keeps its last region.
  await reach(1, 'highlight | yrd | CN-AH | The Yangtze River Delta | Anhui, 安徽 | CN-AH');
  await reach(0, 'clusters |  |  | Three engines, one mosaic | Anhui, 安徽 | ');
  // Below the steps the last one's state stays; a reader's click on a bar selects in the whole group.
  await page.evaluate(() => document.querySelector('metric-compare').scrollIntoView());
  await settled('highlight | gba | CN-GD | The Greater Bay Area | Guangdong, 广东 | CN-GD', 'below the steps');
  await page.locator(inside('metric-compare', '.row[data-region="CN-SC"]')).click();
  await settled('highlight | gba | CN-SC | The Greater Bay Area | Sichuan, 四川 | CN-SC', 'a click on a bar');
  const notes = await page.evaluate(() => document.querySelector('article > province-map').shadowRoot.textContent);
  for (const note of ['quantum computing and nuclear fusion', '220,000 PetaFLOPS', '137 satellites', 'Optics Valley', 'over 93% of installed capacity']) {
    assert.ok(notes.includes(note), `note "${note}" shown`);
  }
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(problems, []);
}

/** Opens a page in either engine, recording errors and warnings. */
async function openIn(browser, path, { wait = true, addInitScript } = {}) {
  const page = await browser.newPage();
  const problems = [];
  const warnings = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/favicon/.test(message.location().url)) problems.push(`console error: ${message.text()}`);
    if (message.type() === 'warn' || message.type() === 'warning') warnings.push(message.text());
  });
  await addInitScript(page, listen);
  await page.goto(base + path, { waitUntil: wait ? 'load' : 'commit' });
  if (wait) {
    await page.evaluate(bringNear);
    await page.waitForFunction(allDrawn);
  }
  return { page, problems, warnings };
}

describe('in Chromium', () => {
  let browser;
  before(async () => {
    browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
  });
  after(() => browser?.close());

  const open = (path, options) =>
    openIn(browser, path, { ...options, addInitScript: (page, script) => page.addInitScript(script) });
  const shadowText = (locator) => locator.evaluate((el) => el.shadowRoot.textContent.replace(/\s+/g, ' '));

  test('article.html: the fallback shows until the script arrives, then every widget upgrades and works', async () => {
    let release;
    holdScript = new Promise((resolve) => (release = resolve));
    const { page, problems } = await open('/examples/article.html', { wait: false });
    try {
      await page.waitForSelector('region-card p');
      // The page's own styles (examples.css, which keeps room for undefined tags) applied: they may load after the markup.
      await page.waitForFunction(() => [...document.querySelectorAll('link[rel="stylesheet"]')].every((link) => link.sheet));
      const before = await page.evaluate(() =>
        [...document.querySelectorAll('province-map, region-card, metric-compare')].map((el) => ({
          defined: customElements.get(el.localName) !== undefined,
          fallbackShown: el.querySelector('p').checkVisibility(),
          height: el.getBoundingClientRect().height,
        })),
      );
      // Not upgraded yet: the fallback text shows, in a box that keeps room for the widget.
      assert.ok(before.every((w) => !w.defined && w.fallbackShown && w.height > 150), JSON.stringify(before));
    } finally {
      release();
      holdScript = null;
    }
    await page.waitForLoadState('load');
    await page.evaluate(bringNear);
    await page.waitForFunction(allDrawn);
    assert.deepEqual(await page.evaluate(drawnCounts), PAGES['/examples/article.html']);
    assert.deepEqual(
      await page.evaluate(() => [...document.querySelectorAll('province-map, region-card, metric-compare')].map((el) => el.querySelector('p').checkVisibility())),
      [false, false, false],
    );
    await page.locator('province-map path.region[data-region="CN-GZ"]').click();
    assert.deepEqual(await page.evaluate(() => window.__selected), ['CN-GZ']);
    assert.match(await shadowText(page.locator('region-card')), /Inner Mongolia.*Hohhot/);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('strict-csp.html: every widget draws and loads its data with no policy violation', async () => {
    const { page, problems } = await open('/examples/strict-csp.html');
    assert.deepEqual(await page.evaluate(drawnCounts), PAGES['/examples/strict-csp.html']);
    assert.match(await shadowText(page.locator('metric-compare').nth(1)), /R&D expenditure in the Yangtze River Delta.*Jiangsu/);
    await page.locator('province-map path.region[data-region="CN-AH"]').click();
    await page.locator('metric-compare').first().locator('.row').first().click();
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(await page.evaluate(() => window.__selected), ['CN-AH', 'rest']);
    assert.deepEqual(problems, []);
    // The page's policy was in force: a script-made HTML string is refused.
    assert.equal(await page.evaluate(() => { try { document.createElement('div').innerHTML = '<b>x</b>'; return 'allowed'; } catch { return 'refused'; } }), 'refused');
    await page.close();
  });

  test('strict-csp.html: the map saves its PNG, SVG and CSV under the page\'s policy', async () => {
    const { page, problems } = await open('/examples/strict-csp.html');
    await downloadAll(page, problems, (host, selector) => `${host} ${selector}`);
    await page.close();
  });

  test('two-copies.html: no exception, one warning per tag, every widget works', async () => {
    const { page, problems, warnings } = await open('/examples/two-copies.html');
    assert.deepEqual(await page.evaluate(drawnCounts), PAGES['/examples/two-copies.html']);
    assert.deepEqual(problems, []);
    assert.equal(warnings.filter((w) => w.includes('already defined')).length, 4); // one per tag, <mosaic-steps> included
    await page.locator('metric-compare .row').nth(1).click();
    await page.locator('province-map path.region[data-region="CN-GD"]').click();
    assert.deepEqual(await page.evaluate(() => window.__selected), ['yrd', 'CN-GD']);
    await page.close();
  });

  test('import-map.html: ES modules from dist/ through an import map', async () => {
    const { page, problems } = await open('/examples/import-map.html');
    assert.deepEqual(await page.evaluate(drawnCounts), PAGES['/examples/import-map.html']);
    assert.equal(await page.locator('#capital').textContent(), 'Guiyang');
    assert.equal(await page.evaluate(() => customElements.get('region-card')), undefined, 'only the imported widgets are registered');
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('story.html: steps drive the map both ways, the card and chart follow through their group, notes show, under the strict policy', async () => {
    const { page, problems } = await open('/examples/story.html');
    await walkStory(page, problems, (host, selector) => `${host} ${selector}`);
    await page.close();
  });

  for (const app of APPS) {
    test(`${app} app: three widgets, data as a property, state into attributes, region-select into state`, async () => {
      const { page, problems } = await open(`/examples/${app}/dist/index.html`);
      const map = page.locator('province-map');
      const compare = page.locator('metric-compare');
      const card = page.locator('region-card');
      // `data` reached the comparison as an object: the four Yangtze River Delta regions.
      assert.deepEqual(await page.evaluate(drawnCounts), APP_DRAWN);
      assert.match(await shadowText(compare), /R&D expenditure in the Yangtze River Delta.*Jiangsu/);
      assert.match(await map.locator('[part~="legend"]').first().textContent(), /Population/);

      // The app's state drives the widgets: the metric picker reaches the map.
      await page.getByLabel('Metric').selectOption('gdp');
      await page.waitForFunction(() => /GDP/.test(document.querySelector('province-map').shadowRoot.querySelector('[part~="legend"]').textContent));

      // region-select from the map and from the chart lands in the app's state and back in the widgets.
      await map.locator('path.region[data-region="CN-SC"]').click();
      await page.waitForFunction(() => document.querySelector('.chosen').textContent === 'Chosen: Sichuan');
      await page.waitForFunction(() => /Sichuan.*Chengdu/.test(document.querySelector('region-card').shadowRoot.textContent.replace(/\s+/g, ' ')));
      assert.equal(await map.evaluate((el) => el.selected), 'CN-SC');
      await compare.locator('.row[data-region="CN-ZJ"]').click();
      await page.waitForFunction(() => document.querySelector('.chosen').textContent === 'Chosen: Zhejiang');
      assert.equal(await map.evaluate((el) => el.getAttribute('selected')), 'CN-ZJ');
      assert.match(await shadowText(card), /Zhejiang.*Hangzhou/);

      // The language picker sets each widget's lang attribute; they speak Danish.
      await page.getByLabel('Language').selectOption('da');
      await page.waitForFunction(() => /Hovedstad: Hangzhou/.test(document.querySelector('region-card').shadowRoot.textContent));
      assert.deepEqual(await page.evaluate(langs), ['da', 'da', 'da']);
      assert.match(await map.locator('[part~="legend"]').first().textContent(), /BNP/);
      assert.deepEqual(problems, []);
      await page.close();
    });
  }
});

const firefoxPath = findFirefox();

describe('in Firefox ESR', { skip: firefoxPath ? false : FIREFOX_HINT }, () => {
  let browser;
  before(async () => {
    browser = await launchFirefox(firefoxPath);
  });
  after(() => closeFirefox(browser));

  const open = (path) => openIn(browser, path, { addInitScript: (page, script) => page.evaluateOnNewDocument(script) });

  for (const [path, expected] of Object.entries(PAGES)) {
    test(`${path}: every widget draws, a click selects, no errors or policy violations`, async () => {
      const { page, problems } = await open(path);
      assert.deepEqual(await page.evaluate(drawnCounts), expected);
      await page.locator('province-map >>> path.region[data-region="CN-AH"]').click();
      await page.waitForFunction(() => window.__selected.includes('CN-AH'));
      assert.deepEqual(await page.evaluate(() => window.__violations), []);
      assert.deepEqual(problems, []);
      await page.close();
    });
  }

  test('strict-csp.html: the map saves its PNG, SVG and CSV under the page\'s policy', async () => {
    const { page, problems } = await open('/examples/strict-csp.html');
    await downloadAll(page, problems, (host, selector) => `${host} >>> ${selector}`);
    await page.close();
  });

  test('story.html: steps drive the map both ways, the card and chart follow through their group, notes show', async () => {
    const { page, problems } = await open('/examples/story.html');
    await walkStory(page, problems, (host, selector) => `${host} >>> ${selector}`);
    await page.close();
  });

  for (const app of APPS) {
    test(`${app} app: data as a property, region-select into state, lang into attributes`, async () => {
      const { page, problems } = await open(`/examples/${app}/dist/index.html`);
      assert.deepEqual(await page.evaluate(drawnCounts), APP_DRAWN);
      await page.locator('province-map >>> path.region[data-region="CN-SC"]').click();
      await page.waitForFunction(() => document.querySelector('.chosen').textContent === 'Chosen: Sichuan');
      await page.waitForFunction(() => /Sichuan.*Chengdu/.test(document.querySelector('region-card').shadowRoot.textContent.replace(/\s+/g, ' ')));
      await page.select('select:has(option[value="da"])', 'da');
      await page.waitForFunction(() => /Hovedstad: Chengdu/.test(document.querySelector('region-card').shadowRoot.textContent));
      assert.deepEqual(await page.evaluate(langs), ['da', 'da', 'da']);
      assert.match(await page.evaluate(chosen), /Sichuan/);
      assert.match(await page.evaluate(cardText), /Sichuan/);
      assert.deepEqual(problems, []);
      await page.close();
    });
  }
});
