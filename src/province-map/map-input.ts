/**
 * The map's attributes that need more than a check of allowed values, read once: the colour
 * options (scheme defaulted by mode, classes, thresholds parsed) and the regions to highlight
 * (`highlight` and `cluster`; `selected` is checked too). Each gives its value and the problem
 * with it, if any; the element shows the first problem and builds its model from the values.
 * DOM-free.
 */
import type { RegionId } from '../data/types.js';
import type { Language } from '../i18n/language.js';
import { CATEGORICAL_SCHEMES, MAX_CLASSES, MIN_CLASSES, parseThresholds, VALUE_SCHEMES } from '../scales/color-scale.js';
import { checkChoice, checkWholeNumber, quote, type Problem } from '../text/problem.js';
import { clusterMembers, regionKeys } from '../text/region-keys.js';
import type { MapMode } from './map-model.js';

export interface ColorOptions {
  readonly scheme: string;
  readonly classes: number;
  /** Class breaks replacing `classes`, when given. */
  readonly thresholds: readonly number[] | null;
}

/**
 * The colour options with their defaults: the scheme `dark2` for clusters, `blues` otherwise.
 *
 * @param classesText the `classes` attribute as written, to quote it back when it is bad.
 */
export function readColorOptions(
  mode: MapMode,
  given: { readonly scheme: string; readonly classes: number; readonly classesText: string; readonly thresholds: string },
): { options: ColorOptions; problem: Problem | null } {
  const scheme = given.scheme || (mode === 'clusters' ? 'dark2' : 'blues');
  const thresholds = given.thresholds ? parseThresholds(given.thresholds) : null;
  const problem =
    checkChoice('scheme', scheme, mode === 'clusters' ? Object.keys(CATEGORICAL_SCHEMES) : VALUE_SCHEMES) ??
    checkWholeNumber('classes', given.classesText, MIN_CLASSES, MAX_CLASSES) ??
    (given.thresholds && !thresholds
      ? {
          key: 'problem.badNumber',
          params: { attribute: 'thresholds', value: quote(given.thresholds), expected: '10 20 50' },
          detail: `thresholds=${JSON.stringify(given.thresholds)} is not a list of up to ${MAX_CLASSES - 1} ascending numbers.`,
        }
      : null);
  return { options: { scheme, classes: given.classes, thresholds }, problem };
}

/** The regions `highlight` and `cluster` name together; `selected` must name a region too. */
export function readHighlighted(
  given: { readonly highlight: string; readonly cluster: string; readonly selected: string },
  language: Language,
): { ids: ReadonlySet<RegionId>; problem: Problem | null } {
  const highlight = regionKeys('highlight', given.highlight, language);
  const ids = new Set<RegionId>(highlight.ids);
  const problem = highlight.problem ?? regionKeys('selected', given.selected, language).problem;
  if (problem || !given.cluster) return { ids, problem };
  const cluster = clusterMembers('cluster', given.cluster);
  for (const id of cluster.ids) ids.add(id);
  return { ids, problem: cluster.problem };
}
