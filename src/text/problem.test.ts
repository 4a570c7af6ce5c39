import { describe, expect, it } from 'vitest';
import { checkChoice, checkLength, checkWords, describeProblem, internalProblem, quote } from './problem.js';

describe('checkChoice', () => {
  const allowed = ['auto', 'light', 'dark'];

  it('accepts an allowed value', () => {
    expect(checkChoice('theme', 'dark', allowed)).toBeNull();
  });

  it.each([['purple'], [''], ['DARK'], [null], [42]])('rejects %j with details for the console', (value) => {
    const problem = checkChoice('theme', value, allowed);
    expect(problem).not.toBeNull();
    expect(problem!.detail).toBe(`theme=${JSON.stringify(String(value))} is not one of "auto", "light", "dark".`);
  });

  it('describes the problem in each language with a localized list of choices', () => {
    const problem = checkChoice('theme', 'purple', allowed)!;
    expect(describeProblem(problem, 'en')).toBe('The theme value “purple” is not valid. Use “auto”, “light”, or “dark”.');
    expect(describeProblem(problem, 'da')).toBe('Værdien “purple” for theme er ugyldig. Brug “auto”, “light” eller “dark”.');
    expect(describeProblem(problem, 'zh')).toBe('theme 的值“purple”无效。请使用 “auto”、“light”或“dark”。');
  });
});

describe('checkWords', () => {
  const allowed = ['png', 'svg', 'csv'];

  it.each([['png svg csv'], ['csv  png'], [' svg '], ['']])('accepts %j', (value) => {
    expect(checkWords('downloads', value, allowed)).toBeNull();
  });

  it('quotes only the words not allowed, in each language', () => {
    const problem = checkWords('downloads', 'png gif pdf', allowed)!;
    expect(problem.detail).toBe('downloads="png gif pdf": "gif", "pdf" not among "png", "svg", "csv" (space-separated).');
    expect(describeProblem(problem, 'en')).toBe('The downloads value “gif pdf” is not valid. Use one or more of “png”, “svg”, or “csv”, separated by spaces.');
    expect(describeProblem(problem, 'da')).toBe('Værdien “gif pdf” for downloads er ugyldig. Brug en eller flere af “png”, “svg” eller “csv”, adskilt af mellemrum.');
    expect(describeProblem(problem, 'zh')).toBe('downloads 的值“gif pdf”无效。请使用 “png”、“svg”或“csv” 中的一项或多项，以空格分隔。');
  });
});

describe('quote', () => {
  it('keeps short input, folds whitespace, and shortens long input to 40 characters', () => {
    expect(quote('dark')).toBe('dark');
    expect(quote('a\n\tb')).toBe('a b');
    const long = quote('x'.repeat(10_000));
    expect(long).toHaveLength(40);
    expect(long.endsWith('…')).toBe(true);
  });
});

describe('internalProblem', () => {
  it('keeps the error for the console and a generic message for the reader', () => {
    const problem = internalProblem(new TypeError('boom'));
    expect(problem.key).toBe('problem.internal');
    expect(problem.detail).toContain('TypeError: boom');
    expect(describeProblem(problem, 'en')).toMatch(/went wrong/);
  });
});

describe('checkLength', () => {
  it('accepts text up to the limit, and refuses longer text with its length in the reader’s numbers', () => {
    expect(checkLength('unit', 'x'.repeat(100), 100, 'en')).toBeNull();
    const long = checkLength('unit', 'x'.repeat(5000), 100, 'da')!;
    expect(describeProblem(long, 'da')).toBe('Værdien for unit er for lang: 5.000 tegn (højst 100).');
    expect(long.detail).toBe('unit has 5000 characters; at most 100 are read.');
  });
});
