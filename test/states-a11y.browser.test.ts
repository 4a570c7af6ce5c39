/**
 * Every state a widget can be in has a name, announces itself where it replaces the graphic,
 * and offers only controls that point at something: axe-core and what a reader is told, while
 * the data loads and when input is bad, in both engines.
 */
import { expect, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/index.js';
import { expectAccessible, place, problemText, stallFetch } from './browser.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };
const figure = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part="figure"], [part="card"]')!;

/** The accessible name given by aria-label or aria-labelledby, as the element says it. */
function nameOf(node: Element): string {
  const ids = node.getAttribute('aria-labelledby');
  if (ids) return ids.split(' ').map((id) => (node.getRootNode() as ShadowRoot).getElementById(id)?.textContent?.trim() ?? '').join(' ');
  return node.getAttribute('aria-label') ?? '';
}

const LOADING: Record<string, TemplateResult> = {
  map: html`<province-map src="/stalled.csv"></province-map>`,
  chart: html`<metric-compare src="/stalled.csv" top="3"></metric-compare>`,
  card: html`<region-card region="CN-AH" src="/stalled.csv"></region-card>`,
};

describe('while the data loads', () => {
  let restore = () => {};
  beforeEach(() => (restore = stallFetch()));
  afterEach(() => restore());

  for (const [name, markup] of Object.entries(LOADING)) {
    it(`the ${name} is named, busy, and passes axe-core`, async () => {
      const el = await place<Widget>(markup, 800);
      expect(nameOf(figure(el))).not.to.equal('');
      expect(figure(el).getAttribute('aria-busy')).to.equal('true');
      await expectAccessible(el);
    });
  }

  it('the map offers no table button while there is no table, and names its regions', async () => {
    const el = await place<Widget>(LOADING.map, 800);
    // Booleans, not elements: a failing comparison of elements serializes the whole widget.
    // Its row is kept by an invisible, disabled button, out of reach and out of the accessibility tree (the snapshot of that tree has no button).
    const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="table-toggle"]')!;
    expect([toggle.disabled, getComputedStyle(toggle).visibility], 'no table button').to.deep.equal([true, 'hidden']);
    expect(el.shadowRoot!.querySelector('[part="table"]') === null, 'no table').to.equal(true);
    expect(nameOf(el.shadowRoot!.querySelector('[role="listbox"]')!)).to.equal('Regions');
    for (const control of el.shadowRoot!.querySelectorAll('[aria-controls]')) {
      expect(el.shadowRoot!.getElementById(control.getAttribute('aria-controls')!) !== null, control.outerHTML).to.equal(true);
    }
  });
});

const BROKEN: Record<string, TemplateResult> = {
  map: html`<province-map metric="no-such-metric"></province-map>`,
  chart: html`<metric-compare metric="population" top="99"></metric-compare>`,
  card: html`<region-card region="Atlantis"></region-card>`,
};

describe('when the input is bad', () => {
  for (const [name, markup] of Object.entries(BROKEN)) {
    it(`the ${name} announces its message as an alert and passes axe-core`, async () => {
      const el = await place<Widget>(markup, 800);
      expect(await problemText(el)).to.contain('can’t be shown');
      expect(el.shadowRoot!.querySelector('[part="problem"]')!.getAttribute('role')).to.equal('alert');
      await expectAccessible(el);
    });
  }
});

describe('when drawn', () => {
  it('the map says its title once: as the figure’s name, not again as the listbox’s', async () => {
    const el = await place<Widget>(html`<province-map></province-map>`, 800);
    expect(nameOf(figure(el))).to.equal('Population by region, 2020');
    expect(nameOf(el.shadowRoot!.querySelector('[role="listbox"]')!)).to.equal('Regions');
    expect(el.shadowRoot!.querySelector('figcaption')!.getAttribute('aria-hidden')).to.equal('true');
    expect(el.shadowRoot!.querySelector('#description')!.getAttribute('aria-hidden')).to.equal('true');
  });
});
