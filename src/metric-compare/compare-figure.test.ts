// The comparison as a file, made in Node as the command line renderer makes it: the element
// read from its attributes, its figure rendered by @lit-labs/ssr and rasterised by resvg.
// Expected names and values are those the live chart shows for the bundled data.
import { describe, expect, it } from 'vitest';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { Resvg } from '@resvg/resvg-js';
import { finishFigure } from '../element/static-figure.js';
import type { ColorScheme } from '../element/color-scheme.js';
import './metric-compare.js';
import type { MetricCompare } from './metric-compare.component.js';

function figureOf(attributes: Record<string, string>, width = 640, scheme: ColorScheme = 'light') {
  const el = new (customElements.get('metric-compare')!)() as MetricCompare;
  for (const [name, value] of Object.entries(attributes)) {
    el.setAttribute(name, value);
    el.attributeChangedCallback(name, null, value);
  }
  const figure = el.figure({ width, scheme });
  return { el, svg: figure ? finishFigure(collectResultSync(render(figure.template)), figure) : null };
}

const unescape = (text: string) => text.replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
/** Every line of text in `markup`, in order. */
const texts = (markup: string) => [...markup.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => unescape(m[1]!));
/** Each bar's row: its region, the texts it shows, its bars' classes and x. */
function rows(svg: string) {
  return [...svg.matchAll(/<g class="row[^"]*" data-region="([^"]+)">([^]*?)<\/g>(?=<g class="row|<\/g>|<rect class="key)/g)].map(([, region, inner]) => ({
    region,
    texts: texts(inner!),
    bars: [...inner!.matchAll(/<rect class="bar (\w+)" x="([\d.]+)"/g)].map((m) => ({ kind: m[1], x: Number(m[2]) })),
  }));
}

describe('<metric-compare> as a file', () => {
  it('draws the top five GDPs as the chart does: headline, names, value labels, ticks, sources', () => {
    const { svg } = figureOf({ metric: 'gdp', top: '5' });
    const all = texts(svg!);
    expect(all[0]).toBe('GDP, 2024');
    expect(all).toContain('Top 5 of the 30 regions with data');
    expect(all).toContain('GDP (trillion yuan)');
    expect(all).toEqual(expect.arrayContaining(['0', '5', '10']));
    expect(rows(svg!)).toEqual([
      { region: 'CN-GD', texts: ['Guangdong', '14.16'], bars: [{ kind: 'primary', x: expect.any(Number) }] },
      { region: 'CN-JS', texts: ['Jiangsu', '13.70'], bars: [expect.objectContaining({ kind: 'primary' })] },
      { region: 'CN-SD', texts: ['Shandong', '9.86'], bars: [expect.objectContaining({ kind: 'primary' })] },
      { region: 'CN-ZJ', texts: ['Zhejiang', '9.01'], bars: [expect.objectContaining({ kind: 'primary' })] },
      { region: 'CN-SC', texts: ['Sichuan', '6.47'], bars: [expect.objectContaining({ kind: 'primary' })] },
    ]);
    expect(all).toContain('No data: Hainan');
    expect(all.some((t) => t.startsWith('Sources: Beijing Municipal Bureau of Statistics'))).toBe(true);
  });

  it('writes the values as the chart does in Chinese and Danish', () => {
    expect(rows(figureOf({ metric: 'gdp', top: '2', lang: 'zh' }).svg!).map((r) => r.texts)).toEqual([
      ['广东', '141,634'],
      ['江苏', '137,008'],
    ]);
    expect(rows(figureOf({ metric: 'gdp', top: '2', lang: 'da' }).svg!).map((r) => r.texts)).toEqual([
      // Billions ("mia.") in Danish, where English reads trillions.
      ['Guangdong', '14.163'],
      ['Jiangsu', '13.701'],
    ]);
  });

  it('pairs two bars in each row of a paired chart, "No data" where the second is missing, each axis with its key', () => {
    const { svg } = figureOf({ metric: 'population', 'compare-to': 'rd-expenditure', regions: 'CN-GD CN-JS CN-BJ CN-XZ', reference: 'mean' });
    const drawn = rows(svg!);
    expect(drawn.map((r) => [r.region, r.bars.map((b) => b.kind), r.texts])).toEqual([
      ['CN-GD', ['primary', 'secondary'], ['Guangdong', '126.0', '480']],
      ['CN-JS', ['primary', 'secondary'], ['Jiangsu', '84.7', '421']],
      ['CN-BJ', ['primary', 'secondary'], ['Beijing', '21.9', '295']],
      ['CN-XZ', ['primary'], ['Tibet', '3.6', 'No data']],
    ]);
    expect(svg).toContain('<rect class="key primary"');
    expect(svg).toContain('<rect class="key secondary"');
    const all = texts(svg!);
    expect(all).toContain('Population (million people)');
    expect(all).toContain('R&D expenditure, 2023 (billion yuan)');
    expect(all).toContain('R&D expenditure: no data for Tibet');
    expect(all).toContain('┆ Average of the 31 regions: 45.5 million people');
    expect(svg).toContain('<line class="reference"');
  });

  it('colours bars from its own styles, in each palette', () => {
    expect(figureOf({ metric: 'population', 'compare-to': 'rd-expenditure', regions: 'CN-GD' }).svg).toMatch(/\.bar\.secondary\{fill: ?#b85c00\}/);
    const dark = figureOf({ metric: 'population', 'compare-to': 'rd-expenditure', regions: 'CN-GD' }, 640, 'dark').svg!;
    expect(dark).toMatch(/\.bar\.secondary\{fill: ?#f0a35e\}/);
    expect(dark).toMatch(/\.highlight-none \.bar\.primary\{fill: ?#7cb4f5\}/);
  });

  it('puts names above their bars in a narrow widget, beside them otherwise', () => {
    expect(rows(figureOf({ metric: 'gdp', top: '3' }, 320).svg!)[0]!.bars[0]!.x).toBe(0);
    expect(rows(figureOf({ metric: 'gdp', top: '3' }, 360).svg!)[0]!.bars[0]!.x).toBeGreaterThan(100);
  });

  it('gives no figure for a bad attribute, with the problem set', () => {
    const { el, svg } = figureOf({ metric: 'nope' });
    expect(svg).toBeNull();
    expect(el.problem).not.toBeNull();
  });

  it('makes an SVG resvg reads, a PNG of its width', () => {
    const { svg } = figureOf({ metric: 'gdp', top: '5', lang: 'zh' }, 360);
    const png = new Resvg(svg!, { font: { loadSystemFonts: false } }).render();
    expect(png.width).toBe(360);
    expect(png.height).toBeGreaterThan(200);
  });
});
