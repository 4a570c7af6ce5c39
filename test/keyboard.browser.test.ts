/**
 * The keyboard on the map and the chart: Escape hides a tooltip however it was shown (focus,
 * hover, tap; WCAG 1.4.13), the chart's tooltip keeps off the bars the keyboard moves to, and
 * the opposite arrow goes back where the reader came from.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../src/province-map/province-map.js';
import '../src/metric-compare/metric-compare.js';
import { place, settle, text } from './browser.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };
const tooltip = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part="tooltip"]');
// Booleans and text, not elements: a failing comparison of elements serializes the whole widget.
const tooltipShown = (el: Element) => tooltip(el) !== null;
const item = (el: Element, id: string) => el.shadowRoot!.querySelector<HTMLElement>(`[data-region="${id}"][role="option"]`)!;
const focusedItem = (el: Element) => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.region;

/** The widget after a button, focused by pressing Tab from that button, as a keyboard user gets there. */
async function tabInto(markup: TemplateResult): Promise<Widget> {
  const host = await fixture<HTMLElement>(html`<div style="width: 800px"><button id="before">before</button>${markup}</div>`);
  const el = host.lastElementChild as Widget;
  await settle(el);
  host.querySelector<HTMLButtonElement>('#before')!.focus();
  await sendKeys({ press: 'Tab' });
  await el.updateComplete;
  return el;
}

async function press(el: Widget, key: string): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
}

const hover = (target: Element) => target.dispatchEvent(new PointerEvent('pointerenter', { pointerType: 'mouse' }));

function tap(target: Element): void {
  target.dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'touch', bubbles: true }));
  target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
}

const widgets = {
  'the map': { markup: html`<province-map></province-map>`, first: 'CN-BJ', other: 'CN-SC', move: 'ArrowRight' },
  'the tile map': { markup: html`<province-map view="tiles"></province-map>`, first: 'CN-BJ', other: 'CN-SC', move: 'ArrowRight' },
  'the chart': { markup: html`<metric-compare metric="population" top="5"></metric-compare>`, first: 'CN-GD', other: 'CN-HA', move: 'ArrowDown' },
};

for (const [name, { markup, first, other, move }] of Object.entries(widgets)) {
  describe(`Escape on ${name}`, () => {
    it('hides the tooltip that keyboard focus shows, keeps the focus, and the next arrow shows it again', async () => {
      const el = await tabInto(markup);
      expect(focusedItem(el)).to.equal(first);
      expect(tooltipShown(el)).to.equal(true);
      await press(el, 'Escape');
      expect(tooltipShown(el)).to.equal(false);
      expect(focusedItem(el)).to.equal(first);
      await press(el, move);
      expect(focusedItem(el)).not.to.equal(first);
      expect(tooltipShown(el)).to.equal(true);
    });

    it('hides the tooltip that hovering shows, with the focus elsewhere on the page', async () => {
      const el = await place<Widget>(markup, 800);
      hover(item(el, other));
      await el.updateComplete;
      expect(tooltipShown(el)).to.equal(true);
      (document.activeElement as HTMLElement | null)?.blur();
      await press(el, 'Escape');
      expect(tooltipShown(el)).to.equal(false);
    });

    it('closes a tooltip a tap pinned open', async () => {
      const el = await place<Widget>(markup, 800);
      tap(item(el, other));
      await el.updateComplete;
      expect(tooltip(el)?.querySelector('button') != null, 'a close button').to.equal(true);
      await press(el, 'Escape');
      expect(tooltipShown(el)).to.equal(false);
    });
  });
}

describe("the chart's tooltip and the keyboard", () => {
  const overlaps = (a: Element, b: Element) => {
    const r = a.getBoundingClientRect();
    const s = b.getBoundingClientRect();
    return r.left < s.right && s.left < r.right && r.top < s.bottom && s.top < r.bottom;
  };

  it('never covers the value of the bar the next arrow goes to', async () => {
    const el = await tabInto(html`<metric-compare metric="population" top="6"></metric-compare>`);
    const rows = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.row')];
    await press(el, 'ArrowDown');
    await press(el, 'ArrowDown');
    expect(focusedItem(el)).to.equal(rows[2].dataset.region);
    expect(text(tooltip(el))).to.contain('Henan');
    expect(overlaps(tooltip(el)!, rows[3].querySelector('.value')!), 'going down').to.equal(false);
    await press(el, 'ArrowUp');
    expect(overlaps(tooltip(el)!, rows[0].querySelector('.value')!), 'going up').to.equal(false);
  });
});

describe('arrow keys on the map', () => {
  for (const view of ['geo', 'tiles']) {
    it(`go back the way they came, and north from Anhui is Shandong (${view})`, async () => {
      const el = await tabInto(html`<province-map view=${view}></province-map>`);
      item(el, 'CN-AH').focus();
      await press(el, 'ArrowUp');
      expect(focusedItem(el)).to.equal('CN-SD');
      await press(el, 'ArrowDown');
      expect(focusedItem(el)).to.equal('CN-AH');
      // A walk of five moves, retraced key by key.
      item(el, 'CN-BJ').focus();
      const walk = ['ArrowUp', 'ArrowRight', 'ArrowDown', 'ArrowDown', 'ArrowLeft'];
      const back = { ArrowUp: 'ArrowDown', ArrowDown: 'ArrowUp', ArrowLeft: 'ArrowRight', ArrowRight: 'ArrowLeft' } as Record<string, string>;
      const visited = [focusedItem(el)];
      for (const key of walk) {
        await press(el, key);
        visited.push(focusedItem(el));
      }
      for (const key of [...walk].reverse()) {
        visited.pop();
        await press(el, back[key]);
        expect(focusedItem(el), `back with ${back[key]}`).to.equal(visited.at(-1));
      }
      expect(focusedItem(el)).to.equal('CN-BJ');
    });
  }
});
