/**
 * `innovation-mosaic/mosaic-steps`: registers `<mosaic-steps>`.
 * @see MosaicSteps
 */
import { define } from '../element/define.js';
import { MosaicSteps } from './mosaic-steps.component.js';

export { MosaicSteps, type StepChangeDetail } from './mosaic-steps.component.js';

define('mosaic-steps', MosaicSteps);

declare global {
  interface HTMLElementTagNameMap {
    'mosaic-steps': MosaicSteps;
  }
}
