import { describe, expect, it } from 'vitest';
import { describeProblem } from './problem.js';
import { notARegion, regionKeys, unknownRegion } from './region-keys.js';

describe('regionKeys', () => {
  it('resolves codes and names in any language, once each', () => {
    expect(regionKeys('highlight', 'Anhui CN-JS 安徽 340000', 'en')).toEqual({ ids: ['CN-AH', 'CN-JS'], problem: null });
    expect(regionKeys('highlight', '', 'en')).toEqual({ ids: [], problem: null });
  });

  it('reads names that hold spaces', () => {
    expect(regionKeys('highlight', 'Inner Mongolia Anhui Indre Mongoliet CN-XZ', 'en')).toEqual({ ids: ['CN-NM', 'CN-AH', 'CN-XZ'], problem: null });
    expect(regionKeys('highlight', 'Inner Atlantis', 'en').problem?.params?.value).toBe('Inner Atlantis');
  });

  it('stops at the first unknown name, suggesting the closest', () => {
    const { ids, problem } = regionKeys('regions', 'CN-GD Guangxii CN-AH', 'da');
    expect(ids).toEqual(['CN-GD']);
    expect(describeProblem(problem!, 'da')).toBe('Der findes ingen region ved navn “Guangxii”. Mente du Guangxi?');
    expect(problem!.detail).toBe('regions="Guangxii" is not one of the 31 regions (closest: CN-GX).');
  });

  it('refuses a value longer than 2,000 characters unread, saying how long it is', () => {
    const all = 'Xinjiang Uygur Autonomous Region '.repeat(61); // 2,013 characters
    expect(describeProblem(regionKeys('highlight', all, 'en').problem!, 'en')).toBe(
      'The highlight value is too long: 2,013 characters (at most 2,000).',
    );
    expect(describeProblem(regionKeys('selected', 'x'.repeat(100_000), 'zh').problem!, 'zh')).toBe(
      'selected 的值过长：100,000个字符（最多2,000个）。',
    );
    expect(describeProblem(notARegion('region', 'Anhui '.repeat(20_000), 'da'), 'da')).toBe(
      'Værdien for region er for lang: 120.000 tegn (højst 2.000).',
    );
    expect(regionKeys('highlight', 'Xinjiang Uygur Autonomous Region '.repeat(60), 'en')).toEqual({ ids: ['CN-XJ'], problem: null });
  });

  it('names several close matches, or none', () => {
    expect(describeProblem(unknownRegion('region', 'Shanxii', 'en'), 'en')).toBe('There is no region “Shanxii”. Did you mean Shanxi or Shaanxi?');
    expect(describeProblem(unknownRegion('region', 'Atlantis', 'zh'), 'zh')).toBe('没有名为“Atlantis”的地区。');
  });

  it('reads traditional characters, full English names, postal romanizations and tone-marked pinyin', () => {
    const text = 'Shǎnxī 廣東 Guangxi Zhuang Autonomous Region Xinjiang Uyghur Autonomous Region 西藏自治區 Beijing City Shensi Szechwan 內蒙古';
    expect(regionKeys('highlight', text, 'en')).toEqual({ ids: ['CN-SN', 'CN-GD', 'CN-GX', 'CN-XJ', 'CN-XZ', 'CN-BJ', 'CN-SC', 'CN-NM'], problem: null });
  });

  it('keeps Shanxi and Shaanxi apart, with tones or without', () => {
    expect(regionKeys('regions', 'Shanxi Shaanxi', 'en').ids).toEqual(['CN-SX', 'CN-SN']);
    expect(regionKeys('regions', 'Shānxī Shǎnxī', 'en').ids).toEqual(['CN-SX', 'CN-SN']);
    expect(regionKeys('regions', 'Shǎnxī', 'en').ids).toEqual(['CN-SN']);
    expect(regionKeys('regions', 'Shansi Shensi', 'en').ids).toEqual(['CN-SX', 'CN-SN']);
    const { problem } = regionKeys('regions', 'Shànxī', 'en');
    expect(describeProblem(problem!, 'en')).toBe('There is no region “Shànxī”. Did you mean Shanxi or Shaanxi?');
  });
});

describe('regionKeys refuses Hong Kong, Macao and Taiwan in any spelling', () => {
  it.each([
    ['HK', 'Hong Kong'], ['Hong Kong', 'Hong Kong'], ['Hong Kong SAR', 'Hong Kong'], ['Hongkong', 'Hong Kong'], ['香港', 'Hong Kong'],
    ['Hong Kong Special Administrative Region', 'Hong Kong'], ['CN-HK', 'Hong Kong'],
    ['Macau', 'Macao'], ['Macao', 'Macao'], ['澳門', 'Macao'], ['澳门', 'Macao'], ['CN-MO', 'Macao'],
    ['Taiwan', 'Taiwan'], ['臺灣', 'Taiwan'], ['台湾', 'Taiwan'], ['Taiwan, Province of China', 'Taiwan'], ['CN-TW', 'Taiwan'],
  ])('%j: “%s is not one of the 31 mainland regions”', (key, name) => {
    const { ids, problem } = regionKeys('highlight', `Anhui ${key} Jiangsu`, 'en');
    expect(ids).toEqual(['CN-AH']);
    expect(describeProblem(problem!, 'en')).toBe(`${name} is not one of the 31 mainland regions; it is drawn as context, without data.`);
  });

  it('says so in every language, naming what was written in the console', () => {
    const { problem } = regionKeys('selected', 'Hong Kong SAR', 'zh');
    expect(describeProblem(problem!, 'zh')).toBe('香港不属于内地31个省级行政区，仅作为背景绘制，不含数据。');
    expect(describeProblem(regionKeys('regions', '澳門', 'da').problem!, 'da')).toBe('Macao er ikke en af de 31 regioner på fastlandet; den vises kun som kontekst, uden data.');
    expect(describeProblem(regionKeys('regions', 'HK', 'da').problem!, 'da')).toBe('Hongkong er ikke en af de 31 regioner på fastlandet; den vises kun som kontekst, uden data.');
    expect(problem!.detail).toBe('selected="Hong Kong SAR" is Hong Kong (CN-HK), which is drawn as context and is not one of the 31 mainland regions.');
  });

  it('suggests no mainland region for a misspelt one, and names the whole misspelling', () => {
    expect(describeProblem(regionKeys('highlight', 'Anhui Hong Kongg Jiangsu', 'en').problem!, 'en')).toBe('There is no region “Hong Kongg”.');
    expect(describeProblem(regionKeys('highlight', 'Macua', 'en').problem!, 'en')).toBe('There is no region “Macua”.');
    expect(describeProblem(regionKeys('highlight', 'Taiwn', 'zh').problem!, 'zh')).toBe('没有名为“Taiwn”的地区。');
  });
});

describe('notARegion', () => {
  it('explains a single key: context, near miss or unknown', () => {
    expect(describeProblem(notARegion('region', 'Macau SAR', 'en'), 'en')).toBe('Macao is not one of the 31 mainland regions; it is drawn as context, without data.');
    expect(describeProblem(notARegion('region', '臺灣', 'zh'), 'zh')).toBe('台湾不属于内地31个省级行政区，仅作为背景绘制，不含数据。');
    expect(describeProblem(notARegion('region', 'Anhiu', 'da'), 'da')).toBe('Der findes ingen region ved navn “Anhiu”. Mente du Anhui?');
  });
});

describe('long attribute values', () => {
  it('are refused unread beyond 2,000 characters, and read in time linear in their length below', () => {
    const start = performance.now();
    // Issue 21: a region list longer than any list of the 31 regions is refused, not read.
    expect(regionKeys('regions', 'Anhui '.repeat(20_000), 'en').problem!.params).toEqual({ attribute: 'regions', length: '120,000', max: '2,000' });
    expect(regionKeys('regions', 'x'.repeat(1_000_000), 'en').problem!.params).toEqual({ attribute: 'regions', length: '1,000,000', max: '2,000' });
    expect(regionKeys('regions', 'Atlantis '.repeat(20_000), 'en').problem!.params).toEqual({ attribute: 'regions', length: '180,000', max: '2,000' });
    expect(regionKeys('regions', 'Anhui '.repeat(333), 'en').ids).toEqual(['CN-AH']);
    expect(regionKeys('regions', 'x'.repeat(2_000), 'en').problem!.params!.value).toBe(`${'x'.repeat(39)}…`);
    expect(regionKeys('regions', 'Atlantis '.repeat(222), 'en').problem!.params!.value).toBe('Atlantis Atlantis Atlantis Atlantis Atl…');
    expect(performance.now() - start).toBeLessThan(3000);
  });
});
