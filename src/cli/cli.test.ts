// The command line renderer, run as a newsroom would run it: files written, messages given.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArguments as parseWords } from './arguments.js';
import { main } from './main.js';
import { findFonts, rasterise, renderPng, systemFontFolders } from './png.js';
import { WIDGETS } from './render.js';
import { figureFonts } from '../element/static-figure.js';
import type { Language } from '../i18n/language.js';
import { wrapText } from '../text/text-width.js';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const files = new Map<string, string | Buffer>();
  const code = await main(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), writeFile: (path, data) => files.set(path, data) });
  return { code, stdout: out.join(''), stderr: err.join(''), files };
}

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe('innovation-mosaic render', () => {
  it('prints its usage for --help', async () => {
    const { code, stdout } = await run('--help');
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: innovation-mosaic render <widget>');
  });

  it('draws a map as SVG with its headline, 31 regions, legend and sources', async () => {
    const { code, stdout, stderr } = await run('render', 'province-map', '--metric', 'gdp');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="640"')).toBe(true);
    expect(stdout.match(/<path class="region [^"]*" data-region="CN-[A-Z]{2}"/g)).toHaveLength(31);
    expect(stdout).toContain('>GDP by region, 2024</tspan>');
    expect(stdout).toContain('>GDP (trillion yuan)</tspan>');
    expect(stdout).toContain('>No data</tspan>');
    expect(stdout).toContain('Boundaries: Natural Earth (public domain)');
    // Guangdong, the largest economy, in the darkest class of the light palette.
    expect(stdout).toMatch(/data-region="CN-GD" d="[^"]+" style="fill:#08519c"/);
    // A file is an image: no listbox, no tab stops, no light-dark() left for a viewer to resolve.
    expect(stdout).not.toMatch(/tabindex|role="listbox"|light-dark/);
  });

  it("keeps the page's own words as written, and names the file with its title and description", async () => {
    const { stdout } = await run('render', 'province-map', '--metric', 'gdp', '--headline', 'A role="x" light-dark(red, blue) & <b>');
    expect(stdout).toContain('<title>A role=&quot;x&quot; light-dark(red, blue) &amp; &lt;b&gt;</title>');
    expect(stdout).toContain('>A role=&quot;x&quot; light-dark(red, blue) &amp; &lt;b&gt;</tspan>');
    expect(stdout).toContain('<desc>Among the 30 regions with data, highest: Guangdong (14.16 trillion yuan)');
  });

  it("draws a card in the screen's colours of its palette, not print's", async () => {
    // Print sets the card's accent to black; a file takes the palette's: blue on light, light blue on dark.
    expect((await run('render', 'region-card', '--region', 'Anhui')).stdout).toContain('.locator path.this{fill:#0a5bb5');
    expect((await run('render', 'region-card', '--region', 'Anhui', '--theme', 'dark')).stdout).toContain('.locator path.this{fill:#7cb4f5');
  });

  it('draws in Chinese and in the dark palette', async () => {
    const { stdout } = await run('render', 'province-map', '--metric', 'gdp', '--lang', 'zh', '--theme', 'dark', '--width', '360');
    expect(stdout).toContain('width="360"');
    expect(stdout).toContain('>地区生产总值（分地区），2024年</tspan>');
    // Guangdong in the darkest class reads light on a dark page; the background is the dark one.
    expect(stdout).toMatch(/data-region="CN-GD" d="[^"]+" style="fill:#eff3ff"/);
    expect(stdout).toContain('fill="#16181d"');
  });

  it('writes a PNG of the figure at the scale asked, its Chinese headline drawn', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'im-cli-'));
    const { code, files, stderr } = await run('render', 'province-map', '--metric', 'population', '--lang', 'zh', '--width', '400', '--scale', '2', '--out', join(dir, 'map.png'));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const png = files.get(join(dir, 'map.png')) as Buffer;
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(pngSize(png).width).toBe(800);
    // The headline's line (12-35 CSS px from the top) has ink: glyphs, not nothing.
    const { pixels, width } = await rasterise((await run('render', 'province-map', '--metric', 'population', '--lang', 'zh', '--width', '400')).stdout, 1, []);
    let ink = 0;
    for (let y = 12; y < 35; y++) for (let x = 12; x < 300; x++) if (pixels[(y * width + x) * 4]! < 128) ink++;
    expect(ink).toBeGreaterThan(300);
  });

  it('wraps text so that, set in the fonts a PNG uses, no line runs past its column', async () => {
    const { Resvg } = await import('@resvg/resvg-js');
    const fontFiles = findFonts(systemFontFolders());
    const cases: [Language, string, number, boolean][] = [
      ['en', 'Sources: National Bureau of Statistics & State Council Leading Group Office for the 7th National Population Census (2021), via a repost on zczxwang.com', 13, false],
      ['en', 'Research and development spending by region, as a share of each region’s economy', 18, true],
      ['da', 'F&U-intensitet fordelt på regioner, 2023: Kinas nationale statistikbureau, ministeriet for videnskab og teknologi', 18, true],
      ['zh', '来源：国家统计局、国务院第七次全国人口普查领导小组办公室（2021年），经zczxwang.com转载；各省级统计局（2025年）', 13, false],
    ];
    for (const [language, text, size, bold] of cases) {
      for (const column of [200, 336]) {
        const lines = wrapText(text, column, size, bold);
        // One text a line, all from x = 0: the box around them is as wide as the widest.
        const body = lines.map((line, i) => `<text x="0" y="${(i + 1) * size * 1.5}">${line.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</text>`).join('');
        const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="2000" height="${(lines.length + 1) * size * 1.5}" font-family="${figureFonts(language).replace(/'/g, '&apos;')}" font-size="${size}" font-weight="${bold ? 700 : 400}">${body}</svg>`;
        const box = new Resvg(svg, { font: { loadSystemFonts: false, fontFiles } }).getBBox();
        expect(box, `${language} at ${column} px`).toBeDefined();
        expect(box!.x + box!.width, `${language} at ${column} px: ${lines.join(' | ')}`).toBeLessThanOrEqual(column);
      }
    }
  }, 30_000); // dozens of fonts loaded by resvg: seconds on a busy machine

  it("reads the person's own data from a CSV file", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'im-cli-'));
    const csv = join(dir, 'labs.csv');
    writeFileSync(csv, 'region,value,unit,year,source\nAnhui,12,labs,2025,Our survey\nJiangsu,30,labs,2025,Our survey\n');
    const { code, stdout } = await run('render', 'province-map', '--data', csv, '--value-label', 'Key laboratories');
    expect(code).toBe(0);
    expect(stdout).toContain('>Key laboratories by region, 2025</tspan>');
    expect(stdout).toContain('Source: Our survey');
  });

  it('refuses an attribute the widget does not have, naming the nearest', async () => {
    const { code, stderr } = await run('render', 'province-map', '--metirc', 'gdp');
    expect(code).toBe(2);
    expect(stderr).toBe('innovation-mosaic: <province-map> has no attribute "metirc": did you mean --metric?\n');
  });

  it("gives the message the widget shows for a bad value, in the widget's language", async () => {
    const { code, stderr } = await run('render', 'province-map', '--metric', 'gdpp', '--lang', 'zh');
    expect(code).toBe(2);
    expect(stderr).toBe('innovation-mosaic: metric 的值“gdpp”无效。请使用 “population”、“area”、“density”、“gdp”、“gdp-growth”、“rd-intensity”或“rd-expenditure”。\n');
  });

  it('refuses an unknown widget, a bad width and an output that is neither SVG nor PNG', async () => {
    expect((await run('render', 'province-mapp')).stderr).toBe('innovation-mosaic: "province-mapp" is not a widget: use province-map, region-card, metric-compare.\n');
    expect((await run('render', 'province-map', '--width', 'wide')).stderr).toBe('innovation-mosaic: --width must be a number from 280 to 2000; "wide" is not.\n');
    expect((await run('render', 'province-map', '--out', 'map.jpg')).stderr).toBe('innovation-mosaic: --out must name an .svg or .png file; "map.jpg" is neither.\n');
    expect((await run('render', 'province-map', '--data', '/nowhere/labs.csv')).stderr).toBe('innovation-mosaic: cannot read --data /nowhere/labs.csv: no such file.\n');
  });

  it("draws the page's notes given with --mosaic-note, and reports one on an unknown region as the widget does", async () => {
    const { code, stdout, stderr } = await run('render', 'province-map', '--metric', 'gdp', '--mosaic-note', 'Anhui=Quantum computing and nuclear fusion', '--mosaic-note', 'CN-GD=90% of the drones');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('Quantum computing');
    expect(stdout.match(/<g class="note" data-region="CN-(AH|GD)">/g)).toHaveLength(2);
    expect((await run('render', 'province-map', '--mosaic-note', 'Anhui')).stderr).toBe('innovation-mosaic: --mosaic-note takes a region and its text, as in --mosaic-note "Anhui=Quantum computing"; "Anhui" has no =.\n');
    expect((await run('render', 'region-card', '--region', 'Anhui', '--mosaic-note', 'Anhui=x')).stderr).toBe('innovation-mosaic: <region-card> takes no notes.\n');
  });

  it('reads numbers, values and option names strictly', async () => {
    expect((await run('render', 'province-map', '--width', '0x280')).stderr).toBe('innovation-mosaic: --width must be a number from 280 to 2000; "0x280" is not.\n');
    expect((await run('render', 'province-map', '--out=')).stderr).toBe('innovation-mosaic: --out needs a value.\n');
    expect((await run('render', 'province-map', '--Metric', 'gdp')).stderr).toBe('innovation-mosaic: --Metric: options are written in lower case, as in --metric.\n');
    // -h as a value is a value; a value starting with -- is given with =.
    const request = parseWords(['render', 'province-map', '--subtitle', '-h', '--headline=-- draft'], WIDGETS);
    expect(request !== 'help' && [...request.attributes]).toEqual([
      ['subtitle', '-h'],
      ['headline', '-- draft'],
    ]);
  });

  it('takes an attribute without a value as switched on', () => {
    const request = parseWords(['render', 'province-map', '--no-headline', '--metric=gdp'], WIDGETS);
    expect(request !== 'help' && [...request.attributes]).toEqual([
      ['no-headline', ''],
      ['metric', 'gdp'],
    ]);
  });

  it('names the font to install when Chinese text has no font with Chinese characters', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'im-fonts-'));
    const latinOnly = mkdtempSync(join(tmpdir(), 'im-fonts-'));
    writeFileSync(join(latinOnly, 'DejaVuSans.ttf'), '');
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><text>地区</text></svg>';
    await expect(renderPng(svg, 1, [], [empty])).rejects.toThrow('no fonts were found for the PNG. Install a font such as Noto Sans');
    await expect(renderPng(svg, 1, [], [latinOnly])).rejects.toThrow('no font with Chinese characters was found. Install Noto Sans CJK SC (Debian and Ubuntu: apt install fonts-noto-cjk');
  });
});
