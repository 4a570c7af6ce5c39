// Script-injection payloads in every text field of user data and in every text attribute: a
// canary proves that no script ran, and no element of the payloads appears in any widget.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { settle } from '../browser.js';

declare global {
  interface Window {
    __pwned?: string;
  }
}

const PAYLOADS = [
  '<script>window.__pwned="script"</script>',
  '<img src=x onerror="window.__pwned=\'img\'">',
  '"><svg onload="window.__pwned=\'svg\'">',
  "'><iframe srcdoc=\"<script>parent.__pwned='iframe'</script>\"></iframe>",
  'javascript:window.__pwned="js-url"',
  'JaVaScRiPt:window.__pwned="js-url-case"',
  'data:text/html,<script>window.__pwned="data-url"</script>',
  '<a href="javascript:window.__pwned=\'a\'">click</a>',
  '<details open ontoggle="window.__pwned=\'details\'">',
  '<input autofocus onfocus="window.__pwned=\'input\'">',
  '<object data="javascript:window.__pwned=\'object\'"></object>',
  '<embed src="javascript:window.__pwned=\'embed\'">',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned=\'math\'">',
  '<svg><animate onbegin="window.__pwned=\'animate\'" attributeName=x dur=1s>',
  '<meta http-equiv="refresh" content="0;url=javascript:window.__pwned=\'meta\'">',
  '<link rel=stylesheet href="javascript:window.__pwned=\'link\'">',
  '<style>@import "javascript:window.__pwned=\'style\'";</style>',
  '${window.__pwned="template"}',
  '{{constructor.constructor("window.__pwned=\'angular\'")()}}',
  '\');window.__pwned=\'quote\';//',
  '<body onload="window.__pwned=\'body\'">',
  '<template><img src=x onerror="window.__pwned=\'template-el\'"></template>',
];

// (The widgets' own note on rows left out of the data is a <details> with part="data-note".)
const FOREIGN = 'script, img, iframe, object, embed, input, details:not([part="data-note"]), math, meta, link, style:not([data-lit]), template, body, a[href^="javascript" i], a[href^="data" i]';

/** Every element a payload could have put into a widget's shadow root (styles are Lit's adopted sheets, not elements). */
function foreignElements(widget: Element): string[] {
  return [...widget.shadowRoot!.querySelectorAll(FOREIGN)].map((e) => e.outerHTML.slice(0, 60));
}

async function wait(ms: number) {
  await new Promise((r) => setTimeout(r, ms));
}

describe('script injection', () => {
  beforeEach(() => {
    delete window.__pwned;
  });

  it('has a canary that catches a payload that does run', async () => {
    const probe = document.createElement('div');
    probe.innerHTML = PAYLOADS[1]; // what a widget must never do with data
    document.body.append(probe);
    await wait(100);
    expect(window.__pwned).to.equal('img');
    probe.remove();
  });

  it(`runs none of ${PAYLOADS.length} payloads placed in every text field of user data`, async () => {
    let tried = 0;
    for (const payload of PAYLOADS) {
      const data = {
        metrics: [{ id: 'm', label: payload, unit: payload, year: 2025, source: { publisher: payload, title: payload, url: payload } }],
        values: [
          { region: 'Anhui', metric: 'm', value: 3, note: payload },
          { region: payload, metric: 'm', value: 4 },
        ],
      };
      const host = await fixture<HTMLElement>(html`<div>
        <province-map metric="m" label=${payload}></province-map>
        <region-card region="Anhui" metrics="m population"></region-card>
        <metric-compare metric="m" value-label=${payload} unit=${payload}></metric-compare>
      </div>`);
      const widgets = [...host.children] as (HTMLElement & { data: unknown; updateComplete: Promise<unknown> })[];
      for (const widget of widgets) widget.data = data;
      for (const widget of widgets) await settle(widget);
      (widgets[0].shadowRoot!.querySelector('path.region') as SVGElement | null)?.dispatchEvent(new PointerEvent('pointerenter', { pointerType: 'mouse' }));
      await wait(20);
      for (const widget of widgets) expect(foreignElements(widget), `${widget.localName}: ${payload}`).to.deep.equal([]);
      expect(window.__pwned, payload).to.equal(undefined);
      tried += widgets.length;
      host.remove(); // the next payload's widgets at the top of the page: a widget far below waits there, undrawn
    }
    console.log(`injection (data): ${PAYLOADS.length} payloads × ${tried / PAYLOADS.length} widgets, none ran, none injected`);
  });

  it(`runs none of ${PAYLOADS.length} payloads placed in every text attribute`, async () => {
    const attributes: Record<string, string[]> = {
      'province-map': ['metric', 'highlight', 'cluster', 'label', 'value-label', 'unit', 'selected', 'lang', 'src', 'geometry-src'],
      'region-card': ['region', 'metrics', 'lang', 'src'],
      'metric-compare': ['metric', 'regions', 'highlight', 'label', 'value-label', 'unit', 'compare-to', 'lang', 'src'],
    };
    let tried = 0;
    for (const [tag, names] of Object.entries(attributes)) {
      for (const name of names) {
        for (const payload of PAYLOADS) {
          const host = await fixture<HTMLElement>(html`<div></div>`);
          const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
          if (tag === 'region-card' && name !== 'region') el.setAttribute('region', 'Anhui');
          el.setAttribute(name, payload);
          host.append(el);
          await el.updateComplete;
          expect(foreignElements(el), `${tag} ${name}: ${payload}`).to.deep.equal([]);
          tried++;
          host.remove(); // as above
        }
      }
    }
    await wait(100); // let any fetch of a payload address fail and any handler fire
    expect(window.__pwned).to.equal(undefined);
    console.log(`injection (attributes): ${tried} placements, none ran, none injected`);
  });
});
