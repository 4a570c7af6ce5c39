/**
 * Widgets linked by a shared `group` attribute: hover and selection go to the widgets of the same
 * group (in light DOM or another shadow root), not to other groups or to widgets without one;
 * a starting attribute stays the widget's own; a page's later change is shared; nothing echoes.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import { GROUP_EVENT, type GroupMessage } from '../src/controllers/group-link.js';
import { settle, text, waitFor } from './browser.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown>; selected: string; region: string; group: string };

const item = (el: Element, id: string) => el.shadowRoot!.querySelector<HTMLElement>(`[data-region="${id}"][role="option"]`)!;
const click = (target: Element) => target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
const hover = (target: Element) => target.dispatchEvent(new PointerEvent('pointerenter', { pointerType: 'mouse' }));
/** The region the map outlines as hovered, by its path (the outline repeats the region's shape). */
const mapHovered = (map: Element) => {
  const d = map.shadowRoot!.querySelector('.outline.hover')?.getAttribute('d');
  return d ? [...map.shadowRoot!.querySelectorAll<SVGPathElement>('.region')].find((p) => p.getAttribute('d') === d)?.dataset.region : undefined;
};
const barsHovered = (bars: Element) => [...bars.shadowRoot!.querySelectorAll<HTMLElement>('.row.hovered')].map((r) => r.dataset.region);
const tooltipShown = (el: Element) => el.shadowRoot!.querySelector('[part="tooltip"]') !== null;
const liveText = (card: Element) => text(card.shadowRoot!.querySelector('[aria-live="polite"]'));

/** Every group message and widget event on the page while a test runs. */
const heard: string[] = [];
const onMessage = (e: Event) => {
  const { group, kind, region } = (e as CustomEvent<GroupMessage>).detail;
  heard.push(`${group} ${kind} ${region}`);
};
const onEvent = (e: Event) => heard.push(`${e.type} ${(e.target as Element).id} ${(e as CustomEvent).detail.region}`);
beforeEach(() => {
  heard.length = 0;
  document.addEventListener(GROUP_EVENT, onMessage);
  document.addEventListener('region-select', onEvent);
  document.addEventListener('region-hover', onEvent);
});
afterEach(() => {
  document.removeEventListener(GROUP_EVENT, onMessage);
  document.removeEventListener('region-select', onEvent);
  document.removeEventListener('region-hover', onEvent);
});

const selects = () => heard.filter((h) => / select /.test(h) || h.startsWith('region-select'));

/** A page with two groups and a widget in none; all drawn (in view). */
async function page() {
  const host = await fixture<HTMLElement>(html`<div style="width: 640px">
    <button id="before">before</button>
    <province-map id="map" group="story" view="tiles" legend="none"></province-map>
    <metric-compare id="bars" group="story" metric="population" top="5" no-headline></metric-compare>
    <region-card id="card" group="story" region="CN-BJ" variant="compact" no-map></region-card>
    <province-map id="other" group="other" view="tiles" legend="none"></province-map>
    <metric-compare id="lone" metric="population" top="5" no-headline></metric-compare>
  </div>`);
  const [map, bars, card, other, lone] = ['map', 'bars', 'card', 'other', 'lone'].map((id) => host.querySelector<Widget>(`#${id}`)!);
  for (const el of [map, bars, card, other, lone]) {
    el.scrollIntoView();
    await settle(el);
  }
  map.scrollIntoView();
  await settle(map);
  heard.length = 0;
  return { host, map: map!, bars: bars!, card: card!, other: other!, lone: lone! };
}

const allSettled = (...els: Widget[]) => Promise.all(els.map((el) => settle(el)));

describe('linked widgets (group)', () => {
  it('a click selects the region in every widget of the group, once, and in no other', async () => {
    const { map, bars, card, other, lone } = await page();
    click(item(map, 'CN-AH'));
    await allSettled(map, bars, card, other, lone);
    expect([map.selected, bars.selected, card.region]).to.deep.equal(['CN-AH', 'CN-AH', 'CN-AH']);
    expect([other.selected, lone.selected]).to.deep.equal(['', '']);
    // One event from the widget the reader used, one message, no echo.
    expect(selects()).to.deep.equal(['region-select map CN-AH', 'story select CN-AH']);
  });

  it('the linked card says which region it now shows, politely: its name is a live region', async () => {
    const { map, card } = await page();
    const live = card.shadowRoot!.querySelector('[aria-live]');
    expect([live?.getAttribute('aria-live'), live?.getAttribute('part')]).to.deep.equal(['polite', 'name']);
    expect(liveText(card)).to.equal('Beijing, 北京');
    click(item(map, 'CN-GD'));
    await allSettled(map, card);
    // The same element, its text changed: what a screen reader announces.
    expect([card.shadowRoot!.querySelector('[aria-live]') === live, liveText(card)]).to.deep.equal([true, 'Guangdong, 广东']);
    // Without a group, no live region.
    card.removeAttribute('group');
    await settle(card);
    expect([card.shadowRoot!.querySelector('[aria-live]') === null, liveText(card)]).to.deep.equal([true, '']);
    expect(text(card.shadowRoot!.querySelector('[part="name"]'))).to.equal('Guangdong, 广东');
  });

  it('hover shows as hovered (no tooltip) in the same group only, and leaving clears it', async () => {
    const { map, bars, other } = await page();
    hover(item(map, 'CN-GD'));
    await allSettled(map, bars, other);
    expect(barsHovered(bars)).to.deep.equal(['CN-GD']);
    expect(tooltipShown(bars)).to.equal(false);
    expect(mapHovered(other)).to.equal(undefined);
    map.shadowRoot!.querySelector('svg')!.dispatchEvent(new PointerEvent('pointerleave', { pointerType: 'mouse' }));
    await allSettled(map, bars);
    expect(barsHovered(bars)).to.deep.equal([]);

    heard.length = 0;
    hover(item(bars, 'CN-SD'));
    await allSettled(map, bars);
    expect(mapHovered(map)).to.equal('CN-SD');
    expect(tooltipShown(map)).to.equal(false);
    // The linked map fires no events of its own.
    expect(heard).to.deep.equal(['story hover CN-SD', 'region-hover bars CN-SD']);
  });

  it('keyboard: Enter selects in the group without moving the focus, Escape clears, the card keeps its region', async () => {
    const { host, map, bars, card } = await page();
    host.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    await map.updateComplete;
    expect(document.activeElement === map).to.equal(true);
    // The focused region goes to the group as hovered (Beijing has no bar among the top 5).
    expect(heard).to.deep.equal(['story hover CN-BJ', 'region-hover map CN-BJ']);
    await sendKeys({ press: 'Enter' });
    await allSettled(map, bars, card);
    expect([map.selected, bars.selected, card.region]).to.deep.equal(['CN-BJ', 'CN-BJ', 'CN-BJ']);
    expect([document.activeElement === map, bars.shadowRoot!.activeElement === null, card.shadowRoot!.activeElement === null]).to.deep.equal([true, true, true]);

    click(item(map, 'CN-HN'));
    await allSettled(map, bars, card);
    await sendKeys({ press: 'Escape' });
    await allSettled(map, bars, card);
    expect([map.selected, bars.selected, card.region]).to.deep.equal(['', '', 'CN-HN']);
    expect(document.activeElement === map).to.equal(true);
    expect(selects().slice(-2)).to.deep.equal(['region-select map null', 'story select null']);

    // Focus moving within the map keeps the group's hover; leaving the map ends it.
    heard.length = 0;
    await sendKeys({ press: 'ArrowDown' });
    await allSettled(map, bars);
    expect(heard.filter((h) => h.startsWith('story hover'))).to.have.length(1);
    expect(heard).not.to.include('story hover null');
    heard.length = 0;
    host.querySelector<HTMLButtonElement>('#before')!.focus();
    await allSettled(map, bars);
    expect(heard).to.deep.equal(['story hover null']);
    expect(barsHovered(bars)).to.deep.equal([]);
  });

  it('a hover ends in the others when its widget leaves the page or the group, and when a widget changes group', async () => {
    const { map, bars, other } = await page();
    hover(item(map, 'CN-GD'));
    await allSettled(map, bars);
    expect(barsHovered(bars)).to.deep.equal(['CN-GD']);
    map.remove();
    await allSettled(bars);
    expect(barsHovered(bars)).to.deep.equal([]);

    hover(item(other, 'CN-SD'));
    await allSettled(other, bars);
    bars.group = 'other';
    await allSettled(bars);
    expect(barsHovered(bars)).to.deep.equal([]); // what it heard in the old group is not carried over
    hover(item(other, 'CN-GD'));
    await allSettled(other, bars);
    expect(barsHovered(bars)).to.deep.equal(['CN-GD']);
    other.group = 'elsewhere';
    await allSettled(other, bars);
    expect(barsHovered(bars)).to.deep.equal([]);
  });

  it('a starting selected attribute stays the widget’s own; a later change by the page is shared', async () => {
    const host = await fixture<HTMLElement>(html`<div style="width: 640px">
      <province-map group="g" view="tiles" selected="CN-SC"></province-map>
      <metric-compare group="g" metric="population" top="5" selected="CN-GD"></metric-compare>
      <region-card group="g" region="Anhui" no-map></region-card>
    </div>`);
    const [map, bars, card] = [...host.children] as Widget[];
    await allSettled(map!, bars!, card!);
    expect([map!.selected, bars!.selected, card!.region]).to.deep.equal(['CN-SC', 'CN-GD', 'Anhui']);
    expect(heard).to.deep.equal([]);

    map!.setAttribute('selected', 'CN-JS');
    await allSettled(map!, bars!, card!);
    expect([bars!.selected, card!.region]).to.deep.equal(['CN-JS', 'CN-JS']);
    card!.region = 'Hubei'; // a name: shared as its ISO code
    await allSettled(map!, bars!, card!);
    expect([map!.selected, bars!.selected]).to.deep.equal(['CN-HB', 'CN-HB']);
    expect(map!.getAttribute('selected')).to.equal('CN-HB');
    // No widget event for a page's own change, and each change sent once.
    expect(heard).to.deep.equal(['g select CN-JS', 'g select CN-HB']);
  });

  it('reaches a widget inside another element’s shadow root', async () => {
    const host = await fixture<HTMLElement>(html`<div style="width: 640px"><province-map group="s" view="tiles"></province-map><div id="shadow-host"></div></div>`);
    const root = host.querySelector('#shadow-host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<metric-compare group="s" metric="population" top="5"></metric-compare>';
    const map = host.querySelector<Widget>('province-map')!;
    const bars = root.querySelector<Widget>('metric-compare')!;
    await allSettled(map, bars);
    click(item(map, 'CN-ZJ'));
    await allSettled(map, bars);
    expect(bars.selected).to.equal('CN-ZJ');
    click(item(bars, 'CN-SD'));
    await allSettled(map, bars);
    expect(map.selected).to.equal('CN-SD');
    expect(selects()).to.deep.equal(['region-select  CN-ZJ', 's select CN-ZJ', 'region-select shadow-host CN-SD', 's select CN-SD']);
  });

  it('understands a plain message from another copy of the library, and ignores ids that are not regions', async () => {
    const { map, bars, card } = await page();
    const send = (detail: object) => document.dispatchEvent(new CustomEvent(GROUP_EVENT, { detail }));
    send({ group: 'story', kind: 'select', region: 'CN-HB', source: document.createElement('province-map') });
    await allSettled(map, bars, card);
    expect([map.selected, bars.selected, card.region]).to.deep.equal(['CN-HB', 'CN-HB', 'CN-HB']);
    send({ group: 'story', kind: 'select', region: 'yrd', source: document.body });
    send({ group: 'story', kind: 'select', region: 'CN-HK', source: document.body });
    send({ group: 'story', kind: 'shout', region: 'CN-AH', source: document.body });
    await allSettled(map, bars, card);
    expect([map.selected, bars.selected, card.region]).to.deep.equal(['CN-HB', 'CN-HB', 'CN-HB']);
    // Nothing came back from the widgets that took the message.
    expect(heard.filter((h) => !h.includes('select yrd') && !h.includes('CN-HK') && !h.includes('shout'))).to.deep.equal(['story select CN-HB']);
  });

  it('a comparison by cluster keeps its group ids to itself', async () => {
    const host = await fixture<HTMLElement>(html`<div style="width: 640px">
      <metric-compare group="c" metric="population" group-by="cluster"></metric-compare>
      <province-map group="c" view="tiles" selected="CN-AH"></province-map>
    </div>`);
    const [bars, map] = [...host.children] as Widget[];
    await allSettled(bars!, map!);
    click(item(bars!, 'yrd'));
    await allSettled(bars!, map!);
    expect(bars!.selected).to.equal('yrd');
    expect(map!.selected).to.equal('CN-AH');
    expect(heard).to.deep.equal(['region-select  yrd']);
  });

  it('widgets waiting off-screen take the group’s selection and draw it; one removed hears nothing', async () => {
    const host = await fixture<HTMLElement>(html`<div style="width: 640px">
      <metric-compare group="w" metric="population" top="5"></metric-compare>
      <div style="height: 5000px"></div>
      <province-map group="w" view="tiles"></province-map>
      <region-card group="w" region="CN-BJ" no-map></region-card>
      <province-map group="w" view="tiles"></province-map>
    </div>`);
    const [bars, , map, card, gone] = [...host.children] as Widget[];
    bars!.scrollIntoView();
    await allSettled(bars!);
    const drawn = (el: Element) => !!el.shadowRoot!.querySelector('[part="region"], [part="figures"]');
    expect([drawn(map!), drawn(card!)]).to.deep.equal([false, false]);
    gone!.remove();
    click(item(bars!, 'CN-SD'));
    await allSettled(bars!);
    expect([map!.selected, card!.region, gone!.selected]).to.deep.equal(['CN-SD', 'CN-SD', '']);
    map!.scrollIntoView();
    await waitFor(() => drawn(map!) && drawn(card!), 'the map and the card to draw');
    await allSettled(map!, card!);
    expect(item(map!, 'CN-SD').getAttribute('aria-selected')).to.equal('true');
    expect(map!.shadowRoot!.querySelectorAll('.outline.selected').length).to.equal(1);
    expect(text(card!.shadowRoot!.querySelector('[part="name"]'))).to.contain('Shandong');
  });
});
