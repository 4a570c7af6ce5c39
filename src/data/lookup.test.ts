import { describe, expect, it } from 'vitest';
import { regions } from './index.js';
import { editDistance, getContextRegion, getRegion, normalizeName, suggestRegions } from './lookup.js';

describe('getRegion', () => {
  it('finds every region by its ISO code, GB code and every one of its names', () => {
    for (const region of regions) {
      const keys = [region.id, region.gb, region.name.en, region.name.zh, region.name.da, region.nameZhFull, region.pinyin, region.isoName, ...region.nameAltEn];
      for (const key of keys) expect(getRegion(key)?.id, key).toBe(region.id);
    }
  });

  it.each([
    ['cn-ah', 'CN-AH'],
    ['CN_AH', 'CN-AH'],
    ['  ANHUI  ', 'CN-AH'],
    ['Anhui Province', 'CN-AH'],
    ['安徽省', 'CN-AH'],
    ['indre mongoliet', 'CN-NM'],
    ['Inner-Mongolia', 'CN-NM'],
    ['Nei Mongol', 'CN-NM'],
    ['内蒙古自治区', 'CN-NM'],
    ['Xīzàng', 'CN-XZ'],
    ['TIBET', 'CN-XZ'],
    ["Xi'an", undefined],
    ['Beijing Municipality', 'CN-BJ'],
    ['Shaanxi', 'CN-SN'],
    ['Shanxi', 'CN-SX'],
    ['Ｂｅｉｊｉｎｇ', 'CN-BJ'],
  ])('%j → %s', (key, id) => {
    expect(getRegion(key)?.id).toBe(id);
  });

  it('reads ISO codes as ISO, never as HASC (CN-HB is Hubei; HASC CN.HB would be Hebei)', () => {
    expect(getRegion('CN-HB')?.name.en).toBe('Hubei');
    expect(getRegion('CN-HE')?.name.en).toBe('Hebei');
    expect(getRegion('CN-HA')?.name.en).toBe('Henan');
    expect(getRegion('CN.HB')).toBeUndefined();
  });

  it('does not count Hong Kong, Macao or Taiwan among the 31', () => {
    for (const key of ['CN-HK', 'Hong Kong', '澳门', 'Taiwan', '810000']) {
      expect(getRegion(key), key).toBeUndefined();
      expect(getContextRegion(key), key).toBeDefined();
    }
  });

  it('returns undefined for nothing or non-strings', () => {
    expect(getRegion('')).toBeUndefined();
    expect(getRegion('CN-XX')).toBeUndefined();
    expect(getRegion(undefined as unknown as string)).toBeUndefined();
    expect(getRegion(42 as unknown as string)).toBeUndefined();
  });
});

describe('suggestRegions', () => {
  it.each([
    ['Anhiu', ['CN-AH']],
    ['Shanxii', ['CN-SX', 'CN-SN']],
    ['Beijng', ['CN-BJ']],
    ['Guangdon', ['CN-GD']],
    ['Innre Mongolia', ['CN-NM']],
    ['Sichaun', ['CN-SC']],
  ])('%j suggests %j first', (key, ids) => {
    expect(suggestRegions(key).map((r) => r.id).slice(0, ids.length)).toEqual(ids);
  });

  it('suggests nothing for something far from every name', () => {
    expect(suggestRegions('Atlantis')).toEqual([]);
    expect(suggestRegions('')).toEqual([]);
  });
});

describe('helpers', () => {
  it('normalizeName folds case, accents, width and punctuation', () => {
    expect(normalizeName('Xīzàng Zìzhìqū')).toBe('xizangzizhiqu');
    expect(normalizeName("Gui'an")).toBe('guian');
  });

  it('editDistance counts a swap of neighbours as one step', () => {
    expect(editDistance('anhui', 'anhiu')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });
});
