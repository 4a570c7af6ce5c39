/**
 * `innovation-mosaic/react`: JSX typings for React 19. Types only; the import adds no code.
 *
 * React 19 passes custom elements what they need without wrappers: a prop the element has as a
 * property (`data`, `metric`) is set as that property, others (`value-label`, `no-map`) as
 * attributes, and a function in a prop named `on` + event name (`onregion-select`) is added as
 * a listener for that event. So the widgets are used as plain tags once registered:
 *
 * ```tsx
 * import 'innovation-mosaic';
 * import type {} from 'innovation-mosaic/react';
 *
 * <province-map metric={metric} data={ourData} onregion-select={(e) => setRegion(e.detail.region)} />
 * ```
 */
import type { HTMLAttributes, RefAttributes } from 'react';
import type { ChoiceEventDetail } from './controllers/pointer-choice.js';
import type { ThemeChoice } from './element/color-scheme.js';
import type { DatasetInput } from './data/dataset-schema.js';
import type { ProvinceMap, RegionEventDetail } from './province-map/province-map.js';
import type { RegionCard } from './region-card/region-card.js';
import type { MetricCompare, CompareEventDetail } from './metric-compare/metric-compare.js';
import type { MosaicSteps, StepChangeDetail } from './mosaic-steps/mosaic-steps.js';

/** Attributes of `<province-map>` besides `lang` and `theme` (see its documentation). */
export type ProvinceMapAttribute =
  | 'metric' | 'src' | 'decimal' | 'value-label' | 'unit' | 'view' | 'mode' | 'highlight' | 'cluster'
  | 'scheme' | 'classes' | 'thresholds' | 'legend' | 'labels' | 'context' | 'geometry-src'
  | 'selected' | 'group' | 'downloads' | 'label' | 'headline' | 'subtitle' | 'note';

/** Attributes of `<region-card>` besides `lang`, `theme` and the boolean `no-map`. */
export type RegionCardAttribute = 'region' | 'metrics' | 'heading-level' | 'src' | 'decimal' | 'variant' | 'group' | 'downloads';

/** Attributes of `<metric-compare>` besides `lang` and `theme`. */
export type MetricCompareAttribute =
  | 'metric' | 'src' | 'decimal' | 'value-label' | 'unit' | 'regions' | 'top' | 'cluster' | 'group-by'
  | 'sort' | 'highlight' | 'show' | 'reference' | 'compare-to' | 'selected' | 'group' | 'downloads'
  | 'label' | 'headline' | 'subtitle' | 'note';

/** `region-select` and `region-hover` as React 19 props (`onregion-select={(e) => ...}`). */
export interface ChoiceEventProps<Detail extends ChoiceEventDetail> {
  /** A region (or bar) was chosen by click, tap, Enter or Space; `detail.region` is `null` when Escape cleared it. */
  'onregion-select'?: (event: CustomEvent<Detail>) => void;
  /** The pointer or focus moved onto a region (or bar); `detail.region` is `null` when it left. */
  'onregion-hover'?: (event: CustomEvent<Detail>) => void;
}

/** What every widget takes: the element's HTML attributes, a ref, `theme`, and your `data` as a property. */
type WidgetProps<E extends HTMLElement, Attribute extends string> = HTMLAttributes<E> &
  RefAttributes<E> & { [A in Attribute]?: string | number } & {
    /** Your data as an object: the JSON schema, an array of rows, or a dataset from `parseDataset`. */
    data?: DatasetInput | null;
    theme?: ThemeChoice;
  };

/** The charts' boolean attribute. */
interface ChartProps {
  /** Leaves out the visible headline, where the article has its own. */
  'no-headline'?: boolean;
}

export type ProvinceMapProps = WidgetProps<ProvinceMap, ProvinceMapAttribute> & ChoiceEventProps<RegionEventDetail> & ChartProps;
export type RegionCardProps = WidgetProps<RegionCard, RegionCardAttribute> & {
  /** Leaves out the locator map. */
  'no-map'?: boolean;
};
export type MetricCompareProps = WidgetProps<MetricCompare, MetricCompareAttribute> & ChoiceEventProps<CompareEventDetail> & ChartProps;

/** `<mosaic-steps>`: `target`, and `step-change` as a prop (`onstep-change={(e) => ...}`). */
export type MosaicStepsProps = HTMLAttributes<MosaicSteps> &
  RefAttributes<MosaicSteps> & {
    target?: string;
    /** The active step changed (`detail.index` is -1 back before the first step). */
    'onstep-change'?: (event: CustomEvent<StepChangeDetail>) => void;
  };

/**
 * `<mosaic-step>`: plain markup (no element of its own); its attributes other than its own
 * (`id`, `class`, `lang`, ...) are what the graphic shows while it is active.
 */
export type MosaicStepProps = HTMLAttributes<HTMLElement> & { [attribute: string]: unknown };

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'province-map': ProvinceMapProps;
      'region-card': RegionCardProps;
      'metric-compare': MetricCompareProps;
      'mosaic-steps': MosaicStepsProps;
      'mosaic-step': MosaicStepProps;
    }
  }
}
