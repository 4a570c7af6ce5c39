import { describe, expect, it } from 'vitest';
import { decimalsOf, formatClaimFigure, formatFigure, formatNumber, formatValue, unitLabel, valueInUnit, writeNumber } from './format.js';
import { claims, getMetric } from './index.js';

const metric = (id: string) => getMetric(id)!;
const figureOf = (id: string) => claims.find((c) => c.id === id)!.figure!;

describe('formatNumber', () => {
  it('uses each language’s separators', () => {
    expect(formatNumber(1234567.5, 'en')).toBe('1,234,567.5');
    expect(formatNumber(1234567.5, 'da')).toBe('1.234.567,5');
  });

  it('writes a round Chinese figure with 万 or 亿, and any other in full, never 2189.3095万', () => {
    expect(formatNumber(9999, 'zh')).toBe('9,999');
    expect(formatNumber(220000, 'zh')).toBe('22万');
    expect(formatNumber(1664900, 'zh')).toBe('166.49万');
    expect(formatNumber(5000000, 'zh')).toBe('500万');
    expect(formatNumber(21893095, 'zh')).toBe('21,893,095');
    expect(formatNumber(126012510, 'zh')).toBe('126,012,510');
    expect(formatNumber(1409778724, 'zh')).toBe('1,409,778,724');
  });

  it('counts the decimals of a value as written', () => {
    expect(decimalsOf(49843.1)).toBe(1);
    expect(decimalsOf(60012.97)).toBe(2);
    expect(decimalsOf(137008)).toBe(0);
    expect(decimalsOf(0.1 + 0.2)).toBe(1);
  });

});

// Danish puts a no-break space before %.
describe('formatValue', () => {
  it.each([
    ['population', 21893095, '21,893,095 people', '21,893,095人', '21.893.095 indbyggere'],
    ['area', 6340.5, '6,340.5 km²', '6,340.5平方公里', '6.340,5 km²'],
    ['area', 1664900, '1,664,900 km²', '1,664,900平方公里', '1.664.900 km²'],
    ['density', 21893095 / 16411, '1,334.1 people per km²', '1,334.1人/平方公里', '1.334,1 indbyggere pr. km²'],
    ['gdp', 49843.1, '4,984.31 billion yuan', '49,843.1亿元', '4.984,31 mia. yuan'],
    ['gdp', 60012.97, '6,001.297 billion yuan', '60,012.97亿元', '6.001,297 mia. yuan'],
    ['gdp', 137008, '13,700.8 billion yuan', '137,008亿元', '13.700,8 mia. yuan'],
    ['rd-intensity', 6.73, '6.73%', '6.73%', '6,73\u00a0%'],
    ['gdp-growth', 5.2, '5.2%', '5.2%', '5,2\u00a0%'],
  ])('%s %d in en, zh, da', (id, value, en, zh, da) => {
    expect(formatValue(value, metric(id), 'en')).toBe(en);
    expect(formatValue(value, metric(id), 'zh')).toBe(zh);
    expect(formatValue(value, metric(id), 'da')).toBe(da);
  });

  it('never rounds a published figure', () => {
    expect(formatValue(2764.94, metric('gdp'), 'zh')).toBe('2,764.94亿元');
    expect(formatValue(846.04, metric('rd-expenditure'), 'en')).toBe('84.604 billion yuan');
  });

  it('marks approximate figures and lower bounds', () => {
    expect(formatValue(22700, metric('gdp'), 'en', { qualifier: 'approximate' })).toBe('about 2,270 billion yuan');
    expect(formatValue(22700, metric('gdp'), 'zh', { qualifier: 'approximate' })).toBe('约22,700亿元');
    expect(formatValue(4.2, metric('gdp-growth'), 'da', { qualifier: 'approximate' })).toBe('ca. 4,2\u00a0%');
  });

  it('shows a user’s own unit as given', () => {
    const labs = { unit: 'labs', precision: 0 };
    expect(formatValue(12, labs, 'en')).toBe('12 labs');
    expect(formatValue(12, { unit: '', precision: 0 }, 'da')).toBe('12');
  });

  it('names units per language', () => {
    expect(unitLabel('cny-100m', 'zh')).toBe('亿元');
    expect(unitLabel('persons-per-km2', 'da')).toBe('indbyggere pr. km²');
    expect(unitLabel('labs', 'zh')).toBe('labs');
  });
});

describe('formatValue without its unit (a table column whose header gives it)', () => {
  it('writes the number as it reads with the unit: in billions, without %, without a page’s own unit however it is set', () => {
    const gdp = getMetric('gdp')!;
    expect(formatValue(141633.8, gdp, 'en', { unit: false })).toBe('14,163.38');
    expect(formatValue(141633.8, gdp, 'zh', { unit: false })).toBe('141,633.8');
    expect(formatValue(3.2, getMetric('rd-intensity')!, 'da', { decimals: 2, unit: false })).toBe('3,20');
    expect(formatValue(126012510, getMetric('population')!, 'en', { unit: false })).toBe('126,012,510');
    // A right-to-left unit is isolated when shown; without it, nothing of it is left.
    expect(formatValue(12, { unit: 'נפש', precision: 0 }, 'en')).toBe('12 \u2068נפש\u2069');
    expect(formatValue(12, { unit: 'נפש', precision: 0 }, 'en', { unit: false, qualifier: 'approximate' })).toBe('about 12');
  });
});

describe('formatFigure: the figure as published', () => {
  it('keeps the digits the source published, trailing zeros too', () => {
    expect(formatFigure({ value: 3.2, decimals: 2 }, metric('rd-intensity'), 'en')).toBe('3.20%');
    expect(formatFigure({ value: 3.2, decimals: 2 }, metric('rd-intensity'), 'da')).toBe('3,20\u00a0%');
    expect(formatFigure({ value: 5, decimals: 1 }, metric('gdp-growth'), 'zh')).toBe('5.0%');
    expect(formatFigure({ value: 57761, decimals: 1 }, metric('gdp'), 'en')).toBe('5,776.10 billion yuan');
    expect(formatFigure({ value: 57761, decimals: 1 }, metric('gdp'), 'zh')).toBe('57,761.0亿元');
    expect(formatFigure({ value: 0.6 }, metric('rd-intensity'), 'en')).toBe('0.6%');
  });

  it('keeps the qualifier of an approximate figure or a lower bound', () => {
    expect(formatFigure({ value: 22700, qualifier: 'approximate' }, metric('gdp'), 'en')).toBe('about 2,270 billion yuan');
    expect(formatFigure({ value: 22700, qualifier: 'approximate' }, metric('gdp'), 'da')).toBe('ca. 2.270 mia. yuan');
    expect(formatFigure({ value: 150, qualifier: 'more-than' }, { unit: 'labs', precision: 0 }, 'zh')).toBe('超过150 labs');
  });
});

describe('formatClaimFigure', () => {
  it.each([
    ['N1', 'more than 5,000,000 patents', '超过500万件', 'over 5.000.000 patenter'],
    ['N2', 'about three-fifths', '约五分之三', 'cirka tre femtedele'],
    ['N3', 'about two-thirds', '约三分之二', 'cirka to tredjedele'],
    ['G2', '90%', '90%', '90\u00a0%'],
    ['G3', '40%', '40%', '40\u00a0%'],
    ['R3', 'a national leader', '全国领先', 'førende i landet'],
    ['R4', '210 technological bottlenecks', '210项技术瓶颈', '210 teknologiske flaskehalse'],
    ['R7', '220,000 PetaFLOPS', '22万PetaFLOPS', '220.000 PetaFLOPS'],
    ['R8', 'more than 150 Huawei cloud partners', '超过150家华为云生态伙伴', 'over 150 Huawei-cloudpartnere'],
    ['R10', 'more than 93%', '超过93%', 'over 93\u00a0%'],
    ['R12', '137 satellites', '137颗卫星', '137 satellitter'],
  ])('%s as stated', (id, en, zh, da) => {
    expect(formatClaimFigure(figureOf(id), 'en')).toBe(en);
    expect(formatClaimFigure(figureOf(id), 'zh')).toBe(zh);
    expect(formatClaimFigure(figureOf(id), 'da')).toBe(da);
  });

  it('formats ranks and shares without words of their own', () => {
    expect(formatClaimFigure({ value: 2, bound: 'exact', unit: 'rank' }, 'zh')).toBe('第2名');
    expect(formatClaimFigure({ value: 0.25, bound: 'approximate', unit: 'share' }, 'en')).toBe('about 25%');
  });
});

describe('numbers at the extremes (issue 21)', () => {
  const own = { unit: 'labs', precision: 0 };

  it('never signs zero', () => {
    expect(formatValue(-0, own, 'en')).toBe('0 labs');
    expect(formatValue(-0.001, own, 'en', { decimals: 1 })).toBe('0.0 labs');
    expect(formatValue(-0, metric('rd-intensity'), 'da')).toBe('0\u00a0%');
    expect(formatNumber(-0, 'zh')).toBe('0');
  });

  it('writes a number too large to write out in scientific notation', () => {
    expect(formatValue(1e308, own, 'en')).toBe('about 1E308 labs');
    expect(formatValue(Number.MAX_VALUE, own, 'da')).toBe('ca. 1,79769313486232E308 labs');
    expect(formatValue(-2.5e21, own, 'zh')).toBe('约-2.5E21 labs');
    expect(writeNumber(1e21, 'en', { style: 'percent' })).toBe('1E23%');
    expect(formatValue(999999999999999900000, own, 'en')).toBe('about 999,999,999,999,999,900,000 labs');
  });

  it('says "about" for an integer beyond 2^53, whose last digits are not the source’s', () => {
    expect(formatValue(9007199254740993, own, 'en')).toBe('about 9,007,199,254,740,992 labs');
    expect(formatValue(9007199254740991, own, 'en')).toBe('9,007,199,254,740,991 labs');
    expect(formatValue(-1e17, metric('population'), 'zh')).toBe('约-100,000,000,000,000,000人');
    expect(formatFigure({ value: 2 ** 60, qualifier: 'more-than' }, own, 'en')).toBe('more than 1,152,921,504,606,847,000 labs');
  });
});

describe('valueInUnit', () => {
  it('gives 亿元 figures in billions outside Chinese, exactly, and others as they are', () => {
    expect(valueInUnit(141633.8, 'cny-100m', 'en')).toBe(14163.38);
    expect(valueInUnit(141633.8, 'cny-100m', 'da')).toBe(14163.38);
    expect(valueInUnit(141633.8, 'cny-100m', 'zh')).toBe(141633.8);
    expect(valueInUnit(0.3, 'cny-100m', 'en')).toBe(0.03);
    expect(valueInUnit(3.2, 'percent', 'en')).toBe(3.2);
    expect(valueInUnit(126012510, 'persons', 'da')).toBe(126012510);
  });
});
