/**
 * The types of a user's own data: the forms it comes in, the dataset it is read into, and the
 * problems reading reports. DOM-free.
 *
 * ## Schema
 * CSV, long: `region,value` with optional `metric`, `unit`, `year`, `source`, `note` columns.
 * CSV, wide: `region,metricA,metricB` (one column per metric), with optional `unit`, `year`,
 * `source`, `note` columns for every figure of the row.
 * JSON: `{ "metrics": [{ "id", "label", "unit", "year", "source", "aggregate", "higherIsMore" }],
 * "values": [{ "region", "metric", "value", "note" }] }`, or an array of long rows.
 * CSV may be separated by commas, semicolons or tabs, with column names in English, Chinese or
 * Danish. Regions are ISO codes, GB codes or names in English, Chinese or Danish. Values are
 * numbers as spreadsheets write them (`1234.5`, `1,234.5`, `1.234,5`, `1 234,5`; see
 * numbers.ts); an empty cell, `NA` or `-` means no data.
 */
import type { DecimalMark } from './numbers.js';
import type { MetricData } from './series.js';
import type { Aggregation, Localized, RegionId, Source } from './types.js';

export type DatasetFormat = 'json' | 'csv';

export type DatasetProblemCode =
  | 'malformed'
  | 'unclosed-quote'
  | 'text-after-quote'
  | 'ambiguous-delimiter'
  | 'empty'
  | 'missing-column'
  | 'duplicate-column'
  | 'unused-column'
  | 'extra-cells'
  | 'unknown-region'
  | 'context-region'
  | 'duplicate-region'
  | 'not-a-number'
  | 'ambiguous-number'
  | 'mixed-units'
  | 'mixed-years'
  | 'unknown-metric'
  | 'missing-metadata';

export interface DatasetProblem {
  readonly code: DatasetProblemCode;
  /** `error`: the value or the whole dataset was not used. `warning`: used, but incomplete. */
  readonly severity: 'error' | 'warning';
  /** CSV line (the header is line 1), or the item number in a JSON list (from 1). */
  readonly line?: number;
  readonly column?: string;
  /** The offending value as given. */
  readonly value?: string;
  /** What was expected instead. */
  readonly expected: string;
  /** The whole problem in one English sentence, for the console. */
  readonly message: string;
  /** For a near-miss region name: the region probably meant ("did you mean"). */
  readonly suggestion?: RegionId;
}

/** A user's dataset: metrics, their figures, and the sources the user named. */
export interface Dataset extends MetricData {
  readonly sources: readonly Source[];
}

/** Metadata for metrics whose file does not carry it (wide CSV, or long CSV without those columns). */
export interface DatasetDefaults {
  readonly label?: string | Localized;
  readonly unit?: string;
  readonly year?: number;
  /** Publisher and title in one line, or a full source. */
  readonly source?: string | Omit<Source, 'id'>;
  readonly aggregate?: Aggregation;
  readonly higherIsMore?: boolean;
}

/** How to read the file where the file alone cannot tell. */
export interface DatasetOptions {
  /**
   * The decimal mark of the figures: `.` (`1,234.5`) or `,` (`1.234,5`, as Danish or German
   * settings write). Without it a column's own figures decide, and a figure such as `3.648`
   * in a column where none does is reported, not guessed.
   */
  readonly decimal?: DecimalMark;
}

/** A row as read from CSV or JSON, before the row rules: values still as given. */
export interface RawRow {
  readonly line: number;
  readonly region: unknown;
  readonly metric: string;
  readonly value: unknown;
  /** The column (CSV) or field (JSON) the value is in: figures in one column share a decimal mark. */
  readonly column: string;
  readonly unit?: unknown;
  readonly year?: unknown;
  readonly source?: unknown;
  readonly note?: unknown;
}

/** A metric of your data as the JSON form declares it, with its metadata. */
export interface DatasetMetric extends DatasetDefaults {
  readonly id: string;
}

/** One figure of your data, a row of the long form. An empty `value`, `NA` or `-` means no data. */
export interface DatasetRow {
  /** ISO code, GB code, or a name in English, Chinese or Danish. */
  readonly region: string;
  readonly value: number | string | null;
  /** The metric's id; may be left out when the data has one metric. */
  readonly metric?: string;
  readonly unit?: string;
  readonly year?: number | string;
  readonly source?: string;
  readonly note?: string;
}

/** Your data in the JSON form: metrics with their metadata, and the values. */
export interface DatasetJson {
  readonly metrics?: readonly DatasetMetric[];
  readonly values: readonly DatasetRow[];
}

/** What a widget's `data` property takes: the JSON form, an array of long rows, a dataset from {@link parseDataset}, or a CSV or JSON file's text. */
export type DatasetInput = DatasetJson | readonly DatasetRow[] | Dataset | string;
