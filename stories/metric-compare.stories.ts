import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/metric-compare/metric-compare.js';
import { RENDERED_SOURCE } from './embed-code.js';
import { attributesFrom, type WidgetArgs } from './widget-args.js';

const meta: Meta<WidgetArgs> = {
  title: 'Widgets/metric-compare',
  component: 'metric-compare',
  tags: ['autodocs'],
  render: (a) => html`<div style="max-width: ${a.width ?? '44rem'}">
    <metric-compare ${attributesFrom(a)}></metric-compare>
  </div>`,
};
export default meta;
type Story = StoryObj<WidgetArgs>;

export const PopulationTop10: Story = { args: { metric: 'population', top: '10', reference: 'mean' } };
export const YangtzeRiverDelta: Story = { args: { metric: 'gdp', cluster: 'yrd', highlight: 'CN-AH' } };
export const GroupByCluster: Story = { args: { metric: 'population', 'group-by': 'cluster', show: 'share' } };
export const ShareView: Story = { args: { metric: 'population', show: 'share', top: '8' } };
/** Population share beside R&D expenditure, each with its own unit and source. */
export const PairedMetrics: Story = { args: { metric: 'population', 'compare-to': 'rd-expenditure', regions: 'CN-GD CN-JS CN-BJ CN-ZJ CN-SD CN-SH CN-AH' } };
/** The paired metric lacks figures for two of the twelve: "no data" in their rows and a note. */
export const PairedWithGaps: Story = { args: { metric: 'population', 'compare-to': 'rd-expenditure', top: '12' } };
/** A partial metric: regions without a figure are listed as "no data". */
export const PartialWithGaps: Story = { args: { metric: 'rd-intensity', reference: 'median' } };
export const Chinese: Story = { args: { metric: 'population', top: '10', lang: 'zh' } };
export const Danish: Story = { args: { metric: 'density', top: '10', lang: 'da', reference: 'mean' } };
export const Dark: Story = { args: { metric: 'gdp', top: '12', theme: 'dark' } };
export const Narrow: Story = { args: { metric: 'population', cluster: 'bth', width: '280px' } };
export const OwnCsv: Story = { args: { src: '/example-rd-expenditure.csv' } };
/** Notes by markup: a numbered marker beside the bar's name, the notes listed under the chart. */
export const Notes: Story = {
  parameters: RENDERED_SOURCE,
  render: () => html`<metric-compare metric="gdp" top="10" note="Notes: the regions' 2026 government work reports, as summed up by CGTN.">
  <mosaic-note region="CN-GD">90% of the country's drones</mosaic-note>
  <mosaic-note region="Jiangsu">Most potential unicorns: EVs, batteries, solar</mosaic-note>
</metric-compare>`,
};
/** Downloads for the reader: the chart as a PNG or SVG image with its headline and sources, and its figures as a CSV file. */
export const Downloads: Story = { args: { metric: 'rd-intensity', top: '10', reference: 'median', downloads: 'png svg csv' } };
export const ErrorCannotAggregate: Story = { args: { metric: 'rd-intensity', 'group-by': 'cluster' } };
export const ErrorNoTotal: Story = { args: { metric: 'gdp', show: 'share' } };
export const ErrorUnknownMetric: Story = { args: { metric: 'gpd' } };
export const ErrorBadTop: Story = { args: { top: '0' } };
export const ErrorUnknownRegion: Story = { args: { regions: 'CN-GD Guangxii' } };
export const ErrorDataNotFound: Story = { args: { src: '/missing.csv' } };
