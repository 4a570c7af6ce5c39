// The display policy as a style guide: how a chart writes the numbers it draws.
import { describe, expect, it } from 'vitest';
import { displayScale } from './display.js';
import { getMetric } from './index.js';

const metric = (id: string) => getMetric(id)!;
// The extremes of each bundled series, as a chart of all regions with data would draw them.
const GDP = [141633.8, 2764.94]; // Guangdong, Tibet (亿元)
const POPULATION = [126012510, 3648100]; // Guangdong, Tibet
const AREA = [1664900, 6340.5]; // Xinjiang, Shanghai (km²)

describe('one magnitude per chart, in words the unit reads well in', () => {
  it('writes 亿元 as trillions in English, milliards in Danish and 亿元 in Chinese', () => {
    expect(displayScale(GDP, metric('gdp'), 'en').value(141633.8)).toBe('14.16 trillion yuan');
    expect(displayScale(GDP, metric('gdp'), 'da').value(141633.8)).toBe('14.163 mia. yuan');
    expect(displayScale(GDP, metric('gdp'), 'zh').value(141633.8)).toBe('141,634亿元');
  });

  it('says 万亿元 in Chinese only when no value would fall below one', () => {
    const engines = displayScale([141633.8, 49843.1], metric('gdp'), 'zh');
    expect([engines.value(141633.8), engines.value(49843.1)]).toEqual(['14.2万亿元', '5.0万亿元']);
    expect(displayScale([49843.1], metric('gdp'), 'zh').unit).toBe('万亿元');
  });

  it('writes people in millions, mio. or 万', () => {
    expect(displayScale(POPULATION, metric('population'), 'en').value(61027171)).toBe('61.0 million people');
    expect(displayScale(POPULATION, metric('population'), 'da').value(61027171)).toBe('61,0 mio. indbyggere');
    expect(displayScale(POPULATION, metric('population'), 'zh').value(61027171)).toBe('6,103万人');
  });

  it('writes a single figure with three significant digits: 6103万人, 1.26亿人', () => {
    expect(displayScale([61027171], metric('population'), 'zh').value(61027171)).toBe('6,103万人');
    expect(displayScale([126012510], metric('population'), 'zh').value(126012510)).toBe('1.26亿人');
    expect(displayScale([126012510], metric('population'), 'en').value(126012510)).toBe('126 million people');
    expect(displayScale([2764.94], metric('gdp'), 'en').value(2764.94)).toBe('276 billion yuan');
  });

  it('steps down a magnitude rather than write the smallest value as 0.0', () => {
    const en = displayScale(AREA, metric('area'), 'en');
    expect(en.unit).toBe('thousand km²');
    expect([en.number(1664900), en.number(6340.5)]).toEqual(['1,665', '6']);
    const zh = displayScale(AREA, metric('area'), 'zh');
    expect([zh.number(1664900), zh.number(6340.5), zh.unit]).toEqual(['166.5', '0.6', '万平方公里']);
  });

  it('never puts K or M on a unit that already names a magnitude', () => {
    for (const language of ['en', 'zh', 'da'] as const) {
      const scale = displayScale(GDP, metric('gdp'), language);
      expect(scale.ticks([0, 50000, 100000]).join(' ')).not.toMatch(/[KMkt]\b|mio|mia/);
    }
  });
});

describe('the same decimals for every number of a chart', () => {
  it('gives the smallest value two significant digits while the largest keeps four at most', () => {
    const en = displayScale(GDP, metric('gdp'), 'en');
    expect([en.number(141633.8), en.number(90131), en.number(2764.94)]).toEqual(['14.16', '9.01', '0.28']);
    const population = displayScale(POPULATION, metric('population'), 'en');
    expect([population.number(126012510), population.number(3648100)]).toEqual(['126.0', '3.6']);
  });

  it('writes a round value with its zeros: 7.0% beside 8.9%', () => {
    const shares = displayScale([8.9, 7.04], { unit: 'percent', precision: 1 }, 'en', { publishedDecimals: 1 });
    expect([shares.value(8.9), shares.value(7.04)]).toEqual(['8.9%', '7.0%']);
    expect(displayScale([8.9, 7.04], { unit: 'percent', precision: 1 }, 'da', { publishedDecimals: 1 }).value(7.04)).toBe('7,0\u00a0%');
  });

  it('never shows more decimals than the least precise figure was published with', () => {
    const intensity = displayScale([6.73, 3.2, 0.6], metric('rd-intensity'), 'en', { publishedDecimals: 1 });
    expect([intensity.value(6.73), intensity.value(3.2), intensity.value(0.6)]).toEqual(['6.7%', '3.2%', '0.6%']);
  });

  it('writes axis ticks with the decimals their step needs', () => {
    expect(displayScale(GDP, metric('gdp'), 'en').ticks([0, 50000, 100000])).toEqual(['0', '5', '10']);
    expect(displayScale([6.73, 0.6], metric('rd-intensity'), 'da').ticks([0, 2.5, 5])).toEqual(['0,0\u00a0%', '2,5\u00a0%', '5,0\u00a0%']);
    expect(displayScale(POPULATION, metric('population'), 'zh').ticks([0, 50000000, 100000000])).toEqual(['0', '5,000', '10,000']);
  });
});

describe('qualifiers travel with the figure', () => {
  it('keeps "about" and "more than" wherever a rounded figure is shown', () => {
    expect(displayScale(GDP, metric('gdp'), 'en').number(22700, 'approximate')).toBe('about 2.27');
    expect(displayScale(GDP, metric('gdp'), 'zh').value(22700, 'approximate')).toBe('约22,700亿元');
    expect(displayScale(GDP, metric('gdp'), 'da').value(22700, 'approximate')).toBe('ca. 2.270 mia. yuan');
    expect(displayScale([150], { unit: 'labs', precision: 0 }, 'en').value(150, 'more-than')).toBe('more than 150 labs');
  });
});

describe('a unit of the reader’s own data', () => {
  it('takes the magnitude words before it', () => {
    const companies = { unit: 'companies', precision: 0 };
    expect(displayScale([2400000, 310000], companies, 'en').value(2400000)).toBe('2.40 million companies');
    expect(displayScale([2400000, 310000], companies, 'zh').value(2400000)).toBe('240万companies');
    expect(displayScale([12, 3], companies, 'da').value(12)).toBe('12 companies');
    expect(displayScale([12, 3], { unit: '', precision: 0 }, 'en').value(12)).toBe('12');
  });
});

describe('edge cases', () => {
  it('counts the digits of the largest value before rounding: 9.96, not 10.0', () => {
    expect(displayScale([99632, 37114], getMetric('gdp')!, 'en').value(99632)).toBe('9.96 trillion yuan');
  });

  it('takes any text as a unit, even the name of an object property', () => {
    expect(displayScale([12], { unit: 'constructor', precision: 0 }, 'en').value(12)).toBe('12 constructor');
  });

  it('writes thousands of a unit of the reader’s own data', () => {
    const firms = displayScale([2400000, 1200000, 35000], { unit: 'companies', precision: 0 }, 'en');
    expect([firms.number(2400000), firms.number(35000), firms.unit]).toEqual(['2,400', '35', 'thousand companies']);
  });

  it('draws nothing odd for no values or only zeros', () => {
    expect(displayScale([], getMetric('population')!, 'en').value(0)).toBe('0 people');
    expect(displayScale([0, 0], getMetric('rd-intensity')!, 'da').value(0)).toBe('0\u00a0%');
  });
});
