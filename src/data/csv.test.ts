import { describe, expect, it } from 'vitest';
import { splitCsv } from './csv.js';

describe('splitCsv', () => {
  it('keeps quoted delimiters, doubled quotes and line breaks, and gives each row the line it starts on', () => {
    expect(splitCsv('region,value,note\nCN-AH,"1,234",\n"Inner Mongolia",5,"said ""hi""\ntwice"\nCN-BJ,1,\n')).toEqual({
      delimiter: ',',
      rows: [
        { line: 1, cells: ['region', 'value', 'note'] },
        { line: 2, cells: ['CN-AH', '1,234', ''] },
        { line: 3, cells: ['Inner Mongolia', '5', 'said "hi"\ntwice'] },
        { line: 5, cells: ['CN-BJ', '1', ''] },
      ],
    });
  });

  it('finds semicolons and tabs, reads sep= lines, BOM and CRLF, and leaves out blank lines', () => {
    expect(splitCsv('\uFEFFregion;value\r\nAnhui;1,5\r\n;\r\n\r\n')).toEqual({ delimiter: ';', rows: [{ line: 1, cells: ['region', 'value'] }, { line: 2, cells: ['Anhui', '1,5'] }] });
    expect(splitCsv('region\tvalue\nAnhui\t"1,5"\n')).toEqual({ delimiter: '\t', rows: [{ line: 1, cells: ['region', 'value'] }, { line: 2, cells: ['Anhui', '1,5'] }] });
    expect(splitCsv('sep=;\nregion;value,x\nAnhui;1\n')).toEqual({ delimiter: ';', rows: [{ line: 2, cells: ['region', 'value,x'] }, { line: 3, cells: ['Anhui', '1'] }] });
    expect(splitCsv('')).toEqual({ delimiter: ',', rows: [] });
    expect(splitCsv('\r\n\r\nregion;value\r\nAnhui;1,5\r\n')).toEqual({ delimiter: ';', rows: [{ line: 3, cells: ['region', 'value'] }, { line: 4, cells: ['Anhui', '1,5'] }] });
  });

  it('reports a quote never closed where it opens, text after a closing quote, and a header with two delimiters', () => {
    expect(splitCsv('region,value\nAnhui,"12\nBeijing,13\n')).toEqual({ error: 'unclosed-quote', line: 2 });
    expect(splitCsv('region,value\nAnhui,"12"3\n')).toEqual({ error: 'text-after-quote', line: 2 });
    expect(splitCsv('region,value;unit\nAnhui,1;x\n')).toEqual({ error: 'ambiguous-delimiter', line: 1 });
  });

  it('is linear: a 5,000-column row and 100,000 lines split in well under a second', () => {
    const wide = `region,${Array.from({ length: 5000 }, (_, i) => `m${i}`).join(',')}\n`.repeat(40);
    const long = 'region,value\n' + 'CN-AH,"1,234"\n'.repeat(100_000);
    const started = performance.now();
    const a = splitCsv(wide);
    const b = splitCsv(long);
    expect(performance.now() - started).toBeLessThan(1000);
    expect('rows' in a && a.rows[39].cells.length).toBe(5001);
    expect('rows' in b && b.rows.length).toBe(100_001);
  });
});
