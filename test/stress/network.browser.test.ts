// Network faults for `src` and `geometry-src`: each ends in the error state with a useful
// message, the widget recovers with a good address, and a slow request overtaken by a newer
// one loses: the newer data is drawn and the old request is aborted.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { loadSettings } from '../../src/controllers/load.js';
import { mosaicWarnings, waitFor } from '../browser.js';

const GOOD_DATA = '/test/stress/fixtures/bth-population.csv';
const GOOD_GEOMETRY = '/data/geo/china-detailed.topo.json';
const problem = (el: Element) => el.shadowRoot!.querySelector('[part="problem"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';


const FAULTS: [string, string, string][] = [
  ['404', '/no/such/file.csv', 'could not be loaded (HTTP 404)'],
  ['500', '/fault/status/500', 'could not be loaded (HTTP 500)'],
  ['a response that never ends', '/fault/hang', 'could not be loaded (no answer in time)'],
  ['malformed JSON', '/stories/public/example-broken.json', 'could not be used: it is not valid JSON or CSV.'],
  ['malformed CSV', '/test/stress/fixtures/no-region.csv', 'could not be used: it has no region column or no value column.'],
  ['the wrong content type', '/fault/html', 'could not be used: it has no region column or no value column.'],
];

describe('network faults', () => {
  const timeout = loadSettings.timeoutMs;
  before(() => {
    loadSettings.timeoutMs = 800;
  });
  after(() => {
    loadSettings.timeoutMs = timeout;
  });

  for (const tag of ['province-map', 'metric-compare', 'region-card']) {
    for (const [name, url, message] of FAULTS) {
      it(`<${tag}> src: ${name} ends in the error state, and a good address recovers it`, async () => {
        const host = await fixture<HTMLElement>(html`<div></div>`);
        const el = document.createElement(tag) as HTMLElement & { src: string; updateComplete: Promise<unknown> };
        if (tag === 'region-card') el.setAttribute('region', 'Beijing');
        el.setAttribute('src', url);
        host.append(el);
        await waitFor(() => problem(el) !== '', `the error state (${name})`);
        expect(problem(el)).to.contain(message);
        el.src = GOOD_DATA;
        await waitFor(() => problem(el) === '' && !el.shadowRoot!.querySelector('[role="status"]'), 'recovery');
      });
    }
  }

  const GEOMETRY_FAULTS: [string, string, string][] = [
    ['404', '/no/such/boundaries.json', 'could not be loaded (HTTP 404)'],
    ['500', '/fault/status/500?geo', 'could not be loaded (HTTP 500)'],
    ['a response that never ends', '/fault/hang?geo', 'could not be loaded (no answer in time)'],
    ['malformed JSON', '/stories/public/example-broken.json?geo', 'could not be used: it is not valid JSON or CSV.'],
    ['the wrong content type', '/fault/html?geo', 'could not be used: it is not valid JSON or CSV.'],
    ['JSON without regions', '/package.json', 'could not be used: it has no shape for any of the 31 regions.'],
  ];
  for (const [name, url, message] of GEOMETRY_FAULTS) {
    it(`<province-map> geometry-src: ${name} ends in the error state, and a good address recovers it`, async () => {
      const el = await fixture<HTMLElement & { geometrySrc: string }>(html`<province-map geometry-src=${url}></province-map>`);
      await waitFor(() => problem(el) !== '', `the error state (${name})`);
      expect(problem(el)).to.contain(message);
      el.geometrySrc = GOOD_GEOMETRY;
      await waitFor(() => problem(el) === '' && el.shadowRoot!.querySelectorAll('path.region').length === 31, 'recovery');
    });
  }

  it('lets the newer src win over a slow older one, and aborts the older request', async () => {
    const slow = '/fault/slow/1500/stories/public/example-rd-expenditure.csv';
    const el = await fixture<HTMLElement & { src: string }>(html`<metric-compare src=${slow}></metric-compare>`);
    // The slow request must be on the wire before it is superseded, or there is nothing to abort.
    const seen = async () => ((await (await fetch('/fault/seen')).json()) as string[]).includes(slow);
    for (const start = performance.now(); !(await seen()); await new Promise((r) => setTimeout(r, 20))) {
      if (performance.now() - start > 4000) throw new Error('timed out waiting for the slow request at the server');
    }
    el.src = GOOD_DATA;
    await waitFor(() => el.shadowRoot!.querySelectorAll('.row').length === 3, 'the newer data');
    await new Promise((r) => setTimeout(r, 1800)); // past the moment the slow answer would arrive
    expect([...el.shadowRoot!.querySelectorAll<HTMLElement>('.row')].map((r) => r.dataset.region)).to.deep.equal(['CN-HE', 'CN-BJ', 'CN-TJ']);
    const aborted = (await (await fetch('/fault/aborted')).json()) as string[];
    expect(aborted).to.include('/fault/slow/1500/stories/public/example-rd-expenditure.csv');
  });

  it('lets the newer geometry-src win over a slow older one, and aborts the older request', async () => {
    const slow = '/fault/slow/1500/data/geo/china-small.topo.json';
    const el = await fixture<HTMLElement & { geometrySrc: string }>(html`<province-map geometry-src=${slow}></province-map>`);
    await new Promise((r) => setTimeout(r, 100));
    el.geometrySrc = GOOD_GEOMETRY;
    await waitFor(() => !el.shadowRoot!.querySelector('[role="status"]') && (el.shadowRoot!.querySelector('path.region')?.getAttribute('d')?.length ?? 0) > 800, 'the newer boundaries');
    await new Promise((r) => setTimeout(r, 1800));
    expect(el.shadowRoot!.querySelector('path.region[data-region="CN-AH"]')!.getAttribute('d')!.length).to.be.greaterThan(800);
    const aborted = (await (await fetch('/fault/aborted')).json()) as string[];
    expect(aborted).to.include(slow);
  });

  // Issue 21: a request never outlives its widget's place in the page.
  const serverList = async (list: 'seen' | 'aborted') => (await (await fetch(`/fault/${list}`)).json()) as string[];
  const bars = (el: Element) => el.shadowRoot!.querySelectorAll('.row').length;

  it('asks nothing for a src set in the task that removed the widget, and asks when it is back', async () => {
    const slow = '/fault/slow/301/test/stress/fixtures/bth-population.csv';
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const el = document.createElement('metric-compare') as HTMLElement & { updateComplete: Promise<unknown> };
    host.append(el);
    await el.updateComplete;
    el.setAttribute('src', slow);
    el.remove();
    await new Promise((r) => setTimeout(r, 1200)); // past the widget's time-out (800 ms here)
    expect(await serverList('seen')).not.to.include(slow);
    expect(mosaicWarnings()).to.deep.equal([]);
    host.append(el);
    await waitFor(() => bars(el) === 3, 'the data once back on the page');
    expect(await serverList('seen')).to.include(slow);
  });

  it('aborts its request when moved into another document, and asks again when it is back', async () => {
    const slow = '/fault/slow/1502/test/stress/fixtures/bth-population.csv';
    loadSettings.timeoutMs = 5000; // the slow answer is to come, not to time out (restored by after())
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const el = document.createElement('metric-compare');
    el.setAttribute('src', slow);
    host.append(el);
    for (const start = performance.now(); !(await serverList('seen')).includes(slow); await new Promise((r) => setTimeout(r, 20))) {
      if (performance.now() - start > 4000) throw new Error('timed out waiting for the slow request at the server');
    }
    document.implementation.createHTMLDocument('elsewhere').body.append(el);
    await waitFor(() => false, 'nothing', 300).catch(() => undefined);
    expect(await serverList('aborted')).to.include(slow);
    host.append(el);
    await waitFor(() => bars(el) === 3, 'the data once back on the page', 6000);
    loadSettings.timeoutMs = 800;
  });
});
