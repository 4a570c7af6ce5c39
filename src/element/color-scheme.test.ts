import { describe, expect, it } from 'vitest';
import { resolveColorScheme } from './color-scheme.js';

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

  it('follows the reader when the page declares both or none', () => {
    for (const page of ['normal', 'light dark', 'dark light', '']) {
      expect(resolveColorScheme('auto', page, true)).toBe('dark');
      expect(resolveColorScheme('auto', page, false)).toBe('light');
    }
  });
});
