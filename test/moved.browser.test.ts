// Widgets moved into another document and back (an iframe, a document made by
// createHTMLDocument) keep their styles and their state (issue 21).
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { settle, text } from './browser.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

/** What a reader sees of a widget's styling: its height, and whether the hidden parts stay hidden and lists unbulleted. */
function looks(el: Widget) {
  const root = el.shadowRoot!;
  const view = el.ownerDocument.defaultView!;
  const hidden = [...root.querySelectorAll('.visually-hidden')].map((e) => Math.round(e.getBoundingClientRect().width));
  const bullets = [...root.querySelectorAll('ul')].map((ul) => view.getComputedStyle(ul).listStyleType);
  return { height: Math.round(el.getBoundingClientRect().height), hidden: [...new Set(hidden)], bullets: [...new Set(bullets)] };
}

async function frame(): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = 'width: 640px; height: 900px; border: 0';
  iframe.srcdoc = '<!doctype html><html lang="en"><body style="margin: 0"></body></html>';
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  await loaded;
  return iframe;
}

describe('moved to another document and back', () => {
  for (const [tag, markup] of [
    ['province-map', html`<province-map selected="CN-GD" highlight="CN-GD CN-AH" mode="highlight"></province-map>`],
    ['metric-compare', html`<metric-compare top="5" selected="CN-GD"></metric-compare>`],
    ['region-card', html`<region-card region="Anhui"></region-card>`],
  ] as const) {
    it(`<${tag}> keeps its styles and its state through an iframe and a window-less document`, async () => {
      const host = await fixture<HTMLElement>(html`<div style="width: 640px">${markup}</div>`);
      const el = host.firstElementChild as Widget;
      await settle(el);
      const before = looks(el);
      const textBefore = text(el.shadowRoot!.querySelector('[part="frame"]'));
      expect(before.hidden.every((w) => w <= 1), 'hidden parts hidden').to.equal(true);
      expect(before.bullets.every((b) => b === 'none'), 'lists unbulleted').to.equal(true);

      const iframe = await frame();
      iframe.contentDocument!.body.append(el);
      await settle(el);
      expect(looks(el), 'in the iframe').to.deep.equal(before);

      const windowless = document.implementation.createHTMLDocument('elsewhere');
      windowless.body.append(el);
      await settle(el);
      host.append(el);
      await settle(el);
      expect(looks(el), 'back on the page').to.deep.equal(before);
      expect(text(el.shadowRoot!.querySelector('[part="frame"]'))).to.equal(textBefore);
      iframe.remove();
    });
  }
});
