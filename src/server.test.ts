// innovation-mosaic/server in Node: what a reader of the server's HTML gets before any script
// runs (the drawing, legend, sources, in the element's language), and what a site generator
// gets for hostile or wrong input. Expected values are the bundled data's, as published.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWidget } from './server.js';

/** What a reader reads of a piece of HTML: its text, entities decoded, spaces collapsed. */
function textOf(fragment: string): string {
  return fragment
    .replace(/<style>[^]*?<\/style>/g, '')
    .replace(/<[^>]*>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The first `<tag>` with this attribute (`class="legend"`) and everything in it, to its first end tag. */
function element(htmlText: string, tag: string, attribute: string): string {
  const start = htmlText.search(new RegExp(`<${tag}\\s[^>]*${attribute}`));
  if (start < 0) throw new Error(`no <${tag} ${attribute}>`);
  return htmlText.slice(start, htmlText.indexOf(`</${tag}>`, start) + tag.length + 3);
}

/** Each `path.region`: its region and its inline fill ('' when its class paints it). */
function regionPaths(htmlText: string): { region: string; className: string; fill: string }[] {
  return [...htmlText.matchAll(/<path\s[^>]*?class="(region[^"]*)"[^>]*>/g)].map(([tag, className]) => ({
    region: /data-region="([^"]+)"/.exec(tag)![1],
    className,
    fill: /style="fill:([^"]*)"/.exec(tag)?.[1] ?? '',
  }));
}

/** The declarative shadow root's content. */
function shadowOf(htmlText: string): string {
  const match = /<template shadowroot="open" shadowrootmode="open">([^]*)<\/template>/.exec(htmlText);
  if (!match) throw new Error('no declarative shadow root');
  return match[1];
}

describe('renderWidget', () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  afterEach(() => warn.mockClear());

  it('draws the map of GDP in Chinese: 31 regions filled by value, the legend and the source line', async () => {
    const out = await renderWidget('province-map', { metric: 'gdp', lang: 'zh' });
    expect(out).toMatch(/^<province-map\s+metric="gdp" lang="zh"[^>]*><template shadowroot="open" shadowrootmode="open"><style>/);
    expect(out.endsWith('</template></province-map>')).toBe(true);
    const shadow = shadowOf(out);

    const regions = regionPaths(shadow);
    expect(regions).toHaveLength(31);
    expect(new Set(regions.map((r) => r.region)).size).toBe(31);
    // Hainan has no GDP figure in the bundle: drawn hatched by its class, not with a value's colour.
    expect(regions.filter((r) => !r.fill).map((r) => [r.region, r.className])).toEqual([['CN-HI', 'region no-data']]);
    const fill = (id: string) => regions.find((r) => r.region === id)!.fill;
    expect(fill('CN-GD')).toBe('light-dark(#08519c, #eff3ff)'); // the largest economy: the darkest bin
    expect(fill('CN-XZ')).toBe('light-dark(#eff3ff, #08519c)'); // the smallest: the lightest
    expect(fill('CN-LN')).toBe('#6baed6');

    // In the element's own language, on the light palette.
    expect(shadow).toMatch(/^<style>[^]*<\/style><div class="frame" part="frame" data-scheme="light" lang="zh-Hans">/);
    expect(textOf(element(shadow, 'p', 'class="headline"'))).toBe('地区生产总值（分地区），2024年');
    expect(textOf(element(shadow, 'ul', 'class="legend"'))).toBe(
      '地区生产总值（亿元） 2,765 – 17,715 17,715 – 30,380 30,380 – 48,453 48,453 – 60,728 60,728 – 141,634 无数据 香港、澳门、台湾：不在数据范围内',
    );
    // On screen the sources after the third are left to the data table; print names them all.
    const source = textOf(element(shadow, 'p', 'class="source screen"'));
    expect(source.startsWith('来源：北京市统计局（2025年）')).toBe(true);
    expect(source.endsWith('另有9个，数据表中逐一列出 · 边界：Natural Earth（公共领域）')).toBe(true);
    expect(textOf(element(shadow, 'p', 'class="source print"'))).toContain('西藏商报');
    // Lit's hydration comments are left out: the widgets replace the drawing, they do not hydrate it.
    expect(out).not.toMatch(/<!--\/?lit-/);
    expect(warn).not.toHaveBeenCalled();
  });

  it('draws no control that needs script: the table toggle is a disclosure, the downloads row is inert and unseen', async () => {
    for (const tag of ['province-map', 'metric-compare'] as const) {
      const shadow = shadowOf(await renderWidget(tag, { metric: 'gdp', downloads: 'png svg csv' }));
      // The only button is the downloads row's, held in place for the script's menu and out of reach until then.
      expect(shadow.match(/<button[^>]*>/g), tag).toEqual(['<button class="downloads-button">']);
      expect(shadow, tag).toContain('<div class="downloads" part="downloads" inert aria-hidden="true"><button');
      expect(shadow, tag).toMatch(/\.downloads\[aria-hidden\]\s*\{\s*visibility:\s*hidden/);
      // Opened, the disclosure shows the screen readers' table that follows the footer: no copy of it.
      expect(textOf(element(shadow, 'details', 'class="screen"')), tag).toBe('Show data tableHide data table');
      expect(shadow.match(/<table/g), tag).toHaveLength(1);
      expect(shadow, tag).toMatch(/<\/details>\s*<\/div>\s*<div class="visually-hidden"><table/);
    }
  });

  it('draws the card for Anhui: its name, figures, the article\'s claim and numbered sources', async () => {
    const shadow = shadowOf(await renderWidget('region-card', { region: 'Anhui' }));
    expect(textOf(element(shadow, 'h3', 'id="name"'))).toBe('Anhui, 安徽');
    const figures = [...shadow.matchAll(/<dt>([^<]*)<\/dt>\s*<dd[^>]*>\s*([^<]*)</g)].map(([, term, figure]) => `${term}: ${figure}`);
    expect(figures).toEqual(['Population, 2020: 61,027,171 people', 'Area, reference year not given: 139,400 km²', 'Population density, 2020: 437.8 people per km²']);
    expect(shadow).toContain('quantum computing and nuclear fusion');
    const sources = [...shadow.matchAll(/<li value="(\d)"><span class="number">\[\1\]<\/span> ([^<]*)/g)].map(([, n, text]) => `[${n}] ${textOf(text)}`);
    expect(sources).toEqual([
      '[1] National Bureau of Statistics & State Council Leading Group Office for the 7th National Population Census, 第七次全国人口普查公报（第三号）——地区人口情况, table 3-1 and note 4, 2021, via a repost on zczxwang.com',
      '[2] Wikipedia, List of Chinese administrative divisions by area, n.d., via the worddisk.com mirror',
      "[3] CGTN, China's cross-regional landscape of new quality productive forces (Danish translation), 2026",
    ]);
  });

  it('draws the comparison with its bars from your data passed as `data`, and its source', async () => {
    const data = {
      metrics: [{ id: 'yrd-rd', label: 'R&D expenditure', unit: '亿元', year: 2023, source: { publisher: 'National Bureau of Statistics', title: 'Statistical bulletin', year: 2024 } }],
      values: [
        { region: 'Shanghai', metric: 'yrd-rd', value: 2049.6 },
        { region: 'Jiangsu', metric: 'yrd-rd', value: 4212.3 },
        { region: 'Zhejiang', metric: 'yrd-rd', value: 2640.2 },
        { region: 'Anhui', metric: 'yrd-rd', value: 1264.7 },
      ],
    };
    const shadow = shadowOf(await renderWidget('metric-compare', { metric: 'yrd-rd' }, { data }));
    const bars = [...shadow.matchAll(/<div\s+class="row[^"]*"\s+role="option"\s+data-region="([^"]+)"/g)].map((m) => m[1]);
    expect(bars).toEqual(['CN-JS', 'CN-ZJ', 'CN-SH', 'CN-AH']);
    expect([...shadow.matchAll(/<span class="bar primary" part="bar" style="margin-inline-start:0%;width:(\d+)/g)].map((m) => m[1])).toEqual(['100', '62', '48', '30']);
    expect(textOf(element(shadow, 'p', 'class="source"'))).toBe('Source: National Bureau of Statistics (2024)');
  });

  it('escapes a hostile attribute value: it stays one attribute, and reads as text inside', async () => {
    const hostile = '"><script>alert(1)</script><b x="';
    const out = await renderWidget('province-map', { metric: 'gdp', label: hostile });
    expect(out).not.toContain('<script');
    expect(out).toContain(' label="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;b x=&quot;"');
    expect(textOf(element(shadowOf(out), 'figcaption', 'class="visually-hidden"'))).toBe(hostile);
  });

  it('shows a bad attribute value as the widget\'s own message, in its language, instead of throwing', async () => {
    const english = shadowOf(await renderWidget('province-map', { metric: 'nope' }));
    expect(textOf(element(english, 'div', 'class="problem"'))).toBe(
      'This graphic can’t be shown The metric value “nope” is not valid. Use “population”, “area”, “density”, “gdp”, “gdp-growth”, “rd-intensity”, or “rd-expenditure”.',
    );
    expect(english).toContain('role="alert"');
    expect(textOf(element(shadowOf(await renderWidget('region-card', { region: 'Atlantis', lang: 'da' })), 'div', 'class="problem"'))).toMatch(/^Grafikken kan ikke vises .*Atlantis/);
    // As in the browser, one console warning each with the details: a site generator's log names them.
    expect(warn.mock.calls).toEqual([
      ['innovation-mosaic/server: <province-map> metric="nope" is not one of "population", "area", "density", "gdp", "gdp-growth", "rd-intensity", "rd-expenditure".'],
      ['innovation-mosaic/server: <region-card> region="Atlantis" is not one of the 31 regions.'],
    ]);
  });

  it('writes booleans bare or not at all, numbers as text, and your children after the shadow root', async () => {
    const out = await renderWidget('region-card', { region: 'CN-AH', 'no-map': true, variant: false, 'heading-level': 2, lang: null }, { children: '<p slot="footer">Our note</p>' });
    expect(out).toMatch(/^<region-card\s+region="CN-AH" no-map heading-level="2"[^>]*>/);
    expect(out.slice(0, out.indexOf('>'))).not.toContain('lang=');
    expect(shadowOf(out)).not.toContain('class="locator"');
    expect(shadowOf(out)).toMatch(/<h3 id="name" part="name" aria-level="2"/);
    expect(out.endsWith('</template><p slot="footer">Our note</p></region-card>')).toBe(true);
  });

  it('refuses a tag that is not a widget, and attribute names that are not HTML\'s or are event handlers', async () => {
    // @ts-expect-error a tag the server does not render
    await expect(renderWidget('mosaic-steps', {})).rejects.toThrow('cannot render <mosaic-steps>; it renders <province-map>, <region-card>, <metric-compare>');
    // @ts-expect-error not one of ours
    await expect(renderWidget('script', {})).rejects.toThrow('cannot render <script>');
    await expect(renderWidget('province-map', { valueLabel: 'GDP' })).rejects.toThrow('"valueLabel" is not an attribute name (HTML writes it value-label)');
    await expect(renderWidget('province-map', { 'x"><script>': '1' })).rejects.toThrow('is not an attribute name');
    await expect(renderWidget('province-map', { onmouseover: 'alert(1)' })).rejects.toThrow('"onmouseover" is an event handler attribute');
  });
});
