import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import { RENDERED_SOURCE } from './embed-code.js';

const meta: Meta = {
  title: 'Showcase/Linked widgets',
  parameters: RENDERED_SOURCE,
};
export default meta;

/**
 * A map, a card and a comparison that share `group="story"`, with no script of the page's own:
 * hover or focus a region in the map or the bars and it shows in the other; click, tap or press
 * Enter to select it in both and to show it on the card; Escape clears the selection.
 */
export const MapCardAndComparison: StoryObj = {
  render: () => html`<div style="max-width: 40rem; margin: auto">
    <province-map group="story" metric="gdp" selected="CN-AH"></province-map>
    <region-card group="story" region="CN-AH" variant="compact"></region-card>
    <metric-compare group="story" metric="gdp" top="10" selected="CN-AH"></metric-compare>
  </div>`,
};

/** Two groups on one page do not hear each other. */
export const TwoGroups: StoryObj = {
  render: () => html`<div style="display: grid; grid-template-columns: repeat(auto-fit, minmax(300px, 1fr)); gap: 1.5rem">
    <div>
      <province-map group="people" view="tiles" metric="population"></province-map>
      <metric-compare group="people" metric="population" top="5"></metric-compare>
    </div>
    <div>
      <province-map group="money" view="tiles" metric="rd-intensity"></province-map>
      <metric-compare group="money" metric="rd-intensity" top="5"></metric-compare>
    </div>
  </div>`,
};
