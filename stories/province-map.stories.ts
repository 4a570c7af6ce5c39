import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/province-map/province-map.js';
import { RENDERED_SOURCE } from './embed-code.js';
import { attributesFrom, type WidgetArgs } from './widget-args.js';

const render = (args: WidgetArgs) => html`<province-map ${attributesFrom(args)}></province-map>`;

const meta: Meta<WidgetArgs> = {
  title: 'Widgets/province-map',
  component: 'province-map',
  tags: ['autodocs'],
  render,
  args: {},
};
export default meta;
type Story = StoryObj<WidgetArgs>;

/** The default: population by region, 2020 census. */
export const Choropleth: Story = {};
export const GdpPartialCoverage: Story = { args: { metric: 'gdp', scheme: 'greens', legend: 'right' } };
export const RdIntensityViridis: Story = { args: { metric: 'rd-intensity', scheme: 'viridis', classes: '4' } };
export const Density: Story = { args: { metric: 'density', scheme: 'purples', labels: 'codes' } };
export const Clusters: Story = { args: { mode: 'clusters' } };
export const Highlight: Story = { args: { mode: 'highlight', highlight: 'CN-AH CN-JS', selected: 'CN-AH' } };
export const HighlightCluster: Story = { args: { mode: 'highlight', cluster: 'yrd', context: 'hide' } };
export const Tiles: Story = { args: { view: 'tiles', metric: 'population' } };
export const TilesClusters: Story = { args: { view: 'tiles', mode: 'clusters' } };
export const Names: Story = { args: { labels: 'names', metric: 'area' } };
export const Chinese: Story = { args: { lang: 'zh', metric: 'gdp' } };
export const Danish: Story = { args: { lang: 'da', mode: 'clusters' } };
export const Dark: Story = { args: { theme: 'dark', metric: 'rd-expenditure' }, parameters: { backgrounds: { default: 'dark' } } };
export const DetailedBoundaries: Story = { args: { 'geometry-src': '/geo/china-detailed.topo.json' } };

/**
 * Your own CSV, loaded from `src`: `stories/public/example-rd-expenditure.csv` holds the bundled
 * R&D expenditure figures with names in English and Chinese, and one misspelled region
 * ("Anhiu") to show how a row that cannot be used is reported.
 */
export const OwnCsv: Story = { args: { src: '/example-rd-expenditure.csv', 'value-label': 'R&D expenditure 2023' } };

/**
 * Downloads for the reader: the map as it is drawn, as a PNG or SVG image with its headline,
 * legend and sources, and its data table as a CSV file for a spreadsheet.
 */
export const Downloads: Story = { args: { metric: 'gdp', selected: 'CN-AH', downloads: 'png svg csv' } };

export const ErrorUnknownMetric: Story = { args: { metric: 'gpd' } };
export const ErrorBadAttribute: Story = { args: { mode: 'heatmap' } };
export const ErrorUnknownRegion: Story = { args: { mode: 'highlight', highlight: 'Anhiu' } };
export const ErrorBadData: Story = { args: { src: '/example-broken.json' } };
export const ErrorDataNotFound: Story = { args: { src: '/does-not-exist.csv' } };
export const ErrorGeometryNotFound: Story = { args: { 'geometry-src': '/no-such-boundaries.json' } };

/**
 * Notes by markup: `<mosaic-note region>` children, each drawn beside its region with a leader
 * line; on a phone, numbered markers with the notes listed under the map. The fourth names its
 * region in Chinese; the notes are the page's own text, in the page's language.
 */
export const Notes: Story = {
  parameters: RENDERED_SOURCE,
  render: () => html`<province-map metric="gdp" note="Notes: the regions' 2026 government work reports, as summed up by CGTN.">
  <mosaic-note region="CN-AH">Quantum computing and nuclear fusion</mosaic-note>
  <mosaic-note region="Guangdong">90% of the country's drones</mosaic-note>
  <mosaic-note region="CN-BJ">210 technological bottlenecks broken in a year</mosaic-note>
  <mosaic-note region="上海">Brain-computer interfaces and 6G</mosaic-note>
</province-map>`,
};

/** How the map sits in an article column. */
export const InAnArticle: Story = {
  parameters: RENDERED_SOURCE,
  render: () => html`<article style="max-width: 38rem; margin: auto; font: 1.0625rem/1.6 Georgia, serif; color: #222">
    <h2 style="font-size: 1.6rem; line-height: 1.2">China's cross-regional innovation mosaic</h2>
    <p>Provincial work reports show a country where each region carves out its own niche. The three
    integration engines on the coast are turning from economic zones into innovation corridors.</p>
    <province-map mode="clusters" label="The three integration engines"></province-map>
    <p>Inland, regions with cool climates and cheap energy are becoming the country's
    "digital basements" under the East Data, West Computing initiative.</p>
  </article>`,
};
