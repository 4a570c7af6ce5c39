import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { render } from 'lit';
import { emulateMedia, sendKeys, sendMouse } from '@web/test-runner-commands';
import { canEmulateMedia, expectAccessible, itEmulatingMedia, place, problemText, settle, text, waitFor } from '../../test/browser.js';
import type { CompareEventDetail } from './metric-compare.component.js';
import './metric-compare.js';
import type { MetricCompare } from './metric-compare.js';

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const rows = (el: Element) => $$(el, '.row');
/** Text a sighted reader sees: without the words added for screen readers. */
function shown(node: Element | null | undefined): string {
  const copy = node?.cloneNode(true) as Element | undefined;
  copy?.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
  return text(copy);
}
const barWidth = (row: HTMLElement) => row.querySelector<HTMLElement>('.bar.primary')!.getBoundingClientRect().width;

const compare = (markup: ReturnType<typeof html>, width = 640) => place<MetricCompare>(markup, width);


describe('<metric-compare> bars', () => {
  it('ranks the top 10 with lengths in proportion to their values', async () => {
    const el = await compare(html`<metric-compare metric="population" top="10"></metric-compare>`);
    const names = rows(el).map((r) => text(r.querySelector('.name')));
    expect(names).to.deep.equal(['Guangdong', 'Shandong', 'Henan', 'Jiangsu', 'Sichuan', 'Hebei', 'Hunan', 'Zhejiang', 'Anhui', 'Hubei']);
    const widths = rows(el).map(barWidth);
    expect(widths).to.deep.equal([...widths].sort((a, b) => b - a));
    expect(widths[1] / widths[0]).to.be.closeTo(101527453 / 126012510, 0.01);
    expect(rows(el).map((r) => shown(r.querySelector('.value')))).to.deep.equal(['126.0', '101.5', '99.4', '84.7', '83.7', '74.6', '66.4', '64.6', '61.0', '57.8']);
    expect(text(rows(el)[0].querySelector('.value'))).to.equal('126.0 million people, 8.9% of the 31-region total, Rank 1 of 31');
    expect(text($(el, '.axis-title'))).to.equal('Population (million people)');
  });

  it('compares a cluster and picks out highlighted regions', async () => {
    const el = await compare(html`<metric-compare metric="gdp" cluster="yrd" highlight="Anhui"></metric-compare>`);
    expect(rows(el).map((r) => r.dataset.region)).to.deep.equal(['CN-JS', 'CN-ZJ', 'CN-SH', 'CN-AH']);
    const colour = (id: string) => getComputedStyle($(el, `.row[data-region="${id}"] .bar.primary`)!).backgroundColor;
    expect(colour('CN-AH')).not.to.equal(colour('CN-JS'));
    expect(rows(el).map((r) => shown(r.querySelector('.value')))).to.deep.equal(['13.7', '9.0', '5.4', '5.1']);
    expect(text($(el, '.axis-title'))).to.equal('GDP (trillion yuan)');
  });

  it('compares the integration engines as aggregates, with their shares', async () => {
    const el = await compare(html`<metric-compare metric="population" group-by="cluster" show="share" sort="none"></metric-compare>`);
    expect(rows(el).map((r) => `${text(r.querySelector('.name'))} ${shown(r.querySelector('.value'))}`)).to.deep.equal([
      'Greater Bay Area 8.9%',
      'Yangtze River Delta 16.7%',
      'Beijing-Tianjin-Hebei 7.8%',
      'Rest of the mainland 66.5%',
    ]);
    expect(text($(el, '.note'))).to.match(/^Greater Bay Area: Guangdong as a whole/);
  });

  it('lists regions without data as "no data" and draws no bar for them', async () => {
    const el = await compare(html`<metric-compare metric="rd-intensity"></metric-compare>`);
    expect(rows(el)).to.have.length(17);
    expect(text($(el, '.missing'))).to.match(/^No data: /);
    expect(text($(el, '.missing')).split(', ')).to.have.length(14);
    expect($(el, '.row[data-region="CN-JL"]')).to.equal(null);
  });

  it('draws a reference line that says what it is: an average of the 31 regions, or a national figure', async () => {
    const el = await compare(html`<metric-compare metric="population" reference="mean"></metric-compare>`);
    expect($$(el, '.reference')).to.have.length(31);
    expect(text($(el, '.reference-label'))).to.equal('┆ Average of the 31 regions: 45.5 million people');
    const zh = await compare(html`<metric-compare metric="rd-intensity" reference="mean" lang="zh"></metric-compare>`);
    expect(text($(zh, '.reference-label'))).to.equal('┆ 全国：2.65%');
    const da = await compare(html`<metric-compare metric="gdp" reference="mean" lang="da"></metric-compare>`);
    expect(text($(da, '.reference-label'))).to.equal('┆ Hele landets tal ÷ 31: 4.352 mia. yuan');
    for (const widget of [el, zh, da]) expect(widget.shadowRoot!.textContent).not.to.match(/National average|全国平均|Landsgennemsnit/);
  });

  it('pairs a second metric', async () => {
    const el = await compare(html`<metric-compare metric="population" compare-to="rd-expenditure" regions="CN-GD CN-BJ"></metric-compare>`);
    expect($$(el, '.bar.secondary')).to.have.length(2);
    expect(shown($(el, '.row[data-region="CN-BJ"] .value'))).to.equal('22 295');
    expect(text($(el, '.row[data-region="CN-BJ"] .value'))).to.equal(
      'Population: 22 million people, 1.6% of the 31-region total, Rank 26 of 31; R&D expenditure: 295 billion yuan, Rank 3 of 19 with data',
    );
    expect(text($(el, '.axis-title'))).to.equal('Population (million people)');
    expect(text($(el, '.axis-title.second'))).to.equal('R&D expenditure, 2023 (billion yuan)');
  });

  it('labels values per language, with 万 and 亿 in Chinese', async () => {
    const zh = await compare(html`<metric-compare metric="population" top="2" lang="zh"></metric-compare>`);
    expect(rows(zh).map((r) => shown(r.querySelector('.value')))).to.deep.equal(['12,601', '10,153']);
    expect(text($(zh, '.axis-title'))).to.equal('常住人口（万人）');
    expect($$(zh, '[part="table"] thead th').map(text)).to.deep.equal(['地区', '常住人口（人）', '占31个地区总量的比重（%）', '排名（共31个）']);
    expect(text($(zh, '[part="table"] tfoot'))).to.match(/^来源：国家统计局/);
    expect($$(zh, '[part="table"] tbody tr:first-child td.number').map(text)).to.deep.equal(['126,012,510', '8.9', '1']);
    const da = await compare(html`<metric-compare metric="gdp" top="1" lang="da"></metric-compare>`);
    expect(shown(rows(da)[0].querySelector('.value'))).to.equal('14.163');
    expect(text($(da, '.axis-title'))).to.equal('BNP (mia. yuan)');
    expect(text($(da, '[part="table"] thead th:nth-child(2)'))).to.equal('BNP (mia. yuan)');
    expect(text($(da, '[part="table"] tbody tr td.number'))).to.equal('14.163,38');
  });

  it('draws your own "gdp" as yours: its year, its unit, its source, no national figure', async () => {
    const el = await compare(html`<metric-compare metric="gdp" reference="mean"></metric-compare>`);
    el.data = [
      { region: 'Anhui', metric: 'gdp', value: 37114, unit: 'cny-100m', year: 2019, source: 'Our archive' },
      { region: 'Jiangsu', metric: 'gdp', value: 99632, unit: 'cny-100m', year: 2019, source: 'Our archive' },
    ];
    await settle(el);
    expect(rows(el).map((r) => shown(r.querySelector('.value')))).to.deep.equal(['9.96', '3.71']);
    expect(text($(el, '.reference-label'))).to.equal('┆ Unweighted average of the 2 regions with data: 6.84 trillion yuan');
    expect(text($(el, '[part="source"]'))).to.equal('Source: Our archive');
  });

  it('fits 280 px, wrapping long names', async () => {
    const el = await compare(html`<metric-compare metric="population" group-by="cluster"></metric-compare>`, 280);
    const chart = $(el, '[part="chart"]')!;
    expect(chart.scrollWidth).to.be.at.most(chart.clientWidth + 1);
  });

  it('lists every bar and every gap in the data table', async () => {
    const el = await compare(html`<metric-compare metric="gdp" top="5"></metric-compare>`);
    const tableRows = $$(el, '[part="table"] tbody tr');
    expect(tableRows).to.have.length(5 + 1);
    expect(text(tableRows.at(-1)!.querySelector('td'))).to.equal('No data');
  });
});

describe('<metric-compare> motion', () => {
  afterEach(() => canEmulateMedia && emulateMedia({ reducedMotion: 'no-preference' }));

  itEmulatingMedia('lets bars grow when the metric changes, unless the reader asked for reduced motion', async () => {
    const el = await compare(html`<metric-compare top="3"></metric-compare>`);
    const duration = () => getComputedStyle(rows(el)[0].querySelector('.bar')!).transitionDuration;
    expect(duration()).to.equal('0.4s, 0.4s, 0.4s');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(duration()).to.equal('0s');
  });
});

describe('<metric-compare> interaction', () => {
  it('takes one tab stop, walks the bars with the arrow keys, selects with Enter and clears with Escape', async () => {
    const host = await fixture<HTMLElement>(html`<div><button id="before">before</button><metric-compare top="5"></metric-compare></div>`);
    const el = host.querySelector('metric-compare')!;
    await settle(el);
    expect(rows(el).filter((r) => r.tabIndex === 0)).to.have.length(1);
    host.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    const focused = () => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.region;
    expect(focused()).to.equal('CN-GD');
    await sendKeys({ press: 'ArrowDown' });
    expect(focused()).to.equal('CN-SD');
    await el.updateComplete;
    expect(text($(el, '[part="tooltip"]'))).to.contain('Shandong 101,527,453 people');
    await sendKeys({ press: 'End' });
    expect(focused()).to.equal('CN-SC');
    const select = oneEvent(el, 'region-select');
    await sendKeys({ press: 'Enter' });
    expect(((await select) as CustomEvent<CompareEventDetail>).detail).to.deep.equal({ region: 'CN-SC', value: 83674866 });
    const cleared = oneEvent(el, 'region-select');
    await sendKeys({ press: 'Escape' });
    expect(((await cleared) as CustomEvent<CompareEventDetail>).detail).to.deep.equal({ region: null, value: null });
  });

  it('draws a two-tone focus ring over the rows around it, in both palettes', async () => {
    for (const [theme, background, focus] of [
      ['light', 'rgb(255, 255, 255)', 'rgb(10, 91, 181)'],
      ['dark', 'rgb(22, 24, 29)', 'rgb(255, 212, 92)'],
    ]) {
      const host = await fixture<HTMLElement>(html`<div><button id="before">before</button><metric-compare top="5" theme=${theme}></metric-compare></div>`);
      const el = host.querySelector('metric-compare')!;
      await settle(el);
      host.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'ArrowDown' });
      const row = el.shadowRoot!.activeElement as HTMLElement;
      // Above the next row, which had painted over the ring's lower edge.
      expect(getComputedStyle(row).zIndex).to.equal('1');
      expect(getComputedStyle(rows(el)[2]!).zIndex).to.equal('auto');
      const shadow = getComputedStyle(row.querySelector('.track')!).boxShadow;
      // The page's colour, then the ring, then the page's colour again.
      expect(shadow.split(/,(?![^(]*\))/).map((layer) => layer.trim().match(/^rgba?\([^)]*\)/)![0])).to.deep.equal([background, focus, background]);
    }
  });

  it('names a source once in a paired tooltip where both figures come from it', async () => {
    // Beijing's GDP and GDP growth are both from its statistics bureau's communiqué (S7a).
    const el = await compare(html`<metric-compare metric="gdp" compare-to="gdp-growth" regions="CN-BJ"></metric-compare>`);
    const box = rows(el)[0].getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
    await el.updateComplete;
    const line = text($(el, '[part="tooltip"] p:last-child'));
    expect(line).to.match(/^Source: Beijing Municipal Bureau of Statistics/);
    expect(line).not.to.contain(';');
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('shows the tooltip on hover and fires region-hover, and selects on click', async () => {
    const el = await compare(html`<metric-compare top="3"></metric-compare>`);
    const row = rows(el)[1];
    const box = row.getBoundingClientRect();
    const hover = oneEvent(el, 'region-hover');
    await sendMouse({ type: 'move', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
    expect(((await hover) as CustomEvent<CompareEventDetail>).detail.region).to.equal('CN-SD');
    await el.updateComplete;
    expect(text($(el, '[part="tooltip"]'))).to.contain('Rank 2 of 31');
    const select = oneEvent(el, 'region-select');
    await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
    expect(((await select) as CustomEvent<CompareEventDetail>).detail.region).to.equal('CN-SD');
    await el.updateComplete;
    expect(el.selected).to.equal('CN-SD');
  });

  it('shows the tooltip on tap until it is dismissed', async () => {
    const el = await compare(html`<metric-compare top="3"></metric-compare>`);
    const row = rows(el)[2];
    row.dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'touch', bubbles: true }));
    row.click();
    await el.updateComplete;
    const close = $(el, '[part="tooltip"] button')!;
    expect(text($(el, '[part="tooltip"]'))).to.contain('Henan');
    close.click();
    await el.updateComplete;
    expect($(el, '[part="tooltip"]')).to.equal(null);
  });
});

describe('<metric-compare> data and errors', () => {
  it('compares the page’s own CSV', async () => {
    const el = await compare(html`<metric-compare src="/stories/public/example-rd-expenditure.csv"></metric-compare>`);
    await waitFor(() => rows(el).length > 0);
    expect(rows(el)[0].dataset.region).to.equal('CN-GD');
    expect(text($(el, '.axis-title'))).to.equal('value (亿元 (CNY 100 million))');
  });

  const errors: [string, ReturnType<typeof html>, string][] = [
    ['a rate grouped by cluster', html`<metric-compare metric="rd-intensity" group-by="cluster"></metric-compare>`, 'R&D intensity cannot be combined over regions without data this page does not have, so it is not shown by group.'],
    ['shares of a partial metric', html`<metric-compare metric="gdp" show="share"></metric-compare>`, 'Shares need a figure for all 31 regions; GDP has 30.'],
    ['an unknown metric', html`<metric-compare metric="gpd"></metric-compare>`, 'The metric value “gpd” is not valid.'],
    ['an unknown second metric', html`<metric-compare compare-to="xyz"></metric-compare>`, 'The compare-to value “xyz” is not valid.'],
    ['a bad top', html`<metric-compare top="0"></metric-compare>`, 'The top value “0” is not valid. Use 1–31.'],
    ['a bad sort', html`<metric-compare sort="random"></metric-compare>`, 'The sort value “random” is not valid.'],
    ['an unknown region', html`<metric-compare regions="CN-GD Guangxii"></metric-compare>`, 'There is no region “Guangxii”. Did you mean Guangxi?'],
    ['data that is missing', html`<metric-compare src="/missing.csv"></metric-compare>`, 'The data from /missing.csv could not be loaded (HTTP 404).'],
  ];
  for (const [name, markup, message] of errors) {
    it(`shows a message for ${name}, and recovers`, async () => {
      const el = await compare(markup);
      await waitFor(() => !!$(el, '[part="problem"]'));
      expect(text($(el, '[part="problem"]'))).to.contain(message);
      await expectAccessible(el);
      for (const attribute of ['metric', 'group-by', 'show', 'compare-to', 'top', 'sort', 'regions', 'src']) el.removeAttribute(attribute);
      await waitFor(() => rows(el).length === 31);
    });
  }
});

describe('<metric-compare> accessibility', () => {
  const configurations = {
    top: html`<metric-compare top="10" reference="mean"></metric-compare>`,
    groups: html`<metric-compare group-by="cluster" lang="zh"></metric-compare>`,
    paired: html`<metric-compare compare-to="rd-expenditure" cluster="yrd" lang="da"></metric-compare>`,
    gaps: html`<metric-compare metric="gdp" highlight="CN-AH"></metric-compare>`,
    dark: html`<metric-compare theme="dark" top="5"></metric-compare>`,
  };
  for (const [name, markup] of Object.entries(configurations)) {
    it(`passes axe-core: ${name}`, async () => {
      await expectAccessible(await compare(markup));
    });
  }
});

describe('<metric-compare> region names in other scripts and spellings', () => {
  const problem = (el: Element) => $(el, '[part="problem"]');
  const names = (el: Element) => rows(el).map((r) => text(r.querySelector('.name')));

  it('refuses Hong Kong, Macao and Taiwan in regions, highlight and selected as context, in en, zh and da, and recovers', async () => {
    const en = await compare(html`<metric-compare regions="CN-GD HK"></metric-compare>`);
    expect(await problemText(en)).to.equal('This graphic can’t be shown Hong Kong is not one of the 31 mainland regions; it is drawn as context, without data.');
    const zh = await compare(html`<metric-compare highlight="Macau" lang="zh"></metric-compare>`);
    expect(await problemText(zh)).to.equal('无法显示此图表 澳门不属于内地31个省级行政区，仅作为背景绘制，不含数据。');
    const da = await compare(html`<metric-compare selected="台湾" lang="da"></metric-compare>`);
    expect(await problemText(da)).to.equal('Grafikken kan ikke vises Taiwan er ikke en af de 31 regioner på fastlandet; den vises kun som kontekst, uden data.');
    en.regions = 'CN-GD 廣西 Shǎnxī';
    await waitFor(() => !problem(en) && rows(en).length === 3);
    expect(names(en)).to.deep.equal(['Guangdong', 'Guangxi', 'Shaanxi']);
  });

  it('highlights and selects the bars of regions named in traditional characters or with tone marks', async () => {
    const el = await compare(html`<metric-compare regions="Shanxi Shaanxi" highlight="陝西" selected="Shānxī"></metric-compare>`);
    await waitFor(() => rows(el).length === 2);
    expect(problem(el)).to.equal(null);
    expect(names(el)).to.deep.equal(['Shaanxi', 'Shanxi']);
    expect(rows(el).filter((r) => r.classList.contains('highlighted')).map((r) => r.dataset.region)).to.deep.equal(['CN-SN']);
    expect(rows(el).filter((r) => r.getAttribute('aria-selected') === 'true').map((r) => r.dataset.region)).to.deep.equal(['CN-SX']);
  });
});


describe('<metric-compare> as a file', () => {
  it("draws the page's notes in its figure as the chart does: numbers beside the names, the list under the chart", async () => {
    const el = await compare(html`<metric-compare metric="gdp" top="5" selected="CN-JS"><mosaic-note region="CN-GD">90% of the country’s drones</mosaic-note></metric-compare>`);
    const box = document.createElement('div');
    render(el.figure({ width: 640, scheme: 'light' })!.template, box);
    const row = (id: string) => box.querySelector(`.row[data-region="${id}"]`)!;
    expect(text(row('CN-GD').querySelector('.note-number text'))).to.equal('1');
    expect(row('CN-JS').querySelector('.note-number')).to.equal(null);
    expect(row('CN-JS').querySelector('.name')!.getAttribute('font-weight')).to.equal('700');
    expect([...box.querySelectorAll('text')].map((t) => text(t))).to.include('1. Guangdong: 90% of the country’s drones');
  });
});
