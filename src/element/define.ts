import { renderingRefused } from './trusted-types.js';
import { warnOnce } from './warn-once.js';

/**
 * Registers a custom element without ever throwing into the host page.
 *
 * Articles often carry several embeds, each with its own copy of this library; the second
 * copy finds its tags taken. The first registration stays, the later one warns once per tag
 * and returns `false`. Where the page's Trusted Types policy would refuse what the widgets
 * render, nothing is registered, so that the tags keep their fallback content.
 *
 * @returns `true` when this call registered the tag.
 * @example define('province-map', ProvinceMap);
 */
export function define(tag: string, constructor: CustomElementConstructor): boolean {
  const registry = globalThis.customElements;
  if (!registry || renderingRefused()) return false; // Node, a page without custom elements, or one refusing our HTML.
  const existing = registry.get(tag);
  if (existing) {
    if (existing !== constructor) warnOnce(tag, `<${tag}> is already defined (is the library loaded twice?); keeping the first definition.`);
    return false;
  }
  try {
    registry.define(tag, constructor);
    return true;
  } catch (error) {
    warnOnce(tag, `<${tag}> could not be defined: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
}
