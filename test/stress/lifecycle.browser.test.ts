// Long-lived pages: 10,000 connect / disconnect / move cycles per widget, with the shared page
// observers and every ResizeObserver released, and a heap that returns near its start after
// garbage collection (read through the DevTools protocol).
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.js';
import { pageWatchStats } from '../../src/controllers/page-watch.js';
import { viewportStats } from '../../src/controllers/viewport.js';
import '../browser.js';

const CYCLES = 10_000;
const HEAP_BOUND = 2 * 1024 * 1024;

/** Counts live ResizeObservers: created and observing, minus disconnected. */
const resizeObservers = { observing: 0 };
const Original = window.ResizeObserver;
window.ResizeObserver = class CountingResizeObserver extends Original {
  private live = false;
  override observe(target: Element, options?: ResizeObserverOptions): void {
    if (!this.live) resizeObservers.observing++;
    this.live = true;
    super.observe(target, options);
  }
  override disconnect(): void {
    if (this.live) resizeObservers.observing--;
    this.live = false;
    super.disconnect();
  }
};

const heap = () => executeServerCommand<number, undefined>('heap-after-gc');

describe('long-lived pages', () => {
  for (const tag of ['province-map', 'region-card', 'metric-compare']) {
    it(`<${tag}> survives ${CYCLES.toLocaleString('en')} connect, disconnect and move cycles, releasing what it holds`, async () => {
      const a = document.createElement('div');
      const b = document.createElement('div');
      document.body.append(a, b);
      const make = () => {
        const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
        if (tag === 'region-card') el.setAttribute('region', 'Anhui');
        return el;
      };
      // Warm up: code, bundled geometry and caches exist before the first measurement.
      const warm = make();
      a.append(warm);
      await warm.updateComplete;
      warm.remove();
      await new Promise((r) => setTimeout(r, 50));
      const before = await heap();

      let el: (HTMLElement & { updateComplete: Promise<unknown> }) | null = make();
      for (let i = 0; i < CYCLES; i++) {
        a.append(el);
        b.append(el); // a move: disconnect and connect again
        el.remove();
        if (i % 500 === 0) {
          a.append(el);
          await el.updateComplete;
          expect(el.shadowRoot!.querySelector('figure, article'), `cycle ${i}`).not.to.equal(null);
          el.remove();
        }
      }
      await Promise.resolve(); // the page observers are released a microtask after the last widget leaves
      expect(pageWatchStats()).to.deep.equal({ listeners: 0, observing: false });
      expect(viewportStats()).to.deep.equal({ waiting: 0, observing: false });
      expect(resizeObservers.observing).to.equal(0);
      el = null;
      a.remove();
      b.remove();
      await new Promise((r) => setTimeout(r, 100));
      const after = await heap();
      console.log(`lifecycle <${tag}>: ${CYCLES} cycles, observers released, heap ${before} -> ${after} bytes (${after - before >= 0 ? '+' : ''}${after - before})`);
      expect(after - before).to.be.below(HEAP_BOUND);
    });
  }
});
