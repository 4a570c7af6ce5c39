import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import '../src/index.js';
import page from '../examples/story.html?raw';
import { SCRIPT_URL } from './embed-code.js';

/** The article of examples/story.html, as it is there: one source for the page and this story. */
const article = /<article>[\s\S]*<\/article>/.exec(page)![0];

const meta: Meta = {
  title: 'Showcase/A story in markup',
  parameters: {
    layout: 'fullscreen',
    docs: { source: { code: `<script src="${SCRIPT_URL}"></script>\n\n${article}` } },
  },
};
export default meta;

/**
 * The source article told with markup alone: a map that follows the steps as they are read
 * (`<mosaic-steps>`), a card and a chart linked to it by `group`, and a map with notes
 * (`<mosaic-note>`). Scroll through the steps; choose a region on the map or a bar in the chart.
 */
export const Story: StoryObj = {
  render: () => html`<div style="max-width: 60rem; margin: auto; padding: 1.5rem; font: 1.0625rem/1.6 Georgia, serif">${unsafeHTML(article)}</div>`,
};
