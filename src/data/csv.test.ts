import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv.js';

describe('parseCsv', () => {
  it('keys rows by the header, keeping quoted commas and empty cells', () => {
    const rows = parseCsv('region,value,note\nCN-AH,"1,234",\n"Inner Mongolia",5,"said ""hi"""\n');
    expect(rows.columns).toEqual(['region', 'value', 'note']);
    expect([...rows]).toEqual([
      { region: 'CN-AH', value: '1,234', note: '' },
      { region: 'Inner Mongolia', value: '5', note: 'said "hi"' },
    ]);
  });

  it('fills missing cells with empty text and reads an empty file as no rows', () => {
    expect([...parseCsv('a,b\n1\n')]).toEqual([{ a: '1', b: '' }]);
    const empty = parseCsv('');
    expect([...empty]).toEqual([]);
    expect(empty.columns).toEqual([]);
  });
});
