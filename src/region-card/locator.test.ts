// Expected values worked out by hand from the points of each path.
import { describe, expect, it } from 'vitest';
import { ringAround } from './locator.js';

describe('ringAround', () => {
  it('circles the box of a small outline from outside: centre of the box, half its diagonal plus 3', () => {
    // Box 10,20 – 16,28: 6 wide, 8 tall, diagonal 10.
    expect(ringAround('M10,20L16,20L16,28L10,28Z')).toEqual({ cx: 13, cy: 24, r: 8 });
    // Two islands: the box spans both.
    expect(ringAround('M0,0L3,0L3,4Z M9,8L12,8L12,12Z')).toEqual({ cx: 6, cy: 6, r: 11.5 });
  });

  it('draws no ring where the outline spans 16 units or more across or down', () => {
    expect(ringAround('M0,0L16,0L16,5Z')).toBeNull();
    expect(ringAround('M0,0L2,0L2,16Z')).toBeNull();
    expect(ringAround('M0,0L15.9,0L15.9,15.9Z')).toEqual({ cx: 8, cy: 8, r: 14.2 });
  });

  it('draws none for an empty path', () => {
    expect(ringAround('')).toBeNull();
  });
});
