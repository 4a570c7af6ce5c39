// `npm run shots:readme`: the screenshots at the top of the README, from the static Storybook
// (npm run build-storybook first): each widget on a phone (360 px) and on a desktop (1,280 px),
// into docs/screenshots/. Run it after a visual change and commit the PNGs.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from './find-browser.mjs';
import { ROOT, startServer } from './static-server.mjs';

const SHOTS = [
  ['map', 'widgets-province-map--choropleth', ''],
  ['card', 'widgets-region-card--anhui', ''],
  ['chart', 'widgets-metric-compare--population-top-10', ''],
  ['tiles-zh', 'widgets-province-map--tiles-clusters', 'lang:zh'],
];
const OUT = join(ROOT, 'docs/screenshots');
await mkdir(OUT, { recursive: true });
const { server, base } = await startServer((path) => `/storybook-static${path}`);
const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
for (const [width, device] of [[360, 'phone'], [1280, 'desktop']]) {
  const page = await browser.newPage({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
  for (const [name, id, args] of SHOTS) {
    await page.goto(`${base}/iframe.html?id=${id}&viewMode=story${args ? `&args=${args}` : ''}`);
    await page.waitForFunction(() =>
      [...document.querySelectorAll('province-map, region-card, metric-compare')].every((el) => el.hasUpdated && el.shadowRoot.querySelector('.frame') && !el.shadowRoot.querySelector('[aria-busy="true"]')),
    );
    await page.locator('#storybook-root').screenshot({ path: join(OUT, `${name}-${device}.png`) });
  }
  await page.close();
}
await browser.close();
server.close();
console.log(`README screenshots in docs/screenshots/ (${SHOTS.length} widgets × phone and desktop)`);
