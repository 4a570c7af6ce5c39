import { describe, expect, it } from 'vitest';
import { regions } from './index.js';
import { editDistance, getContextRegion, getRegion, suggestRegions } from './lookup.js';
import { normalizeName } from './names.js';

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

describe('getRegion: names in other scripts and spellings', () => {
  it.each([
    ['CN-BJ', '北京', '北京市'], ['CN-TJ', '天津', '天津市'], ['CN-HE', '河北', '河北省'], ['CN-SX', '山西', '山西省'],
    ['CN-NM', '內蒙古', '內蒙古自治區'], ['CN-LN', '遼寧', '遼寧省'], ['CN-JL', '吉林', '吉林省'], ['CN-HL', '黑龍江', '黑龍江省'],
    ['CN-SH', '上海', '上海市'], ['CN-JS', '江蘇', '江蘇省'], ['CN-ZJ', '浙江', '浙江省'], ['CN-AH', '安徽', '安徽省'],
    ['CN-FJ', '福建', '福建省'], ['CN-JX', '江西', '江西省'], ['CN-SD', '山東', '山東省'], ['CN-HA', '河南', '河南省'],
    ['CN-HB', '湖北', '湖北省'], ['CN-HN', '湖南', '湖南省'], ['CN-GD', '廣東', '廣東省'], ['CN-GX', '廣西', '廣西壯族自治區'],
    ['CN-HI', '海南', '海南省'], ['CN-CQ', '重慶', '重慶市'], ['CN-SC', '四川', '四川省'], ['CN-GZ', '貴州', '貴州省'],
    ['CN-YN', '雲南', '雲南省'], ['CN-XZ', '西藏', '西藏自治區'], ['CN-SN', '陝西', '陝西省'], ['CN-GS', '甘肅', '甘肅省'],
    ['CN-QH', '青海', '青海省'], ['CN-NX', '寧夏', '寧夏回族自治區'], ['CN-XJ', '新疆', '新疆維吾爾自治區'],
  ])('%s in traditional characters: %s, %s', (id, short, full) => {
    expect(getRegion(short)?.id).toBe(id);
    expect(getRegion(full)?.id).toBe(id);
  });

  it.each([
    ['Xinjiang Uyghur Autonomous Region', 'CN-XJ'], ['Xinjiang Uighur Autonomous Region', 'CN-XJ'], ['Xinjiang Uygur Autonomous Region', 'CN-XJ'],
    ['Tibet Autonomous Region', 'CN-XZ'], ['Xizang Autonomous Region', 'CN-XZ'], ['Guangxi Zhuang Autonomous Region', 'CN-GX'],
    ['Inner Mongolia Autonomous Region', 'CN-NM'], ['Ningxia Hui Autonomous Region', 'CN-NX'],
    ['Beijing City', 'CN-BJ'], ['Beijing Municipality', 'CN-BJ'], ['Chongqing Municipality', 'CN-CQ'], ['Shanghai City', 'CN-SH'],
    ['Guangdong Province', 'CN-GD'], ['Shaanxi Province', 'CN-SN'], ['Shanxi Province', 'CN-SX'],
  ])('official English name %j → %s', (key, id) => {
    expect(getRegion(key)?.id).toBe(id);
  });

  it.each([
    ['CN-BJ', 'Běijīng', 'Peking'], ['CN-TJ', 'Tiānjīn', 'Tientsin'], ['CN-HE', 'Héběi', 'Hopeh', 'Hopei'],
    ['CN-SX', 'Shānxī', 'Shansi'], ['CN-NM', 'Nèi Měnggǔ'], ['CN-LN', 'Liáoníng'], ['CN-JL', 'Jílín', 'Kirin'],
    ['CN-HL', 'Hēilóngjiāng', 'Heilungkiang'], ['CN-SH', 'Shànghǎi'], ['CN-JS', 'Jiāngsū', 'Kiangsu'],
    ['CN-ZJ', 'Zhèjiāng', 'Chekiang'], ['CN-AH', 'Ānhuī', 'Anhwei'], ['CN-FJ', 'Fújiàn', 'Fukien'], ['CN-JX', 'Jiāngxī', 'Kiangsi'],
    ['CN-SD', 'Shāndōng', 'Shantung'], ['CN-HA', 'Hénán', 'Honan'], ['CN-HB', 'Húběi', 'Hupeh', 'Hupei'], ['CN-HN', 'Húnán', 'Hunan'],
    ['CN-GD', 'Guǎngdōng', 'Kwangtung'], ['CN-GX', 'Guǎngxī', 'Kwangsi'], ['CN-HI', 'Hǎinán'], ['CN-CQ', 'Chóngqìng', 'Chungking'],
    ['CN-SC', 'Sìchuān', 'Szechwan', 'Szechuan'], ['CN-GZ', 'Guìzhōu', 'Kweichow'], ['CN-YN', 'Yúnnán', 'Yunnan'],
    ['CN-XZ', 'Xīzàng'], ['CN-SN', 'Shǎnxī', 'Shensi'], ['CN-GS', 'Gānsù', 'Kansu'], ['CN-QH', 'Qīnghǎi', 'Tsinghai'],
    ['CN-NX', 'Níngxià', 'Ningsia'], ['CN-XJ', 'Xīnjiāng', 'Sinkiang'],
  ])('%s in pinyin with tone marks (%s) and in postal romanization', (id, ...keys) => {
    for (const key of keys) expect(getRegion(key)?.id, key).toBe(id);
  });

  it.each([
    ['Shǎnxī', '陕西'],
    ['SHǍNXĪ', '陕西'],
    ['shǎnxī shěng', '陕西'],
    ['Shǎnxī Province', '陕西'],
    ['Shǎnxi', '陕西'], // one tone mark is enough
    ['Sha\u030cnxi\u0304', '陕西'], // decomposed: a and a combining caron
    ['Shānxī', '山西'],
    ['Shānxī Shěng', '山西'],
    ['Shānxi', '山西'],
    ['Shanxi', '山西'], // the official romanizations: Shanxi 山西, Shaanxi 陕西
    ['Shaanxi', '陕西'],
    ['Shanxī', '山西'], // ī fits both readings: the spelling decides
    ['Shànxī', undefined], // à fits neither Shānxī nor Shǎnxī: no region rather than a wrong one
  ])('tone marks tell Shaanxi from Shanxi: %j is %s', (key, zh) => {
    expect(getRegion(key)?.name.zh).toBe(zh);
  });

  it('lets the spelling decide after a slip of tone where only one region is spelt so', () => {
    expect(getRegion('Ānhuí')?.id).toBe('CN-AH');
  });


  it.each([
    ['HK', 'CN-HK'], ['Hong Kong', 'CN-HK'], ['Hong Kong SAR', 'CN-HK'], ['Hongkong', 'CN-HK'], ['HKSAR', 'CN-HK'],
    ['Hong Kong Special Administrative Region', 'CN-HK'], ['Hong Kong, China', 'CN-HK'], ['香港', 'CN-HK'],
    ['香港特别行政区', 'CN-HK'], ['香港特別行政區', 'CN-HK'], ['中国香港', 'CN-HK'], ['Xiānggǎng', 'CN-HK'], ['cn-hk', 'CN-HK'], ['810000', 'CN-HK'],
    ['Macao', 'CN-MO'], ['Macau', 'CN-MO'], ['Macau SAR', 'CN-MO'], ['MO', 'CN-MO'], ['澳门', 'CN-MO'], ['澳門', 'CN-MO'],
    ['澳門特別行政區', 'CN-MO'], ['Àomén', 'CN-MO'], ['CN-MO', 'CN-MO'],
    ['Taiwan', 'CN-TW'], ['TW', 'CN-TW'], ['Taiwan Province', 'CN-TW'], ['Taiwan, Province of China', 'CN-TW'], ['台湾', 'CN-TW'],
    ['臺灣', 'CN-TW'], ['台灣', 'CN-TW'], ['台湾省', 'CN-TW'], ['臺灣省', 'CN-TW'], ['中國臺灣', 'CN-TW'], ['Táiwān', 'CN-TW'], ['CN-TW', 'CN-TW'],
  ])('%j is %s, context and none of the 31', (key, id) => {
    expect(getRegion(key)).toBeUndefined();
    expect(getContextRegion(key)?.id).toBe(id);
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

  it('suggests no region for a misspelt Hong Kong, Macao or Taiwan', () => {
    for (const key of ['Hongkonk', 'Hong Kongg', 'Hong', 'HKK', 'Macua', 'Makau', 'Taiwn', 'Taiwam', '臺灣灣']) {
      expect(suggestRegions(key), key).toEqual([]);
    }
    expect(suggestRegions('Hainam').map((r) => r.id)).toEqual(['CN-HI']);
  });

  it('suggests from other spellings too', () => {
    expect(suggestRegions('Szechwna').map((r) => r.id)).toEqual(['CN-SC']);
    expect(suggestRegions('廣東東').map((r) => r.id)).toEqual(['CN-GD']);
    expect(suggestRegions('Shànxī').map((r) => r.id)).toEqual(['CN-SX', 'CN-SN']);
  });

  it('reads a very long key once: no near-miss search over names it cannot be near', () => {
    const key = 'Anhui'.repeat(200_000);
    const start = performance.now();
    expect(suggestRegions(key)).toEqual([]);
    expect(getRegion(key)).toBeUndefined();
    expect(getContextRegion(key)).toBeUndefined();
    expect(performance.now() - start).toBeLessThan(2000);
  });

  it('searches for the first 20 unknown keys of a task only, and again in the next task', async () => {
    const keys = Array.from({ length: 25 }, (_, i) => `Anhiu${'x'.repeat(i % 2)}`);
    expect(keys.map((key) => suggestRegions(key)[0]?.id ?? '')).toEqual([...Array<string>(20).fill('CN-AH'), '', '', '', '', '']);
    await Promise.resolve();
    expect(suggestRegions('Anhiu').map((r) => r.id)).toEqual(['CN-AH']);
  });

  it('does not read a key longer than 1,000 characters: no name is', () => {
    expect(getRegion(`${' '.repeat(995)}Anhui`)?.id).toBe('CN-AH');
    expect(getRegion(`${' '.repeat(996)}Anhui`)).toBeUndefined();
    expect(getContextRegion('Shǎnxī '.repeat(200))).toBeUndefined();
  });

  it('does not search for a key longer by half than any name', () => {
    expect(suggestRegions('Xinjiang Uygur Autonomous Regionn'.repeat(2))).toEqual([]);
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
