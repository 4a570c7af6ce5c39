// `npm run shots`: every story of the static Storybook at phone, tablet and desktop width, on a
// light page, a dark page and a light page on a dark OS, in English, Chinese and Danish, drawn
// into one contact sheet (PNG) per story under shots/, to review by eye as a graphics desk would.
//
//   npm run shots                      every story (builds Storybook first)
//   node scripts/shots.mjs card tiles  only stories whose id contains "card" or "tiles"
//   WIDTHS=360 LANGS=zh node scripts/shots.mjs   fewer cells
//   node scripts/shots.mjs --readme    the README's screenshots (npm run shots:readme): each
//                                      widget on a phone and a desktop, into docs/screenshots/
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from './find-browser.mjs';
import { ROOT, startServer } from './static-server.mjs';

const STATIC = 'storybook-static';
const OUT = join(ROOT, 'shots');
const list = (name, fallback) => (process.env[name] ?? fallback).split(/[\s,]+/).filter(Boolean);
const WIDTHS = list('WIDTHS', '360 768 1280').map(Number);
const LANGS = list('LANGS', 'en zh da');
/** The page around the widgets: its colour scheme, its background, and the reader's OS setting. */
const PAGES = {
  light: { os: 'light', css: 'html { color-scheme: light; background: #fff; color: #111; }' },
  dark: { os: 'dark', css: 'html { color-scheme: dark; background: #121417; color: #eee; }' },
  'light page, dark OS': { os: 'dark', css: 'html { background: #fff; color: #111; }' },
};
const README = process.argv.includes('--readme');
const filters = process.argv.slice(2).filter((a) => a !== '--readme');
/** The README's screenshots: a name, a story and its args. */
const README_SHOTS = [
  ['map', 'widgets-province-map--choropleth', ''],
  ['card', 'widgets-region-card--anhui', ''],
  ['chart', 'widgets-metric-compare--population-top-10', ''],
  ['tiles-zh', 'widgets-province-map--tiles-clusters', 'lang:zh'],
];

const entries = Object.values(JSON.parse(await readFile(join(ROOT, STATIC, 'index.json'), 'utf8')).entries).filter(
  (e) => e.type === 'story' && (!filters.length || filters.some((f) => e.id.includes(f))),
);
const { server, base } = await startServer((path) => (path.startsWith('/shots/') ? false : `/${STATIC}${path}`));
const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
if (!README) {
  await rm(OUT, { recursive: true, force: true });
  await mkdir(OUT, { recursive: true });
}

/** Resolves when every widget on the page has drawn what it has (or its message). */
const settled = (page) =>
  page.waitForFunction(
    () =>
      [...document.querySelectorAll('province-map, region-card, metric-compare')].every(
        (el) => el.hasUpdated && !el.shadowRoot.querySelector('[aria-busy="true"]'),
      ),
    null,
    { timeout: 15_000 },
  );

if (README) {
  const out = join(ROOT, 'docs/screenshots');
  await mkdir(out, { recursive: true });
  for (const [width, device] of [[360, 'phone'], [1280, 'desktop']]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    for (const [name, id, args] of README_SHOTS) {
      await page.goto(`${base}/iframe.html?id=${id}&viewMode=story${args ? `&args=${args}` : ''}`);
      await page.waitForFunction(() => document.querySelector('#storybook-root')?.childElementCount);
      await settled(page);
      await page.locator('#storybook-root').screenshot({ path: join(out, `${name}-${device}.png`) });
    }
    await page.close();
  }
  await browser.close();
  server.close();
  console.log(`README screenshots in docs/screenshots/ (${README_SHOTS.length} widgets on a phone and a desktop)`);
  process.exit(0);
}

const page = await browser.newPage({ viewport: { width: WIDTHS[0], height: 900 } });
let sheets = 0;
for (const entry of entries) {
  await page.goto(`${base}/iframe.html?id=${entry.id}&viewMode=story`);
  await page.waitForFunction(() => document.querySelector('#storybook-root')?.childElementCount);
  const cells = [];
  for (const [pageName, { os, css }] of Object.entries(PAGES)) {
    await page.emulateMedia({ colorScheme: os });
    await page.evaluate((text) => {
      const sheet = document.getElementById('shots-page') ?? document.head.appendChild(Object.assign(document.createElement('style'), { id: 'shots-page' }));
      sheet.textContent = `${text} body { background: transparent !important; color: inherit !important; }`;
    }, css);
    for (const lang of LANGS) {
      await page.evaluate((l) => (document.documentElement.lang = l), lang);
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        // Off-screen widgets draw when near the viewport: bring each near once.
        await page.evaluate(async () => {
          for (const el of document.querySelectorAll('province-map, region-card, metric-compare')) el.scrollIntoView();
          window.scrollTo(0, 0);
          await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        });
        await settled(page).catch(() => {});
        const file = `${entry.id}-${pageName.replace(/\W+/g, '-')}-${lang}-${width}.png`;
        await page.screenshot({ path: join(OUT, 'cells', file), fullPage: true });
        cells.push({ file, pageName, lang, width });
      }
    }
  }
  await writeSheet(entry, cells);
  sheets++;
}

/** One story's cells on one page: a row per page and language, a column per width, at half size. */
async function writeSheet(entry, cells) {
  const rows = [...new Set(cells.map((c) => `${c.pageName} · ${c.lang}`))];
  const html = `<!doctype html><meta charset="utf-8"><style>
    body { margin: 16px; font: 13px system-ui, sans-serif; background: #888; }
    h1 { font-size: 16px; margin: 0 0 12px; }
    table { border-spacing: 12px 8px; } th { text-align: left; vertical-align: top; width: 9em; }
    td { vertical-align: top; } img { display: block; outline: 1px solid #444; }
  </style><h1>${entry.title} — ${entry.name} (${entry.id})</h1><table>
  <tr><th></th>${WIDTHS.map((w) => `<th>${w} px</th>`).join('')}</tr>
  ${rows
    .map(
      (row) =>
        `<tr><th>${row}</th>${cells
          .filter((c) => `${c.pageName} · ${c.lang}` === row)
          .map((c) => `<td><img src="/shots/cells/${c.file}" width="${Math.round(c.width / 2)}"></td>`)
          .join('')}</tr>`,
    )
    .join('')}</table>`;
  await writeFile(join(OUT, `${entry.id}.html`), html);
  const sheet = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await sheet.goto(`${base}/shots/${entry.id}.html`);
  await sheet.waitForFunction(() => [...document.images].every((img) => img.complete));
  await sheet.screenshot({ path: join(OUT, `${entry.id}.png`), fullPage: true });
  await sheet.close();
}

await browser.close();
server.close();
console.log(`${sheets} contact sheets in shots/ (${WIDTHS.join(', ')} px; ${Object.keys(PAGES).join(', ')}; ${LANGS.join(', ')})`);
