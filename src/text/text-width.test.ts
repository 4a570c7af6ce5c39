import { describe, expect, it } from 'vitest';
import { textWidth, wrapText } from './text-width.js';

describe('textWidth', () => {
  it('counts a Chinese character as a full em and Latin letters as about half, with 5 % to spare (15 % in bold)', () => {
    expect(textWidth('安徽', 16)).toBeCloseTo(33.6, 5);
    expect(textWidth('Anhui', 10)).toBeCloseTo((6.8 + 5.6 + 5.6 + 5.6 + 3.3) * 1.05, 5);
    expect(textWidth('Anhui', 10, true)).toBeCloseTo((6.8 + 5.6 + 5.6 + 5.6 + 3.3) * 1.15, 5);
  });
});

describe('wrapText', () => {
  it('breaks English between words, never past the column', () => {
    const lines = wrapText('Gross domestic product by region, 2024', 130, 16);
    expect(lines).toEqual(['Gross domestic', 'product by', 'region, 2024']);
    for (const line of lines) expect(textWidth(line, 16)).toBeLessThanOrEqual(130);
  });

  it('breaks Chinese between words, keeps punctuation with what it opens or closes and a counter with its figure', () => {
    expect(wrapText('地区生产总值（分地区），2024年', 105, 20)).toEqual(['地区生产', '总值（分', '地区），', '2024年']);
    // Never 广 | 西 or 青 | 海: a place name is one word.
    expect(wrapText('广西壮族自治区和青海省', 70, 20)).toEqual(['广西', '壮族', '自治区', '和', '青海省']);
  });

  it('cuts a word longer than the column', () => {
    expect(wrapText('Forskningsogudviklingsudgifter', 100, 16)).toEqual(['Forskningso', 'gudviklings', 'udgifter']);
  });

  it('keeps a separator at the end of its line', () => {
    expect(wrapText('Source: a census · Boundaries: Natural Earth', 150, 16)).toEqual(['Source: a census ·', 'Boundaries:', 'Natural Earth']);
  });

  it('wraps bold text sooner', () => {
    expect(wrapText('Gross domestic', 130, 16)).toEqual(['Gross domestic']);
    expect(wrapText('Gross domestic', 130, 16, true)).toEqual(['Gross', 'domestic']);
  });

  it('gives no line for empty text', () => {
    expect(wrapText('  ', 100, 16)).toEqual([]);
  });
});
