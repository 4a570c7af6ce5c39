// The script-tag file on pages that enforce Trusted Types (issue 21), in Chromium and Firefox
// ESR: with the policy name README gives, it draws, with two copies and beside a page's own Lit;
// where the page refuses the name, nothing throws, the fallback stays and one warning says
// what to add. Needs the package built (npm run build).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome, findFirefox, FIREFOX_HINT } from '../../scripts/find-browser.mjs';
import { ROOT, startServer } from '../../scripts/static-server.mjs';
import { closeFirefox, launchFirefox } from './firefox.mjs';
import { catchSavedFiles, textOf } from './saved-files.mjs';

/** The header README's security section tells a page to send: copied from there, as a reader would. */
const README_HEADER = /^ *Content-Security-Policy: (require-trusted-types-for 'script'; trusted-types innovation-mosaic)$/m.exec(
  readFileSync(`${ROOT}README.md`, 'utf8'),
)?.[1];

const SCRIPT = '/dist/innovation-mosaic.min.js';
/** A page that uses Lit itself: it has made Lit's policy before the embed arrives. */
const HOST_LIT = "trustedTypes.createPolicy('lit-html', { createHTML: (s) => s });";

const PAGES = {
  none: { policy: "require-trusted-types-for 'script'; trusted-types 'none'", scripts: [SCRIPT] },
  'other-names': { policy: "require-trusted-types-for 'script'; trusted-types mypolicy dompurify", scripts: [SCRIPT] },
  'default-only': { policy: "require-trusted-types-for 'script'; trusted-types default", scripts: [SCRIPT] },
  'lit-html-only': { policy: "require-trusted-types-for 'script'; trusted-types lit-html", scripts: ['/tt/host-lit.js', SCRIPT] },
  'readme-two-copies': { policy: README_HEADER, scripts: [SCRIPT, SCRIPT] },
  'host-lit': { policy: "require-trusted-types-for 'script'; trusted-types lit-html innovation-mosaic", scripts: ['/tt/host-lit.js', SCRIPT] },
  // A browser without Trusted Types (Safari before 26, older Firefox): `listen` hides them.
  'no-trusted-types': { policy: "script-src 'self'", scripts: [SCRIPT, SCRIPT] },
  // Downloads (issue 18) under default-src 'self' alone: blob: images are refused.
  downloads: { policy: README_HEADER, scripts: [SCRIPT], downloads: 'png svg csv' },
};

const html = (scripts, downloads) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Trusted Types</title></head>
<body>
<province-map${downloads ? ` metric="gdp" downloads="${downloads}"` : ''}><p>Fallback: a map of China's regions.</p></province-map>
<metric-compare top="3"><p>Fallback: a chart.</p></metric-compare>
${scripts.map((src) => `<script src="${src}"></script>`).join('\n')}
</body></html>`;

let server;
let base;
before(async () => {
  ({ server, base } = await startServer((path, response) => {
    const page = /^\/tt\/([\w-]+)\.html$/.exec(path);
    if (page && PAGES[page[1]]) {
      const { policy, scripts, downloads } = PAGES[page[1]];
      response.writeHead(200, { 'content-type': 'text/html', 'content-security-policy': `default-src 'self'; ${policy}` }).end(html(scripts, downloads));
      return true;
    }
    if (path === '/tt/host-lit.js') {
      response.writeHead(200, { 'content-type': 'text/javascript' }).end(HOST_LIT);
      return true;
    }
    return false;
  }));
});
after(() => server?.close());

/** Page side: what a reader sees of each widget, and whether its tag was defined. */
function widgets() {
  return [...document.querySelectorAll('province-map, metric-compare')].map((el) => ({
    tag: el.localName,
    defined: customElements.get(el.localName) !== undefined,
    fallback: el.querySelector('p').checkVisibility(),
    drawn: el.shadowRoot?.querySelectorAll('path.region, .row').length ?? 0,
  }));
}
function listen() {
  if (location.pathname === '/tt/no-trusted-types.html') Object.defineProperty(window, 'trustedTypes', { value: undefined });
  window.__uncaught = [];
  addEventListener('error', (e) => window.__uncaught.push(e.message));
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective}`));
}
const REFUSED = [
  { tag: 'province-map', defined: false, fallback: true, drawn: 0 },
  { tag: 'metric-compare', defined: false, fallback: true, drawn: 0 },
];
const DRAWN = [
  { tag: 'province-map', defined: true, fallback: false, drawn: 31 },
  { tag: 'metric-compare', defined: true, fallback: false, drawn: 3 },
];
const TOLD = `innovation-mosaic: not drawn, as this page's CSP refuses the Trusted Types policy "innovation-mosaic". Add: trusted-types innovation-mosaic`;

/** The browser's own report of a refused policy, HTML string or (downloads) blob: image, in either engine's capitals: what the page's CSP asked for, not an error of ours. */
const BROWSER_REPORT = /^(page error: )?(Content-Security-Policy: The page’s settings blocked|.*violates the following Content Security policy directive|This document requires 'TrustedHTML' assignment)/i;

/** Runs every case in one engine; `open` gives a page with `listen` installed and its errors and warnings recorded. */
function cases(open, engine) {
  test('README gives the header to copy', () => {
    assert.equal(README_HEADER, "require-trusted-types-for 'script'; trusted-types innovation-mosaic");
  });

  for (const name of ['none', 'other-names', 'default-only', 'lit-html-only']) {
    test(`${name}: the page refuses the policy; nothing throws, the fallback stays, one warning names the directive`, async () => {
      const { page, errors, warnings, evaluate } = await open(`/tt/${name}.html`);
      await new Promise((resolve) => setTimeout(resolve, 300));
      if (!(await evaluate(() => 'trustedTypes' in window))) {
        console.log(`${engine} has no Trusted Types: ${name} draws as on any page`);
        assert.deepEqual(await evaluate(widgets), DRAWN);
      } else {
        assert.deepEqual(await evaluate(widgets), REFUSED);
        assert.deepEqual(warnings.filter((w) => w.startsWith('innovation-mosaic:')), [TOLD]);
      }
      assert.deepEqual(errors, []);
      assert.deepEqual(await evaluate(() => window.__uncaught), []);
      await page.close();
    });
  }

  for (const name of ['readme-two-copies', 'host-lit', 'no-trusted-types']) {
    test(`${name}: every widget draws with no error, no policy violation`, async () => {
      const { page, errors, warnings, evaluate, waitFor } = await open(`/tt/${name}.html`);
      await waitFor(() => [...document.querySelectorAll('province-map, metric-compare')].every((el) => el.shadowRoot?.querySelector('path.region, .row')));
      assert.deepEqual(await evaluate(widgets), DRAWN);
      assert.deepEqual(await evaluate(() => window.__violations), []);
      assert.deepEqual(await evaluate(() => window.__uncaught), []);
      assert.deepEqual(errors, []);
      // One per tag of the second copy: the three widgets and <mosaic-steps>.
      assert.equal(warnings.filter((w) => w.includes('already defined')).length, name === 'host-lit' ? 0 : 4);
      assert.equal(warnings.filter((w) => w.includes('Trusted Types')).length, 0);
      await page.close();
    });
  }

  test('downloads: under default-src \'self\' the SVG and CSV download, the PNG is refused and said so, nothing throws', async () => {
    const { page, errors, warnings, evaluate, waitFor } = await open('/tt/downloads.html');
    await waitFor(() => document.querySelector('province-map')?.shadowRoot?.querySelectorAll('path.region').length === 31);
    await evaluate(catchSavedFiles);
    const choose = (format) =>
      evaluate(`(() => {
        const menu = document.querySelector('province-map').shadowRoot.querySelector('[part="downloads"]');
        menu.querySelector('.downloads-button').click();
        return new Promise((resolve) => setTimeout(() => { menu.querySelector('[data-format="${format}"]').click(); resolve(); }, 50));
      })()`);
    await choose('svg');
    await waitFor(() => window.__saved.length === 1);
    await choose('csv');
    await waitFor(() => window.__saved.length === 2);
    const [svg, csv] = (await evaluate(() => window.__saved)).map((file) => ({ ...file, text: textOf(file) }));
    assert.equal(svg.name, 'province-map-gdp-en.svg');
    assert.equal(svg.type, 'image/svg+xml');
    assert.equal(svg.text.match(/<path class="region [^"]*"[^>]* data-region="CN-\w\w"/g)?.length, 31);
    assert.match(svg.text, /GDP by region, 2024/);
    assert.equal(csv.name, 'province-map-gdp-en.csv');
    assert.match(csv.text, /^\ufeffRegion,ISO code,GDP,Qualifier,Unit,Year,Source,Note\r\nGuangdong,CN-GD,14163.38,,billion yuan,2024,Wikipedia \(n\.d\.\),/);
    assert.match(csv.text, /\r\nGuizhou,CN-GZ,2270,about,billion yuan,2024,/);

    await choose('png');
    await waitFor(() => document.querySelector('province-map').shadowRoot.querySelector('.downloads-message').textContent !== '');
    assert.equal(
      await evaluate(() => document.querySelector('province-map').shadowRoot.querySelector('[part="downloads"] [role="status"]').textContent),
      'The PNG image could not be made on this page, most likely because of its security settings.',
    );
    assert.equal((await evaluate(() => window.__saved)).length, 2, 'no PNG saved');
    assert.equal(warnings.filter((w) => w.startsWith('innovation-mosaic:') && w.includes('.png')).length, 1);
    assert.deepEqual([...new Set(await evaluate(() => window.__violations))], ['img-src'], 'only the refused blob: image');
    assert.deepEqual(await evaluate(() => window.__uncaught), []);
    assert.deepEqual(errors, []);
    await page.close();
  });
}

describe('Trusted Types in Chromium', () => {
  let browser;
  before(async () => {
    browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
  });
  after(() => browser?.close());
  cases(async (path) => {
    const page = await browser.newPage();
    const errors = [];
    const warnings = [];
    page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      // The browser reports a refused policy as a console error of its own; only the page's count.
      if (message.type() === 'error' && !BROWSER_REPORT.test(message.text()) && !/favicon/.test(message.location().url)) errors.push(message.text());
      if (message.type() === 'warning') warnings.push(message.text());
    });
    await page.addInitScript(listen);
    await page.goto(base + path);
    return { page, errors, warnings, evaluate: (f) => page.evaluate(f), waitFor: (f) => page.waitForFunction(f, undefined, { timeout: 10000 }) };
  }, 'Chromium');
});

const firefoxPath = findFirefox();

describe('Trusted Types in Firefox ESR', { skip: firefoxPath ? false : FIREFOX_HINT }, () => {
  let browser;
  before(async () => {
    browser = await launchFirefox(firefoxPath);
  });
  after(() => closeFirefox(browser));
  cases(async (path) => {
    const page = await browser.newPage();
    const errors = [];
    const warnings = [];
    // Firefox's own reports of what the page's CSP blocked arrive as page errors; exceptions are counted in the page (__uncaught).
    page.on('pageerror', (error) => !BROWSER_REPORT.test(`page error: ${error.message}`) && errors.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && !BROWSER_REPORT.test(message.text())) errors.push(message.text());
      if (message.type() === 'warn' || message.type() === 'warning') warnings.push(message.text());
    });
    await page.evaluateOnNewDocument(listen);
    await page.goto(base + path, { waitUntil: 'load' });
    return { page, errors, warnings, evaluate: (f) => page.evaluate(f), waitFor: (f) => page.waitForFunction(f, { timeout: 10000 }) };
  }, 'Firefox ESR');
});
