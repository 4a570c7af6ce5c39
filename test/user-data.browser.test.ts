/**
 * Files as newsrooms export them (test/fixtures/user-data/, read in Node by user-data.test.ts),
 * loaded by `src` into each widget: the figures the reader sees, the note on rows left out, and
 * the message when a file cannot be used. Expected texts written by hand.
 */
import { expect } from '@open-wc/testing';
import { html, unsafeStatic } from 'lit/static-html.js';
import { expectAccessible, place, text, waitFor } from './browser.js';
import '../src/index.js';

const DIR = '/test/fixtures/user-data/';
const TAGS = ['province-map', 'region-card', 'metric-compare'] as const;
type Tag = (typeof TAGS)[number];
type Widget = HTMLElement & { updateComplete: Promise<unknown> };

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];

/** A widget with the file as `src` showing `metric` (the card: of `region`), once it has read it. */
async function load(tag: Tag, file: string, { region = 'CN-BJ', metric = 'value', attributes = '' } = {}): Promise<Widget> {
  const card = tag === 'region-card' ? `region="${region}" metrics="${metric}"` : `metric="${metric}"`;
  const el = await place<Widget>(html`<${unsafeStatic(tag)} src=${DIR + file} ${unsafeStatic(`${card} ${attributes}`)}></${unsafeStatic(tag)}>`, 640);
  await waitFor(() => !!$(el, '[part="problem"]') || !$(el, '[aria-busy="true"], [role="status"]'), `<${tag}> to read ${file}`);
  await el.updateComplete;
  return el;
}

/** What the widget shows of a region's figure: the card's figure (without the remark on its own line under it), else the region's row of the data table. */
function figureOf(el: Widget, tag: Tag, name: string): string {
  if (tag === 'region-card') {
    const figure = $(el, 'dd')!.cloneNode(true) as Element;
    figure.querySelector('.figure-note')?.remove();
    return text(figure);
  }
  return text($$(el, '[part="table"] tbody tr').find((tr) => text(tr).startsWith(`${name} `)));
}

const note = (el: Element) => ({ summary: text($(el, '[part="data-note"] summary')), details: $$(el, '[part="data-note"] li').map(text) });
const NO_NOTE = { summary: '', details: [] };

for (const tag of TAGS) {
  describe(`<${tag}> with files as newsrooms export them`, () => {
    it('refuses rows whose thousands separators split them, draws the rest, and says which rows', async () => {
      const el = await load(tag, 'en-thousands-unquoted.csv', { region: 'Tianjin' });
      expect(figureOf(el, tag, 'Tianjin')).to.match(/^(Tianjin )?13,866,009\b/);
      if (tag !== 'region-card') expect(figureOf(el, tag, 'Beijing')).to.equal('Beijing No data');
      expect(note(el)).to.deep.equal({
        summary: 'Rows of the data not shown in full: 2. Show details',
        details: ['Line 2: it has more cells than the header has columns', 'Line 4: it has more cells than the header has columns'],
      });
      const details = $(el, '[part="data-note"]') as HTMLDetailsElement;
      expect(details.open).to.equal(false);
      $(el, '[part="data-note"] summary')!.click();
      expect(details.open).to.equal(true);
      await expectAccessible(el);
    });

    it('reads a Danish Excel file: semicolons, a BOM, dots between thousands (Tibet;3.648 is 3,648)', async () => {
      const el = await load(tag, 'da-excel-semicolon-thousands.csv', { region: 'Tibet' });
      if (tag === 'metric-compare') {
        // The comparison's table: figures alone, the rank's span in its header, the one source below (issue 16).
        expect(figureOf(el, tag, 'Tibet')).to.equal('Tibet 3,648 3');
        expect(figureOf(el, tag, 'Beijing')).to.equal('Beijing 21,893,095 2');
        expect(text($(el, '[part="table"] thead th:last-child'))).to.equal('Rank of 3 with data');
        expect(text($(el, '[part="table"] tfoot'))).to.equal('Source: no source given');
      } else {
        expect(figureOf(el, tag, 'Tibet')).to.match(/^(Tibet )?3,648( Rank 3 of 3 with data no source given)?$/);
        if (tag !== 'region-card') expect(figureOf(el, tag, 'Beijing')).to.equal('Beijing 21,893,095 Rank 2 of 3 with data no source given');
      }
      expect(note(el)).to.deep.equal(NO_NOTE);
    });

    it('reads decimal commas after semicolons, and says them in Danish', async () => {
      const el = await load(tag, 'da-excel-semicolon-decimal-comma.csv', { attributes: 'lang="da"' });
      expect(figureOf(el, tag, 'Beijing')).to.match(/^(Beijing )?6,58\b/);
    });

    it('credits each figure to its own row’s source', async () => {
      const el = await load(tag, 'en-long-per-row-sources.csv', { region: 'Shanghai' });
      if (tag === 'region-card') {
        // The note mark is read as 'source 1' (issue 22) and seen as [1] (issue 16).
        expect(figureOf(el, tag, 'Shanghai')).to.equal('2,049.6 亿元, source 1 [1]');
        expect(text($(el, '[part="sources"] li'))).to.equal('[1] Shanghai Statistical Bureau');
      } else if (tag === 'metric-compare') {
        // Figure, rank, and the number of its source, the third listed below the table (issue 16).
        expect(figureOf(el, tag, 'Shanghai')).to.equal('Shanghai 2,049.6 3 3');
        expect(text($$(el, '[part="table"] tfoot p')[2])).to.equal('3 Shanghai Statistical Bureau');
        expect(text($(el, '[part="source"]'))).to.equal('Sources: Beijing Statistical Bureau; Shanghai Statistical Bureau; Jiangsu Statistical Bureau');
      } else {
        expect(figureOf(el, tag, 'Shanghai')).to.equal('Shanghai 2,049.6 亿元 Rank 3 of 3 with data Shanghai Statistical Bureau');
        expect(text($(el, '[part="source"]'))).to.match(/^Sources: Beijing Statistical Bureau; Shanghai Statistical Bureau; Jiangsu Statistical Bureau( · Boundaries: Natural Earth \(public domain\))?$/);
      }
    });

    it('refuses a second unit in a wide file’s unit column, naming the line', async () => {
      const el = await load(tag, 'en-wide-unit-year.csv', { metric: 'gdp' });
      expect(note(el)).to.deep.equal({ summary: 'Rows of the data not shown in full: 1. Show details', details: ['Line 3: the unit “亿美元” differs from the one given before'] });
    });

    it('names an unclosed quote’s line instead of drawing a wrong figure', async () => {
      const el = await load(tag, 'en-unclosed-quote.csv');
      expect(text($(el, '[part="problem"] p'))).to.equal(`The data from ${new URL(DIR + 'en-unclosed-quote.csv', location.href)} could not be used: a quote (") on line 2 is not closed where it should be.`);
    });

    it('asks for the decimal mark where the file cannot tell, and reads it with decimal=","', async () => {
      const unsure = await load(tag, 'da-sheet-thousands-ambiguous.csv');
      expect(text($(unsure, '[part="problem"] p'))).to.match(/could not be used: its figures can be read with either decimal mark; the page must set decimal="\." or decimal=","\.$/);
      const told = await load(tag, 'da-sheet-thousands-ambiguous.csv', { attributes: 'decimal=","' });
      expect($(told, '[part="problem"]')).to.equal(null);
      expect(figureOf(told, tag, 'Beijing')).to.match(/^(Beijing )?21,893\b/);
    });

    it('refuses a decimal attribute that is neither "." nor ","', async () => {
      const el = await load(tag, 'en-excel-plain.csv', { attributes: 'decimal="comma"' });
      expect(text($(el, '[part="problem"] p'))).to.equal('The decimal value “comma” is not valid. Use “.” or “,”.');
    });

    it('reads a tab-separated export (.tsv) with its unit column', async () => {
      const el = await load(tag, 'en-numbers-tab.tsv', { region: 'Hainan' });
      if (tag === 'metric-compare') {
        // The unit in the figure's column header, the figure alone (issue 16).
        expect(figureOf(el, tag, 'Hainan')).to.equal('Hainan 10,081,232 2');
        expect(text($(el, '[part="table"] thead th:nth-child(2)'))).to.match(/\(people\)$/);
      } else {
        expect(figureOf(el, tag, 'Hainan')).to.match(/^(Hainan )?10,081,232 people\b/);
      }
    });

    it('reads JSON with a byte-order mark', async () => {
      const el = await load(tag, 'json-bom-array.json', { region: 'Jiangsu' });
      expect(figureOf(el, tag, 'Jiangsu')).to.match(/^(Jiangsu )?84,748,016\b/);
    });

    it('lists rows left out in the reader’s language', async () => {
      const zh = await load(tag, 'en-unknown-and-context-regions.csv', { attributes: 'lang="zh"' });
      expect(note(zh)).to.deep.equal({
        summary: '数据中未能完整显示的行：3。查看详情',
        details: ['第2行：没有名为“Anhiu”的地区。您是指安徽吗？', '第3行：“Hong Kong”不在中国大陆31个省级行政区之列', '第4行：“Taiwan”不在中国大陆31个省级行政区之列'],
      });
      const da = await load(tag, 'en-percent-and-units.csv', { attributes: 'lang="da"' });
      expect(note(da)).to.deep.equal({
        summary: 'Rækker i data, der ikke vises fuldt ud: 2. Vis detaljer',
        details: ['Linje 2: “6.58%” i “value” er ikke et tal', 'Linje 3: “4.35 percent” i “value” er ikke et tal'],
      });
    });
  });
}
