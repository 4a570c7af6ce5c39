// Notes by markup: <mosaic-note region> children of the map and the comparison, drawn beside
// their regions on a wide map, as numbered markers and a list on a phone, in the data table,
// followed when the page changes them, and always as text.
import { expect, html } from '@open-wc/testing';
import '../src/index.js';
import { clearConsole, expectAccessible, mosaicWarnings, place, settle, text, waitFor } from './browser.js';

const EAST = html`
  <mosaic-note region="CN-AH">Hefei: quantum and EV hub</mosaic-note>
  <mosaic-note region="Guangdong">90% of the country's drones</mosaic-note>
  <mosaic-note region="CN-BJ">Capital: universities and the most start-ups</mosaic-note>
  <mosaic-note region="上海">Largest port and the STAR market</mosaic-note>
`;

type Widget = HTMLElement & { updateComplete: Promise<unknown> };
const root = (el: Element) => el.shadowRoot!;
const noteTexts = (el: Element) => [...root(el).querySelectorAll<SVGTextElement>('.note-text')];
/** A drawn note's lines, as one text. */
const lines = (t: Element | null) => [...(t?.querySelectorAll('tspan') ?? [])].map((s) => s.textContent).join(' ');
/** The list's items: number, then the region and the note. */
const items = (el: Element) => [...root(el).querySelectorAll('ol.notes li')].map((li) => `${text(li.firstElementChild)} ${text(li.lastElementChild)}`);
const listShown = (el: Element) => {
  const list = root(el).querySelector<HTMLElement>('ol.notes');
  return !!list && !list.classList.contains('visually-hidden') && list.getBoundingClientRect().height > 0;
};
const boxesOverlap = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The map at `width`, once its drawing has measured its own width. */
async function map(width: number, notes = EAST, attributes = ''): Promise<Widget> {
  const el = await place<Widget>(
    attributes === 'tiles' ? html`<province-map metric="gdp" view="tiles">${notes}</province-map>` : html`<province-map metric="gdp">${notes}</province-map>`,
    width,
  );
  await waitFor(() => !!root(el).querySelector('.note-marks'), 'notes drawn');
  await settle(el);
  return el;
}

function expectNoOverlaps(el: Element): void {
  const svg = root(el).querySelector('svg')!.getBoundingClientRect();
  const boxes = noteTexts(el).map((t) => t.getBoundingClientRect());
  boxes.forEach((a, i) => {
    expect(a.left >= svg.left - 1 && a.right <= svg.right + 1 && a.top >= svg.top - 1 && a.bottom <= svg.bottom + 1, `note ${i} inside the drawing`).to.equal(true);
    boxes.slice(i + 1).forEach((b, j) => expect(boxesOverlap(a, b), `notes ${i} and ${i + j + 1}`).to.equal(false));
  });
}

describe('notes on the map', () => {
  it('draws four notes in the crowded east with leader lines and no overlaps at 1,280 px, listed for screen readers only', async () => {
    const el = await map(1280);
    expect(noteTexts(el).map(lines)).to.deep.equal([
      'Hefei: quantum and EV hub',
      "90% of the country's drones",
      'Capital: universities and the most start-ups',
      'Largest port and the STAR market',
    ]);
    expect(root(el).querySelectorAll('.note-leader:not(.halo)').length).to.equal(4);
    expect(root(el).querySelector('.note-marks')!.getAttribute('aria-hidden')).to.equal('true');
    expectNoOverlaps(el);
    // SVG boxes too, in drawing units.
    const boxes = noteTexts(el).map((t) => t.getBBox());
    boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height).to.equal(false)));
    expect(listShown(el)).to.equal(false);
    expect(root(el).querySelectorAll('ol.notes li').length).to.equal(4);
  });

  it('draws them on tiles at 1,280 px too', async () => {
    const el = await map(1280, EAST, 'tiles');
    expect(noteTexts(el).length).to.equal(4);
    expectNoOverlaps(el);
  });

  it('turns them into numbered markers and a numbered list under the map at 360 px', async () => {
    const el = await map(360);
    expect(noteTexts(el).length).to.equal(0);
    expect([...root(el).querySelectorAll('.note-marker')].map((m) => text(m))).to.deep.equal(['1', '2', '3', '4']);
    expect(listShown(el)).to.equal(true);
    expect(items(el)[0]).to.equal('1 Anhui: Hefei: quantum and EV hub');
    expect(items(el)[3]).to.equal('4 Shanghai: Largest port and the STAR market');
    // The list is under the drawing and inside the widget.
    const stage = root(el).querySelector('[part="map"]')!.getBoundingClientRect();
    const list = root(el).querySelector('ol.notes')!.getBoundingClientRect();
    expect(list.top >= stage.bottom && list.right <= el.getBoundingClientRect().right + 0.5).to.equal(true);
    const markers = [...root(el).querySelectorAll('.note-marker circle')].map((c) => c.getBoundingClientRect());
    markers.forEach((a, i) => markers.slice(i + 1).forEach((b) => expect(boxesOverlap(a, b)).to.equal(false)));
    await expectAccessible(el);
  });

  it('adds the notes to the data table, and a region’s note to its tooltip', async () => {
    const el = await map(1280);
    const headers = [...root(el).querySelectorAll('thead th')].map((th) => text(th));
    expect(headers.at(-1)).to.equal('Note');
    expect(text(root(el).querySelector('tr[data-region="CN-GD"] td:last-child'))).to.equal("90% of the country's drones");
    expect(text(root(el).querySelector('tr[data-region="CN-XZ"] td:last-child'))).to.equal('');
    root(el).querySelector<SVGPathElement>('.region[data-region="CN-AH"]')!.dispatchEvent(new PointerEvent('pointerenter', { pointerType: 'mouse' }));
    await settle(el);
    expect(text(root(el).querySelector('.tooltip .note-line'))).to.equal('Hefei: quantum and EV hub');
  });

  it('reports an unknown region in the widget and the console, and draws the other notes', async () => {
    const el = await map(1280, html`<mosaic-note region="Anhiu">Typo</mosaic-note><mosaic-note region="CN-SH">Port</mosaic-note>`);
    expect(text(root(el).querySelector('.note-problem'))).to.equal('There is no region “Anhiu”. Did you mean Anhui?');
    // Said politely, as a notice: the widget itself has not failed.
    const notice = root(el).querySelector('.note-problem')!;
    expect([notice.getAttribute('role'), notice.getAttribute('part'), root(el).querySelector('[part~="problem"]')]).to.deep.equal(['status', 'notice', null]);
    expect(mosaicWarnings()).to.have.length(1);
    expect(mosaicWarnings()[0]).to.contain('<mosaic-note> region="Anhiu" is not one of the 31 regions');
    expect(noteTexts(el).map(lines)).to.deep.equal(['Port']);
    expect(root(el).querySelector('svg [data-region="CN-AH"]')).to.not.equal(null); // the map is drawn
    // Corrected, the message goes and the note is drawn.
    clearConsole();
    el.querySelector('mosaic-note')!.setAttribute('region', 'Anhui');
    await waitFor(() => noteTexts(el).length === 2, 'two notes');
    expect(root(el).querySelector('.note-problem')).to.equal(null);
  });

  it('follows notes added, edited and removed', async () => {
    const el = await map(1280, html`<mosaic-note region="CN-SH">Port</mosaic-note>`);
    const note = document.createElement('mosaic-note');
    note.setAttribute('region', 'CN-GD');
    note.textContent = 'Drones';
    el.append(note);
    await waitFor(() => noteTexts(el).length === 2, 'the added note');
    note.firstChild!.textContent = 'Drones and phones';
    await waitFor(() => noteTexts(el).some((t) => lines(t) === 'Drones and phones'), 'the edited note');
    el.querySelector('mosaic-note')!.remove();
    await waitFor(() => noteTexts(el).length === 1, 'the removed note');
    expect(lines(root(el).querySelector('.note-text'))).to.equal('Drones and phones');
    note.remove();
    await waitFor(() => !root(el).querySelector('.note-marks'), 'no notes');
    expect(root(el).querySelector('ol.notes')).to.equal(null);
    expect([...root(el).querySelectorAll('thead th')].map((th) => text(th))).to.not.include('Note');
  });

  it('keeps markup in a note as text', async () => {
    const hostile = '<img src=x onerror="window.__noteInjected = true"><b>bold</b>';
    const note = document.createElement('mosaic-note');
    note.setAttribute('region', 'CN-SH');
    note.textContent = hostile;
    const el = await map(1280, html`${note}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((window as { __noteInjected?: boolean }).__noteInjected).to.equal(undefined);
    expect(root(el).querySelector('img, b')).to.equal(null);
    expect(text(root(el).querySelector('ol.notes li'))).to.contain(hostile);
    expect(noteTexts(el).map(lines).join(' ')).to.equal(hostile.replace(/\s+/g, ' '));
  });

  it('stops following notes when removed from the page', async () => {
    const el = await map(1280, html`<mosaic-note region="CN-SH">Port</mosaic-note>`);
    const parent = el.parentElement!;
    el.remove();
    el.querySelector('mosaic-note')!.textContent = 'Changed while away';
    await new Promise((resolve) => setTimeout(resolve, 20));
    parent.append(el);
    await waitFor(() => lines(root(el).querySelector('.note-text')) === 'Changed while away', 'the note read again on return');
  });
});

describe('notes on the comparison', () => {
  async function compare(width: number): Promise<Widget> {
    return place<Widget>(
      html`<metric-compare metric="gdp" top="10"><mosaic-note region="CN-GD">Largest economy since 1989</mosaic-note><mosaic-note region="Xizang">Not in the top ten</mosaic-note></metric-compare>`,
      width,
    );
  }

  for (const width of [360, 1280]) {
    it(`marks the bar and lists the notes under the chart at ${width} px`, async () => {
      const el = await compare(width);
      const marker = root(el).querySelector('.row[data-region="CN-GD"] .note-number');
      expect(text(marker)).to.equal('1');
      expect(root(el).querySelector('.row[data-region="CN-XZ"]')).to.equal(null);
      expect(listShown(el)).to.equal(true);
      expect(items(el)).to.deep.equal(['1 Guangdong: Largest economy since 1989', '2 Tibet: Not in the top ten']);
      // The marker stays inside its row, beside the name, overlapping neither the bar's value nor the name.
      const row = root(el).querySelector('.row[data-region="CN-GD"]')!;
      const [name, value, mark] = ['.name', '.value', '.note-number'].map((s) => row.querySelector(s)!.getBoundingClientRect());
      expect(boxesOverlap(mark!, value!)).to.equal(false);
      expect(mark!.right <= row.getBoundingClientRect().right + 0.5).to.equal(true);
      expect(name!.width > 0).to.equal(true);
      expect(text(root(el).querySelector('tr[data-region="CN-GD"] td:last-child'))).to.equal('Largest economy since 1989');
      // The row is read as its name and value, the marker's number not in it.
      expect(marker!.getAttribute('aria-hidden')).to.equal('true');
      await expectAccessible(el);
    });
  }
});
