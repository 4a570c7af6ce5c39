// The host pages in examples/ and the three framework apps, in Chromium: what a newsroom or an
// app developer gets when they copy one. Needs the build (npm run test:e2e builds first); the
// apps are built here with Vite.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { CHROME_ARGS, findChrome } from '../../scripts/find-browser.mjs';
import { ROOT, startServer } from '../../scripts/static-server.mjs';

const TAGS = 'province-map, region-card, metric-compare';
const APPS = ['react', 'vue', 'svelte'];

let server;
let browser;
let base;
/** While set, the script-tag file is held back until it resolves: a slow CDN. */
let holdScript = null;

before(async () => {
  for (const app of APPS) await build({ root: join(ROOT, 'examples', app), logLevel: 'error' });
  ({ server, base } = await startServer(async (path) => {
    if (path === '/dist/innovation-mosaic.min.js' && holdScript) await holdScript;
    return false;
  }));
  browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** Opens a page, recording errors, warnings, policy violations and `region-select` events. */
async function open(path, { wait = true } = {}) {
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  const problems = [];
  const warnings = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/favicon/.test(message.location().url)) problems.push(`console error: ${message.text()}`);
    if (message.type() === 'warning') warnings.push(message.text());
  });
  // Injected by the test, so the strict page needs no inline script of its own.
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    window.__selected = [];
    document.addEventListener('region-select', (e) => window.__selected.push(e.detail.region));
  });
  await page.goto(base + path, { waitUntil: wait ? 'load' : 'commit' });
  if (wait) await drawAll(page);
  return { page, problems, warnings };
}

/** Brings each widget into view once (those far off-screen draw when near) and waits for all. */
async function drawAll(page) {
  await page.evaluate(async (tags) => {
    for (const el of document.querySelectorAll(tags)) {
      el.scrollIntoView();
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    }
    window.scrollTo(0, 0);
  }, TAGS);
  await page.waitForFunction(
    (tags) => [...document.querySelectorAll(tags)].every((el) => el.shadowRoot?.querySelector('figure .region, figure .row, article [part="figures"]')),
    TAGS,
  );
}

/** What each widget shows: regions drawn, bars, or figures on a card. */
const drawn = (page) =>
  page.evaluate(
    (tags) => [...document.querySelectorAll(tags)].map((el) => `${el.localName}: ${el.shadowRoot.querySelectorAll('path.region, .row, dd').length}`),
    TAGS,
  );

const shadowText = (locator) => locator.evaluate((el) => el.shadowRoot.textContent.replace(/\s+/g, ' '));

describe('script-tag pages', () => {
  test('article.html: the fallback shows until the script arrives, then every widget upgrades and works', async () => {
    let release;
    holdScript = new Promise((resolve) => (release = resolve));
    const { page, problems } = await open('/examples/article.html', { wait: false });
    try {
      await page.waitForSelector('region-card p');
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
    await drawAll(page);
    assert.deepEqual(await drawn(page), ['province-map: 31', 'metric-compare: 4', 'region-card: 3']);
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

  test('strict-csp.html: every widget draws and loads its CSV with no policy violation', async () => {
    const { page, problems } = await open('/examples/strict-csp.html');
    assert.deepEqual(await drawn(page), ['province-map: 31', 'metric-compare: 4', 'province-map: 31', 'region-card: 3']);
    assert.match(await shadowText(page.locator('province-map').nth(1)), /R&D expenditure|NBS\/MOST\/MOF/);
    await page.locator('province-map').first().locator('path.region[data-region="CN-AH"]').click();
    await page.locator('metric-compare .row').first().click();
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(await page.evaluate(() => window.__selected), ['CN-AH', 'rest']);
    assert.deepEqual(problems, []);
    // The page's policy was in force: a script-made HTML string is refused.
    assert.equal(await page.evaluate(() => { try { document.createElement('div').innerHTML = '<b>x</b>'; return 'allowed'; } catch { return 'refused'; } }), 'refused');
    await page.close();
  });

  test('two-copies.html: no exception, one warning per tag, every widget works', async () => {
    const { page, problems, warnings } = await open('/examples/two-copies.html');
    assert.deepEqual(await drawn(page), ['province-map: 31', 'metric-compare: 4', 'region-card: 3']);
    assert.deepEqual(problems, []);
    assert.equal(warnings.filter((w) => w.includes('already defined')).length, 3);
    await page.locator('metric-compare .row').nth(1).click();
    await page.locator('province-map path.region[data-region="CN-GD"]').click();
    assert.deepEqual(await page.evaluate(() => window.__selected), ['yrd', 'CN-GD']);
    await page.close();
  });

  test('import-map.html: ES modules from dist/ through an import map', async () => {
    const { page, problems } = await open('/examples/import-map.html');
    assert.deepEqual(await drawn(page), ['province-map: 31', 'metric-compare: 16']);
    assert.equal(await page.locator('#capital').textContent(), 'Guiyang');
    assert.equal(await page.evaluate(() => customElements.get('region-card')), undefined, 'only the imported widgets are registered');
    assert.deepEqual(problems, []);
    await page.close();
  });
});

describe('framework apps', () => {
  for (const app of APPS) {
    test(`${app}: three widgets, data as a property, state into attributes, region-select into state`, async () => {
      const { page, problems } = await open(`/examples/${app}/dist/index.html`);
      const map = page.locator('province-map');
      const compare = page.locator('metric-compare');
      const card = page.locator('region-card');
      // `data` reached the comparison as an object: the four Yangtze River Delta regions.
      assert.deepEqual(await drawn(page), ['province-map: 31', 'region-card: 3', 'metric-compare: 4']);
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
      assert.deepEqual(await page.evaluate((tags) => [...document.querySelectorAll(tags)].map((el) => el.getAttribute('lang')), TAGS), ['da', 'da', 'da']);
      assert.match(await map.locator('[part~="legend"]').first().textContent(), /BNP/);
      assert.deepEqual(problems, []);
      await page.close();
    });
  }
});
