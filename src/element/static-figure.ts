/**
 * A widget's current state as one standalone SVG: the headline, subtitle, graphic, legend,
 * notes and source line a reader sees, stacked in a column of a given width, for a file (the
 * command line renderer) or a download. The graphic is the widget's own drawing; the text
 * around it is set in SVG text, wrapped without a DOM (`text/text-width.ts`), so that a file
 * made in Node and one made in a browser are the same.
 *
 * The styles are the widget's own, made static: each `var()` replaced by its value and each
 * `light-dark()` by the palette's side, so that rasterisers without CSS variables (resvg) and
 * image viewers draw it as the page does.
 */
import { html, nothing, svg, type CSSResultOrNative, type TemplateResult } from 'lit';
import type { ColorScheme } from './color-scheme.js';
import type { Language } from '../i18n/language.js';
import { textWidth, wrapText } from '../text/text-width.js';
import { tenth } from '../geo/project.js';

export interface FigureOptions {
  /** Width of the figure in CSS pixels. */
  readonly width: number;
  /** Palette: `light` (for print and most pages) or `dark`. */
  readonly scheme: ColorScheme;
  /** The page's own value of an `--im-*` token (`--im-color-text`...), or empty where it sets none. */
  readonly tokens?: (name: string) => string;
}

/** A line of swatches and labels, as a legend or a chart's key. */
export interface FigureKeyItem {
  readonly label: string;
  /** Class of the swatch in the widget's styles (`no-data`, `mosaic`, `context`...). */
  readonly kind?: string;
  /** Fill of the swatch, where the item has its own colour. */
  readonly color?: string | null;
}

/** What a figure stacks, top to bottom. */
export type FigureBlock =
  | { readonly kind: 'headline' | 'subtitle' | 'note' | 'source'; readonly text: string }
  | {
      readonly kind: 'graphic';
      /** The drawing's own coordinate space; it is scaled to the column's width, or to `maxWidth`. */
      readonly width: number;
      readonly height: number;
      readonly maxWidth?: number;
      /** An `<svg>` (with its own viewBox) or SVG elements in the drawing's coordinates. */
      readonly content: TemplateResult;
    }
  | { readonly kind: 'key'; readonly title?: string; readonly items: readonly FigureKeyItem[] }
  /** Lines of a numbered list, each with its number. */
  | { readonly kind: 'list'; readonly items: readonly string[] };

/** Sizes in CSS pixels, as the widgets' styles set them at a 16 px base. */
const PAD = 12;

/** The width a figure's blocks have at a figure width: the widgets' padding taken off each side. */
export const figureColumn = (width: number): number => Math.round(width) - 2 * PAD;
const GAP = 8;
const TEXT: Record<string, { size: number; weight?: number; muted?: boolean; lineHeight: number }> = {
  headline: { size: 18, weight: 700, lineHeight: 1.25 },
  subtitle: { size: 16, muted: true, lineHeight: 1.35 },
  note: { size: 14, muted: true, lineHeight: 1.4 },
  source: { size: 13, muted: true, lineHeight: 1.4 },
  key: { size: 14, lineHeight: 1.4 },
};
const SWATCH = { width: 17, height: 14 };

/** Faces with Latin and Danish letters, and with Chinese characters, found on most systems. */
const LATIN_FONTS = "'Noto Sans', 'Liberation Sans', Arial, Helvetica";
const CJK_FONTS = "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei'";

/**
 * The figure's fonts: for Chinese a Chinese face first (its punctuation is full-width), else a
 * Latin one first (a Chinese face would set English quotes full-width); the other for what the
 * first lacks.
 */
export const figureFonts = (language: Language) => `${language === 'zh' ? `${CJK_FONTS}, ${LATIN_FONTS}` : `${LATIN_FONTS}, ${CJK_FONTS}`}, 'DejaVu Sans', sans-serif`;

interface Placed {
  readonly height: number;
  readonly draw: (y: number) => TemplateResult | typeof nothing;
}

/** A figure: its markup to render (in a browser or on a server), and what {@link finishFigure} adds to it. */
export interface Figure {
  /** One `<svg>` element. */
  readonly template: TemplateResult;
  /** The widget's styles, made static (a template cannot bind inside `<style>` on a server). */
  readonly css: string;
  readonly scheme: ColorScheme;
  /** The file's name for screen readers and image tools (its `<title>`), and what it shows (`<desc>`). */
  readonly label: string;
  readonly description: string;
}

/** `blocks` stacked at `options.width`, on the palette's background, with `styles` (the widget's) made static, in `language`'s fonts. */
export function composeFigure(
  blocks: readonly FigureBlock[],
  styles: readonly CSSResultOrNative[],
  options: FigureOptions,
  { label, description = '' }: { readonly label: string; readonly description?: string },
  language: Language,
): Figure {
  const width = Math.round(options.width);
  const column = figureColumn(width);
  // The widget's styles read once: its private properties resolved, its rules for SVG made static.
  const rules = [...topLevelRules(cssTextOf(styles))];
  const values = customProperties(rules, options);
  const palette: Palette = { text: values.get('--_text')!, muted: values.get('--_text-muted')!, background: values.get('--_background')!, border: values.get('--_border')! };
  const placed = blocks.map((block) => place(block, column, palette)).filter((p): p is Placed => p !== null);
  let y = PAD;
  const drawn = placed.map((block, i) => {
    const at = y;
    y += block.height + (i < placed.length - 1 ? GAP : 0);
    return block.draw(at);
  });
  const height = Math.ceil(y + PAD);
  // Title, description and styles are filled in by finishFigure: a server cannot bind inside them.
  const template = html`<svg xmlns="http://www.w3.org/2000/svg" width=${width} height=${height} viewBox="0 0 ${width} ${height}" font-family=${figureFonts(language)} role="img">
    <title></title><desc></desc><style></style>
    <rect class="figure-background" width=${width} height=${height} fill=${palette.background}></rect>
    ${drawn}
  </svg>`;
  return { template, css: staticCss(rules, values, options), scheme: options.scheme, label, description };
}

interface Palette {
  readonly text: string;
  readonly muted: string;
  readonly background: string;
  readonly border: string;
}


function place(block: FigureBlock, column: number, palette: Palette): Placed | null {
  switch (block.kind) {
    case 'graphic': {
      const width = Math.min(column, block.maxWidth ?? column);
      const scale = width / block.width;
      const height = block.height * scale;
      const x = PAD + (column - width) / 2;
      return {
        height,
        draw: (y) =>
          svg`<svg x=${tenth(x)} y=${tenth(y)} width=${tenth(width)} height=${tenth(height)} viewBox="0 0 ${block.width} ${block.height}" overflow="visible">${block.content}</svg>`,
      };
    }
    case 'key':
      return placeKey(block, column, palette);
    case 'list': {
      const size = TEXT.note!.size;
      const lineHeight = size * TEXT.note!.lineHeight;
      const items = block.items.map((item) => wrapText(item, column, size));
      const count = items.reduce((n, lines) => n + lines.length, 0);
      if (!count) return null;
      return { height: count * lineHeight, draw: (y) => textLines(items.flat(), PAD, y, size, lineHeight, { fill: palette.text }) };
    }
    default: {
      const style = TEXT[block.kind]!;
      const lines = wrapText(block.text, column, style.size, (style.weight ?? 400) >= 600);
      if (!lines.length) return null;
      const lineHeight = style.size * style.lineHeight;
      return { height: lines.length * lineHeight, draw: (y) => textLines(lines, PAD, y, style.size, lineHeight, { fill: style.muted ? palette.muted : palette.text, weight: style.weight }) };
    }
  }
}

/** Swatches and their labels flowing in rows, as the widgets' legends do; the title on a line of its own. */
function placeKey(block: Extract<FigureBlock, { kind: 'key' }>, column: number, palette: Palette): Placed | null {
  const { size, lineHeight: ratio } = TEXT.key!;
  const lineHeight = size * ratio;
  const title = block.title ? wrapText(block.title, column, size, true) : [];
  const items: { x: number; row: number; item: FigureKeyItem }[] = [];
  let x = 0;
  let row = 0;
  for (const item of block.items) {
    const itemWidth = SWATCH.width + 6 + textWidth(item.label, size);
    if (x > 0 && x + itemWidth > column) {
      x = 0;
      row++;
    }
    items.push({ x, row, item });
    x += itemWidth + 16;
  }
  const rows = block.items.length ? row + 1 : 0;
  if (!rows && !title.length) return null;
  return {
    height: (title.length + rows) * lineHeight,
    draw: (y) => {
      const top = y + title.length * lineHeight;
      return svg`${title.length ? textLines(title, PAD, y, size, lineHeight, { fill: palette.muted, weight: 600 }) : nothing}
        <g class="key">${items.map(({ x, row, item }) => {
          const rowTop = top + row * lineHeight;
          return svg`<rect class="swatch ${item.kind ?? ''}" x=${tenth(PAD + x)} y=${tenth(rowTop + (lineHeight - SWATCH.height) / 2)} width=${SWATCH.width} height=${SWATCH.height} rx="2" fill=${item.color ?? nothing} stroke=${palette.border} stroke-width="1"></rect>
            ${textLines([item.label], PAD + x + SWATCH.width + 6, rowTop, size, lineHeight, { fill: palette.text })}`;
        })}</g>`;
    },
  };
}

/** How a figure's text is set: a class of the widget's styles, or a fill of its own. */
export interface TextStyle {
  readonly cls?: string;
  readonly fill?: string;
  readonly weight?: number;
  readonly italic?: boolean;
  readonly anchor?: 'start' | 'middle' | 'end';
}

/**
 * Lines of text from `top`, each on its own baseline where a browser puts it in a line box
 * (0.35 em under the line's middle); `after`, tspans that run on after the last line.
 */
export function textLines(lines: readonly string[], x: number, top: number, size: number, lineHeight: number, style: TextStyle = {}, after: TemplateResult | typeof nothing = nothing): TemplateResult {
  const baseline = (i: number) => tenth(top + i * lineHeight + lineHeight / 2 + size * 0.35);
  return svg`<text class=${style.cls ?? nothing} font-size=${size} font-weight=${style.weight ?? nothing} font-style=${style.italic ? 'italic' : nothing} text-anchor=${style.anchor ?? nothing} fill=${style.fill ?? nothing}>${lines.map(
    (line, i) => svg`<tspan x=${tenth(x)} y=${baseline(i)}>${line}</tspan>`,
  )}${after}</text>`;
}

// ---- the widget's styles, made static --------------------------------------------------

const cssTextOf = (styles: readonly CSSResultOrNative[]) =>
  styles.map((style) => ('cssText' in style && typeof style.cssText === 'string' ? style.cssText : [...(style as CSSStyleSheet).cssRules].map((r) => r.cssText).join('\n'))).join('\n');

/** `light-dark(a, b)` as the palette's side of it, everywhere in `text`. */
export function resolveLightDark(text: string, scheme: ColorScheme): string {
  return text.replace(/light-dark\(\s*([^,()]+(?:\([^()]*\))?)\s*,\s*([^,()]+(?:\([^()]*\))?)\s*\)/g, (_, light: string, dark: string) => (scheme === 'dark' ? dark : light).trim());
}

/**
 * The styles' private properties (`--_text`...), each resolved to a value: those of rules for
 * the screen, not of at-rules (print's black accent is no file's).
 */
function customProperties(rules: readonly Rule[], options: FigureOptions): Map<string, string> {
  const values = new Map<string, string>();
  for (const [, body] of rules) {
    for (const [, name, value] of body.matchAll(/(--_[\w-]+)\s*:\s*([^;}]+)/g)) values.set(name!, value!.trim());
  }
  for (const [name, value] of values) values.set(name, resolveValue(value, values, options));
  return values;
}

function resolveValue(value: string, values: ReadonlyMap<string, string>, options: FigureOptions, depth = 0): string {
  const resolved = value.replace(/var\(\s*(--[\w-]+)\s*(?:,\s*((?:[^()]|\([^()]*(?:\([^()]*\))?[^()]*\))*))?\)/g, (_, name: string, fallback?: string) => {
    const own = (name.startsWith('--im-') && options.tokens?.(name)) || values.get(name) || fallback || '';
    return depth < 5 ? resolveValue(own, values, options, depth + 1) : own;
  });
  return resolveLightDark(resolved, options.scheme);
}

/**
 * The rules of the widget's styles that paint SVG (those setting `fill` or `stroke`), with
 * every value static; at-rules, `:host` and the declarations SVG files do not take are left out.
 */
function staticCss(rules: readonly Rule[], values: ReadonlyMap<string, string>, options: FigureOptions): string {
  const kept: string[] = [];
  for (const [prelude, body] of rules) {
    // Each selector of a list on its own: `.a, .b:hover` keeps `.a`.
    const selector = prelude
      .split(',')
      .map((one) => one.trim().replace(/\s+/g, ' '))
      .filter((one) => one && !/:host|::|:focus|:hover/.test(one))
      .join(',');
    if (!selector || !/(^|;)\s*(fill|stroke)\s*:/.test(body)) continue;
    const declarations = body
      .split(';')
      .map((d) => d.trim())
      .filter((d) => /^(fill|stroke|stroke-[\w-]+|color|paint-order|dominant-baseline|font-weight|opacity|vector-effect|display)\s*:/.test(d))
      .map((d) => resolveValue(d.replace(/\s*:\s*/, ':'), values, options));
    if (declarations.length) kept.push(`${selector}{${declarations.join(';')}}`);
  }
  return kept.join('');
}

/** A rule of a style sheet: its prelude (selectors) and its body (declarations). */
type Rule = readonly [prelude: string, body: string];

/** Each rule outside at-rules, comments left out. */
function* topLevelRules(cssText: string): Generator<Rule> {
  const css = cssText.replace(/\/\*[^]*?\*\//g, '');
  let i = 0;
  while (i < css.length) {
    const open = css.indexOf('{', i);
    if (open < 0) return;
    const prelude = css.slice(i, open).trim();
    // The block's end, past any nested blocks.
    let depth = 1;
    let j = open + 1;
    while (j < css.length && depth) {
      if (css[j] === '{') depth++;
      else if (css[j] === '}') depth--;
      j++;
    }
    if (!prelude.startsWith('@')) yield [prelude, css.slice(open + 1, j - 1)];
    i = j;
  }
}

/** Text and attribute values as XML writes them. */
const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The figure's markup (from a server's renderer or a browser's serializer) made a file: the
 * renderer's markers and comments removed; in each tag, the attributes of a live widget's
 * keyboard and screen-reader roles left out (a file is one image, named by its title) and every
 * `light-dark()` of a colour resolved; the title, description and styles filled in. Text is
 * never edited: both renderers escape `<` and `&` in it, so no tag or marker starts inside it.
 */
export function finishFigure(markup: string, figure: Figure): string {
  const { scheme } = figure;
  const bare = markup.replace(/<!--[^]*?-->|<\?[^>]*>/g, '');
  const root = bare.indexOf('<svg');
  const clean = bare
    .replace(/<[^>]+>/g, (tag, at: number) =>
      tag
        .replace(/\s+/g, ' ')
        .replace(/\s(?:tabindex|part|aria-[\w-]+|role)="[^"]*"/g, (attribute) => (at === root && attribute === ' role="img"' ? attribute : ''))
        .replace(/\s(style|fill|stroke)="([^"]*)"/g, (_, name: string, value: string) => ` ${name}="${resolveLightDark(value, scheme)}"`)
        .replace(/\s+(?=\/?>$)/, ''),
    )
    .replace(/>\s+</g, '><')
    // Empty, a browser writes them `<title/>`; a server, `<title></title>`.
    .replace(/<title(?:\/>|><\/title>)/, `<title>${escapeXml(figure.label)}</title>`)
    .replace(/<desc(?:\/>|><\/desc>)/, figure.description ? `<desc>${escapeXml(figure.description)}</desc>` : '')
    .replace(/<style(?:\/>|><\/style>)/, `<style>${figure.css.replace(/&/g, '\\26 ').replace(/</g, '\\3c ')}</style>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${clean}\n`;
}
