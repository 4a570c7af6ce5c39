/**
 * innovation-mosaic: embeddable web components for China's regional innovation landscape.
 *
 * This entry gives the widget base for building on; each widget has its own entry
 * (`innovation-mosaic/<widget>`) that registers its tag, and the script-tag file
 * (`dist/innovation-mosaic.min.js`) registers them all.
 */
export { MosaicElement } from './base/mosaic-element.js';
export { define } from './base/define.js';
export type { Problem } from './base/problem.js';
export type { Language } from './base/language.js';
export type { ThemeChoice, ColorScheme } from './base/color-scheme.js';
