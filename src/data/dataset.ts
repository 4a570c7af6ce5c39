/**
 * Reading a user's own data (JSON or CSV) into the same shape as the bundled data, with
 * every problem reported: unknown or duplicate regions, non-numbers and mixed units are never
 * dropped silently or guessed. DOM-free. The schema is described in dataset-schema.ts.
 */
import type { Dataset, DatasetDefaults, DatasetFormat, DatasetOptions, DatasetProblem } from './dataset-schema.js';
import { buildDataset } from './dataset-rows.js';
import { readCsv } from './read-csv.js';
import { readJson } from './read-json.js';

/**
 * Parses a user's dataset. `defaults` fill in the metadata the file leaves out (the file's own
 * unit, year and sources win); `options.decimal` says how to read `3.648` where the file cannot.
 *
 * @returns the dataset (`null` when nothing usable was found) and every problem found.
 * @example
 * const { dataset, problems } = parseDataset('region,value\nAnhui,12\nAnhiu,3', 'csv', { unit: 'labs', year: 2025, source: 'Our survey' });
 * problems[0].suggestion // 'CN-AH'
 */
export function parseDataset(
  text: string,
  format: DatasetFormat,
  defaults: DatasetDefaults = {},
  options: DatasetOptions = {},
): { dataset: Dataset | null; problems: DatasetProblem[] } {
  const problems: DatasetProblem[] = [];
  if (typeof text !== 'string' || !text.trim()) {
    problems.push({ code: 'empty', severity: 'error', expected: 'some data', message: 'The dataset is empty.' });
    return { dataset: null, problems };
  }
  const read = format === 'json' ? readJson(text, problems) : { declarations: [], ...readCsv(text, problems) };
  if (!read?.rows) return { dataset: null, problems };
  return { dataset: buildDataset(read.rows, read.declarations, defaults, options, problems), problems };
}
