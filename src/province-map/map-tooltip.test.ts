// Where the map's floating tooltip goes, on the bundled boundaries at the 800-unit width:
// Xinjiang spans x 8-321.3, Shanghai x 675.3-692.8, Inner Mongolia x 332-677 with its label
// point at 629.8, 81.2.
import { describe, expect, it } from 'vitest';
import { bundledGeometry } from '../geo/bundled.js';
import { tooltipPlace } from './map-tooltip.js';
import { mapView } from './map-view.js';

const geo = mapView('geo', bundledGeometry(), { context: true, custom: false });
const region = (id: string) => geo.regions.find((r) => r.id === id)!;

describe('tooltipPlace', () => {
  it('puts the box beside a region where there is room on either side', () => {
    // At 800 px the box is 288 units wide, 10 from the region.
    const xinjiang = tooltipPlace(region('CN-XJ'), geo, 800);
    expect(xinjiang.side).toBe('right');
    expect(xinjiang.x).toBeCloseTo(331.3, 5);
    const shanghai = tooltipPlace(region('CN-SH'), geo, 800);
    expect(shanghai.side).toBe('left');
    expect(shanghai.x).toBeCloseTo(665.3, 5);
  });

  it('rises from the label point in the lower part of the map and hangs from it in the upper', () => {
    expect(tooltipPlace(region('CN-HI'), geo, 800).up).toBe(true);
    expect(tooltipPlace(region('CN-HL'), geo, 800).up).toBe(false);
  });

  it('falls back to the side of the label point with more room where neither side of a wide region has it', () => {
    // On a 400 px map the box is 576 units wide: Inner Mongolia leaves room on neither side.
    const place = tooltipPlace(region('CN-NM'), geo, 400);
    expect(place.side).toBe('left');
    expect(place.x).toBeCloseTo(609.8, 5);
    expect([place.y, place.up]).toEqual([81.2, false]);
  });
});
