// Each widget's static `choices` (what Storybook's pickers and apps offer) lists exactly values
// the widget accepts: every listed value draws without a problem, and a value outside is refused.
import { expect } from '@open-wc/testing';
import { clearConsole } from './browser.js';
import '../src/index.js';
import { CATEGORICAL_SCHEMES } from '../src/scales/color-scale.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown>; problem: { message?: string } | null };

async function problemWith(tag: string, attributes: Record<string, string>): Promise<Widget['problem']> {
  const el = document.createElement(tag) as Widget;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  document.body.append(el);
  await el.updateComplete;
  const { problem } = el;
  el.remove();
  return problem;
}

for (const tag of ['province-map', 'region-card', 'metric-compare']) {
  describe(`<${tag}> choices`, () => {
    const choices = (customElements.get(tag) as unknown as { choices: Record<string, readonly string[]> }).choices;
    const base: Record<string, string> = tag === 'region-card' ? { region: 'Anhui' } : {};

    it('lists theme and the attributes with a fixed set of values', () => {
      expect(choices.theme).to.deep.equal(['auto', 'light', 'dark']);
      expect(Object.keys(choices).length).to.be.greaterThan(1);
    });

    it('holds only values the widget accepts', async () => {
      for (const [attribute, values] of Object.entries(choices)) {
        for (const value of values) {
          // The categorical schemes belong to the clusters mode.
          const mode: Record<string, string> = attribute === 'scheme' && value in CATEGORICAL_SCHEMES ? { mode: 'clusters' } : {};
          expect(await problemWith(tag, { ...base, ...mode, [attribute]: value }), `${attribute}="${value}"`).to.equal(null);
        }
      }
    });

    it('leaves out values the widget refuses', async () => {
      for (const attribute of Object.keys(choices)) {
        expect(await problemWith(tag, { ...base, [attribute]: 'not-a-choice' }), attribute).to.not.equal(null);
      }
      clearConsole();
    });
  });
}
