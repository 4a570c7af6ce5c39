import { describe, expect, it } from 'vitest';
import { contrastRatio, inkOn, luminance, themed } from './contrast.js';

describe('contrast', () => {
  it('measures as WCAG 2 does', () => {
    expect(luminance('#ffffff')).toBe(1);
    expect(luminance('#000000')).toBe(0);
    expect(contrastRatio('#000000', '#ffffff')).toBe(21);
    // WebAIM's checker: #767676 on white is 4.54:1.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('writes black on light fills and white on dark ones, at 4.5:1 or more on every class of blues', () => {
    expect(inkOn('#eff3ff')).toBe('#000000');
    expect(inkOn('#6baed6')).toBe('#000000');
    // #3182bd (luminance 0.203): black 5.06:1, white 4.15:1.
    expect(inkOn('#3182bd')).toBe('#000000');
    expect(inkOn('#08519c')).toBe('#ffffff');
    for (const fill of ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c', '#777777', '#707070']) {
      expect(contrastRatio(inkOn(fill), fill)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('names a colour for both palettes only where they differ', () => {
    expect(themed('#eff3ff', '#08519c')).toBe('light-dark(#eff3ff, #08519c)');
    expect(themed('#1b9e77', '#1b9e77')).toBe('#1b9e77');
  });
});
