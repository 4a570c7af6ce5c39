import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';

const meta: Meta = {
  title: 'Showcase/In an article',
  parameters: { layout: 'fullscreen' },
};
export default meta;

const article = (lang: string, theme: string, houseStyle: string) => html`<article
  lang=${lang}
  style="max-width: 40rem; margin: auto; padding: 1.5rem; font: 1.0625rem/1.6 Georgia, serif; ${houseStyle}"
>
  <h1 style="font-size: 1.8rem; line-height: 1.2">China's cross-regional innovation mosaic</h1>
  <p>Each of the 31 provincial-level regions carves out its own niche. The three integration engines on
  the coast are turning from economic zones into innovation corridors.</p>
  <province-map mode="clusters" theme=${theme} label="The three integration engines and the wider mosaic"></province-map>
  <p>How much weight do the engines carry? Their share of the population:</p>
  <metric-compare metric="population" group-by="cluster" show="share" theme=${theme}></metric-compare>
  <p>Inland, Inner Mongolia and Guizhou have become the country's "digital basements".</p>
  <region-card region="Inner Mongolia" variant="compact" theme=${theme} style="max-width: 280px"></region-card>
</article>`;

/** All three widgets in one article column, on the page's own font. */
export const English: StoryObj = { render: () => article('en', 'auto', '') };
export const Danish: StoryObj = { render: () => article('da', 'auto', '') };
export const Chinese: StoryObj = { render: () => article('zh', 'auto', '') };

/** A dark page: the widgets follow the page's color-scheme. */
export const DarkPage: StoryObj = {
  render: () => html`<div style="color-scheme: dark; background: #101114; color: #e6e8eb">${article('en', 'auto', '')}</div>`,
};

/** An imagined newspaper's house style, through custom properties on the article alone. */
export const HouseStyle: StoryObj = {
  render: () =>
    article(
      'en',
      'light',
      '--im-font-family: Georgia, serif; --im-color-accent: #8b1a1a; --im-color-background: #fbf7ef; --im-color-surface: #f1eadb; --im-color-border: #6b5a45; --im-radius: 0; --im-compare-bar: #8b1a1a; --im-compare-bar-muted: #a47c6a; background: #fbf7ef;',
    ),
};
