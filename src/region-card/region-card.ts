/**
 * `innovation-mosaic/region-card`: registers `<region-card>`.
 * @see RegionCard
 */
import { define } from '../element/define.js';
import { RegionCard } from './region-card.component.js';

export { RegionCard } from './region-card.component.js';

define('region-card', RegionCard);

declare global {
  interface HTMLElementTagNameMap {
    'region-card': RegionCard;
  }
}
