/**
 * A figure's SVG drawn into pixels by resvg (`@resvg/resvg-js`, an optional dependency), with
 * the fonts its text needs: the system's, or those given with `--font`. Without a font for its
 * Chinese text it says which to install rather than draw empty boxes.
 */
import { readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { RenderedImage } from '@resvg/resvg-js';
import { UsageError } from './arguments.js';

/** Font files with Chinese characters, by the names their makers give them. */
const CJK_FONT = /noto.?sans.?(cjk|sc)|noto.?serif.?(cjk|sc)|source.?han|wqy|droidsansfallback|pingfang|hiragino.?sans.?gb|msyh|simhei|simsun|stheiti|arphic|ukai|uming/i;

/** The Latin faces a figure names first (see `figureFonts`), and the last resort. */
const LATIN_FONT = /notosans-|liberationsans-|arial|helvetica|dejavusans\.|dejavusans-bold\./i;

/** Where systems keep fonts, the user's own included (on Windows, per-user installs are the default). */
export function systemFontFolders(): string[] {
  const home = homedir();
  const windows = [process.env.WINDIR && join(process.env.WINDIR, 'Fonts'), process.env.LOCALAPPDATA && join(process.env.LOCALAPPDATA, 'Microsoft', 'Windows', 'Fonts')];
  return ['/usr/share/fonts', '/usr/local/share/fonts', join(home, '.fonts'), join(home, '.local/share/fonts'), '/Library/Fonts', '/System/Library/Fonts', join(home, 'Library/Fonts'), ...windows].filter((f): f is string => !!f);
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

/** The figure as PNG at `scale` pixels per CSS pixel (see {@link rasterise}). */
export async function renderPng(svgText: string, scale: number, fonts: readonly string[], folders = systemFontFolders()): Promise<Buffer> {
  return (await rasterise(svgText, scale, fonts, folders)).asPng();
}

/**
 * The figure drawn into pixels at `scale`, with `fonts` and the system's faces a figure names
 * (all of the system's where none of those is found: resvg falls back per character).
 */
export async function rasterise(svgText: string, scale: number, fonts: readonly string[], folders = systemFontFolders()): Promise<RenderedImage> {
  for (const font of fonts) {
    try {
      statSync(font);
    } catch {
      throw new UsageError(`--font ${font}: no such file.`);
    }
  }
  const system = findFonts(folders);
  if (!fonts.length && !system.length) throw new UsageError('no fonts were found for the PNG. Install a font such as Noto Sans (Debian and Ubuntu: apt install fonts-noto-core), or pass --font /path/to/font.ttf.');
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
  // Loading every system font costs seconds where there are many: the faces a figure names will do.
  const named = system.filter((f) => CJK_FONT.test(f) || LATIN_FONT.test(f.split(/[\\/]/).pop()!));
  const fontFiles = [...fonts, ...(named.length ? named : system)];
  return new Resvg(svgText, { fitTo: { mode: 'zoom', value: scale }, font: { loadSystemFonts: false, fontFiles } }).render();
}
