import { describe, expect, it } from 'vitest';
import { normalizeLanguage } from './language.js';

describe('normalizeLanguage', () => {
  it.each([
    ['en', 'en'],
    ['en-GB', 'en'],
    ['zh', 'zh'],
    ['zh-CN', 'zh'],
    ['zh-Hans-CN', 'zh'],
    ['ZH_cn', 'zh'],
    ['da', 'da'],
    ['da-DK', 'da'],
    [' DA ', 'da'],
  ] as const)('maps %j to %s', (tag, expected) => {
    expect(normalizeLanguage(tag)).toBe(expected);
  });

  it.each(['', 'fr', 'nb', 'dan', 'x-zh', null, undefined])('falls back to English for %j', (tag) => {
    expect(normalizeLanguage(tag)).toBe('en');
  });
});
