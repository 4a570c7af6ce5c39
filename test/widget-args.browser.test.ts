// Storybook's args reach the widget as attributes through attributesFrom(): each observed
// attribute from the arg of its name, nothing else.
import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import '../src/index.js';
import { attributesFrom, type WidgetArgs } from '../stories/widget-args.js';

const attributesOf = (element: Element) => Object.fromEntries([...element.attributes].map((a) => [a.name, a.value]));

describe('attributesFrom (stories)', () => {
  it('sets every observed attribute from its arg, bare for true, and leaves other args alone', () => {
    const host = document.createElement('div');
    const draw = (args: WidgetArgs) => render(html`<region-card ${attributesFrom(args)}></region-card>`, host);
    draw({ region: 'Anhui', metrics: 'gdp', 'no-map': true, lang: 'da', width: '280px', src: '' });
    const card = host.querySelector('region-card')!;
    expect(attributesOf(card)).to.deep.equal({ region: 'Anhui', metrics: 'gdp', 'no-map': '', lang: 'da' });

    draw({ region: 'Guizhou', 'no-map': false, variant: 'compact' });
    expect(host.querySelector('region-card')).to.equal(card);
    expect(attributesOf(card)).to.deep.equal({ region: 'Guizhou', variant: 'compact' });
  });

  it("reaches attributes a hand-written list had missed (the map's thresholds and label)", () => {
    const host = document.createElement('div');
    render(html`<province-map ${attributesFrom({ thresholds: '30000000 60000000', label: 'Population', 'geometry-src': '/geo.json' })}></province-map>`, host);
    expect(attributesOf(host.querySelector('province-map')!)).to.deep.equal({ thresholds: '30000000 60000000', label: 'Population', 'geometry-src': '/geo.json' });
  });
});
