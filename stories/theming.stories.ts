import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';

/** The live examples of the Theming guide (stories/theming.mdx). */
const meta: Meta = {
  title: 'Guides/Theming',
  tags: ['!autodocs'],
};
export default meta;
type Story = StoryObj;

/** Custom properties set on a container reach every widget inside it. */
export const CustomProperties: Story = {
  render: () => html`<div
    style="--im-color-accent: #b3261e; --im-color-border: #5f6368; --im-radius: 0; --im-space: 1rem; --im-compare-bar: #b3261e; --im-compare-bar-muted: #c9a9a6; --im-map-stroke: #fff; --im-map-stroke-width: 1.25px"
  >
    <metric-compare metric="gdp" top="6" highlight="CN-GD"></metric-compare>
    <province-map mode="highlight" cluster="gba" selected="CN-GD"></province-map>
  </div>`,
};

/** `::part()` styles what custom properties do not reach: here the source lines and the data-table button. */
export const Parts: Story = {
  render: () => html`<style>
      .parts-demo ::part(source) {
        font-style: italic;
        letter-spacing: 0.01em;
      }
      .parts-demo ::part(table-toggle) {
        text-transform: uppercase;
        font-size: 0.75rem;
        letter-spacing: 0.08em;
      }
      .parts-demo ::part(frame) {
        border-left: 4px solid #1a73e8;
        padding-left: 0.75rem;
      }
    </style>
    <div class="parts-demo">
      <metric-compare metric="rd-intensity" top="5"></metric-compare>
    </div>`,
};

/**
 * Dark pages: `theme="auto"` (the default) follows the page's CSS `color-scheme` where it names
 * one scheme, else the reader's setting; `theme="dark"` forces it.
 */
export const DarkMode: Story = {
  render: () => html`<div style="display: grid; grid-template-columns: 1fr 1fr; gap: 1rem">
    <div style="color-scheme: light; background: #fff; color: #111; padding: 1rem">
      <region-card region="Guizhou" variant="compact"></region-card>
    </div>
    <div style="color-scheme: dark; background: #121317; color: #e8eaed; padding: 1rem">
      <region-card region="Guizhou" variant="compact"></region-card>
    </div>
  </div>`,
};

/**
 * An imagined newspaper, "The Harbour Ledger": its serif, ink and paper colours and its red
 * accent, set once on the article with custom properties and parts. The widgets' own markup is
 * untouched; contrast stays at 4.5:1 for text.
 */
export const HouseStyle: Story = {
  parameters: { layout: 'fullscreen' },
  render: () => html`<style>
      .ledger {
        --im-font-family: 'Iowan Old Style', Georgia, 'Times New Roman', serif;
        --im-color-text: #1b1f3b;
        --im-color-text-muted: #4f4a42;
        --im-color-background: #fffdf8;
        --im-color-surface: #f4efe6;
        --im-color-border: #7a6f5f;
        --im-color-accent: #b0182b;
        --im-color-focus: #b0182b;
        --im-radius: 0;
        --im-compare-bar: #b0182b;
        --im-compare-bar-muted: #b9a99b;
        --im-color-mosaic: #e6ddd0;
        max-width: 40rem;
        margin: auto;
        padding: 1.5rem;
        background: #fffdf8;
        color: #1b1f3b;
        font: 1.0625rem/1.6 'Iowan Old Style', Georgia, serif;
      }
      .ledger h1 {
        font-size: 1.9rem;
        line-height: 1.15;
        border-top: 3px solid #1b1f3b;
        padding-top: 0.5rem;
      }
      .ledger ::part(frame) {
        border-top: 1px solid #1b1f3b;
        padding-top: 0.5rem;
      }
      .ledger ::part(source) {
        font-style: italic;
      }
    </style>
    <article class="ledger" lang="en">
      <h1>Where China's innovation engines run</h1>
      <p>The three integration engines on the coast are turning from economic zones into innovation corridors.</p>
      <province-map mode="clusters" theme="light" label="The three integration engines"></province-map>
      <p>Their weight in the population:</p>
      <metric-compare metric="population" group-by="cluster" show="share" theme="light"></metric-compare>
    </article>`,
};
