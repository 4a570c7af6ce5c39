// The download menu (issue 18): keyboard and screen-reader use, axe-core, and the files it
// saves, caught at the link's click and read back from their blob: URLs.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html, type TemplateResult } from 'lit';
import { fixture } from '@open-wc/testing';
import { define } from './define.js';
import { MosaicElement } from './mosaic-element.js';
import type { DataTable } from './csv-file.js';
import { clearConsole, expectAccessible, mosaicWarnings, place, problemText, settle, text, waitFor } from '../../test/browser.js';
import '../province-map/province-map.js';
import type { ProvinceMap } from '../province-map/province-map.component.js';
import '../metric-compare/metric-compare.js';
import '../region-card/region-card.js';
import { PNG_SCALE } from './download-files.js';

/** A widget with a table and no figure: its menu offers the CSV alone. */
class TableOnly extends MosaicElement {
  table: DataTable | null = null;
  protected override dataTable(): DataTable | null {
    return this.table;
  }
  protected renderContent(): TemplateResult {
    return html`<p>content</p>`;
  }
}
define('table-only-widget', TableOnly);

type Map = ProvinceMap & HTMLElement;
const part = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part="downloads"]');
const button = (el: Element) => part(el)!.querySelector<HTMLButtonElement>('.downloads-button')!;
const list = (el: Element) => part(el)!.querySelector<HTMLUListElement>('ul')!;
const items = (el: Element) => [...list(el).querySelectorAll('button')];
const focused = (el: Element) => el.shadowRoot!.activeElement;

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

/** A CSV download's lines, after checking its byte-order mark. */
async function csvLines(blob: Blob): Promise<string[]> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
  return new TextDecoder().decode(bytes.slice(3)).split('\r\n');
}

async function drawnMap(attributes: string, width = 640): Promise<Map> {
  const el = await place<Map>(html`<province-map></province-map>`, width);
  for (const [, name, value] of attributes.matchAll(/([\w-]+)="([^"]*)"/g)) el.setAttribute(name!, value!);
  await settle(el);
  await waitFor(() => el.shadowRoot!.querySelectorAll('path.region').length === 31, 'the map drawn');
  await settle(el);
  return el;
}

/** What the page's download link was given, once per click. */
let saved: { href: string; download: string }[] = [];
const originalClick = HTMLAnchorElement.prototype.click;
beforeEach(() => {
  saved = [];
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    saved.push({ href: this.href, download: this.download });
  };
});
afterEach(() => {
  HTMLAnchorElement.prototype.click = originalClick;
});

async function download(el: HTMLElement & { updateComplete: Promise<unknown> }, format: string): Promise<{ name: string; blob: Blob }> {
  const count = saved.length;
  button(el).click();
  await settle(el);
  part(el)!.querySelector<HTMLButtonElement>(`[data-format="${format}"]`)!.click();
  await waitFor(() => saved.length > count || !!part(el)!.querySelector('.downloads-message')!.textContent, `the ${format} file`, 8000);
  const file = saved.at(-1)!;
  expect(saved.length, text(part(el)!.querySelector('.downloads-message'))).to.equal(count + 1);
  return { name: file.download, blob: await (await fetch(file.href)).blob() };
}

describe('downloads menu', () => {
  it('is not there, and adds no tab stop, without downloads', async () => {
    const el = await drawnMap('metric="gdp"');
    expect(part(el)).to.equal(null);
  });

  it('walks by keyboard: Tab reaches the button, Enter opens, arrows move, Escape closes and returns the focus', async () => {
    const el = await drawnMap('metric="gdp" downloads="csv png svg"');
    expect(items(el).map((b) => text(b))).to.deep.equal(['PNG image', 'SVG image', 'Data (CSV)']);
    expect(list(el).hidden).to.equal(true);
    expect(button(el).getAttribute('aria-expanded')).to.equal('false');
    expect(el.shadowRoot!.getElementById(button(el).getAttribute('aria-controls')!)).to.equal(list(el));

    button(el).focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(button(el).getAttribute('aria-expanded')).to.equal('true');
    expect(list(el).hidden).to.equal(false);
    expect(focused(el)).to.equal(items(el)[0]);
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.equal(items(el)[1]);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.equal(items(el)[0], 'wraps to the first');
    await sendKeys({ press: 'ArrowUp' });
    expect(focused(el)).to.equal(items(el)[2], 'wraps to the last');
    await sendKeys({ press: 'Home' });
    expect(focused(el)).to.equal(items(el)[0]);
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(list(el).hidden).to.equal(true);
    expect(button(el).getAttribute('aria-expanded')).to.equal('false');
    expect(focused(el)).to.equal(button(el));
    expect(el.selected, 'Escape was the menu’s, not the map’s').to.equal('');

    await sendKeys({ press: ' ' });
    await settle(el);
    expect(list(el).hidden, 'Space opens it').to.equal(false);
    expect(focused(el)).to.equal(items(el)[0]);
    await sendKeys({ press: 'Escape' });
    await settle(el);
  });

  it('is reached by Tab, and closes when the focus leaves it or a click lands elsewhere', async () => {
    const el = await drawnMap('metric="gdp" downloads="png svg csv"');
    const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="table-toggle"]')!;
    toggle.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(el), 'the next tab stop after the table toggle').to.equal(button(el));
    await sendKeys({ press: 'Enter' });
    await settle(el);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    await settle(el);
    expect(list(el).hidden, 'focus left').to.equal(true);

    button(el).click();
    await settle(el);
    expect(list(el).hidden).to.equal(false);
    el.shadowRoot!.querySelector('svg')!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await settle(el);
    expect(list(el).hidden, 'a click on the map').to.equal(true);
  });

  it('has names screen readers read, and passes axe-core open and closed, light and dark', async () => {
    for (const theme of ['light', 'dark']) {
      const el = await drawnMap(`metric="gdp" downloads="png svg csv" theme="${theme}" lang="zh"`);
      expect(text(button(el))).to.equal('下载');
      expect(items(el).map((b) => text(b))).to.deep.equal(['PNG图片', 'SVG矢量图', '数据（CSV）']);
      await expectAccessible(el);
      button(el).click();
      await settle(el);
      await expectAccessible(el);
    }
  });

  it('sits under the graphic and the table toggle, at 360 px too, overlapping neither', async () => {
    for (const width of [360, 1000]) {
      const el = await drawnMap('metric="gdp" downloads="png svg csv"', width);
      const menu = button(el).getBoundingClientRect();
      const toggle = el.shadowRoot!.querySelector('[part="table-toggle"]')!.getBoundingClientRect();
      const map = el.shadowRoot!.querySelector('[part="map"]')!.getBoundingClientRect();
      expect(menu.top, `${width}: under the toggle`).to.be.at.least(toggle.bottom - 0.5);
      expect(menu.top, `${width}: under the map`).to.be.at.least(map.bottom);
      expect(menu.right).to.be.at.most(el.getBoundingClientRect().right);
    }
  });

  it('saves the SVG: the map at the widget’s width, 31 filled regions, its headline and source', async () => {
    const el = await drawnMap('metric="gdp" downloads="svg"', 700);
    const { name, blob } = await download(el, 'svg');
    expect(name).to.equal('province-map-gdp-en.svg');
    expect(blob.type).to.equal('image/svg+xml');
    const doc = new DOMParser().parseFromString(await blob.text(), 'image/svg+xml');
    const root = doc.documentElement;
    expect(root.localName).to.equal('svg');
    expect(Number(root.getAttribute('width'))).to.equal(Math.round(el.getBoundingClientRect().width));
    const regions = [...doc.querySelectorAll('path.region[data-region]')];
    expect(regions).to.have.length(31);
    // Each its own colour, the palette's side of it: no light-dark() an image viewer cannot read.
    const unfilled = regions.filter((p) => !/^fill: ?(#[0-9a-f]{6}|rgb\(\d+, \d+, \d+\));?$/i.test(p.getAttribute('style') ?? ''));
    // Hainan has no GDP figure in the data: painted by the file's own rule for regions without data.
    expect(unfilled.map((p) => `${p.getAttribute('data-region')} ${p.getAttribute('class')}`)).to.deep.equal(['CN-HI region no-data']);
    expect(doc.querySelector('style')!.textContent).to.match(/\.no-data[^{]*\{[^}]*fill:\s*(#|rgb|url)/);
    expect(new Set(regions.map((p) => p.getAttribute('style'))).size).to.be.greaterThan(3);
    const words = root.textContent!.replace(/\s+/g, ' ');
    expect(words).to.contain(text(el.shadowRoot!.querySelector('[part="headline"]')));
    expect(words).to.contain(text(el.shadowRoot!.querySelector('[part="source"]')).slice(0, 30));
  });

  it('saves the SVG in the widget’s palette and with the page’s own tokens', async () => {
    const el = await drawnMap('metric="gdp" downloads="svg" theme="dark"');
    el.style.setProperty('--im-color-text', '#ff00aa');
    const svg = await (await download(el, 'svg')).blob.text();
    expect(svg).to.contain('fill="#16181d"', 'the dark background');
    expect(svg).to.contain('#ff00aa');
  });

  it(`saves the PNG at ${PNG_SCALE}× the widget's width`, async () => {
    const el = await drawnMap('metric="gdp" downloads="png" lang="zh"', 500);
    const { name, blob } = await download(el, 'png');
    expect(name).to.equal('province-map-gdp-zh.png');
    expect(blob.type).to.equal('image/png');
    const header = new DataView(await blob.arrayBuffer());
    expect(header.getUint32(12)).to.equal(0x49484452, 'IHDR');
    expect(header.getUint32(16)).to.equal(Math.round(el.getBoundingClientRect().width) * PNG_SCALE);
    expect(header.getUint32(20)).to.be.greaterThan(header.getUint32(16) * 0.8);
  });

  it('says so inside the widget, and warns once, when the PNG cannot be made', async () => {
    const el = await drawnMap('metric="gdp" downloads="png" lang="da"');
    const OriginalImage = window.Image;
    // As a page whose CSP leaves blob: out of img-src: the image errors.
    window.Image = class extends OriginalImage {
      override set src(_url: string) {
        setTimeout(() => this.dispatchEvent(new Event('error')));
      }
    } as typeof Image;
    try {
      clearConsole();
      for (let i = 0; i < 2; i++) {
        button(el).click();
        await settle(el);
        part(el)!.querySelector<HTMLButtonElement>('[data-format="png"]')!.click();
        await waitFor(() => !!text(part(el)!.querySelector('.downloads-message')), 'the message');
      }
    } finally {
      window.Image = OriginalImage;
    }
    expect(saved).to.deep.equal([]);
    expect(text(part(el)!.querySelector('[role="status"]'))).to.equal('PNG-billedet kunne ikke laves på denne side, sandsynligvis på grund af sidens sikkerhedsindstillinger.');
    expect(mosaicWarnings().filter((w) => w.includes('.png'))).to.have.length(1);
  });

  it('saves the CSV for a spreadsheet: BOM, header, one row per region, plain numbers', async () => {
    const el = await drawnMap('metric="gdp" downloads="csv"');
    const { name, blob } = await download(el, 'csv');
    expect(name).to.equal('province-map-gdp-en.csv');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).split('\r\n');
    // Guizhou's GDP is approximate (a Qualifier column), several figures have notes (a Note column).
    expect(lines[0]).to.equal('Region,ISO code,GDP,Qualifier,Unit,Year,Source,Note');
    expect(lines).to.have.length(31 + 2); // header, 31 regions, the last line's end
    // data/series.csv: gdp,CN-GD,141633.8 (亿元, 10⁸ yuan), 2024, source S11: 14,163.38 billion yuan, first, exact.
    expect(lines[1]).to.match(/^Guangdong,CN-GD,14163\.38,,billion yuan,2024,/);
  });

  it('saves the comparison’s CSV: a row per bar in the chart’s order, then the region without data, the figures themselves', async () => {
    clearConsole();
    const el = await place<Widget>(html`<metric-compare metric="gdp" top="3" downloads="png svg csv"></metric-compare>`, 640);
    await settle(el);
    expect(items(el).map((b) => b.dataset.format)).to.deep.equal(['png', 'svg', 'csv']);
    expect(mosaicWarnings().filter((w) => w.includes('csv')), 'CSV is offered').to.deep.equal([]);
    const { name, blob } = await download(el, 'csv');
    expect(name).to.equal('metric-compare-gdp-top3-en.csv');
    const lines = await csvLines(blob);
    expect(lines[0]).to.equal('Region,ISO code,GDP,Unit,Year,Source,Note');
    // data/series.csv: gdp,CN-GD,141633.8 (亿元, S11 Wikipedia): 14,163.38 billion yuan, where the bar says 14.16 (trillion); its note.
    expect(lines[1]).to.match(/^Guangdong,CN-GD,14163\.38,billion yuan,2024,Wikipedia \(n\.d\.\),"The province's 2024 statistical communiqué/);
    expect(lines.slice(2, 4).map((l) => l.split(',').slice(0, 3).join(','))).to.deep.equal(['Jiangsu,CN-JS,13700.8', 'Shandong,CN-SD,9856.58']);
    expect(lines[4]).to.equal('Hainan,CN-HI,,billion yuan,2024,,');
    expect(lines).to.have.length(4 + 2);
  });

  it('saves the comparison of groups with shares in Chinese: the share of the 31-region total, no ISO code', async () => {
    const el = await place<Widget>(html`<metric-compare metric="population" group-by="cluster" show="share" lang="zh" downloads="csv"></metric-compare>`, 640);
    await settle(el);
    const { name, blob } = await download(el, 'csv');
    expect(name).to.equal('metric-compare-population-by-cluster-share-zh.csv');
    const lines = await csvLines(blob);
    expect(lines[0]).to.equal('地区,ISO代码,常住人口,占31个地区总量的比重（%）,单位,年份,来源,注释');
    // GBA: Guangdong's 126,012,510 of the 31 regions' 1,409,778,724.
    expect(lines.find((l) => l.startsWith('粤港澳大湾区'))).to.match(/^粤港澳大湾区,,126012510,8\.94,人,2020,国家统计局/);
  });

  it('saves the card’s CSV: a row for every figure of `metrics`, also those the compact card leaves out', async () => {
    clearConsole();
    const el = await place<Widget>(html`<region-card region="内蒙古" variant="compact" metrics="population area density gdp rd-intensity" downloads="csv"></region-card>`, 300);
    await settle(el);
    await waitFor(() => !!part(el), 'the menu');
    expect(items(el).map((b) => b.dataset.format)).to.deep.equal(['csv']);
    const { name, blob } = await download(el, 'csv');
    expect(name).to.equal('region-card-cn-nm-en.csv');
    const lines = await csvLines(blob);
    expect(lines[0]).to.equal('Region,ISO code,Figure,Value,Unit,Year,Source,Note');
    expect(lines).to.have.length(5 + 2);
    expect(lines[1]).to.match(/^Inner Mongolia,CN-NM,Population,24049155,people,2020,"National Bureau of Statistics &/);
    // gdp,CN-NM,26314.6 (亿元, S18): 2,631.46 billion yuan; the source's name has a comma, so it is quoted.
    expect(lines[4]).to.match(/^Inner Mongolia,CN-NM,GDP,2631\.46,billion yuan,2024,"Provincial statistics bureaus \(2025\), via /);
  });

  it('offers only the files a widget can make, warning once of the others; a file not ready yet is said', async () => {
    clearConsole();
    const el = await fixture<TableOnly>(html`<table-only-widget downloads="png svg csv"></table-only-widget>`);
    await settle(el);
    expect(items(el).map((b) => b.dataset.format)).to.deep.equal(['csv']);
    expect(mosaicWarnings()).to.deep.equal([
      'innovation-mosaic: <table-only-widget> has no png download yet; downloads="png" is left out of its menu.',
      'innovation-mosaic: <table-only-widget> has no svg download yet; downloads="svg" is left out of its menu.',
    ]);
    items(el)[0]!.click();
    await waitFor(() => !!text(part(el)!.querySelector('[role="status"]')), 'the message');
    expect(text(part(el)!.querySelector('[role="status"]'))).to.equal('The file could not be made. The browser console has the details.');
    expect(saved).to.deep.equal([]);
    el.table = { columns: ['a'], rows: [[1]] };
    button(el).click();
    await settle(el);
    expect(text(part(el)!.querySelector('[role="status"]')), 'cleared as the list opens').to.equal('');
    items(el)[0]!.click();
    await waitFor(() => saved.length === 1, 'the file');
    expect(saved[0]!.download).to.equal('table-only-widget-en.csv');
  });

  it('shows a bad downloads value as a problem, and recovers', async () => {
    const el = await drawnMap('metric="gdp"');
    el.setAttribute('downloads', 'png gif');
    expect(await problemText(el)).to.equal('This graphic can’t be shown The downloads value “gif” is not valid. Use one or more of “png”, “svg”, or “csv”, separated by spaces.');
    expect(mosaicWarnings().some((w) => w.includes('downloads="png gif"'))).to.equal(true);
    el.setAttribute('downloads', 'png');
    await settle(el);
    await waitFor(() => !!part(el), 'the menu');
    expect(items(el).map((b) => b.dataset.format)).to.deep.equal(['png']);
  });
});
