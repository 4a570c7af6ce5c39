// Pages the browser tests cannot make (web-test-runner's own page needs inline scripts): the
// script-tag file under a strict Content-Security-Policy with Trusted Types enforced, and two
// copies of it on one page. Needs dist/innovation-mosaic.min.js (npm run test:stress builds it).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../../scripts/find-browser.mjs';
import { ROOT, startServer } from '../../scripts/static-server.mjs';

const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

const WIDGETS = `
  <province-map mode="clusters"></province-map>
  <province-map src="/stories/public/example-rd-expenditure.csv" view="tiles"></province-map>
  <region-card region="Anhui"></region-card>
  <metric-compare top="5" reference="mean"></metric-compare>`;

const PAGES = {
  '/strict.html': {
    csp: STRICT_CSP,
    html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Strict</title>
      <script src="/listen.js"></script><script src="/dist/innovation-mosaic.min.js"></script></head>
      <body>${WIDGETS}</body></html>`,
  },
  '/two-copies.html': {
    html: `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Two copies</title>
      <script src="/listen.js"></script><script src="/dist/innovation-mosaic.min.js"></script>
      <script src="/second-copy.js"></script></head><body>${WIDGETS}</body></html>`,
  },
};

// Recorded by a same-origin script, since inline scripts are what the strict page forbids.
const LISTEN = `window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
  window.__selected = [];
  document.addEventListener('region-select', (e) => window.__selected.push(e.detail.region));`;

let server;
let browser;
let base;

before(async () => {
  const bundle = await readFile(join(ROOT, 'dist/innovation-mosaic.min.js'), 'utf8');
  ({ server, base } = await startServer((path, response) => {
    const page = PAGES[path];
    const headers = page?.csp ? { 'content-security-policy': page.csp } : {};
    if (page) {
      response.writeHead(200, { ...headers, 'content-type': 'text/html' }).end(page.html);
      return true;
    }
    if (path === '/listen.js') {
      response.writeHead(200, { 'content-type': 'text/javascript' }).end(LISTEN);
      return true;
    }
    // A second build of the script-tag file, as a second embed on the page would bring.
    if (path === '/second-copy.js') {
      response.writeHead(200, { 'content-type': 'text/javascript' }).end(`/* second embed */\n${bundle}`);
      return true;
    }
    return false;
  }));
  browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
});

after(async () => {
  await browser?.close();
  server?.close();
});

async function open(path) {
  const page = await browser.newPage();
  const problems = [];
  const warnings = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/favicon/.test(message.location().url)) problems.push(`console error: ${message.text()}`);
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await page.goto(base + path);
  // Widgets off-screen draw when they near the viewport: bring each into view once.
  await page.evaluate(async () => {
    for (const el of document.querySelectorAll('province-map, region-card, metric-compare')) {
      el.scrollIntoView();
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    }
  });
  await page.waitForFunction(() =>
    [...document.querySelectorAll('province-map, region-card, metric-compare')].every((el) => el.shadowRoot?.querySelector('figure .region, figure .row, article [part="figures"]')),
  );
  return { page, problems, warnings };
}

const drawn = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('province-map, region-card, metric-compare')].map(
      (el) => `${el.localName}: ${el.shadowRoot.querySelectorAll('path.region, .row, dd').length}`,
    ),
  );

test('strict CSP with Trusted Types: every widget draws, with no policy violation', async () => {
  const { page, problems } = await open('/strict.html');
  assert.deepEqual(await drawn(page), ['province-map: 31', 'province-map: 31', 'region-card: 3', 'metric-compare: 5']);
  await page.locator('province-map').first().locator('path.region[data-region="CN-AH"]').click();
  await page.locator('metric-compare .row').first().hover();
  await page.waitForTimeout(200);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(await page.evaluate(() => window.__selected), ['CN-AH']);
  assert.deepEqual(problems, []);
  await page.close();
  console.log('strict page: 4 widgets drawn, 0 securitypolicyviolation events');
});

test('two copies of the script-tag file: no exception, one warning per tag, every widget works', async () => {
  const { page, problems, warnings } = await open('/two-copies.html');
  assert.deepEqual(await drawn(page), ['province-map: 31', 'province-map: 31', 'region-card: 3', 'metric-compare: 5']);
  assert.deepEqual(problems, []);
  assert.deepEqual(warnings.filter((w) => w.includes('already defined')).length, 3);
  await page.locator('metric-compare .row').nth(1).click();
  await page.locator('province-map').nth(1).locator('path.region[data-region="CN-GD"]').click();
  assert.deepEqual(await page.evaluate(() => window.__selected), ['CN-SD', 'CN-GD']);
  assert.equal(await page.evaluate(() => document.querySelector('region-card').shadowRoot.querySelector('.meta').textContent.trim()), 'Provins · Hovedstad: Hefei');
  await page.close();
});
