import { describe, expect, it } from 'vitest';
import { parseDataset } from './dataset.js';
import type { DatasetProblem } from './dataset-schema.js';
import { seriesFor } from './series.js';

const meta = { unit: 'labs', year: 2025, source: 'Our survey' } as const;
const errors = (problems: DatasetProblem[]) => problems.filter((p) => p.severity === 'error');

describe('parseDataset: CSV', () => {
  it('reads a long CSV with regions as codes and names in any language', () => {
    const { dataset, problems } = parseDataset('region,value\nCN-AH,12\n340000,x\n江苏,7.5\nIndre Mongoliet,3\n', 'csv', meta);
    expect(errors(problems)).toHaveLength(1);
    expect(dataset!.figures.value).toEqual({
      'CN-AH': { value: 12, sources: ['user-1'] },
      'CN-JS': { value: 7.5, sources: ['user-1'] },
      'CN-NM': { value: 3, sources: ['user-1'] },
    });
    expect(dataset!.metrics[0]).toMatchObject({ id: 'value', unit: 'labs', year: 2025, source: 'user-1', coverage: 3, precision: 1 });
    expect(dataset!.sources).toEqual([{ id: 'user-1', publisher: 'Our survey', title: 'Our survey' }]);
  });

  it('takes the precision from the most decimals written, also for tiny numbers', () => {
    const { dataset } = parseDataset('region,value\nCN-AH,0.0000001\nCN-JS,2.25\n', 'csv', meta);
    expect(dataset!.metrics[0]!.precision).toBe(7);
  });

  it('reads a long CSV with metric, unit, year, source and note columns', () => {
    const csv = 'region,metric,value,unit,year,source,note\nAnhui,labs,4,labs,2025,Survey A,first count\nAnhui,beds,90,beds,2024,Survey B,\nHenan,labs,2,labs,2025,,\n';
    const { dataset, problems } = parseDataset(csv, 'csv');
    // Henan's row names no source: it is not credited to Anhui's (issue 15).
    expect(problems.map((p) => [p.severity, p.message])).toEqual([
      ['warning', 'Metric "labs": 1 figure(s) have no source; figures without one are not shown as fact.'],
    ]);
    expect(dataset!.metrics.map((m) => [m.id, m.unit, m.year, m.source])).toEqual([
      ['labs', 'labs', 2025, undefined],
      ['beds', 'beds', 2024, 'user-2'],
    ]);
    expect(dataset!.figures.labs['CN-AH']).toEqual({ value: 4, sources: ['user-1'], note: 'first count' });
    expect(dataset!.figures.labs['CN-HA']).toEqual({ value: 2, sources: [] });
  });

  it('reads a wide CSV, one column per metric, with a BOM and CRLF line ends', () => {
    const { dataset, problems } = parseDataset('\uFEFFRegion,Labs,Beds\r\nCN-AH,1,10\r\nCN-BJ,,20\r\n', 'csv', meta);
    expect(problems).toEqual([]);
    expect(dataset!.metrics.map((m) => m.id)).toEqual(['Labs', 'Beds']);
    expect(dataset!.figures.Labs).toEqual({ 'CN-AH': { value: 1, sources: ['user-1'] } });
    expect(dataset!.figures.Beds['CN-BJ']!.value).toBe(20);
  });

  it('treats empty cells, NA and dashes as no data, not as zero', () => {
    const { dataset, problems } = parseDataset('region,value\nCN-AH,\nCN-BJ,NA\nCN-TJ,-\nCN-HE,0\n', 'csv', meta);
    expect(problems).toEqual([]);
    expect(Object.keys(dataset!.figures.value)).toEqual(['CN-HE']);
    expect(seriesFor('value', dataset!)!.entries.find((e) => e.region === 'CN-AH')!.figure).toBeNull();
  });

  it('reports an unknown region with a suggestion, and a context region', () => {
    const { problems } = parseDataset('region,value\nAnhiu,1\nAtlantis,2\nHong Kong,3\nCN-AH,4\n', 'csv', meta);
    expect(problems).toEqual([
      {
        severity: 'error', line: 2, code: 'unknown-region', column: 'region', value: 'Anhiu',
        expected: 'an ISO code (CN-AH), a GB code (340000) or a region name',
        message: 'Line 2: unknown region "Anhiu"; did you mean Anhui (CN-AH)?', suggestion: 'CN-AH',
      },
      {
        severity: 'error', line: 3, code: 'unknown-region', column: 'region', value: 'Atlantis',
        expected: 'an ISO code (CN-AH), a GB code (340000) or a region name',
        message: 'Line 3: unknown region "Atlantis".',
      },
      {
        severity: 'error', line: 4, code: 'context-region', column: 'region', value: 'Hong Kong',
        expected: 'one of the 31 mainland regions',
        message: 'Line 4: Hong Kong is not one of the 31 mainland regions; it is drawn as context, without data.',
      },
    ]);
  });

  it('reads traditional characters and tone marks, and takes no spelling of Hong Kong, Macao or Taiwan for a region', () => {
    const { dataset, problems } = parseDataset('region,value\n廣東,1\nShǎnxī,2\nShanxi,3\nHK,4\n臺灣,5\nMacua,6\n', 'csv', meta);
    expect(Object.keys(dataset!.figures.value)).toEqual(['CN-GD', 'CN-SN', 'CN-SX']);
    expect(problems.map((p) => [p.code, p.value, p.suggestion])).toEqual([
      ['context-region', 'HK', undefined],
      ['context-region', '臺灣', undefined],
      ['unknown-region', 'Macua', undefined],
    ]);
    expect(problems[1].message).toBe('Line 6: Taiwan is not one of the 31 mainland regions; it is drawn as context, without data.');
  });

  it('reports duplicates and keeps the first value', () => {
    const { dataset, problems } = parseDataset('region,value\nAnhui,1\nCN-AH,2\n', 'csv', meta);
    expect(problems).toEqual([
      {
        severity: 'error', line: 3, code: 'duplicate-region', column: 'region', value: 'CN-AH',
        expected: 'each region once per metric',
        message: 'Line 3: Anhui appears again in "value" (first on line 2); the first value is kept.',
      },
    ]);
    expect(dataset!.figures.value['CN-AH']!.value).toBe(1);
  });

  // Thousands separators are read since issue 15 ('1.234,5' is 1234.5; '1,234' alone is
  // ambiguous: see test/fixtures/user-data/).
  it.each(['12%', '12 labs', 'twelve', 'Infinity', '1,2,3'])('reports %j as not a number', (value) => {
    const { problems } = parseDataset(`region,value\nCN-AH,"${value}"\nCN-BJ,1\n`, 'csv', meta);
    expect(problems).toEqual([
      {
        severity: 'error', line: 2, code: 'not-a-number', column: 'value', value,
        expected: 'a number such as 1234.5, 1,234.5 or 1.234,5 (no units or %)',
        message: `Line 2: "${value}" for Anhui is not a number.`,
      },
    ]);
  });

  it('reports "1,234" alone as ambiguous, and reads it as the column or the decimal option says', () => {
    const alone = parseDataset('region,value\nCN-AH,"1,234"\nCN-BJ,1\n', 'csv', meta);
    expect(alone.problems).toEqual([
      {
        severity: 'error', line: 2, code: 'ambiguous-number', column: 'value', value: '1,234',
        expected: 'the decimal option: "." or ","',
        message: 'Line 2: "1,234" for Anhui could be 1234 or 1.234; column "value" does not tell the decimal mark. Set decimal="." or ",".',
      },
    ]);
    expect(parseDataset('region,value\nCN-AH,"1,234"\nCN-BJ,"1.234,5"\n', 'csv', meta).dataset!.figures.value).toEqual({
      'CN-AH': { value: 1.234, sources: ['user-1'] },
      'CN-BJ': { value: 1234.5, sources: ['user-1'] },
    });
    expect(parseDataset('region,value\nCN-AH,"1,234"\n', 'csv', meta, { decimal: '.' }).dataset!.figures.value['CN-AH']!.value).toBe(1234);
  });

  it('accepts signs and exponents', () => {
    const { dataset } = parseDataset('region,value\nCN-AH,-1.5\nCN-BJ,+2\nCN-TJ,1e3\n', 'csv', meta);
    expect(Object.values(dataset!.figures.value).map((f) => f!.value)).toEqual([-1.5, 2, 1000]);
  });

  it('reports mixed units and mixed years instead of combining them', () => {
    const { dataset, problems } = parseDataset('region,value,unit,year\nCN-AH,1,labs,2025\nCN-BJ,2,beds,2025\nCN-TJ,3,labs,2024\n', 'csv', { source: 'x' });
    expect(errors(problems).map((p) => p.message)).toEqual([
      'Line 3: unit "beds" differs from "labs" on line 2 in "value"; values in different units cannot be compared.',
      'Line 4: year 2024 differs from 2025 on line 2 in "value".',
    ]);
    expect(Object.keys(dataset!.figures.value)).toEqual(['CN-AH']);
  });

  it('warns about a metric without unit, year or source', () => {
    const { dataset, problems } = parseDataset('region,value\nCN-AH,1\n', 'csv');
    expect(dataset).not.toBeNull();
    expect(problems.map((p) => [p.severity, p.code, p.message])).toEqual([
      ['warning', 'missing-metadata', 'Metric "value" has no unit; figures without one are not shown as fact.'],
      ['warning', 'missing-metadata', 'Metric "value" has no year; figures without one are not shown as fact.'],
      ['warning', 'missing-metadata', 'Metric "value" has no source; figures without one are not shown as fact.'],
    ]);
  });

  it('fails on a CSV without a region column, without values, or empty', () => {
    expect(parseDataset('place,value\nAnhui,1\n', 'csv').problems[0].message).toBe(
      'The CSV header (read as separated by ",") has no region column; expected one named region, id, iso, code, province, name, 地区, 省份, 省, provins.',
    );
    expect(parseDataset('region\nAnhui\n', 'csv').problems[0].message).toBe('The CSV header has no value column and no metric columns.');
    expect(parseDataset('', 'csv')).toEqual({
      dataset: null,
      problems: [{ code: 'empty', severity: 'error', expected: 'some data', message: 'The dataset is empty.' }],
    });
    const nothing = parseDataset('region,value\nAtlantis,1\n', 'csv', meta);
    expect(nothing.dataset).toBeNull();
    expect(nothing.problems.map((p) => p.code)).toEqual(['unknown-region', 'empty']);
  });

  it('copes with 10,000 rows, reporting every duplicate', () => {
    const lines = ['region,value', ...Array.from({ length: 10_000 }, (_, i) => `CN-AH,${i}`)];
    const { dataset, problems } = parseDataset(lines.join('\n'), 'csv', meta);
    expect(dataset!.figures.value['CN-AH']!.value).toBe(0);
    expect(problems.filter((p) => p.code === 'duplicate-region')).toHaveLength(9_999);
  });
});

describe('parseDataset: JSON', () => {
  it('reads the documented schema', () => {
    const json = JSON.stringify({
      metrics: [{ id: 'labs', label: { en: 'Labs', zh: '实验室', da: 'Laboratorier' }, unit: 'labs', year: 2025, source: { publisher: 'Us', title: 'Lab survey', url: 'https://example.org' }, aggregate: 'sum' }],
      values: [{ region: 'Anhui', value: 4 }, { region: 'CN-BJ', value: '5', note: 'estimate' }],
    });
    const { dataset, problems } = parseDataset(json, 'json');
    expect(problems).toEqual([]);
    expect(dataset!.metrics[0]).toMatchObject({ id: 'labs', label: { zh: '实验室' }, aggregate: 'sum', source: 'user-1' });
    expect(dataset!.sources[0]).toEqual({ id: 'user-1', publisher: 'Us', title: 'Lab survey', url: 'https://example.org' });
    expect(dataset!.figures.labs['CN-BJ']).toEqual({ value: 5, sources: ['user-1'], note: 'estimate' });
    expect(seriesFor('labs', dataset!)!.entries.find((e) => e.region === 'CN-BJ')!.rank).toBe(1);
  });

  it('reads an array of rows', () => {
    const { dataset } = parseDataset('[{"region":"CN-AH","value":1},{"region":"安徽省","value":2}]', 'json', meta);
    expect(dataset!.figures.value['CN-AH']!.value).toBe(1);
  });

  it('reports values of undeclared metrics, non-numbers and bad shapes', () => {
    const json = JSON.stringify({
      metrics: [{ id: 'a', unit: 'u', year: 2020, source: 's' }, { id: 'b', unit: 'u', year: 2020, source: 's' }],
      values: [{ region: 'CN-AH', metric: 'c', value: 1 }, { region: 'CN-AH', metric: 'a', value: true }, { region: null, metric: 'a', value: 1 }, null, { region: 'CN-AH', metric: 'b', value: 2 }],
    });
    const { problems } = parseDataset(json, 'json');
    expect(problems.map((p) => p.message)).toEqual([
      'Line 1: metric "c" is not declared in "metrics".',
      'Line 2: "true" for Anhui is not a number.',
      'Line 3: unknown region "null".',
      'Line 4: metric "value" is not declared in "metrics".',
    ]);
  });

  it('fails on malformed JSON and on the wrong shape', () => {
    expect(parseDataset('{"values": [', 'json').problems[0].message).toMatch(/^The dataset is not valid JSON: /);
    expect(parseDataset('{"rows": []}', 'json').problems[0].message).toBe('The JSON dataset has neither a "values" array nor is it an array of rows.');
  });
});

describe('parseDataset: the data property and CSV agree', () => {
  it('gives the same figures and problems for the same values (a CSV line is its JSON item plus the header)', () => {
    const rows: [string, string][] = [
      ['Beijing', '21,893,095'], ['Tibet', '3,648'], ['Shǎnxī', '39528999'], ['Hebei', 'NaN'], ['Tianjin', 'Infinity'],
      ['Anhiu', '1'], ['Hong Kong', '2'], ['Shanxi', '12%'], ['Jiangsu', ''], ['Zhejiang', 'NA'], ['CN-BJ', '5'],
    ];
    const csv = parseDataset(['region,value', ...rows.map(([r, v]) => `${r},"${v}"`)].join('\n'), 'csv', meta);
    const json = parseDataset(JSON.stringify(rows.map(([region, value]) => ({ region, value }))), 'json', meta);
    expect(json.dataset).toEqual(csv.dataset);
    expect(csv.dataset!.figures.value).toEqual({
      'CN-BJ': { value: 21893095, sources: ['user-1'] },
      'CN-XZ': { value: 3648, sources: ['user-1'] },
      'CN-SN': { value: 39528999, sources: ['user-1'] },
    });
    const withoutLine = ({ line, message, ...rest }: DatasetProblem) => ({ ...rest, message: message.replace(/line \d+/gi, 'line') });
    expect(json.problems.map(withoutLine)).toEqual(csv.problems.map(withoutLine));
    expect(csv.problems.map((p) => [p.line, p.code, p.value])).toEqual([
      [5, 'not-a-number', 'NaN'], [6, 'not-a-number', 'Infinity'], [7, 'unknown-region', 'Anhiu'], [8, 'context-region', 'Hong Kong'],
      [9, 'not-a-number', '12%'], [12, 'duplicate-region', 'CN-BJ'],
    ]);
    expect(json.problems.map((p) => p.line)).toEqual([4, 5, 6, 7, 8, 11]);
  });
});
