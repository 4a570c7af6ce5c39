/**
 * The background a reader sees behind an element: the computed colour of the nearest element
 * around it, across shadow roots, that paints one (half opaque or more). No Lit, so that an
 * element without it (`<mosaic-steps>`) can ask too.
 */
import { composedParent } from '../i18n/language.js';
import { backdropScheme } from './color-scheme.js';

/** @returns the colour as computed (`rgb(…)`), or null where nothing around the element paints one. */
export function paintedBackground(el: Element): string | null {
  for (let node = composedParent(el); node; node = composedParent(node)) {
    if (node.nodeType !== 1) continue;
    const color = getComputedStyle(node as Element).backgroundColor;
    if (backdropScheme(color)) return color;
  }
  return null;
}
