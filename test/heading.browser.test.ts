// Every map and chart carries its headline on screen (the metric and its year unless the page
// gives its own), and takes a subtitle and a note as a newsroom chart does, by attribute or slot;
// `label` stays the accessible name.
import { expect, html } from '@open-wc/testing';
import '../src/index.js';
import { place, text } from './browser.js';

const shown = (el: Element, part: string) => {
  const node = el.shadowRoot!.querySelector<HTMLElement>(`[part="${part}"]`);
  return node && node.getBoundingClientRect().height > 0 ? text(node) : null;
};
const figureName = (el: Element) => {
  const figure = el.shadowRoot!.querySelector('figure')!;
  const id = figure.getAttribute('aria-labelledby');
  return id ? text(el.shadowRoot!.getElementById(id)) : figure.getAttribute('aria-label');
};

describe('headline, subtitle and note', () => {
  it('shows the metric and its year above the map and the chart, in en, zh and da', async () => {
    const cases = [
      [html`<province-map metric="gdp"></province-map>`, 'GDP by region, 2024'],
      [html`<province-map metric="population" lang="zh"></province-map>`, '常住人口（分地区），2020年'],
      [html`<province-map metric="rd-intensity" lang="da"></province-map>`, 'F&U-intensitet fordelt på regioner, 2023'],
      [html`<metric-compare metric="population" top="5"></metric-compare>`, 'Population, 2020'],
    ] as const;
    for (const [markup, headline] of cases) {
      const el = await place(markup, 640);
      expect(shown(el, 'headline')).to.equal(headline);
    }
  });

  it('takes a headline, subtitle and note of the page, keeping label as the accessible name', async () => {
    const el = await place(
      html`<province-map metric="gdp" headline="The coast makes China's money" subtitle="GDP, trillion yuan" note="Hainan had not published its figure." label="GDP map"></province-map>`,
      640,
    );
    expect(shown(el, 'headline')).to.equal("The coast makes China's money");
    expect(shown(el, 'subtitle')).to.equal('GDP, trillion yuan');
    expect(shown(el, 'note')).to.equal('Hainan had not published its figure.');
    expect(figureName(el)).to.equal('GDP map');
    // The note comes before the source line.
    const note = el.shadowRoot!.querySelector('[part="note"]')!.getBoundingClientRect();
    expect(note.bottom <= el.shadowRoot!.querySelector('[part="source"]')!.getBoundingClientRect().top).to.equal(true);
    const chart = await place(html`<metric-compare top="3" headline="Three giants"></metric-compare>`, 640);
    expect(figureName(chart)).to.equal('Three giants');
  });

  it('takes markup of the page in the headline, subtitle and note slots', async () => {
    const el = await place(
      html`<metric-compare top="3"><h2 slot="headline">Where the people are</h2><p slot="subtitle">Top three</p><p slot="note">Census of 2020.</p></metric-compare>`,
      640,
    );
    expect(shown(el, 'headline')).to.equal(null);
    const slotted = (name: string) => el.querySelector(`[slot="${name}"]`)!.getBoundingClientRect();
    const chart = el.shadowRoot!.querySelector('[part="chart"]')!.getBoundingClientRect();
    expect(slotted('headline').bottom <= slotted('subtitle').top && slotted('subtitle').bottom <= chart.top).to.equal(true);
    expect(slotted('note').top >= chart.bottom).to.equal(true);
  });

  it('leaves the headline out with no-headline, where the article has its own, and keeps the name', async () => {
    const el = await place(html`<province-map metric="gdp" no-headline></province-map>`, 640);
    expect(shown(el, 'headline')).to.equal(null);
    expect(figureName(el)).to.equal('GDP by region, 2024');
  });
});
