/**
 * The command line renderer (`npx innovation-mosaic render ...`): a widget's state as an SVG or
 * PNG file, drawn in Node by the widget's own code (its attributes read, its model built, its
 * figure composed as `MosaicElement.figure` does for a download), rendered to markup by
 * `@lit-labs/ssr` and rasterised by `@resvg/resvg-js`.
 *
 * Node only: it is not part of the browser entries.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { finishFigure } from './element/static-figure.js';
import type { MosaicElement } from './element/mosaic-element.js';
import { normalizeLanguage } from './i18n/language.js';
import { describeProblem } from './text/problem.js';
import { MetricCompare, ProvinceMap, RegionCard } from './index.js';

const WIDGETS: Readonly<Record<string, new () => MosaicElement>> = { 'province-map': ProvinceMap, 'region-card': RegionCard, 'metric-compare': MetricCompare };

/** The renderer's own options; every other `--name value` is an attribute of the widget. */
const OWN = new Set(['out', 'width', 'scale', 'data', 'mosaic-note', 'font', 'help']);

export const USAGE = `Usage: innovation-mosaic render <widget> [--<attribute> <value> ...] [options]

Draws a widget's state as a file, with its headline, legend, notes and sources.

  <widget>            province-map, region-card or metric-compare
  --<attribute> <v>   any attribute of the element, e.g. --metric gdp --lang zh --theme dark
                      (an attribute without a value, such as --no-headline, is switched on)
  --data <file>       your data as CSV or JSON, as the element's src would load it
  --mosaic-note <region=text>
                      a note on a region, as a <mosaic-note region> child (repeatable;
                      the region as an ISO code or a name), on the map and the comparison
  --width <px>        width of the figure in CSS pixels (default 640)
  --out <file>        .svg or .png (default: SVG on standard output)
  --scale <n>         pixels per CSS pixel of a PNG (default 2; 4 or more for print)
  --font <file>       a font file to use for a PNG (repeatable), e.g. one with Chinese characters

Example:
  npx innovation-mosaic render province-map --metric gdp --lang zh --width 640 --out map.png`;

/** What the renderer was asked, or why it cannot do it. */
export interface RenderRequest {
  readonly tag: string;
  readonly attributes: ReadonlyMap<string, string>;
  readonly out: string | null;
  readonly width: number;
  readonly scale: number;
  readonly data: string | null;
  /** `<mosaic-note>` children: region and text. */
  readonly notes: readonly { readonly region: string; readonly text: string }[];
  readonly fonts: readonly string[];
}

export class UsageError extends Error {}

/** Reads `render <widget> --name value ...`. */
export function parseArguments(argv: readonly string[]): RenderRequest | 'help' {
  if (!argv.length || argv.includes('--help') || argv.includes('-h')) return 'help';
  const [command, tag, ...rest] = argv;
  if (command !== 'render') throw new UsageError(`unknown command "${command}": the command is render.`);
  if (!tag || !(tag in WIDGETS)) throw new UsageError(`${tag ? `"${tag}" is not a widget` : 'no widget named'}: use ${Object.keys(WIDGETS).join(', ')}.`);
  const observed = (WIDGETS[tag] as unknown as typeof MosaicElement).observedAttributes;
  const attributes = new Map<string, string>();
  const own = new Map<string, string[]>();
  for (let i = 0; i < rest.length; i++) {
    const word = rest[i]!;
    const match = /^--([a-z][a-z0-9-]*)(?:=(.*))?$/s.exec(word);
    if (!match) throw new UsageError(`"${word}" is not an option: options start with --, as in --metric gdp.`);
    const name = match[1]!;
    const value = match[2] ?? (rest[i + 1] !== undefined && !rest[i + 1]!.startsWith('--') ? rest[++i]! : null);
    if (OWN.has(name)) {
      if (value === null) throw new UsageError(`--${name} needs a value.`);
      own.set(name, [...(own.get(name) ?? []), value]);
    } else if (observed.includes(name)) {
      attributes.set(name, value ?? '');
    } else {
      const near = observed.filter((a) => distance(a, name) <= 2);
      throw new UsageError(`<${tag}> has no attribute "${name}"${near.length ? `: did you mean --${near[0]}?` : '.'}`);
    }
  }
  const number = (name: string, fallback: number, min: number, max: number) => {
    const text = own.get(name)?.at(-1);
    if (text === undefined) return fallback;
    const value = Number(text);
    if (!Number.isFinite(value) || value < min || value > max) throw new UsageError(`--${name} must be a number from ${min} to ${max}; "${text}" is not.`);
    return value;
  };
  const out = own.get('out')?.at(-1) ?? null;
  if (out && out !== '-' && !/\.(svg|png)$/i.test(out)) throw new UsageError(`--out must name an .svg or .png file; "${out}" is neither.`);
  return {
    tag,
    attributes,
    out: out === '-' ? null : out,
    width: number('width', 640, 200, 4000),
    scale: number('scale', 2, 0.5, 8),
    data: own.get('data')?.at(-1) ?? null,
    notes: (own.get('mosaic-note') ?? []).map((note) => {
      const match = /^([^=]+)=(.+)$/s.exec(note);
      if (!match) throw new UsageError(`--mosaic-note takes a region and its text, as in --mosaic-note "Anhui=Quantum computing"; "${note}" has no =.`);
      return { region: match[1]!.trim(), text: match[2]!.replace(/\s+/g, ' ').trim() };
    }),
    fonts: own.get('font') ?? [],
  };
}

/** Levenshtein distance, for "did you mean". */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/**
 * The widget's figure as SVG text. Bad input fails with the message the widget would show in
 * its own language (a {@link UsageError}).
 */
export function renderSvg(request: RenderRequest): string {
  const element = new WIDGETS[request.tag]!();
  for (const [name, value] of request.attributes) {
    element.setAttribute(name, value);
    element.attributeChangedCallback(name, null, value);
  }
  if (request.data) (element as MosaicElement & { data: unknown }).data = readData(request.data);
  if (request.notes.length) {
    // What the page's <mosaic-note> children would be (a Node element has no children to read).
    const notes = (element as unknown as { noteChildren?: { markup: unknown } }).noteChildren;
    if (!notes) throw new UsageError(`<${request.tag}> takes no notes.`);
    notes.markup = request.notes;
  }
  const theme = request.attributes.get('theme');
  const figure = element.figure({ width: request.width, scheme: theme === 'dark' ? 'dark' : 'light' });
  if (!figure) {
    const language = normalizeLanguage(request.attributes.get('lang'));
    const problem = element.problem ? describeProblem(element.problem, language) : `<${request.tag}> has nothing to draw.`;
    throw new UsageError(request.data && element.problem?.key === 'problem.badData' ? `--data ${request.data}: ${problem}` : problem);
  }
  return finishFigure(collectResultSync(render(figure.template)), figure);
}

/** A CSV or JSON file's text, read as the element's `data` (as its `src` would load it). */
function readData(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read --data ${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}.`);
  }
}

// ---- PNG ---------------------------------------------------------------------------------

/** Font files with Chinese characters, by the names their makers give them. */
const CJK_FONT = /noto.?sans.?(cjk|sc)|noto.?serif.?(cjk|sc)|source.?han|wqy|droidsansfallback|pingfang|hiragino.?sans.?gb|msyh|simhei|simsun|stheiti|arphic|ukai|uming/i;

/** Where systems keep fonts. */
export function systemFontFolders(): string[] {
  return ['/usr/share/fonts', '/usr/local/share/fonts', join(homedir(), '.fonts'), join(homedir(), '.local/share/fonts'), '/Library/Fonts', '/System/Library/Fonts', join(homedir(), 'Library/Fonts'), 'C:\\Windows\\Fonts'];
}

/** Font files under `folders` (a few levels deep). */
export function findFonts(folders: readonly string[]): string[] {
  const found: string[] = [];
  const walk = (folder: string, depth: number) => {
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      return;
    }
    for (const name of names) {
      const path = join(folder, name);
      if (/\.(ttf|otf|ttc|otc)$/i.test(name)) found.push(path);
      else if (depth < 4 && !name.includes('.')) {
        try {
          if (statSync(path).isDirectory()) walk(path, depth + 1);
        } catch {
          // unreadable: skipped
        }
      }
    }
  };
  for (const folder of folders) walk(folder, 0);
  return found;
}

/**
 * The figure as PNG at `scale` pixels per CSS pixel. Text needs fonts: Chinese text one with
 * Chinese characters, found among the system's fonts or given with --font; without one the
 * renderer says which font to install rather than draw empty boxes.
 */
export async function renderPng(svgText: string, scale: number, fonts: readonly string[], folders = systemFontFolders()): Promise<Buffer> {
  return (await rasterise(svgText, scale, fonts, folders)).asPng();
}

/** The figure drawn into pixels by resvg, with the fonts {@link renderPng} says it needs. */
export async function rasterise(svgText: string, scale: number, fonts: readonly string[], folders = systemFontFolders()): Promise<import('@resvg/resvg-js').RenderedImage> {
  const system = findFonts(folders);
  const all = [...fonts, ...system];
  for (const font of fonts) {
    try {
      statSync(font);
    } catch {
      throw new UsageError(`--font ${font}: no such file.`);
    }
  }
  if (!all.length) throw new UsageError('no fonts were found for the PNG. Install a font such as Noto Sans (Debian and Ubuntu: apt install fonts-noto-core), or pass --font /path/to/font.ttf.');
  const text = [...svgText.matchAll(/>([^<]+)</g)].map((m) => m[1]).join('');
  if (/[\u3400-\u9fff]/u.test(text) && !fonts.length && !system.some((f) => CJK_FONT.test(f))) {
    throw new UsageError('the figure has Chinese text, and no font with Chinese characters was found. Install Noto Sans CJK SC (Debian and Ubuntu: apt install fonts-noto-cjk; macOS and Windows have one), or pass --font /path/to/NotoSansCJKsc-Regular.otf.');
  }
  let Resvg: typeof import('@resvg/resvg-js').Resvg;
  try {
    ({ Resvg } = await import('@resvg/resvg-js'));
  } catch {
    throw new UsageError('PNG files need the package @resvg/resvg-js (npm install @resvg/resvg-js); SVG files do not.');
  }
  const cjk = [...fonts, ...system].find((f) => CJK_FONT.test(f));
  const resvg = new Resvg(svgText, {
    fitTo: { mode: 'zoom', value: scale },
    font: { loadSystemFonts: false, fontFiles: all, defaultFontFamily: cjk ? 'Noto Sans CJK SC' : 'DejaVu Sans' },
  });
  return resvg.render();
}

// ---- the command -------------------------------------------------------------------------

export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly writeFile: (path: string, data: string | Buffer) => void;
}

/** Runs the command; the exit code: 0 done, 2 bad arguments or input, 1 anything else. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  try {
    const request = parseArguments(argv);
    if (request === 'help') {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    const svgText = renderSvg(request);
    if (!request.out) io.stdout(svgText);
    else if (/\.png$/i.test(request.out)) io.writeFile(request.out, await renderPng(svgText, request.scale, request.fonts));
    else io.writeFile(request.out, svgText);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`innovation-mosaic: ${error.message}\n`);
      return 2;
    }
    io.stderr(`innovation-mosaic: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 1;
  }
}
