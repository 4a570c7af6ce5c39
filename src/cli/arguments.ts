/**
 * The command line's words read: `render <widget> --name value ...`, the renderer's own options
 * apart from the widget's attributes, every mistake named in a {@link UsageError}.
 */
import { editDistance } from '../data/lookup.js';
import type { MosaicElement } from '../element/mosaic-element.js';

/** The widgets a file can be made of, by tag (their classes, for their attributes). */
export type Widgets = Readonly<Record<string, typeof MosaicElement>>;

export class UsageError extends Error {}

/** The renderer's own options; every other `--name value` is an attribute of the widget. */
const OWN = new Set(['out', 'width', 'scale', 'data', 'mosaic-note', 'font']);

export const USAGE = `Usage: innovation-mosaic render <widget> [--<attribute> <value> ...] [options]

Draws a widget's state as a file, with its headline, legend, notes and sources.

  <widget>            province-map, region-card or metric-compare
  --<attribute> <v>   any attribute of the element, e.g. --metric gdp --lang zh --theme dark
                      (an attribute without a value, such as --no-headline, is switched on;
                      a value that starts with -- is written --headline="-- draft")
  --data <file>       your data as CSV or JSON, as the element's src would load it
  --mosaic-note <region=text>
                      a note on a region, as a <mosaic-note region> child (repeatable;
                      the region as an ISO code or a name), on the map and the comparison
  --width <px>        width of the figure in CSS pixels, 280 to 2000 (default 640)
  --out <file>        .svg or .png (default: SVG on standard output)
  --scale <n>         pixels per CSS pixel of a PNG, 0.5 to 8 (default 2; 4 or more for print)
  --font <file>       a font file to use for a PNG (repeatable), e.g. one with Chinese characters

Example:
  npx innovation-mosaic render province-map --metric gdp --lang zh --width 640 --out map.png`;

/** What the renderer was asked. */
export interface RenderRequest {
  readonly tag: string;
  readonly attributes: ReadonlyMap<string, string>;
  /** An .svg or .png file, or `null` for SVG on standard output. */
  readonly out: string | null;
  readonly width: number;
  readonly scale: number;
  readonly data: string | null;
  /** `<mosaic-note>` children: region and text. */
  readonly notes: readonly { readonly region: string; readonly text: string }[];
  readonly fonts: readonly string[];
}

/** Reads `render <widget> --name value ...`; `'help'` for `--help`, `-h` or nothing. */
export function parseArguments(argv: readonly string[], widgets: Widgets): RenderRequest | 'help' {
  if (!argv.length || ['--help', '-h', 'help'].includes(argv[0]!)) return 'help';
  const [command, tag, ...rest] = argv;
  if (command !== 'render') throw new UsageError(`unknown command "${command}": the command is render.`);
  if (!tag || !(tag in widgets)) throw new UsageError(`${tag ? `"${tag}" is not a widget` : 'no widget named'}: use ${Object.keys(widgets).join(', ')}.`);
  if (rest[0] === '--help' || rest[0] === '-h') return 'help';
  const observed = widgets[tag]!.observedAttributes;
  const attributes = new Map<string, string>();
  const own = new Map<string, string[]>();
  for (let i = 0; i < rest.length; i++) {
    const word = rest[i]!;
    const match = /^--([A-Za-z][\w-]*)(?:=(.*))?$/s.exec(word);
    if (!match) throw new UsageError(`"${word}" is not an option: options start with --, as in --metric gdp.`);
    const name = match[1]!;
    if (name !== name.toLowerCase()) throw new UsageError(`--${name}: options are written in lower case, as in --${name.toLowerCase()}.`);
    // The next word is the value unless it is an option itself (a value starting with -- takes `=`).
    const value = match[2] ?? (rest[i + 1] !== undefined && !rest[i + 1]!.startsWith('--') ? rest[++i]! : null);
    if (OWN.has(name)) {
      if (!value) throw new UsageError(`--${name} needs a value.`);
      own.set(name, [...(own.get(name) ?? []), value]);
    } else if (observed.includes(name)) {
      attributes.set(name, value ?? '');
    } else {
      const near = observed.map((a) => [a, editDistance(a, name)] as const).filter(([, d]) => d <= 2).sort((a, b) => a[1] - b[1]);
      throw new UsageError(`<${tag}> has no attribute "${name}"${near.length ? `: did you mean --${near[0]![0]}?` : '.'}`);
    }
  }
  const number = (name: string, fallback: number, min: number, max: number) => {
    const text = own.get(name)?.at(-1);
    if (text === undefined) return fallback;
    const value = /^\d+(\.\d+)?$/.test(text) ? Number(text) : NaN;
    if (!(value >= min && value <= max)) throw new UsageError(`--${name} must be a number from ${min} to ${max}; "${text}" is not.`);
    return value;
  };
  const out = own.get('out')?.at(-1) ?? null;
  if (out && out !== '-' && !/\.(svg|png)$/i.test(out)) throw new UsageError(`--out must name an .svg or .png file; "${out}" is neither.`);
  return {
    tag,
    attributes,
    out: out === '-' ? null : out,
    width: number('width', 640, 280, 2000),
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
