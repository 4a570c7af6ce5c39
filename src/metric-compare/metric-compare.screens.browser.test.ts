// What a reader sees of the comparison on every screen (issue 16): what `top` leaves out, the
// axes' ticks at 280 to 1,200 px, the paired metric's own axis and gaps, even rows, and the data
// table on a phone.
import { expect, html } from '@open-wc/testing';
import { expectAccessible, place, settle, text } from '../../test/browser.js';
import './metric-compare.js';
import type { MetricCompare } from './metric-compare.js';

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const compare = (markup: ReturnType<typeof html>, width = 640) => place<MetricCompare>(markup, width);
const WIDTHS = [280, 360, 640, 1200];

/** Draws the widget at another width: its layout is CSS alone (container queries). */
async function resize(el: MetricCompare, width: number): Promise<void> {
  el.parentElement!.style.width = `${width}px`;
  await settle(el);
}

/** Whether a box has room on the page and is painted. */
function visible(node: HTMLElement | null): boolean {
  if (!node) return false;
  const box = node.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && getComputedStyle(node).visibility !== 'hidden' && !node.closest('.visually-hidden');
}

/** The labelled ticks of an axis (`first` above the bars, `second` below), left to right. */
const tickBoxes = (el: Element, axis: 'first' | 'second') =>
  $$(el, `.axis-row.${axis} .tick`)
    .filter(visible)
    .map((tick) => ({ text: text(tick), box: tick.getBoundingClientRect() }))
    .sort((a, b) => a.box.left - b.box.left);

/** Fails unless an axis labels three ticks or more, none touching the next, all inside the widget. */
function expectReadableAxis(el: MetricCompare, axis: 'first' | 'second', where: string): void {
  const ticks = tickBoxes(el, axis);
  const host = el.getBoundingClientRect();
  expect(ticks.length, `${where}: ${ticks.map((t) => t.text).join(' ')}`).to.be.at.least(3);
  ticks.forEach((tick, i) => {
    expect(tick.box.left, `${where}: "${tick.text}" clipped`).to.be.at.least(host.left);
    expect(tick.box.right, `${where}: "${tick.text}" clipped`).to.be.at.most(host.right);
    const next = ticks[i + 1];
    if (next) expect(next.box.left - tick.box.right, `${where}: "${tick.text}" and "${next.text}" overlap`).to.be.at.least(2);
  });
}

describe('<metric-compare> says what `top` leaves out', () => {
  it('says "top 10 of 31" visibly, in English, Chinese and Danish', async () => {
    const cases = [
      ['en', 'Top 10 of the 31 regions'],
      ['zh', '31个地区中的前10位'],
      ['da', 'Top 10 af de 31 regioner'],
    ];
    for (const [lang, words] of cases) {
      const el = await compare(html`<metric-compare metric="population" top="10" lang=${lang}></metric-compare>`);
      expect(visible($(el, '.scope')), lang).to.equal(true);
      expect(text($(el, '.scope'))).to.equal(words);
      expect($$(el, '.row')).to.have.length(10);
    }
  });

  it('counts the regions with data over a partial series', async () => {
    const cases = [
      ['en', 'Top 10 of the 17 regions with data'],
      ['zh', '有数据的17个地区中的前10位'],
      ['da', 'Top 10 af de 17 regioner med data'],
    ];
    for (const [lang, words] of cases) {
      const el = await compare(html`<metric-compare metric="rd-intensity" top="10" lang=${lang}></metric-compare>`);
      expect(text($(el, '.scope'))).to.equal(words);
    }
  });

  it('says nothing of the kind when every bar is drawn', async () => {
    const el = await compare(html`<metric-compare metric="population" cluster="yrd" top="10"></metric-compare>`);
    expect($(el, '.scope')).to.equal(null);
  });
});

describe('<metric-compare> axes at every width', () => {
  const charts: [string, ReturnType<typeof html>][] = [
    ['shares (en)', html`<metric-compare metric="population" show="share" top="8"></metric-compare>`],
    ['shares (da)', html`<metric-compare metric="population" show="share" top="8" lang="da"></metric-compare>`],
    ['population (zh)', html`<metric-compare metric="population" top="10" lang="zh"></metric-compare>`],
    ['GDP (zh)', html`<metric-compare metric="gdp" top="12" lang="zh"></metric-compare>`],
    ['GDP (da)', html`<metric-compare metric="gdp" lang="da" reference="mean"></metric-compare>`],
    ['density (da)', html`<metric-compare metric="density" top="10" lang="da"></metric-compare>`],
    ['R&D intensity', html`<metric-compare metric="rd-intensity" reference="median"></metric-compare>`],
    ['GDP growth (zh)', html`<metric-compare metric="gdp-growth" lang="zh"></metric-compare>`],
    ['groups', html`<metric-compare metric="population" group-by="cluster" show="share"></metric-compare>`],
    ['area', html`<metric-compare metric="area" top="5"></metric-compare>`],
  ];
  for (const [name, markup] of charts) {
    it(`labels three round ticks or more, never overlapping: ${name}`, async () => {
      const el = await compare(markup, WIDTHS[0]);
      for (const width of WIDTHS) {
        await resize(el, width);
        expectReadableAxis(el, 'first', `${name} at ${width} px`);
      }
    });
  }

  it('shows the share axis as 0, 2, 4, 6 and 8 % where there is room, and 0, 4 and 8 % on a phone', async () => {
    const el = await compare(html`<metric-compare metric="population" show="share" top="8"></metric-compare>`, 640);
    expect(tickBoxes(el, 'first').map((t) => t.text)).to.deep.equal(['0%', '2%', '4%', '6%', '8%']);
    await resize(el, 360);
    expect(tickBoxes(el, 'first').map((t) => t.text)).to.deep.equal(['0%', '4%', '8%']);
  });
});

describe('<metric-compare> the paired metric', () => {
  const paired = html`<metric-compare metric="population" compare-to="rd-expenditure" top="12"></metric-compare>`;

  it('has its own axis below the bars, named with its unit', async () => {
    const el = await compare(paired);
    expect(text($(el, '.axis-title'))).to.equal('Population (million people)');
    expect(visible($(el, '.axis-title.second'))).to.equal(true);
    expect(text($(el, '.axis-title.second'))).to.equal('R&D expenditure, 2023 (billion yuan)');
    expect(tickBoxes(el, 'second').map((t) => t.text)).to.deep.equal(['0', '200', '400']);
    // Below the last bar, its title below it.
    const lastRow = $$(el, '.row').at(-1)!.getBoundingClientRect();
    const axis = $(el, '.axis-row.second')!.getBoundingClientRect();
    expect(axis.top).to.be.at.least(lastRow.bottom - 0.5);
    expect($(el, '.axis-title.second')!.getBoundingClientRect().top).to.be.at.least(axis.bottom - 0.5);
    for (const width of WIDTHS) {
      await resize(el, width);
      expectReadableAxis(el, 'first', `population at ${width} px`);
      expectReadableAxis(el, 'second', `R&D expenditure at ${width} px`);
    }
  });

  it('says "no data" in the rows that lack its figure, and names them in a note', async () => {
    const el = await compare(paired);
    const second = (id: string) => $(el, `.row[data-region="${id}"] .second-value`)!;
    expect(visible(second('CN-GX'))).to.equal(true);
    expect(text(second('CN-GX'))).to.equal('; R&D expenditure: No data');
    expect(text(second('CN-GD'))).to.equal('; R&D expenditure: 480.3 billion yuan, Rank 1 of 19 with data');
    expect(text($(el, '.note'))).to.equal('R&D expenditure: no data for Guangxi, Yunnan');
    expect($$(el, '.bar.secondary')).to.have.length(10);
    const zh = await compare(html`<metric-compare metric="population" compare-to="rd-expenditure" top="12" lang="zh"></metric-compare>`);
    expect(text($(zh, '.note'))).to.equal('研发经费投入：广西、云南无数据');
    const da = await compare(html`<metric-compare metric="population" compare-to="rd-expenditure" top="12" lang="da"></metric-compare>`);
    expect(text($(da, '.note'))).to.equal('F&U-udgifter: ingen data for Guangxi, Yunnan');
  });

  it('passes axe-core with its gaps', async () => {
    await expectAccessible(await compare(paired, 360));
  });
});

describe('<metric-compare> rows of one height', () => {
  const charts: [string, ReturnType<typeof html>][] = [
    ['all 31, long names wrapping', html`<metric-compare metric="population"></metric-compare>`],
    ['paired, with gaps', html`<metric-compare metric="population" compare-to="rd-expenditure" top="12"></metric-compare>`],
    ['groups in Danish', html`<metric-compare metric="population" group-by="cluster" lang="da"></metric-compare>`],
    ['highlighted and selected', html`<metric-compare metric="gdp" top="8" highlight="CN-SH" selected="CN-JS"></metric-compare>`],
  ];
  for (const [name, markup] of charts) {
    it(`draws every row at one height: ${name}`, async () => {
      const el = await compare(markup, WIDTHS[0]);
      for (const width of WIDTHS) {
        await resize(el, width);
        const heights = $$(el, '.row').map((row) => row.getBoundingClientRect().height);
        const tallest = Math.max(...heights);
        for (const height of heights) expect(height, `${name} at ${width} px: ${heights.join(', ')}`).to.be.closeTo(tallest, 0.5);
      }
    });
  }
});

describe('<metric-compare> data table on a phone', () => {
  async function shownTable(markup: ReturnType<typeof html>, width: number) {
    const el = await compare(markup, width);
    $(el, '[part="table-toggle"]')!.click();
    await el.updateComplete;
    return el;
  }
  const columnHeaders = (el: Element) => $$(el, '[part="table"] thead th').map(text);
  const cells = (el: Element, id: string) => $$(el, `[part="table"] tr[data-region="${id}"] td.number`).map(text);

  it('gives each unit once, in its column header, and the figures alone as published', async () => {
    const el = await shownTable(html`<metric-compare metric="population" compare-to="rd-expenditure" regions="CN-GD CN-BJ CN-YN"></metric-compare>`, 360);
    expect(columnHeaders(el)).to.deep.equal(['Region', 'Population (people)', 'Share of the 31-region total (%)', 'R&D expenditure, 2023 (billion yuan)', 'Rank of 31']);
    expect(cells(el, 'CN-GD')).to.deep.equal(['126,012,510', '8.9', '480.26', '1']);
    expect(cells(el, 'CN-YN')).to.deep.equal(['47,209,277', '3.3', 'No data', '12']);
    // One source per metric here: said once, below the table.
    expect(text($(el, '[part="table"] tfoot'))).to.match(/^Sources: National Bureau of Statistics & State Council Leading Group Office .*; National Bureau of Statistics, Ministry of Science and Technology/);
    const gdp = await shownTable(html`<metric-compare metric="gdp" regions="CN-GZ CN-GD" lang="da"></metric-compare>`, 320);
    expect(columnHeaders(gdp)).to.deep.equal(['Region', 'BNP (mia. yuan)', 'Nr. af 30 med data', 'Kilde']);
    expect(cells(gdp, 'CN-GZ')).to.deep.equal(['ca. 2.270', '22']);
    expect(cells(gdp, 'CN-GD')).to.deep.equal(['14.163,38', '1']);
    // Each province's GDP from its own source: numbered, the rows pointing to them.
    expect($$(gdp, '[part="table"] tbody td:last-child').map(text)).to.deep.equal(['1', '2']);
    expect($$(gdp, '[part="table"] tfoot p').map((line) => text(line).slice(0, 2))).to.deep.equal(['1 ', '2 ']);
  });

  const tables: [string, ReturnType<typeof html>][] = [
    ['population, top 10', html`<metric-compare metric="population" top="10"></metric-compare>`],
    ['paired, in Danish', html`<metric-compare metric="population" compare-to="rd-expenditure" top="12" lang="da"></metric-compare>`],
    ['GDP in Chinese', html`<metric-compare metric="gdp" lang="zh"></metric-compare>`],
    ['groups', html`<metric-compare metric="population" group-by="cluster" show="share"></metric-compare>`],
  ];
  for (const [name, markup] of tables) {
    it(`does not overflow at 320 and 360 px: ${name}`, async () => {
      const el = await shownTable(markup, 320);
      for (const width of [320, 360]) {
        await resize(el, width);
        const table = $(el, '[part="table"]')!;
        const figure = $(el, '[part="figure"]')!;
        expect(table.getBoundingClientRect().right, `${name} at ${width} px`).to.be.at.most(figure.getBoundingClientRect().right + 0.5);
        expect(figure.scrollWidth, `${name} at ${width} px`).to.be.at.most(figure.clientWidth);
        expect(el.scrollWidth, `${name} at ${width} px`).to.be.at.most(width);
      }
      await expectAccessible(el);
    });
  }
});
