import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { canEmulateMedia, clearConsole, expectAccessible, itEmulatingMedia, litClassFieldReports, mosaicWarnings, settle } from '../../test/browser.js';
import { define } from './define.js';
import { MosaicElement } from './mosaic-element.js';
import { pageWatchStats } from '../controllers/page-watch.js';
import { checkChoice, type Problem } from '../text/problem.js';

/** A widget as small as the base allows: says its language, checks one attribute, can fail. */
class TestWidget extends MosaicElement {
  @property() shape = 'circle';
  @property({ type: Boolean }) explode = false;
  @property({ type: Boolean, attribute: 'explode-early' }) explodeEarly = false;

  protected override checkInput(): Problem | null {
    return super.checkInput() ?? checkChoice('shape', this.shape, ['circle', 'square']);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.explodeEarly) throw new RangeError('broken before render');
  }

  protected renderContent(): TemplateResult {
    if (this.explode) throw new TypeError('broken render');
    return html`<p class="content">${this.language}: ${this.shape}</p>`;
  }
}
define('test-widget', TestWidget);

/** One whose work before its first draw fails: it must not hold up the page's other widgets. */
class FailingStepsWidget extends TestWidget {
  protected override firstDrawSteps(): (() => void)[] {
    throw new Error('no steps');
  }
}
define('failing-steps-widget', FailingStepsWidget);

type Widget = TestWidget & HTMLElement;
const frameOf = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part="frame"]')!;
const problemOf = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part="problem"]');
const contentOf = (el: Element) => el.shadowRoot!.querySelector('.content')?.textContent?.trim();

describe('MosaicElement language', () => {
  it('speaks English when no lang is set anywhere', async () => {
    const el = await fixture<Widget>(testHtml`<test-widget></test-widget>`);
    expect(contentOf(el)).to.equal('en: circle');
    expect(frameOf(el).lang).to.equal('en');
  });

  it('uses its own lang, mapping any tag to a supported language', async () => {
    const el = await fixture<Widget>(testHtml`<test-widget lang="zh-CN"></test-widget>`);
    expect(contentOf(el)).to.equal('zh: circle');
    expect(frameOf(el).lang).to.equal('zh-Hans');
    el.lang = 'da-DK';
    await settle(el);
    expect(contentOf(el)).to.equal('da: circle');
    el.lang = 'fr';
    await settle(el);
    expect(contentOf(el)).to.equal('en: circle');
  });

  it("follows the nearest ancestor's lang and its changes", async () => {
    const outer = await fixture<HTMLElement>(
      testHtml`<section lang="zh"><div lang="da"><test-widget></test-widget></div></section>`,
    );
    const el = outer.querySelector<Widget>('test-widget')!;
    expect(contentOf(el)).to.equal('da: circle');
    outer.querySelector('div')!.removeAttribute('lang');
    await settle(el);
    expect(contentOf(el)).to.equal('zh: circle');
    outer.lang = 'da-DK';
    await settle(el);
    expect(contentOf(el)).to.equal('da: circle');
  });

  it("crosses shadow roots to the host's lang", async () => {
    const host = await fixture<HTMLElement>(testHtml`<div lang="zh-Hans"><span></span></div>`);
    const root = host.querySelector('span')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<test-widget></test-widget>';
    const el = root.querySelector<Widget>('test-widget')!;
    await settle(el);
    expect(contentOf(el)).to.equal('zh: circle');
  });
});

describe('MosaicElement theme', () => {
  const background = (el: Element) => getComputedStyle(frameOf(el)).backgroundColor;
  const text = (el: Element) => getComputedStyle(frameOf(el)).color;
  const LIGHT_BG = 'rgb(255, 255, 255)';
  const DARK_BG = 'rgb(22, 24, 29)';

  afterEach(async () => {
    document.documentElement.style.colorScheme = '';
    if (canEmulateMedia) await emulateMedia({ colorScheme: 'light' });
  });

  it('draws the light palette by default and the dark one on theme="dark"', async () => {
    const el = await fixture<Widget>(testHtml`<test-widget></test-widget>`);
    expect(background(el)).to.equal(LIGHT_BG);
    expect(text(el)).to.equal('rgb(31, 35, 40)');
    el.theme = 'dark';
    await settle(el);
    expect(el.getAttribute('theme')).to.equal('dark');
    expect(frameOf(el).dataset.scheme).to.equal('dark');
    expect(background(el)).to.equal(DARK_BG);
    expect(text(el)).to.equal('rgb(230, 232, 235)');
  });

  itEmulatingMedia("follows the reader's prefers-color-scheme on a page that declares both schemes, unless theme forces one", async () => {
    document.documentElement.style.colorScheme = 'light dark';
    const el = await fixture<Widget>(testHtml`<test-widget></test-widget>`);
    await emulateMedia({ colorScheme: 'dark' });
    await settle(el);
    expect(background(el)).to.equal(DARK_BG);
    el.theme = 'light';
    await settle(el);
    expect(background(el)).to.equal(LIGHT_BG);
  });

  itEmulatingMedia('stays light in a light article on a dark OS (a page that declares no color-scheme)', async () => {
    const el = await fixture<Widget>(testHtml`<test-widget></test-widget>`);
    await emulateMedia({ colorScheme: 'dark' });
    await settle(el);
    expect(background(el)).to.equal(LIGHT_BG);
    const article = await fixture<HTMLElement>(testHtml`<article style="background: #fff"><test-widget></test-widget></article>`);
    document.documentElement.style.colorScheme = 'dark';
    const inArticle = article.querySelector<Widget>('test-widget')!;
    await settle(inArticle);
    expect(background(inArticle)).to.equal(LIGHT_BG, 'the white article around it wins over the dark page');
  });

  it("crosses shadow roots to the background the host sits on", async () => {
    const host = await fixture<HTMLElement>(testHtml`<div style="background: rgb(18, 20, 23)"><span></span></div>`);
    const root = host.querySelector('span')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<test-widget></test-widget>';
    const el = root.querySelector<Widget>('test-widget')!;
    await settle(el);
    expect(background(el)).to.equal(DARK_BG);
  });

  it('takes the dark palette in a dark section of a light page, and back when the section turns light', async () => {
    const section = await fixture<HTMLElement>(testHtml`<section style="background: rgb(16, 42, 80)"><div><test-widget></test-widget></div></section>`);
    const el = section.querySelector<Widget>('test-widget')!;
    await settle(el);
    expect(background(el)).to.equal(DARK_BG);
    section.style.background = 'rgb(255, 241, 229)';
    // Pages switch sections by a class or style on <html> or <body>, which the widgets watch.
    document.body.classList.add('switched');
    await settle(el);
    document.body.classList.remove('switched');
    expect(background(el)).to.equal(LIGHT_BG);
  });

  itEmulatingMedia("follows the page's color-scheme when it names a single one", async () => {
    const el = await fixture<Widget>(testHtml`<test-widget></test-widget>`);
    document.documentElement.style.colorScheme = 'dark';
    await settle(el);
    expect(background(el)).to.equal(DARK_BG);
    document.documentElement.style.colorScheme = 'light';
    await emulateMedia({ colorScheme: 'dark' });
    await settle(el);
    expect(background(el)).to.equal(LIGHT_BG, 'a light-only page keeps the widget light');
  });

  it('takes colours from --im-* custom properties set on any ancestor', async () => {
    const outer = await fixture<HTMLElement>(
      testHtml`<div style="--im-color-background: rgb(1, 2, 3); --im-color-text: light-dark(rgb(4, 5, 6), rgb(7, 8, 9))">
        <test-widget></test-widget>
      </div>`,
    );
    const el = outer.querySelector<Widget>('test-widget')!;
    await el.updateComplete; // drawn in a task after the one that made it
    expect(background(el)).to.equal('rgb(1, 2, 3)');
    expect(text(el)).to.equal('rgb(4, 5, 6)');
    el.theme = 'dark';
    await settle(el);
    expect(text(el)).to.equal('rgb(7, 8, 9)');
  });

  it('passes axe-core in both palettes', async () => {
    for (const theme of ['light', 'dark']) {
      const el = await fixture<Widget>(testHtml`<test-widget theme=${theme}></test-widget>`);
      await expectAccessible(el);
    }
  });
});

describe('MosaicElement error state', () => {
  it('shows a localized message instead of the content, and warns once', async () => {
    const el = await fixture<Widget>(testHtml`<test-widget theme="purple"></test-widget>`);
    expect(contentOf(el)).to.equal(undefined);
    expect(problemOf(el)!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'This graphic can’t be shown The theme value “purple” is not valid. Use “auto”, “light”, or “dark”.',
    );
    expect(el.problem?.key).to.equal('problem.badChoice');
    el.requestUpdate();
    await el.updateComplete;
    el.lang = 'da';
    await settle(el);
    expect(problemOf(el)!.textContent).to.contain('Værdien “purple” for theme er ugyldig');
    expect(mosaicWarnings()).to.deep.equal([
      'innovation-mosaic: <test-widget> theme="purple" is not one of "auto", "light", "dark". <test-widget>',
    ]);
  });

  it("reports a widget's own attributes in the reader's language", async () => {
    const el = await fixture<Widget>(testHtml`<test-widget lang="zh" shape="hexagon"></test-widget>`);
    expect(problemOf(el)!.textContent).to.contain('shape 的值“hexagon”无效。请使用 “circle”或“square”。');
  });

  it('recovers as soon as the input is corrected, and warns again on a new problem', async () => {
    const el = await fixture<Widget>(testHtml`<test-widget shape="hexagon"></test-widget>`);
    el.shape = 'square';
    await el.updateComplete;
    expect(problemOf(el)).to.equal(null);
    expect(el.problem).to.equal(null);
    expect(contentOf(el)).to.equal('en: square');
    el.setAttribute('shape', 'hexagon');
    await el.updateComplete;
    expect(problemOf(el)).not.to.equal(null);
    expect(mosaicWarnings()).to.have.length(2);
  });

  it('renders markup in attribute values as text', async () => {
    const el = await fixture<Widget>(testHtml`<test-widget shape="<img src=x onerror=alert(1)>"></test-widget>`);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(problemOf(el)!.textContent).to.contain('“<img src=x onerror=alert(1)>”');
  });

  it('quotes at most 40 characters of a huge value in the widget, and all of it in the console', async () => {
    const huge = 'x'.repeat(1_000);
    const el = await fixture<Widget>(testHtml`<test-widget shape=${huge}></test-widget>`);
    expect(problemOf(el)!.textContent).to.contain(`“${'x'.repeat(39)}…”`);
    expect(mosaicWarnings()[0]).to.contain(huge);
  });

  it('turns an exception while rendering into the error state without reaching the page', async () => {
    const el = await fixture<Widget>(testHtml`<test-widget explode></test-widget>`);
    expect(problemOf(el)!.textContent).to.contain('Something went wrong while drawing it.');
    expect(el.problem?.detail).to.contain('TypeError: broken render');
    el.explode = false;
    await el.updateComplete;
    expect(contentOf(el)).to.equal('en: circle');
    expect(el.problem).to.equal(null);
  });

  it('turns an exception before rendering into the error state too', async () => {
    const el = await fixture<Widget>(testHtml`<test-widget explode-early></test-widget>`);
    expect(problemOf(el)!.textContent).to.contain('Something went wrong');
    expect(mosaicWarnings()[0]).to.contain('RangeError: broken before render');
    el.explodeEarly = false;
    await el.updateComplete;
    expect(contentOf(el)).to.equal('en: circle');
  });

  it('draws, and lets the others draw, when its work before the first draw fails', async () => {
    const host = await fixture<HTMLElement>(testHtml`<div><failing-steps-widget></failing-steps-widget><test-widget></test-widget></div>`);
    const [failing, other] = [...host.children] as Widget[];
    await Promise.all([failing!.updateComplete, other!.updateComplete]);
    expect([contentOf(failing!), contentOf(other!)]).to.deep.equal(['en: circle', 'en: circle']);
  });

  it('leaves other widgets on the page working', async () => {
    const outer = await fixture<HTMLElement>(
      testHtml`<div><test-widget explode></test-widget><test-widget theme="nope"></test-widget><test-widget></test-widget></div>`,
    );
    const [broken, invalid, fine] = [...outer.querySelectorAll<Widget>('test-widget')];
    await Promise.all([broken.updateComplete, invalid.updateComplete, fine.updateComplete]);
    expect(problemOf(broken)).not.to.equal(null);
    expect(problemOf(invalid)).not.to.equal(null);
    expect(contentOf(fine)).to.equal('en: circle');
  });

  it('passes axe-core in the error state, light and dark', async () => {
    for (const theme of ['light', 'dark']) {
      const el = await fixture<Widget>(testHtml`<test-widget theme=${theme} shape="x"></test-widget>`);
      await expectAccessible(el);
    }
  });
});

describe('MosaicElement page observers', () => {
  it('releases the shared observers when the last widget leaves the page', async () => {
    const outer = await fixture<HTMLElement>(testHtml`<div><test-widget></test-widget><test-widget></test-widget></div>`);
    expect(pageWatchStats()).to.deep.equal({ listeners: 2, observing: true });
    outer.querySelector('test-widget')!.remove();
    expect(pageWatchStats()).to.deep.equal({ listeners: 1, observing: true });
    outer.remove();
    expect(pageWatchStats().listeners).to.equal(0);
    await Promise.resolve(); // released a microtask later, so that a move does not rebuild them
    expect(pageWatchStats()).to.deep.equal({ listeners: 0, observing: false });
  });

  it('follows the language of the place it moves to', async () => {
    const outer = await fixture<HTMLElement>(testHtml`<div><div lang="da"><test-widget></test-widget></div><div lang="zh"></div></div>`);
    const el = outer.querySelector<Widget>('test-widget')!;
    await settle(el);
    expect(contentOf(el)).to.equal('da: circle');
    outer.querySelector('[lang="zh"]')!.append(el);
    await settle(el);
    expect(contentOf(el)).to.equal('zh: circle');
  });
});

describe('Lit dev-mode check', () => {
  it('catches a class field that shadows a reactive property', async () => {
    class ShadowingWidget extends MosaicElement {
      static override properties = { label: {} };
      constructor() {
        super();
        // What a native class field does to Lit's accessor.
        Object.defineProperty(this, 'label', { value: 'x', writable: true, enumerable: true, configurable: true });
      }
      protected renderContent() {
        return html``;
      }
    }
    define('test-shadowing-widget', ShadowingWidget);
    await fixture(testHtml`<test-shadowing-widget></test-shadowing-widget>`);
    expect(litClassFieldReports()).to.have.length(1);
    clearConsole();
  });
});
