// The region card as a file, made in Node as the command line renderer makes it: the element
// read from its attributes, its figure rendered by @lit-labs/ssr and rasterised by resvg.
// Expected texts are those the live card shows for the bundled data.
import { describe, expect, it } from 'vitest';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { Resvg } from '@resvg/resvg-js';
import { finishFigure } from '../element/static-figure.js';
import './region-card.js';
import type { RegionCard } from './region-card.component.js';

function figureOf(attributes: Record<string, string>, width = 640) {
  const el = new (customElements.get('region-card')!)() as RegionCard;
  for (const [name, value] of Object.entries(attributes)) {
    el.setAttribute(name, value);
    el.attributeChangedCallback(name, null, value);
  }
  const figure = el.figure({ width, scheme: 'light' });
  return { el, svg: figure ? finishFigure(collectResultSync(render(figure.template)), figure) : null };
}

const unescape = (text: string) => text.replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/&quot;/g, '"');
const texts = (markup: string) => [...markup.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => unescape(m[1]!));
/** Each figure row's label, value and source mark, a label wrapped over lines joined. */
const figureRows = (svg: string) =>
  Object.fromEntries(
    [...svg.matchAll(/<g class="row" data-metric="([^"]+)">([^]*?)<\/g>/g)].map(([, metric, inner]) => {
      const [label, value] = [...inner!.matchAll(/<text[^>]*>([^]*?)<\/text>/g)].map((m) => texts(m[1]!));
      return [metric, [label!.join(' '), ...value!]];
    }),
  );

describe('<region-card> as a file', () => {
  it("shows Anhui's name, type line, figures with their years and units, claims and sources", () => {
    const { svg } = figureOf({ region: 'Anhui' });
    const all = texts(svg!);
    expect(all.slice(0, 3)).toEqual(['Anhui', '安徽', 'Province · Capital: Hefei']);
    expect(figureRows(svg!)).toEqual({
      population: ['Population, 2020', '61,027,171 people', '[1]'],
      area: ['Area, reference year not given', '139,400 km²', '[2]'],
      density: ['Population density, 2020', '437.8 people per km²', '[1, 2]'],
    });
    expect(all).toContain('What the article says');
    expect(all.join(' ')).toContain('Anhui, once known for traditional farming, has transformed itself into a hub for quantum computing and nuclear fusion.');
    expect(all).toContain('Yangtze River Delta as a whole');
    const sources = svg!.slice(svg!.indexOf('<g class="sources">'));
    expect(texts(sources).filter((t) => /^\[\d\]$/.test(t))).toEqual(['[1]', '[2]', '[3]']);
    expect(texts(sources).join(' ')).toContain('National Bureau of Statistics & State Council Leading Group Office');
  });

  it('writes the card in Chinese: one name, figures as the Chinese card does', () => {
    const { svg } = figureOf({ region: 'CN-AH', lang: 'zh' });
    const all = texts(svg!);
    expect(all.slice(0, 2)).toEqual(['安徽', '省 · 省会：合肥市']);
    expect(all.filter((t) => t === '安徽')).toHaveLength(1);
    expect(figureRows(svg!)).toEqual({
      population: ['常住人口（2020年）', '61,027,171人', '[1]'],
      area: ['面积（来源未注明年份）', '139,400平方公里', '[2]'],
      density: ['人口密度（2020年）', '437.8人/平方公里', '[1,2]'],
    });
    expect(all).toContain('文章观点');
  });

  it('highlights the region on its locator map', () => {
    const { svg } = figureOf({ region: 'Anhui' });
    expect(svg).toMatch(/<svg class="locator" viewBox="0 0 240 [\d.]+" x="0" y="[\d.]+" width="[\d.]+" height="[\d.]+">/);
    expect(svg!.match(/<path class="this" data-region="([^"]+)"/g)).toEqual(['<path class="this" data-region="CN-AH"']);
    expect(figureOf({ region: 'Anhui', 'no-map': '' }).svg).not.toContain('class="locator"');
  });

  it("shows a compact card's first view: three figures, the lead claim, and the sources they cite", () => {
    const { svg } = figureOf({ region: 'Anhui', variant: 'compact', metrics: 'population area density gdp' }, 300);
    expect(Object.keys(figureRows(svg!))).toEqual(['population', 'area', 'density']);
    const all = texts(svg!).join(' ');
    expect(all).toContain('quantum computing');
    expect(all).not.toContain('giant research');
    expect(all).not.toContain('Resident population on 2020-11-01');
    // Numbered as in the live card: the GDP figure's source [3] is behind the disclosure, with the figure.
    expect(texts(svg!.slice(svg!.indexOf('<g class="sources">'))).filter((t) => /^\[\d\]$/.test(t))).toEqual(['[1]', '[2]', '[4]']);
  });

  it('gives no figure for an unknown region, with the problem set', () => {
    const { el, svg } = figureOf({ region: 'Atlantis' });
    expect(svg).toBeNull();
    expect(el.problem).not.toBeNull();
  });

  it('makes an SVG resvg reads, a PNG of its width', () => {
    const png = new Resvg(figureOf({ region: 'Anhui', lang: 'da' }, 360).svg!, { font: { loadSystemFonts: false } }).render();
    expect(png.width).toBe(360);
    expect(png.height).toBeGreaterThan(600);
  });
});
