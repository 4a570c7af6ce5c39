// The command line renderer, run as a newsroom would run it: files written, messages given.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main, parseArguments, renderPng } from './cli.js';

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

  it('draws in Chinese and in the dark palette', async () => {
    const { stdout } = await run('render', 'province-map', '--metric', 'gdp', '--lang', 'zh', '--theme', 'dark', '--width', '360');
    expect(stdout).toContain('width="360"');
    expect(stdout).toContain('>地区生产总值（分地区），2024年</tspan>');
    // Guangdong in the darkest class reads light on a dark page; the background is the dark one.
    expect(stdout).toMatch(/data-region="CN-GD" d="[^"]+" style="fill:#eff3ff"/);
    expect(stdout).toContain('fill="#16181d"');
  });

  it('writes a PNG of the figure at the scale asked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'im-cli-'));
    const { code, files } = await run('render', 'province-map', '--metric', 'population', '--width', '400', '--scale', '2', '--out', join(dir, 'map.png'));
    expect(code).toBe(0);
    const png = files.get(join(dir, 'map.png')) as Buffer;
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(pngSize(png).width).toBe(800);
  });

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
    expect((await run('render', 'province-map', '--width', 'wide')).stderr).toBe('innovation-mosaic: --width must be a number from 200 to 4000; "wide" is not.\n');
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

  it('takes an attribute without a value as switched on', () => {
    const request = parseArguments(['render', 'province-map', '--no-headline', '--metric=gdp']);
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
