import { describe, expect, it } from 'vitest';
import { LANGUAGES } from './language.js';
import { labelWithYear, listOr, message, MESSAGES } from './messages.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  const keys = Object.keys(MESSAGES.en);

  it.each(LANGUAGES)('%s has every key, non-empty, with the same placeholders as English', (lang) => {
    expect(Object.keys(MESSAGES[lang]).sort()).toEqual([...keys].sort());
    for (const key of keys as (keyof typeof MESSAGES.en)[]) {
      expect(MESSAGES[lang][key].trim(), `${lang} ${key}`).not.toBe('');
      expect(placeholders(MESSAGES[lang][key]), `${lang} ${key}`).toEqual(placeholders(MESSAGES.en[key]));
    }
  });

  it('translates rather than copying English', () => {
    // "Region" is Danish too; so are "{label}, {year}", "Publisher (2021)", "…, via …", the comma, "Download" and "Data (CSV)"
    const sameInDanish = ['table.region', 'card.figureLabel', 'compare.title', 'data.year', 'source.short', 'source.via', 'source.comma', 'download.button', 'download.csv'];
    for (const key of keys as (keyof typeof MESSAGES.en)[]) {
      expect(MESSAGES.zh[key], key).not.toBe(MESSAGES.en[key]);
      if (!sameInDanish.includes(key)) expect(MESSAGES.da[key], key).not.toBe(MESSAGES.en[key]);
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(message('en', 'problem.badChoice', { attribute: 'theme', value: 'x', allowed: '“a”' })).toBe(
      'The theme value “x” is not valid. Use “a”.',
    );
    expect(message('da', 'problem.badChoice', { attribute: 'theme' })).toBe(
      'Værdien “{value}” for theme er ugyldig. Brug {allowed}.',
    );
  });

  it('is frozen', () => {
    expect(Object.isFrozen(MESSAGES)).toBe(true);
    expect(Object.isFrozen(MESSAGES.zh)).toBe(true);
  });
});

describe('listOr', () => {
  it('joins per language', () => {
    expect(listOr('en', ['a', 'b', 'c'])).toBe('a, b, or c');
    expect(listOr('da', ['a', 'b', 'c'])).toBe('a, b eller c');
    expect(listOr('zh', ['a', 'b', 'c'])).toBe('a、b或c');
  });
});

describe('labelWithYear', () => {
  const label = { en: 'GDP', zh: '地区生产总值', da: 'BNP' };
  it('names the metric and its year, or the words that stand for a year, or the bare label', () => {
    expect(labelWithYear('en', 'compare.title', { label, year: 2024 })).toBe('GDP, 2024');
    expect(labelWithYear('zh', 'map.title', { label, year: 2024 })).toBe('地区生产总值（分地区），2024年');
    expect(labelWithYear('da', 'card.figureLabel', { label, yearLabel: { en: 'no year', zh: '无年份', da: 'intet år' } })).toBe('BNP, intet år');
    expect(labelWithYear('en', 'compare.title', { label })).toBe('GDP');
  });
});
