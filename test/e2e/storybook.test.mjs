// The static Storybook (npm run build-storybook) opened in Chromium: every story and docs page
// renders without console errors, the widgets in it draw (or show their message where the
// story is about bad input) and the command line renderer draws each story's widgets the same,
// a widget's embed code follows its controls, and each widget's docs tables list what
// custom-elements.json says of it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../../scripts/find-browser.mjs';
import { ROOT, startServer } from '../../scripts/static-server.mjs';
import { compareWithCli, readLiveWidgets } from './cli-vs-live.mjs';

const STATIC = 'storybook-static';
/** Stories about bad input, which must show the widget's message. */
const BAD_INPUT = /--(error|bad|unknown)-/;
/** Addresses stories load on purpose to show a failed load. */
const MISSING = /\/(missing\.csv|does-not-exist\.csv|no-such-boundaries\.json|favicon\.ico)$/;

let server;
let browser;
let base;
let entries;

before(async () => {
  entries = Object.values(JSON.parse(await readFile(join(ROOT, STATIC, 'index.json'), 'utf8')).entries);
  ({ server, base } = await startServer((path) => `/${STATIC}${path}`));
  browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
});

after(async () => {
  await browser?.close();
  server?.close();
});

/**
 * Rejects, naming what it waited for, where a promise has not settled within `ms`: a page that
 * stops answering (a script that never yields) would otherwise hold the suite for good, as no
 * `page.evaluate` has a time limit of its own.
 */
function within(promise, ms, what) {
  let timer;
  const stalled = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms / 1000} s`)), ms)));
  return Promise.race([promise, stalled]).finally(() => clearTimeout(timer));
}

/** Opens one entry in Storybook's preview frame; resolves with what went wrong and what the widgets show. */
async function openEntry(page, { id, type }) {
  const problems = [];
  const onConsole = (message) => {
    if (message.type() === 'error' && !MISSING.test(message.location().url)) problems.push(`console error: ${message.text()}`);
  };
  const onError = (error) => problems.push(`page error: ${error.message}`);
  page.on('console', onConsole);
  page.on('pageerror', onError);
  await page.goto(`${base}/iframe.html?id=${id}&viewMode=${type === 'docs' ? 'docs' : 'story'}`);
  await page.waitForFunction(() => /sb-show-(main|errordisplay|nopreview)/.test(document.body.className) && [...document.querySelectorAll('#storybook-root, #storybook-docs')].some((root) => root.childElementCount));
  if (await page.evaluate(() => document.body.classList.contains('sb-show-errordisplay'))) {
    problems.push(`story error: ${await page.locator('#error-message').textContent()}`);
  }
  // Widgets far down a docs page draw when near the viewport: bring each near once.
  await page.evaluate(async () => {
    for (const el of document.querySelectorAll('province-map, region-card, metric-compare')) {
      el.scrollIntoView();
      // A frame, or a quarter second where frames are not being drawn.
      await new Promise((resolve) => {
        requestAnimationFrame(() => setTimeout(resolve));
        setTimeout(resolve, 250);
      });
    }
  });
  await page.waitForFunction(() =>
    [...document.querySelectorAll('province-map, region-card, metric-compare')].every(
      (el) => el.hasUpdated && !el.shadowRoot.querySelector('[aria-busy="true"]'),
    ),
  );
  const shown = await page.evaluate(() =>
    [...document.querySelectorAll('province-map, region-card, metric-compare')].map((el) =>
      el.shadowRoot.querySelector('[part~="problem"]') ? 'problem' : el.shadowRoot.querySelector('path.region, .row, dd') ? 'drawn' : 'empty',
    ),
  );
  const live = type === 'docs' ? [] : await readLiveWidgets(page);
  page.off('console', onConsole);
  page.off('pageerror', onError);
  return { problems, shown, live };
}

test('every story and docs page renders without console errors; widgets draw or show their message', async () => {
  const failures = [];
  const queue = [...entries];
  let widgets = 0;
  let rendered = 0;
  // Four pages at a time: each entry gets a fresh load of the preview frame.
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      let page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
      for (let entry = queue.shift(); entry; entry = queue.shift()) {
        let opened;
        try {
          opened = await within(openEntry(page, entry), 90_000, entry.id);
        } catch (error) {
          if (!/no answer within/.test(error.message)) throw error;
          // A stalled page: said in the log, then the entry once more in a fresh page; a second
          // stall fails the test with the entry's name.
          console.log(`${error.message}; opened again in a fresh page`);
          page.close().catch(() => {});
          page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
          opened = await within(openEntry(page, entry), 90_000, entry.id);
        }
        const { problems, shown, live } = opened;
        widgets += shown.length;
        // The command line renderer draws the same state: same regions and fills, same texts.
        // (Not a page's own boundary file: the renderer draws the bundled ones.)
        for (const widget of live.filter((w) => !w.attributes['geometry-src'])) {
          let differences;
          try {
            ({ differences } = compareWithCli(widget, join(ROOT, STATIC)));
          } catch (error) {
            differences = [error.message];
          }
          rendered++;
          if (differences.length) failures.push(`${entry.id} <${widget.tag}> through the command line: ${differences.slice(0, 5).join('; ')}`);
        }
        if (problems.length) failures.push(`${entry.id}: ${problems.join('; ')}`);
        if (shown.includes('empty')) failures.push(`${entry.id}: a widget drew nothing (${shown})`);
        if (entry.type === 'story' && entry.id.startsWith('widgets-')) {
          const bad = BAD_INPUT.test(entry.id);
          if (bad !== shown.includes('problem')) failures.push(`${entry.id}: ${bad ? 'no message for bad input' : 'an unexpected message'} (${shown})`);
        }
      }
      await page.close();
    }),
  );
  assert.deepEqual(failures, []);
  assert.ok(entries.filter((e) => e.type === 'story').length >= 60 && widgets > 100, `${entries.length} entries, ${widgets} widgets`);
  assert.ok(rendered > 60, `${rendered} story widgets drawn through the command line`);
  console.log(`${entries.length} entries (${entries.filter((e) => e.type === 'docs').length} docs pages), ${widgets} widgets, no console errors; ${rendered} story widgets drawn the same through the command line`);
});

test("a widget's docs page shows its embed code, which follows the controls", async () => {
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  await openEntry(page, { id: 'widgets-province-map--docs', type: 'docs' });
  const embed = page.locator('h2:has-text("Embed code") ~ div pre').first();
  assert.match(await embed.textContent(), /<script src="https:\/\/unpkg\.com\/innovation-mosaic@[\d.]+\/dist\/innovation-mosaic\.min\.js"><\/script>\s*<province-map><\/province-map>/);
  // Storybook's control ids end in the attribute's name. One control at a time: the story
  // redraws with it, then the code follows (two changes in one frame can leave Storybook's
  // code block a change behind, storybookjs/storybook#14715).
  for (const [attribute, value, code] of [
    ['view', 'tiles', '<province-map view="tiles"></province-map>'],
    ['legend', 'right', '<province-map view="tiles" legend="right"></province-map>'],
  ]) {
    await page.locator(`select[id$="-${attribute}"]`).first().selectOption(value);
    await page.waitForFunction(([a, v]) => document.querySelector('province-map')?.getAttribute(a) === v, [attribute, value]);
    await page
      .waitForFunction((c) => document.querySelector('#storybook-docs').textContent.includes(c), code, { timeout: 15_000 })
      .catch(async () => assert.fail(`after ${attribute}=${value} the embed code reads ${await embed.textContent()}`));
  }
  // The primary story redrew with the controls: tiles carry labels of their own.
  await page.waitForFunction(() => document.querySelector('province-map').shadowRoot.querySelectorAll('text.tile-label').length === 31);
  await page.close();
});

test("each widget's docs page offers pickers for attributes of fixed values, metric and lang included, and writes defaults and descriptions as a reader needs them", async () => {
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  for (const [tag, pickers] of [
    ['province-map', ['metric', 'view', 'mode', 'legend', 'lang', 'theme']],
    ['region-card', ['variant', 'lang', 'theme']],
    ['metric-compare', ['metric', 'compare-to', 'show', 'lang', 'theme']],
  ]) {
    await openEntry(page, { id: `widgets-${tag}--docs`, type: 'docs' });
    const selects = await page.evaluate(() => [...document.querySelectorAll('.docblock-argstable select')].map((s) => s.id.split('-').pop()));
    for (const attribute of pickers) assert.ok(selects.includes(attribute.split('-').pop()), `${tag}: no picker for ${attribute} (${selects})`);
    const table = await page.evaluate(() => document.querySelector('.docblock-argstable').innerText);
    assert.doesNotMatch(table, /DEFAULT_|''|`|\{@link/, `${tag}: a default or description as source code`);
  }
  await page.close();
});

test("each widget's docs page lists its attributes, properties, events, custom properties and parts from custom-elements.json", async () => {
  const manifest = JSON.parse(await readFile(join(ROOT, 'custom-elements.json'), 'utf8'));
  const widgets = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
  assert.deepEqual(widgets.map((w) => w.tagName).sort(), ['metric-compare', 'mosaic-steps', 'province-map', 'region-card']);
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  for (const widget of widgets) {
    await openEntry(page, { id: `widgets-${widget.tagName}--docs`, type: 'docs' });
    // The first cell of each row, in order; each table section starts with its "Hide ..." toggle.
    const rows = await page.evaluate(() =>
      [...document.querySelectorAll('.docblock-argstable tbody tr')].map((tr) => tr.querySelector('td')?.innerText.trim().split(/\s/)[0]),
    );
    // Compared as sets: Storybook puts a story's own args, and some sections, first.
    const sections = rows.join(' ').split(/\s*Hide\s*/).filter(Boolean).map((section) => section.split(' ').sort());
    const publicProperties = widget.members.filter((m) => m.kind === 'field' && !m.privacy && !m.static && !m.attribute).map((m) => m.name);
    const expected = [
      widget.attributes.map((a) => a.name),
      publicProperties,
      (widget.events ?? []).map((e) => e.name),
      widget.cssProperties.map((p) => p.name),
      widget.cssParts.map((p) => p.name),
      // The default slot (`<mosaic-steps>`' steps) has a row with no name, which the sections drop.
      (widget.slots ?? []).map((s) => s.name).filter(Boolean),
    ]
      .filter((list) => list.length)
      .map((list) => list.sort());
    const bySection = (lists) => lists.map((list) => list.join(' ')).sort();
    assert.deepEqual(bySection(sections), bySection(expected), widget.tagName);
  }
  await page.close();
});

test('the Theming guide\'s examples, house style included, pass axe-core (WCAG 2.1 A and AA)', async () => {
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  const themed = entries.filter((e) => e.type === 'story' && e.id.startsWith('guides-theming--'));
  assert.ok(themed.length >= 4);
  for (const entry of themed) {
    await openEntry(page, entry);
    await page.addScriptTag({ path: join(ROOT, 'node_modules/axe-core/axe.min.js') });
    const violations = await page.evaluate(async () => {
      const results = await window.axe.run(document.querySelector('#storybook-root'), {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      });
      return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    assert.deepEqual(violations, [], entry.id);
  }
  await page.close();
});
