// `npm run bench`: what the widgets cost a page, measured in headless Chromium (Debian's, via
// playwright-core; nothing is downloaded). Prints a table and writes bench-results.json (or the
// path given as the first argument). Run after `npm run build`.
//
// Times vary with the machine and its load: they are reported, never asserted. The byte
// budgets in package.json are what CI checks (npm run size); this script reports the issue's
// targets as met or not, and exits non-zero only when it cannot measure.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome, INSTALL_HINT } from './find-browser.mjs';
import { measureAll } from './size.mjs';
import { ROOT, startServer } from './static-server.mjs';

const OUT = process.argv[2] ?? join(ROOT, 'bench-results.json');
const FIRST_RENDER_RUNS = 15;
const PAGE_RUNS = 5;
const KB = 1024;

const TARGETS = { scriptTagGzip: 45 * KB, cardGzip: 15 * KB, longestTaskMs: 50, hundredOverTen: 10 };

// ---- pages --------------------------------------------------------------------------------

const PARAGRAPH = '<p>An article paragraph between the embeds, as a newsroom page has them: a few lines of text a reader scrolls past before the next figure appears.</p>';

const SCRIPT = '<script src="/dist/innovation-mosaic.min.js"></script>';

/**
 * An article column with `count` widgets, a paragraph before each, and the script-tag file at
 * the end of the body (or in the head, where widgets draw as they are parsed, before the
 * first paint).
 */
function articlePage(widget, count, { scriptInHead = false } = {}) {
  const body = Array.from({ length: count }, (_, i) => `${PARAGRAPH}\n${widget(i)}`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>
    <style>body { margin: 0 auto; max-width: 640px; font: 16px/1.5 serif; } p { margin: 0 0 1em; }</style>${scriptInHead ? SCRIPT : ''}</head>
    <body>${body}${scriptInHead ? '' : SCRIPT}</body></html>`;
}

const MAP = () => '<province-map metric="population"></province-map>';
const CARD = (i) => `<region-card region="${['Anhui', 'Beijing', 'Guangdong', 'Xizang', 'Shanghai'][i % 5]}"></region-card>`;

/** The first map, timed from the moment the script-tag file has arrived to the map drawn. */
const FIRST_MAP_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>first map</title></head>
  <body><province-map metric="population"></province-map>
  <script src="/dist/innovation-mosaic.min.js"></script>
  <script>
    const map = document.querySelector('province-map');
    const drawn = () => map.shadowRoot?.querySelectorAll('path.region').length === 31;
    (function poll() {
      if (drawn()) {
        const script = performance.getEntriesByType('resource').find((e) => e.name.endsWith('innovation-mosaic.min.js'));
        window.__firstMap = performance.now() - script.responseEnd;
      } else {
        map.updateComplete.then(() => (drawn() ? poll() : setTimeout(poll)));
      }
    })();
  </script></body></html>`;

// Data and boundaries that arrive late (600 ms), to see whether any box changes height then.
// The script is in the head so that the widgets draw before the first paint: a widget the
// script reaches after the page has painted grows from nothing, which the page prevents by
// sizing \`:not(:defined)\` elements (see the README), not the widget.
const SLOW_PAGE = articlePage(
  (i) =>
    [
      '<province-map src="/slow/example-rd-expenditure.csv"></province-map>',
      '<province-map geometry-src="/slow/china-detailed.topo.json"></province-map>',
      '<metric-compare src="/slow/example-rd-expenditure.csv" top="5"></metric-compare>',
      '<region-card region="Anhui" src="/slow/example-rd-expenditure.csv"></region-card>',
    ][i],
  4,
  { scriptInHead: true },
);

// ---- server -------------------------------------------------------------------------------

const SLOW_FILES = {
  'example-rd-expenditure.csv': 'stories/public/example-rd-expenditure.csv',
  'china-detailed.topo.json': 'data/geo/china-detailed.topo.json',
};

/** The benchmark's pages; files under /slow/ answer 600 ms late. */
function serve(pages) {
  return startServer(async (path, response) => {
    if (pages[path]) {
      response.writeHead(200, { 'content-type': 'text/html' }).end(pages[path]);
      return true;
    }
    if (!path.startsWith('/slow/')) return false;
    await new Promise((resolve) => setTimeout(resolve, 600));
    return `/${SLOW_FILES[path.slice(6)] ?? '-'}`;
  });
}

// ---- measuring ----------------------------------------------------------------------------

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const SCRIPT_EVENTS = new Set(['EvaluateScript', 'v8.compile', 'FunctionCall', 'TimerFire', 'FireAnimationFrame', 'EventDispatch', 'RunMicrotasks', 'FireIdleCallback', 'v8.evaluateModule']);

/**
 * From a trace of the page's renderer main thread: the longest task, the time spent in tasks
 * (script, style, layout, paint) and the time spent running script (nested events counted once).
 */
function tasksOf(trace) {
  const events = JSON.parse(trace.toString()).traceEvents;
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const onMain = events.filter((e) => e.ph === 'X' && main && e.pid === main.pid && e.tid === main.tid);
  const durations = onMain.filter((e) => e.name === 'RunTask').map((e) => e.dur / 1000);
  let scripting = 0;
  let end = -Infinity;
  for (const e of onMain.filter((e) => SCRIPT_EVENTS.has(e.name)).sort((a, b) => a.ts - b.ts)) {
    const from = Math.max(e.ts, end);
    if (e.ts + e.dur > from) scripting += e.ts + e.dur - from;
    end = Math.max(end, e.ts + e.dur);
  }
  return { longest: Math.max(0, ...durations), busy: durations.reduce((a, b) => a + b, 0), scripting: scripting / 1000 };
}

async function settle(page) {
  await page.waitForLoadState('load');
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        let last = performance.now();
        const observer = new PerformanceObserver(() => (last = performance.now()));
        observer.observe({ entryTypes: ['longtask'] });
        (function check() {
          if (performance.now() - last > 500) {
            observer.disconnect();
            resolve();
          } else setTimeout(check, 100);
        })();
      }),
  );
}

/** How many of the page's widgets are drawn (not waiting off-screen), and how often boundaries were decoded. */
function countDrawn(page, tag) {
  return page.evaluate((tag) => {
    const all = [...document.querySelectorAll(tag)];
    const drawn = all.filter((el) => el.shadowRoot?.querySelector('path[data-region], .locator path')).length;
    return { widgets: all.length, drawn, decodes: window.InnovationMosaic?.geometryDecodeCount?.() ?? null };
  }, tag);
}

/** What drawing the page costs: scripting time, longest task, heap after GC, widgets drawn. */
async function measurePage(browser, url, tag) {
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  const cdp = await page.context().newCDPSession(page);
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  await page.goto(url);
  await settle(page);
  const tasks = tasksOf(await browser.stopTracing());
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  const counts = await countDrawn(page, tag);
  await page.close();
  if (problems.length) throw new Error(`${url}: ${problems.join('; ')}`);
  return { scriptingMs: tasks.scripting, busyMs: tasks.busy, longestTaskMs: tasks.longest, heapKB: heap / KB, ...counts };
}

/** Scrolls through the page so every widget comes near the viewport; the longest task meanwhile. */
async function measureScroll(browser, url, tag) {
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  await page.goto(url);
  await settle(page);
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  await page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 20)));
    for (let y = 0; y < document.documentElement.scrollHeight; y += 400) {
      scrollTo(0, y);
      await frame();
    }
  });
  await settle(page);
  const tasks = tasksOf(await browser.stopTracing());
  const counts = await countDrawn(page, tag);
  await page.close();
  return { longestTaskMs: tasks.longest, ...counts };
}

async function measureFirstMap(browser, url) {
  const times = [];
  for (let i = 0; i < FIRST_RENDER_RUNS; i++) {
    const page = await browser.newPage();
    await page.goto(url);
    await page.waitForFunction(() => window.__firstMap !== undefined);
    times.push(await page.evaluate(() => window.__firstMap));
    await page.close();
  }
  return { medianMs: median(times), minMs: Math.min(...times), maxMs: Math.max(...times), runs: times.length };
}

/**
 * Redraw after a resize: the longest main-thread task in the frames after each width change
 * (style, layout, the map's ResizeObserver and its update). Switch of metric: from the
 * attribute set to the map drawn and laid out. Medians of 10.
 */
async function measureInteractions(browser, url) {
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  await page.goto(url);
  await settle(page);
  const resize = [];
  for (let i = 0; i < 10; i++) {
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
    await page.evaluate(async (width) => {
      document.querySelector('province-map').style.width = width;
      for (let f = 0; f < 3; f++) await new Promise((resolve) => requestAnimationFrame(resolve));
    }, i % 2 ? '640px' : '360px');
    resize.push(tasksOf(await browser.stopTracing()).longest);
  }
  const metric = await page.evaluate(async () => {
    const map = document.querySelector('province-map');
    const times = [];
    for (let i = 0; i < 10; i++) {
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      const start = performance.now();
      map.setAttribute('metric', i % 2 ? 'population' : 'gdp');
      await map.updateComplete;
      map.shadowRoot.querySelector('svg').getBoundingClientRect();
      times.push(performance.now() - start);
    }
    return times;
  });
  await page.close();
  return { resizeMs: median(resize), metricSwitchMs: median(metric) };
}

/** Cumulative layout shift while data and boundaries arrive late, then while scrolling through. */
async function measureLayoutShift(browser, url) {
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shifts.push({ value: entry.value, sources: entry.sources?.map((s) => s.node?.localName ?? '?') });
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(url);
  await page.waitForTimeout(1500); // the slow files take 600 ms
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += 300) {
      scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });
  await page.waitForTimeout(1500);
  const shifts = await page.evaluate(() => window.__shifts);
  await page.close();
  return { cumulative: shifts.reduce((sum, s) => sum + s.value, 0), shifts: shifts.length, sources: [...new Set(shifts.flatMap((s) => s.sources))] };
}

async function medianOf(runs, measure) {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await measure());
  const out = {};
  for (const key of Object.keys(results[0])) {
    const values = results.map((r) => r[key]);
    out[key] = typeof values[0] === 'number' ? median(values) : values[0];
  }
  return out;
}

// ---- report -------------------------------------------------------------------------------

const ms = (n) => `${n.toFixed(1)} ms`;
const kb = (n) => `${(n / KB).toFixed(1)} KB`;
const verdict = (ok) => (ok ? 'met' : 'NOT met');

async function main() {
  const executablePath = findChrome();
  if (!executablePath) {
    console.error(INSTALL_HINT);
    process.exit(1);
  }
  const pages = {
    '/first-map.html': FIRST_MAP_PAGE,
    '/maps-1.html': articlePage(MAP, 1),
    '/maps-10.html': articlePage(MAP, 10),
    '/maps-100.html': articlePage(MAP, 100),
    '/cards-100.html': articlePage(CARD, 100),
    '/empty.html': articlePage(() => '', 1),
    '/slow.html': SLOW_PAGE,
  };
  const { server, base } = await serve(pages);
  const browser = await chromium.launch({ executablePath, args: CHROME_ARGS });
  try {
    const bytes = (await measureAll()).map(({ name, raw, gzip, brotli }) => ({ name, raw, gzip, brotli }));
    console.log('bytes (minified, with dependencies)');
    for (const row of bytes) console.log(`  ${row.name.padEnd(52)}${kb(row.raw).padStart(10)} raw${kb(row.gzip).padStart(10)} gzip${kb(row.brotli).padStart(10)} brotli`);

    const firstMap = await measureFirstMap(browser, `${base}/first-map.html`);
    console.log(`\nfirst map drawn, from the script's arrival: median ${ms(firstMap.medianMs)} of ${firstMap.runs} runs (${ms(firstMap.minMs)} - ${ms(firstMap.maxMs)})`);

    const scenarios = {};
    const rows = [
      ['no widget (the script alone)', '/empty.html', 'province-map'],
      ['1 map', '/maps-1.html', 'province-map'],
      ['10 maps', '/maps-10.html', 'province-map'],
      ['100 maps', '/maps-100.html', 'province-map'],
      ['100 cards', '/cards-100.html', 'region-card'],
    ];
    console.log(`\npage load (median of ${PAGE_RUNS})              scripting  main thread   longest task   heap after GC   drawn / widgets   geometry decodes`);
    for (const [name, path, tag] of rows) {
      const result = await medianOf(PAGE_RUNS, () => measurePage(browser, base + path, tag));
      scenarios[name] = result;
      console.log(`  ${name.padEnd(40)}${ms(result.scriptingMs).padStart(10)}${ms(result.busyMs).padStart(13)}${ms(result.longestTaskMs).padStart(15)}${kb(result.heapKB * KB).padStart(16)}${`${result.drawn} / ${result.widgets}`.padStart(18)}${String(result.decodes ?? '-').padStart(19)}`);
    }
    const scroll = await measureScroll(browser, `${base}/maps-100.html`, 'province-map');
    console.log(`  ${'100 maps, scrolled to the end'.padEnd(40)}${''.padStart(23)}${ms(scroll.longestTaskMs).padStart(15)}${''.padStart(16)}${`${scroll.drawn} / ${scroll.widgets}`.padStart(18)}${String(scroll.decodes).padStart(19)}`);

    const interactions = await measureInteractions(browser, `${base}/maps-1.html`);
    console.log(`\nredraw after a resize: ${ms(interactions.resizeMs)}; switch metric: ${ms(interactions.metricSwitchMs)} (medians of 10: the longest task after a width change; from the attribute set to drawn and laid out)`);

    const layoutShift = await measureLayoutShift(browser, `${base}/slow.html`);
    console.log(`layout shift while data and boundaries arrive 600 ms late and while scrolling: ${layoutShift.cumulative.toFixed(4)} (${layoutShift.shifts} shifts${layoutShift.sources.length ? `: ${layoutShift.sources.join(', ')}` : ''})`);

    const script = bytes[0];
    const card = bytes.find((row) => row.name.endsWith('/region-card"'));
    const baseline = scenarios['no widget (the script alone)'].scriptingMs;
    const ratio = (scenarios['100 maps'].scriptingMs - baseline) / Math.max(0.1, scenarios['10 maps'].scriptingMs - baseline);
    const longest = Math.max(...Object.values(scenarios).map((s) => s.longestTaskMs), scroll.longestTaskMs);
    const targets = {
      scriptTagGzip: { target: TARGETS.scriptTagGzip, measured: script.gzip, met: script.gzip <= TARGETS.scriptTagGzip },
      regionCardGzip: { target: TARGETS.cardGzip, measured: card.gzip, met: card.gzip <= TARGETS.cardGzip },
      hundredMapsOverTen: { target: TARGETS.hundredOverTen, measured: ratio, met: ratio <= TARGETS.hundredOverTen },
      longestTaskMs: { target: TARGETS.longestTaskMs, measured: longest, met: longest <= TARGETS.longestTaskMs },
      geometryDecodedOnce: { target: 1, measured: scroll.decodes, met: scroll.decodes === 1 },
      layoutShift: { target: 0, measured: layoutShift.cumulative, met: layoutShift.cumulative === 0 },
    };
    console.log('\ntargets');
    console.log(`  script-tag file ≤ 45 KB gzip: ${kb(script.gzip)}, ${verdict(targets.scriptTagGzip.met)}`);
    console.log(`  region-card entry ≤ 15 KB gzip: ${kb(card.gzip)}, ${verdict(targets.regionCardGzip.met)}`);
    console.log(`  100 maps ≤ 10 × the scripting of 10 (beyond the script alone): ${ratio.toFixed(2)} ×, ${verdict(targets.hundredMapsOverTen.met)}`);
    console.log(`  no main-thread task over 50 ms: longest ${ms(longest)}, ${verdict(targets.longestTaskMs.met)}`);
    console.log(`  boundaries decoded once with 100 maps drawn: ${scroll.decodes}, ${verdict(targets.geometryDecodedOnce.met)}`);
    console.log(`  no layout shift: ${layoutShift.cumulative.toFixed(4)}, ${verdict(targets.layoutShift.met)}`);

    const results = { date: new Date().toISOString(), browser: browser.version(), bytes, firstMap, scenarios, scroll, interactions, layoutShift, targets };
    await writeFile(OUT, `${JSON.stringify(results, null, 2)}\n`);
    console.log(`\nwritten to ${OUT}`);
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
