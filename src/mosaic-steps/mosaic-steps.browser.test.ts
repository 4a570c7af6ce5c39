import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { canEmulateMedia, itEmulatingMedia, settle, text, waitFor } from '../../test/browser.js';
import '../province-map/province-map.js';
import type { ProvinceMap } from '../province-map/province-map.js';
import './mosaic-steps.js';
import type { MosaicSteps, StepChangeDetail } from './mosaic-steps.js';

/** An article: a screen of text, the steps in a column of `width` px, a screen of text after. */
async function article(width: number, steps = defaultSteps()) {
  const page = await fixture<HTMLElement>(html`<div>
    <p style="height: 100vh; margin: 0">Introduction.</p>
    <div style="width: ${width}px">${steps}</div>
    <p style="height: 100vh; margin: 0">Conclusion.</p>
  </div>`);
  const el = page.querySelector('mosaic-steps')!;
  const graphic = (el.querySelector('[slot="graphic"]') ?? document.getElementById(el.getAttribute('target')!)) as ProvinceMap;
  const stepList = [...el.querySelectorAll<HTMLElement>('mosaic-step')];
  const events: StepChangeDetail[] = [];
  el.addEventListener('step-change', (e) => events.push({ ...(e as CustomEvent<StepChangeDetail>).detail }));
  await frames();
  return { el, graphic, steps: stepList, events };
}

const defaultSteps = () => html`<mosaic-steps>
  <province-map slot="graphic" id="map" metric="population" note="Baseline note"></province-map>
  <mosaic-step
    mode="clusters"
    id="first"
    class="step"
    style="color: rgb(1, 2, 3)"
    onclick="window.stepClicked = true"
    data-x="1"
    aria-label="First step"
    lang="zh"
    bogus="yes"
    ><p>Three engines.</p></mosaic-step
  >
  <mosaic-step mode="highlight" cluster="yrd" selected="CN-AH" note="Hefei: quantum and EV hub"><p>The Yangtze River Delta.</p></mosaic-step>
  <mosaic-step metric="rd-intensity"><p>R&amp;D intensity. <a href="#nowhere">A link</a></p></mosaic-step>
</mosaic-steps>`;

async function frames(count = 3): Promise<void> {
  for (let i = 0; i < count; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** The graphic's attributes, by name. */
function attributes(el: Element): Record<string, string> {
  return Object.fromEntries([...el.attributes].map((a) => [a.name, a.value]));
}

/** Scrolls until `step`'s top is just past the trigger line (`line` px from the top), and waits for `el` to follow. */
async function scrollTo(el: MosaicSteps, steps: HTMLElement[], index: number, line = innerHeight / 2): Promise<void> {
  scrollBy(0, steps[index].getBoundingClientRect().top - line + 10);
  await waitFor(() => el.active === index, `step ${index} active`);
  await frames();
}

/** Scrolls back above the first step. */
async function scrollAbove(el: MosaicSteps, steps: HTMLElement[]): Promise<void> {
  scrollBy(0, steps[0].getBoundingClientRect().top - innerHeight + 10);
  await waitFor(() => el.active === -1, 'no step active');
  await frames();
}

/** The page's attributes, and the defaults the widget reflects (`theme`, `selected`). */
const BASELINE = { slot: 'graphic', id: 'map', metric: 'population', note: 'Baseline note', theme: 'auto', selected: '' };

afterEach(() => scrollTo0());
const scrollTo0 = () => window.scrollTo(0, 0);

describe('<mosaic-steps> state', () => {
  it('shows the baseline before the first step and sets each step’s attributes over it as it crosses the middle', async () => {
    const { el, graphic, steps } = await article(760);
    expect(el.active).to.equal(-1);
    expect(attributes(graphic)).to.deep.equal(BASELINE);
    await scrollTo(el, steps, 0);
    expect(attributes(graphic)).to.deep.equal({ ...BASELINE, mode: 'clusters' });
    await scrollTo(el, steps, 1);
    expect(attributes(graphic)).to.deep.equal({ ...BASELINE, mode: 'highlight', cluster: 'yrd', selected: 'CN-AH', note: 'Hefei: quantum and EV hub' });
    await scrollTo(el, steps, 2);
    expect(attributes(graphic)).to.deep.equal({ ...BASELINE, metric: 'rd-intensity' });
    // The widget follows: the step's note is drawn above the source line.
    await scrollTo(el, steps, 1);
    await settle(graphic);
    expect(text(graphic.shadowRoot!.querySelector('[part="note"]'))).to.equal('Hefei: quantum and EV hub');
  });

  it('restores each earlier state exactly when scrolled back, removing what a later step set', async () => {
    const { el, graphic, steps } = await article(760);
    await scrollTo(el, steps, 2);
    await scrollTo(el, steps, 1);
    expect(attributes(graphic)).to.deep.equal({ ...BASELINE, mode: 'highlight', cluster: 'yrd', selected: 'CN-AH', note: 'Hefei: quantum and EV hub' });
    await scrollTo(el, steps, 0);
    expect(attributes(graphic)).to.deep.equal({ ...BASELINE, mode: 'clusters' });
    expect(graphic.hasAttribute('cluster')).to.equal(false);
    expect(graphic.getAttribute('selected')).to.equal('');
    await scrollAbove(el, steps);
    expect(attributes(graphic)).to.deep.equal(BASELINE);
  });

  it('follows a jump that carries a step wholly past the line without any step crossing it (a link, Home)', async () => {
    const { el, graphic, steps } = await article(760);
    // From the top to where step 1 is wholly above the line and step 2 still below it: no step
    // is on the line before or after, so only the scroll itself says where the reader is.
    scrollBy(0, steps[1].getBoundingClientRect().bottom - innerHeight / 2 + 5);
    expect(steps[2].getBoundingClientRect().top).to.be.greaterThan(innerHeight / 2);
    await waitFor(() => el.active === 1, 'step 1 active after the jump');
    expect(attributes(graphic)).to.deep.equal({ ...BASELINE, mode: 'highlight', cluster: 'yrd', selected: 'CN-AH', note: 'Hefei: quantum and EV hub' });
  });

  it('leaves a reader’s choice on the graphic alone while the same step stays active, and sets the step again when it is reached again', async () => {
    const { el, graphic, steps } = await article(760);
    await scrollTo(el, steps, 1);
    graphic.setAttribute('selected', 'CN-SC'); // as a click on Sichuan does
    scrollBy(0, 5);
    await frames(4);
    expect([el.active, graphic.getAttribute('selected')]).to.deep.equal([1, 'CN-SC']);
    await scrollTo(el, steps, 2);
    await scrollTo(el, steps, 1);
    expect(graphic.getAttribute('selected')).to.equal('CN-AH');
  });

  it('keeps the last step’s state after the last step has scrolled past', async () => {
    const { el, graphic, steps } = await article(760);
    await scrollTo(el, steps, 2);
    scrollBy(0, steps[2].getBoundingClientRect().bottom + 50); // the last step far above the screen
    await frames(4);
    expect(el.active).to.equal(2);
    expect(graphic.getAttribute('metric')).to.equal('rd-intensity');
  });

  it('never passes on a step’s own attributes or names the graphic does not observe', async () => {
    const { el, graphic, steps } = await article(760);
    await scrollTo(el, steps, 0);
    expect(graphic.id).to.equal('map');
    for (const name of ['onclick', 'style', 'class', 'data-x', 'aria-label', 'lang', 'bogus']) {
      expect(graphic.hasAttribute(name), name).to.equal(false);
    }
    graphic.click();
    expect((window as { stepClicked?: boolean }).stepClicked).to.equal(undefined);
  });

  it('says once in the console which step attribute the graphic does not have (a typo)', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const { el, steps } = await article(
        760,
        html`<mosaic-steps>
          <province-map slot="graphic" metric="population"></province-map>
          <mosaic-step metirc="gdp" mode="clusters"><p>A typo.</p></mosaic-step>
          <mosaic-step metric="gdp"><p>Right.</p></mosaic-step>
        </mosaic-steps>`,
      );
      await scrollTo(el, steps, 0);
      await scrollTo(el, steps, 1);
      await scrollTo(el, steps, 0);
      expect(warnings.filter((w) => w.includes('metirc'))).to.deep.equal(['innovation-mosaic: <mosaic-step metirc> is left out: <province-map> has no attribute "metirc".']);
    } finally {
      console.warn = warn;
    }
  });

  it('lets a replaced graphic go and drives the one that took its place', async () => {
    const { el, graphic, steps } = await article(760);
    await scrollTo(el, steps, 0);
    const successor = document.createElement('province-map');
    successor.setAttribute('slot', 'graphic');
    successor.setAttribute('metric', 'population');
    graphic.replaceWith(successor);
    await scrollTo(el, steps, 2);
    expect([successor.getAttribute('metric'), graphic.getAttribute('metric')]).to.deep.equal(['rd-intensity', 'population']);
  });

  it('drives a widget elsewhere on the page named by target', async () => {
    const { el, graphic, steps } = await article(
      760,
      html`<province-map id="elsewhere" metric="gdp"></province-map>
        <mosaic-steps target="elsewhere">
          <mosaic-step metric="population" mode="clusters"><p>One.</p></mosaic-step>
          <mosaic-step metric="rd-expenditure"><p>Two.</p></mosaic-step>
        </mosaic-steps>`,
    );
    expect(graphic.id).to.equal('elsewhere');
    await scrollTo(el, steps, 0);
    expect(attributes(graphic)).to.deep.equal({ id: 'elsewhere', metric: 'population', mode: 'clusters', theme: 'auto', selected: '' });
    await scrollTo(el, steps, 1);
    expect(attributes(graphic)).to.deep.equal({ id: 'elsewhere', metric: 'rd-expenditure', theme: 'auto', selected: '' });
    await scrollAbove(el, steps);
    expect(attributes(graphic)).to.deep.equal({ id: 'elsewhere', metric: 'gdp', theme: 'auto', selected: '' });
  });

  it('finds a target that arrives after the steps (further down a page still being parsed)', async () => {
    const { el, steps } = await article(
      760,
      html`<mosaic-steps target="arrives-later">
        <mosaic-step mode="clusters"><p>One.</p></mosaic-step>
      </mosaic-steps>`,
    );
    const map = document.createElement('province-map');
    map.id = 'arrives-later';
    el.after(map);
    await scrollTo(el, steps, 0);
    expect(map.getAttribute('mode')).to.equal('clusters');
    map.remove();
  });
});

describe('<mosaic-steps> with a graphic defined later', () => {
  it('applies the active step once the graphic’s tag is defined (a widget entry loaded after this one)', async () => {
    const { el, graphic, steps } = await article(
      760,
      html`<mosaic-steps>
        <late-graphic slot="graphic" mode="plain"></late-graphic>
        <mosaic-step mode="fancy" onclick="alert(1)"><p>One.</p></mosaic-step>
      </mosaic-steps>`,
    );
    await scrollTo(el, steps, 0);
    expect(attributes(graphic)).to.deep.equal({ slot: 'graphic', mode: 'plain' }); // its attributes unknown as yet
    customElements.define('late-graphic', class extends HTMLElement {
      static observedAttributes = ['mode', 'onclick'];
    });
    await waitFor(() => graphic.getAttribute('mode') === 'fancy', 'the step applied');
    // An event handler attribute stays behind even where the graphic says it observes it.
    expect(attributes(graphic)).to.deep.equal({ slot: 'graphic', mode: 'fancy' });
  });
});

describe('<mosaic-steps> events and focus', () => {
  it('fires step-change once per change, with index, step and direction; marks the active step aria-current', async () => {
    const { el, steps, events } = await article(760);
    let bubbled: CustomEvent | null = null;
    document.body.addEventListener('step-change', (e) => (bubbled = e as CustomEvent), { once: true });
    await scrollTo(el, steps, 0);
    expect(bubbled!.bubbles && bubbled!.composed).to.equal(true);
    await scrollTo(el, steps, 1);
    expect(steps.map((s) => s.getAttribute('aria-current'))).to.deep.equal([null, 'step', null]);
    await scrollTo(el, steps, 2);
    await scrollTo(el, steps, 1);
    await scrollAbove(el, steps);
    expect(steps.map((s) => s.getAttribute('aria-current'))).to.deep.equal([null, null, null]);
    expect(events).to.deep.equal([
      { index: 0, step: steps[0], direction: 'down' },
      { index: 1, step: steps[1], direction: 'down' },
      { index: 2, step: steps[2], direction: 'down' },
      { index: 1, step: steps[1], direction: 'up' },
      { index: -1, step: null, direction: 'up' },
    ]);
  });

  it('activates the step that takes the keyboard focus, and adds no tab stop', async () => {
    const { el, graphic, steps, events } = await article(760);
    expect(steps.filter((s) => s.hasAttribute('tabindex'))).to.deep.equal([]);
    steps[2].querySelector('a')!.focus();
    await waitFor(() => el.active === 2, 'the focused step active');
    await frames(4);
    expect(el.active).to.equal(2);
    expect(graphic.getAttribute('metric')).to.equal('rd-intensity');
    expect(events[0]).to.deep.equal({ index: 2, step: steps[2], direction: 'down' });
  });

  it('leaves the steps as the page’s own text, in order, and visible', async () => {
    const { el, steps } = await article(760);
    expect(text(el)).to.equal('Three engines. The Yangtze River Delta. R&D intensity. A link');
    expect(steps.every((s) => s.checkVisibility() && s.assignedSlot?.name === '')).to.equal(true);
    expect(getComputedStyle(steps[1].querySelector('p')!).fontFamily).to.equal(getComputedStyle(document.body).fontFamily);
  });
});

describe('<mosaic-steps> layout', () => {
  it('draws steps in the page’s own colour on a dark page, over the page’s own background', async () => {
    const page = await fixture<HTMLElement>(html`<div style="color-scheme: dark; background: rgb(16, 17, 20); color: rgb(230, 232, 235)">
      <mosaic-steps><mosaic-step mode="clusters"><p>On a dark page.</p></mosaic-step></mosaic-steps>
    </div>`);
    const step = page.querySelector('mosaic-step')!;
    expect(getComputedStyle(step).color).to.equal('rgb(230, 232, 235)');
    expect(getComputedStyle(step).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    expect(getComputedStyle(step).display).to.equal('block');
  });

  it('on a narrow column, gives the cards the page’s background as it is when a step is reached (a dark mode switched on after loading)', async () => {
    const { el, steps } = await article(360);
    await scrollTo(el, steps, 0);
    el.parentElement!.style.cssText += '; background: rgb(16, 17, 20); color: rgb(230, 232, 235)';
    await scrollTo(el, steps, 1);
    expect(getComputedStyle(steps[1]).backgroundColor).to.equal('rgb(16, 17, 20)');
    expect(getComputedStyle(steps[1]).color).to.equal('rgb(230, 232, 235)');
  });

  it('on a narrow column, keeps the whole graphic at the top and scrolls the steps over it as cards on the page’s background', async () => {
    const { el, graphic, steps } = await article(360);
    const box = el.shadowRoot!.querySelector('[part="graphic"]')!;
    // Before the first step, the graphic alone, whole, on the screen.
    expect(steps[0].getBoundingClientRect().top).to.be.at.least(innerHeight);
    await scrollTo(el, steps, 1);
    const g = box.getBoundingClientRect();
    expect(g.top).to.be.closeTo(0, 1); // stuck at the top
    expect(g.height).to.be.at.most(innerHeight + 1); // no scrolling inside it
    // The step is read over the graphic, on top of it, on an opaque card.
    const s = steps[1].getBoundingClientRect();
    expect(s.top).to.be.lessThan(g.bottom);
    expect(steps[1].contains(document.elementFromPoint(s.left + s.width / 2, s.top + s.height / 2))).to.equal(true);
    expect(getComputedStyle(steps[1]).backgroundColor).to.equal('rgb(255, 255, 255)'); // the test page paints none: its white canvas
    // Between two steps the graphic takes the pointer.
    scrollBy(0, s.bottom + 20 - innerHeight / 2);
    await frames();
    const hit = document.elementFromPoint(g.left + g.width / 2, innerHeight / 2);
    expect(graphic.contains(hit) || hit === graphic).to.equal(true);
  });

  it('on a wide column, keeps the graphic in view beside the steps while they scroll', async () => {
    const { el, graphic, steps } = await article(760);
    await scrollTo(el, steps, 0);
    const first = graphic.getBoundingClientRect();
    await scrollTo(el, steps, 2);
    const last = graphic.getBoundingClientRect();
    expect(last.top).to.be.closeTo(0, 1);
    expect(last.top).to.equal(first.top);
    expect(el.shadowRoot!.querySelector('[part="graphic"]')!.getBoundingClientRect().bottom).to.be.at.most(innerHeight);
    expect(last.left).to.be.at.least(steps[2].getBoundingClientRect().right);
  });
});

describe('<mosaic-steps> motion', () => {
  afterEach(() => canEmulateMedia && emulateMedia({ reducedMotion: 'no-preference' }));

  /** The map, drawn, at the first step. */
  async function drawnMap() {
    const { el, graphic, steps } = await article(760);
    await scrollTo(el, steps, 0);
    await settle(graphic);
    await waitFor(() => !!graphic.shadowRoot!.querySelector('path.region'), 'the map drawn');
    const anhui = () => graphic.shadowRoot!.querySelector<SVGPathElement>('path.region[data-region="CN-AH"]')!;
    return { el, graphic, steps, anhui };
  }

  it('fades the map’s fills in at most 400 ms, on the same region paths', async () => {
    const { el, graphic, steps, anhui } = await drawnMap();
    const before = anhui();
    const fillBefore = getComputedStyle(before).fill;
    expect(getComputedStyle(before).transitionProperty).to.equal('fill, stroke, opacity');
    expect(getComputedStyle(before).transitionDuration).to.equal('0.35s, 0.35s, 0.35s');
    await scrollTo(el, steps, 1);
    await settle(graphic);
    expect(anhui()).to.equal(before); // the same node, so its fill transitions
    await new Promise((resolve) => setTimeout(resolve, 450));
    expect(getComputedStyle(before).fill).not.to.equal(fillBefore);
  });

  itEmulatingMedia('changes at once under prefers-reduced-motion: reduce', async () => {
    const { anhui } = await drawnMap();
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle(anhui()).transitionDuration).to.equal('0s');
  });
});
