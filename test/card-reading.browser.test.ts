/** What a screen reader says of a region card: its name, its note marks, its headings in the page's outline. */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/region-card/region-card.js';
import { expectAccessible, place, problemText, settle, text } from './browser.js';

type Card = HTMLElement & { updateComplete: Promise<unknown> };
const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;

describe('<region-card> read aloud', () => {
  it('separates the two names, with the Chinese one marked as Chinese', async () => {
    const el = await place<Card>(html`<region-card region="CN-AH"></region-card>`, 600);
    expect(text($(el, 'h3'))).to.equal('Anhui, 安徽');
    expect($(el, 'h3 [lang]').lang).to.match(/^zh\b/);
    expect(text($(el, 'h3 [lang]'))).to.equal('安徽');
  });

  it('reads note marks as references to the sources, after the value, not the bracketed marks seen', async () => {
    /** The text without what is hidden from screen readers. */
    const heard = (node: Element) => {
      const copy = node.cloneNode(true) as Element;
      copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
      return text(copy);
    };
    const el = await place<Card>(html`<region-card region="CN-AH" metrics="population density"></region-card>`, 600);
    const [population, density] = [...el.shadowRoot!.querySelectorAll('dd')];
    expect(heard(population!)).to.equal('61,027,171 people, source 1');
    expect(heard(density!)).to.match(/, source 1, 2$/);
    const zh = await place<Card>(html`<region-card region="CN-AH" metrics="population" lang="zh"></region-card>`, 600);
    expect(heard($(zh, 'dd'))).to.match(/，来源1$/);
  });

  it("hides a claim's highlighted figure from screen readers, which read it in the claim", async () => {
    const el = await place<Card>(html`<region-card region="CN-GD"></region-card>`, 600);
    for (const figure of el.shadowRoot!.querySelectorAll('.claim-figure')) expect(figure.getAttribute('aria-hidden')).to.equal('true');
  });
});

describe('<region-card heading-level>', () => {
  it('keeps h3 and h4 by default', async () => {
    const el = await place<Card>(html`<region-card region="CN-AH"></region-card>`, 600);
    expect($(el, 'h3').hasAttribute('aria-level')).to.equal(false);
    expect($(el, 'h4').hasAttribute('aria-level')).to.equal(false);
    expect($(el, 'h5').hasAttribute('aria-level')).to.equal(false); // the cluster's claims: Yangtze River Delta
  });

  it("fits a page's outline under its h1: heading 2, sections 3, which axe-core accepts", async () => {
    const host = await fixture<HTMLElement>(html`<main><h1>An article</h1><region-card region="CN-AH" heading-level="2"></region-card></main>`);
    const el = host.querySelector('region-card') as Card;
    el.scrollIntoView();
    await settle(el);
    expect($(el, 'h3').getAttribute('aria-level')).to.equal('2');
    expect($(el, 'h4').getAttribute('aria-level')).to.equal('3');
    expect($(el, 'h5').getAttribute('aria-level')).to.equal('4');
    await expectAccessible(host);
  });

  it('refuses a level outside 1–6 with a message', async () => {
    const el = await place<Card>(html`<region-card region="CN-AH" heading-level="9"></region-card>`, 600);
    expect(await problemText(el)).to.contain('heading-level');
  });
});
