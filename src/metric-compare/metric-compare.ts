/**
 * `innovation-mosaic/metric-compare`: registers `<metric-compare>`.
 * @see MetricCompare
 */
import { define } from '../element/define.js';
import { MetricCompare } from './metric-compare.component.js';

export { MetricCompare, type CompareEventDetail } from './metric-compare.component.js';

define('metric-compare', MetricCompare);

declare global {
  interface HTMLElementTagNameMap {
    'metric-compare': MetricCompare;
  }
}
