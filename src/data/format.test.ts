import { describe, expect, it } from 'vitest';
import { decimalsOf, formatAmount, formatClaimFigure, formatCompact, formatNumber, formatTick, formatValue, unitLabel } from './format.js';
import { claims, getMetric } from './index.js';

const metric = (id: string) => getMetric(id)!;
const figureOf = (id: string) => claims.find((c) => c.id === id)!.figure!;

describe('formatNumber', () => {
  it('uses each language’s separators', () => {
    expect(formatNumber(1234567.5, 'en')).toBe('1,234,567.5');
    expect(formatNumber(1234567.5, 'da')).toBe('1.234.567,5');
  });

  it('writes Chinese with 万 and 亿, keeping every digit', () => {
    expect(formatNumber(9999, 'zh')).toBe('9,999');
    expect(formatNumber(21893095, 'zh')).toBe('2189.3095万');
    expect(formatNumber(126012510, 'zh')).toBe('1.2601251亿');
    expect(formatNumber(1409778724, 'zh')).toBe('14.09778724亿');
    expect(formatNumber(220000, 'zh')).toBe('22万');
  });

  it('counts the decimals of a value as written', () => {
    expect(decimalsOf(49843.1)).toBe(1);
    expect(decimalsOf(60012.97)).toBe(2);
    expect(decimalsOf(137008)).toBe(0);
    expect(decimalsOf(0.1 + 0.2)).toBe(1);
  });

  it('has a compact form for axes', () => {
    expect(formatCompact(21893095, 'en')).toBe('21.9M');
    expect(formatCompact(21893095, 'zh')).toBe('2190万');
  });
});

// Danish puts a no-break space before %.
describe('formatValue', () => {
  it.each([
    ['population', 21893095, '21,893,095 people', '2189.3095万人', '21.893.095 indbyggere'],
    ['area', 6340.5, '6,340.5 km²', '6,340.5平方公里', '6.340,5 km²'],
    ['area', 1664900, '1,664,900 km²', '166.49万平方公里', '1.664.900 km²'],
    ['density', 21893095 / 16411, '1,334.1 people per km²', '1,334.1人/平方公里', '1.334,1 indbyggere pr. km²'],
    ['gdp', 49843.1, '4,984.31 billion yuan', '49843.1亿元', '4.984,31 mia. yuan'],
    ['gdp', 60012.97, '6,001.297 billion yuan', '60012.97亿元', '6.001,297 mia. yuan'],
    ['gdp', 137008, '13,700.8 billion yuan', '137008亿元', '13.700,8 mia. yuan'],
    ['rd-intensity', 6.73, '6.73%', '6.73%', '6,73\u00a0%'],
    ['gdp-growth', 5.2, '5.2%', '5.2%', '5,2\u00a0%'],
  ])('%s %d in en, zh, da', (id, value, en, zh, da) => {
    expect(formatValue(value, metric(id), 'en')).toBe(en);
    expect(formatValue(value, metric(id), 'zh')).toBe(zh);
    expect(formatValue(value, metric(id), 'da')).toBe(da);
  });

  it('never rounds a published figure', () => {
    expect(formatValue(2764.94, metric('gdp'), 'zh')).toBe('2764.94亿元');
    expect(formatValue(846.04, metric('rd-expenditure'), 'en')).toBe('84.604 billion yuan');
  });

  it('marks approximate figures and lower bounds', () => {
    expect(formatValue(22700, metric('gdp'), 'en', { qualifier: 'approximate' })).toBe('about 2,270 billion yuan');
    expect(formatValue(22700, metric('gdp'), 'zh', { qualifier: 'approximate' })).toBe('约22700亿元');
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

describe('formatTick and formatAmount', () => {
  it('gives short axis labels in the unit the reader sees', () => {
    expect(formatTick(50000000, metric('population'), 'en')).toBe('50M');
    expect(formatTick(50000000, metric('population'), 'zh')).toBe('5000万');
    expect(formatTick(100000, metric('gdp'), 'en')).toBe('10K'); // 100,000 亿元 = 10,000 billion yuan
    expect(formatTick(100000, metric('gdp'), 'zh')).toBe('10万');
    expect(formatTick(2.5, metric('rd-intensity'), 'da')).toBe('2,5\u00a0%');
  });

  it('gives every digit of a figure without its unit', () => {
    expect(formatAmount(126012510, metric('population'), 'en')).toBe('126,012,510');
    expect(formatAmount(126012510, metric('population'), 'zh')).toBe('1.2601251亿');
    expect(formatAmount(60012.97, metric('gdp'), 'da')).toBe('6.001,297');
    expect(formatAmount(60012.97, metric('gdp'), 'zh')).toBe('60012.97');
    expect(formatAmount(6.73, metric('rd-intensity'), 'en')).toBe('6.73%');
    expect(formatAmount(21893095 / 16411, metric('density'), 'en')).toBe('1,334.1');
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
