/**
 * The copy-paste snippet Storybook's docs pages show for each widget, as newsroom tools give:
 * the script-tag file and the element with the story's current attributes. DOM-free.
 */
import pkg from '../package.json';

/** The script-tag file on npm's CDN, pinned to this version so an embed never changes under an article. */
export const SCRIPT_URL = `https://unpkg.com/${pkg.name}@${pkg.version}/dist/innovation-mosaic.min.js`;

/** Story parameters for a story whose markup is its own (slots, an article around the widget): its code is shown as rendered. */
export const RENDERED_SOURCE = { docs: { source: { transform: (code: string) => code } } };

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * The embed code for `<tag>` with the story args that are attributes of it (others, such as a
 * story's wrapper width, are left out). `true` gives a bare boolean attribute; `false`, empty
 * and unset args are left out. Long tags break one attribute per line.
 */
export function embedCode(tag: string, args: Readonly<Record<string, unknown>>, attributes: readonly string[]): string {
  const set = attributes.flatMap((name) => {
    const value = args[name];
    if (value === true) return [name];
    if (value === undefined || value === null || value === false || value === '' || typeof value === 'object') return [];
    return [`${name}="${escapeAttribute(String(value))}"`];
  });
  const oneLine = `<${tag}${set.map((a) => ` ${a}`).join('')}></${tag}>`;
  const element = oneLine.length <= 80 ? oneLine : `<${tag}\n${set.map((a) => `  ${a}\n`).join('')}></${tag}>`;
  return `<script src="${SCRIPT_URL}"></script>\n\n${element}`;
}
