import { describe, expect, it } from 'vitest';
import { parseDataset } from '../data/dataset.js';
import { skippedRows } from './skipped-rows.js';

const meta = { unit: 'labs', year: 2025, source: 'Our survey' };

describe('skippedRows', () => {
  const { problems } = parseDataset('region,value\nAnhiu,1\nBeijing,12%\nBeijing,2\nTianjin,3\nTianjin,4,x\n', 'csv', meta);

  it('counts the rows left out and gives each one’s line and reason, in the reader’s language', () => {
    expect(skippedRows(problems, 'en', 'line')).toEqual({
      summary: 'Rows of the data not shown in full: 3.',
      details: ['Line 2: There is no region “Anhiu”. Did you mean Anhui?', 'Line 3: “12%” in “value” is not a number', 'Line 6: it has more cells than the header has columns'],
    });
    expect(skippedRows(problems, 'zh', 'line')!.details[0]).toBe('第2行：没有名为“Anhiu”的地区。您是指安徽吗？');
    expect(skippedRows(problems, 'da', 'line')!.summary).toBe('Rækker i data, der ikke vises fuldt ud: 3.');
  });

  it('numbers JSON items, and says nothing when every row was used or only metadata is missing', () => {
    const json = parseDataset('[{"region":"Beijing","value":1},{"region":"Beijing","value":2}]', 'json', meta);
    expect(skippedRows(json.problems, 'en', 'item')!.details).toEqual(['Item 2: “Beijing” appears twice; the first figure is shown']);
    expect(skippedRows(parseDataset('region,value\nAnhui,1\n', 'csv').problems, 'en', 'line')).toBeNull();
  });
});
