// Expected values worked out by hand from each box.
import { describe, expect, it } from 'vitest';
import { ringAround } from './locator.js';

describe('ringAround', () => {
  it('circles a small box from outside: its centre, half its diagonal plus 3', () => {
    // Box 10,20 – 16,28: 6 wide, 8 tall, diagonal 10.
    expect(ringAround([10, 20, 16, 28], 16)).toEqual({ cx: 13, cy: 24, r: 8 });
    // Two islands 0,0 – 12,12: the box spans both, diagonal 16.97.
    expect(ringAround([0, 0, 12, 12], 16)).toEqual({ cx: 6, cy: 6, r: 11.5 });
  });

  it('draws no ring where the box spans the visible span or more across or down', () => {
    expect(ringAround([0, 0, 16, 5], 16)).toBeNull();
    expect(ringAround([0, 0, 2, 16], 16)).toBeNull();
    expect(ringAround([0, 0, 15.9, 15.9], 16)).toEqual({ cx: 8, cy: 8, r: 14.2 });
    // On the compact card's small map a 21-unit region (Zhejiang) is ringed.
    expect(ringAround([0, 0, 21, 18], 64)).toEqual({ cx: 10.5, cy: 9, r: 16.8 });
  });

  it('draws none for an empty box', () => {
    expect(ringAround([Infinity, Infinity, -Infinity, -Infinity], 16)).toBeNull();
  });
});
