/**
 * The note a widget shows under figures drawn from a reader's data that was not used in full:
 * how many rows, and each row's problem in the reader's language, for the editor (and read
 * as published copy). DOM-free.
 */
import type { DatasetProblem } from '../data/dataset-schema.js';
import type { Language } from '../i18n/language.js';
import { message, type MessageKey } from '../i18n/messages.js';
import { getRegion } from '../data/lookup.js';
import { quote } from './problem.js';

const REASONS: Readonly<Partial<Record<DatasetProblem['code'], MessageKey>>> = {
  'unknown-region': 'problem.unknownRegion',
  'context-region': 'skip.contextRegion',
  'duplicate-region': 'skip.duplicateRegion',
  'not-a-number': 'skip.notANumber',
  'ambiguous-number': 'skip.ambiguousNumber',
  'mixed-units': 'skip.mixedUnits',
  'mixed-years': 'skip.mixedYears',
  'unknown-metric': 'skip.unknownMetric',
  'extra-cells': 'skip.extraCells',
};

/** The note on rows not used in full, or `null` when every row was. */
export interface SkippedRows {
  /** "Rows of the data not shown in full: 3." */
  readonly summary: string;
  /** One line per problem: "Line 4: there is no region “Atlantis”". */
  readonly details: readonly string[];
}

/**
 * The note on the rows of a reader's data that could not be used (its errors; warnings such as
 * a missing unit are said where the figure is shown, and a JSON metric declared without an id
 * only in the console).
 *
 * @param lines `line` for a CSV (the header is line 1), `item` for a JSON list.
 */
export function skippedRows(problems: readonly DatasetProblem[], language: Language, lines: 'line' | 'item'): SkippedRows | null {
  // In line order: a row with cells under no column is found before the row rules run.
  const skipped = problems.filter((p) => p.severity === 'error' && p.line !== undefined && p.code in REASONS).sort((a, b) => a.line! - b.line!);
  if (!skipped.length) return null;
  const details = skipped.map((p) => {
    const suggestion = p.suggestion && getRegion(p.suggestion)?.name[language];
    const key = suggestion ? 'problem.unknownRegionSuggest' : REASONS[p.code]!;
    const reason = message(language, key, { value: quote(p.value ?? ''), column: quote(p.column ?? ''), suggestion: suggestion || '' });
    return message(language, lines === 'line' ? 'skip.line' : 'skip.item', { line: p.line!, reason });
  });
  return { summary: message(language, 'data.rowsSkipped', { count: new Set(skipped.map((p) => p.line)).size }), details };
}
