import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/region-card/region-card.js';
import { RENDERED_SOURCE } from './embed-code.js';
import { attributesFrom, type WidgetArgs } from './widget-args.js';

const meta: Meta<WidgetArgs> = {
  title: 'Widgets/region-card',
  component: 'region-card',
  tags: ['autodocs'],
  render: (args) => html`<div style="max-width: ${args.variant === 'compact' ? '280px' : '40rem'}">
    <region-card ${attributesFrom(args)}></region-card>
  </div>`,
  args: { region: 'Anhui' },
};
export default meta;
type Story = StoryObj<WidgetArgs>;

/** A region with claims of its own and of its cluster. */
export const Anhui: Story = {};
export const InnerMongolia: Story = { args: { region: 'Inner Mongolia' } };
/** Guangdong: partial member of the Greater Bay Area, whose claims apply to it. */
export const Guangdong: Story = { args: { region: 'CN-GD', metrics: 'population gdp rd-intensity rd-expenditure' } };
/** A region the article does not name. */
export const NotNamed: Story = { args: { region: 'Shanxi', metrics: 'population area gdp' } };
export const Chinese: Story = { args: { region: '内蒙古', lang: 'zh' } };
export const Danish: Story = { args: { region: 'Indre Mongoliet', lang: 'da' } };
export const Dark: Story = { args: { region: 'Beijing', theme: 'dark' } };
export const Compact: Story = { args: { region: 'Guizhou', variant: 'compact', metrics: 'population gdp' } };
export const Full: Story = { args: { region: 'Shandong', variant: 'full' } };
export const WithoutMap: Story = { args: { region: 'Qinghai', 'no-map': true } };
/** Downloads for the reader: the card as a PNG or SVG image, its figures as a CSV file. */
export const Downloads: Story = { args: { region: 'Anhui', downloads: 'png svg csv' } };
export const UnknownRegion: Story = { args: { region: 'Shanxii' } };

/** The page's own headline and footer in the slots. */
export const WithSlots: Story = {
  parameters: RENDERED_SOURCE,
  render: () => html`<div style="max-width: 40rem">
    <region-card region="Jiangsu">
      <h2 slot="headline" style="margin: 0">Jiangsu: the unicorn province</h2>
      <p slot="footer" style="margin: 0; font-size: 0.8em">Graphic: The Daily · Data: innovation-mosaic</p>
    </region-card>
  </div>`,
};

/** Compact cards in a 300 px sidebar, each with the default figures: the longest badges (Guangdong, Beijing), the longest lead claim (Qinghai), a lead claim of a cluster (Zhejiang). */
export const CompactSidebar: Story = {
  parameters: RENDERED_SOURCE,
  render: () => html`<div style="display: flex; flex-wrap: wrap; gap: 16px; align-items: start">
    ${['Guangdong', 'Beijing', 'Qinghai', 'Zhejiang'].map((region) => html`<div style="width: 300px"><region-card region=${region} variant="compact"></region-card></div>`)}
  </div>`,
};
