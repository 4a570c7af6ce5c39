/**
 * innovation-mosaic: embeddable web components for China's regional innovation landscape.
 *
 * Importing this entry registers every widget (`<province-map>`, `<region-card>`, `<metric-compare>`,
 * `<mosaic-steps>`) and gives the widget base for building on. Each widget also has its own entry (`innovation-mosaic/province-map`)
 * that registers only its tag; the script-tag file (`dist/innovation-mosaic.min.js`) is
 * this entry in one self-contained file.
 */
export { ProvinceMap, type RegionEventDetail } from './province-map/province-map.js';
export { RegionCard } from './region-card/region-card.js';
export { MetricCompare, type CompareEventDetail } from './metric-compare/metric-compare.js';
export { MosaicSteps, type StepChangeDetail } from './mosaic-steps/mosaic-steps.js';
export { MosaicElement } from './element/mosaic-element.js';
export { define } from './element/define.js';
export type { Problem } from './text/problem.js';
export type { Language } from './i18n/language.js';
export type { ThemeChoice, ColorScheme } from './element/color-scheme.js';
export { geometryDecodeCount } from './geo/decode.js';
