import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import { RENDERED_SOURCE } from './embed-code.js';

const meta: Meta = {
  title: 'Widgets/mosaic-steps',
  component: 'mosaic-steps',
  tags: ['autodocs'],
  parameters: RENDERED_SOURCE,
};
export default meta;
type Story = StoryObj;

/**
 * Scroll: each step sets what the map shows while it crosses the middle of the screen; scroll
 * back and the earlier state returns. The map's own attributes (population) are what it shows
 * before the first step, and what a reader sees without JavaScript.
 */
export const MapSteps: Story = {
  render: () => html`<div style="max-width: 60rem; margin: auto; font: 1.0625rem/1.6 Georgia, serif">
    <mosaic-steps>
      <province-map slot="graphic" metric="population" label="Population and the three engines"></province-map>
      <mosaic-step mode="clusters">
        <p>Three integration engines on the coast, the Jing-Jin-Ji region, the Yangtze River Delta and the Greater Bay Area, are turning into innovation corridors.</p>
      </mosaic-step>
      <mosaic-step mode="highlight" cluster="yrd" selected="CN-AH" note="Anhui: quantum computing and nuclear fusion">
        <p>The Yangtze River Delta reaches inland: Anhui's capital Hefei has become a hub for quantum research and electric vehicles.</p>
      </mosaic-step>
      <mosaic-step metric="rd-intensity">
        <p>Research spending as a share of GDP shows where the engines' money goes.</p>
      </mosaic-step>
    </mosaic-steps>
  </div>`,
};

/** The steps drive a comparison elsewhere on the page (`target`), here above them. */
export const CompareSteps: Story = {
  render: () => html`<div style="max-width: 40rem; margin: auto; font: 1.0625rem/1.6 Georgia, serif">
    <metric-compare id="engines" metric="population" group-by="cluster" style="position: sticky; top: 0; background: Canvas"></metric-compare>
    <mosaic-steps target="engines">
      <mosaic-step show="share"><p>The engines' share of the population.</p></mosaic-step>
      <mosaic-step metric="gdp" show="share"><p>Their share of the economy is larger.</p></mosaic-step>
    </mosaic-steps>
  </div>`,
};
