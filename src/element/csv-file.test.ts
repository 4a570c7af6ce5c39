import { describe, expect, it } from 'vitest';
import { csvFormatRows } from 'd3-dsv';
import { csvText, noteCell, qualifierCell, tableOf } from './csv-file.js';

describe('csvText', () => {
  it('starts with a byte-order mark and ends each line with CRLF', () => {
    const text = csvText({ columns: ['Region', 'Value'], rows: [['Guangdong', 141633.8]] });
    expect(text).toBe('\ufeffRegion,Value\r\nGuangdong,141633.8\r\n');
  });

  it('quotes as d3-dsv does', () => {
    const rows = [
      ['a', 'b,c', 'say "hi"', 'two\nlines', 'plain 广东', 'København', '', 'tab\there'],
      ['x', 'semi;colon', '"', ',', 'cr\r', ' space ', 'ünïcødé', '1,234'],
    ];
    const ours = csvText({ columns: rows[0]!, rows: rows.slice(1) }).slice(1).split('\r\n').slice(0, -1);
    expect(ours.join('\n')).toBe(csvFormatRows(rows));
  });

  it('writes numbers plainly and missing ones empty', () => {
    const text = csvText({ columns: ['v'], rows: [[1234567.5], [0.001], [-2], [null], [Number.NaN]] });
    expect(text.slice(1).split('\r\n')).toEqual(['v', '1234567.5', '0.001', '-2', '', '', '']);
  });

  it('keeps a spreadsheet from running text as a formula', () => {
    const text = csvText({ columns: ['name'], rows: [['=HYPERLINK("x")'], ['+1'], ['@a'], ['-b']] });
    expect(text.slice(1).split('\r\n')).toEqual(['name', `"'=HYPERLINK(""x"")"`, "'+1", "'@a", "'-b", '']);
  });
});

describe('qualifierCell and noteCell', () => {
  it('give a qualifier in the widget’s own words, trimmed, and nothing for an exact figure', () => {
    expect([qualifierCell('approximate', 'en'), qualifierCell('approximate', 'zh'), qualifierCell('approximate', 'da')]).toEqual(['about', '约', 'ca.']);
    expect([qualifierCell('more-than', 'en'), qualifierCell('more-than', 'zh'), qualifierCell('more-than', 'da')]).toEqual(['more than', '超过', 'over']);
    expect(qualifierCell(undefined, 'en')).toBe(null);
  });

  it('keeps an optional column only where one of its cells is not empty', () => {
    const rows = [{ name: 'Anhui', qualifier: null, note: null }, { name: 'Guizhou', qualifier: 'about', note: null }];
    const columns = (withFlag: boolean) => [
      { name: 'Region', cell: (r: (typeof rows)[number]) => r.name },
      withFlag && { name: 'Flag', cell: () => 'x' },
      { name: 'Qualifier', cell: (r: (typeof rows)[number]) => r.qualifier, optional: true },
      { name: 'Note', cell: (r: (typeof rows)[number]) => r.note, optional: true },
    ];
    expect(tableOf(rows, columns(false))).toEqual({ columns: ['Region', 'Qualifier'], rows: [['Anhui', null], ['Guizhou', 'about']] });
    expect(tableOf(rows.slice(0, 1), columns(true))).toEqual({ columns: ['Region', 'Flag'], rows: [['Anhui', 'x']] });
  });

  it('join notes once each, and give nothing without any', () => {
    expect(noteCell('Rounded.', '', undefined, 'Rounded.', ' The capital. ')).toBe('Rounded. The capital.');
    expect(noteCell('', null, undefined)).toBe(null);
  });
});
