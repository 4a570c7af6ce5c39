import { describe, expect, it } from 'vitest';
import { propertyText } from './data-property.js';

describe('propertyText', () => {
  it('reads a plain object as JSON, with NaN and Infinity as text', () => {
    expect(propertyText([{ region: 'Anhui', value: NaN }, { region: 'Jiangsu', value: 2 }])).toEqual({
      text: '[{"region":"Anhui","value":"NaN"},{"region":"Jiangsu","value":2}]',
    });
  });

  it('names a cycle', () => {
    const values: Record<string, unknown>[] = [{ region: 'Anhui', value: 1 }];
    values[0].self = values;
    expect(propertyText({ values })).toMatchObject({ reason: 'reason.cycle' });
  });

  it('names a BigInt and where it is', () => {
    expect(propertyText({ values: [{ region: 'Anhui', value: 12n }] })).toEqual({
      reason: 'reason.bigint',
      detail: 'a BigInt, 12n in "value"',
    });
  });

  it('names a getter that throws, with its error', () => {
    const row = { region: 'Anhui', get value(): number { throw new RangeError('not loaded yet'); } };
    expect(propertyText({ values: [row] })).toEqual({ reason: 'reason.unreadable', detail: 'RangeError: not loaded yet' });
  });
});
