/**
 * `innovation-mosaic/province-map`: registers `<province-map>`.
 * @see ProvinceMap
 */
import { define } from '../element/define.js';
import { ProvinceMap } from './province-map.component.js';

export { ProvinceMap, type RegionEventDetail } from './province-map.component.js';

define('province-map', ProvinceMap);

declare global {
  interface HTMLElementTagNameMap {
    'province-map': ProvinceMap;
  }
}
