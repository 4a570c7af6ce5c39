import { describe, expect, it } from 'vitest';
import { backdropScheme, resolveColorScheme } from './color-scheme.js';

describe('resolveColorScheme', () => {
  it('lets the theme attribute win over page and reader', () => {
    expect(resolveColorScheme('dark', 'light', false)).toBe('dark');
    expect(resolveColorScheme('light', 'dark', true)).toBe('light');
  });

  it('follows a page that declares a single scheme', () => {
    expect(resolveColorScheme('auto', 'dark', false)).toBe('dark');
    expect(resolveColorScheme('auto', 'only dark', false)).toBe('dark');
    expect(resolveColorScheme('auto', 'light', true)).toBe('light');
    expect(resolveColorScheme('auto', 'only light', true)).toBe('light');
  });

  it('follows the reader when the page declares both schemes, as its canvas does', () => {
    for (const page of ['light dark', 'dark light']) {
      expect(resolveColorScheme('auto', page, true)).toBe('dark');
      expect(resolveColorScheme('auto', page, false)).toBe('light');
    }
  });

  it('stays light on a page that declares no scheme, whose canvas is white on a dark OS too', () => {
    for (const page of ['normal', '']) {
      expect(resolveColorScheme('auto', page, true)).toBe('light');
      expect(resolveColorScheme('auto', page, false)).toBe('light');
    }
  });

  it('follows the background painted around the widget before the page and the reader', () => {
    expect(resolveColorScheme('auto', 'normal', false, 'dark')).toBe('dark');
    expect(resolveColorScheme('auto', 'dark', true, 'light')).toBe('light');
    expect(resolveColorScheme('light', 'normal', true, 'dark')).toBe('light');
  });
});

describe('backdropScheme', () => {
  it('calls for the dark palette on dark backgrounds and the light one on light ones', () => {
    expect(backdropScheme('rgb(255, 255, 255)')).toBe('light');
    expect(backdropScheme('rgb(18, 20, 23)')).toBe('dark');
    expect(backdropScheme('rgb(0 0 0)')).toBe('dark');
    // Mid grey #777777 (luminance 0.184) still carries black text better than white.
    expect(backdropScheme('rgb(119, 119, 119)')).toBe('light');
    // #707070 (luminance 0.162) does not.
    expect(backdropScheme('rgb(112, 112, 112)')).toBe('dark');
    // A newspaper's navy section front.
    expect(backdropScheme('rgb(16, 42, 80)')).toBe('dark');
    // Salmon pink of a financial paper.
    expect(backdropScheme('rgb(255, 241, 229)')).toBe('light');
  });

  it('ignores backgrounds that paint nothing or that it cannot read', () => {
    expect(backdropScheme('rgba(0, 0, 0, 0)')).toBeNull();
    expect(backdropScheme('rgba(0, 0, 0, 0.2)')).toBeNull();
    expect(backdropScheme('rgb(0 0 0 / 10%)')).toBeNull();
    expect(backdropScheme('rgba(0, 0, 0, 0.8)')).toBe('dark');
    expect(backdropScheme('transparent')).toBeNull();
    expect(backdropScheme('oklch(0.2 0.01 250)')).toBeNull();
  });
});
