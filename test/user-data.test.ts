/**
 * Files as newsrooms export them (test/fixtures/user-data/, listed in cases.json with the
 * figures and problems expected, written by hand), read by parseDataset in Node. The same
 * files go through the widgets in user-data.browser.test.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../src/data/dataset.js';
import type { DatasetDefaults, DatasetProblem } from '../src/data/dataset-schema.js';
import type { DecimalMark } from '../src/data/numbers.js';

interface Case {
  readonly file: string;
  readonly about: string;
  readonly format: 'csv' | 'json';
  readonly decimal?: DecimalMark;
  /** Absent: the defaults a page typically passes (below). */
  readonly defaults?: DatasetDefaults;
  /** Every figure of every metric, by region; absent when the file is refused. */
  readonly figures?: Record<string, Record<string, number | { value: number; note: string }>>;
  readonly meta?: Record<string, { unit: string; year: number }>;
  /** The source credited to each figure, by its text; `null` for none. */
  readonly sources?: Record<string, Record<string, string | null>>;
  /** Every problem in order; `severity` is `error` unless given. */
  readonly problems: readonly (Partial<DatasetProblem> & { code: DatasetProblem['code'] })[];
}

const dir = new URL('./fixtures/user-data/', import.meta.url);
const cases = JSON.parse(readFileSync(new URL('cases.json', dir), 'utf8')) as Case[];
const PAGE_DEFAULTS: DatasetDefaults = { unit: 'test unit', year: 2020, source: 'Newsroom sheet' };

describe('files as newsrooms export them', () => {
  it('has at least 40 of them', () => expect(cases.length).toBeGreaterThanOrEqual(40));

  it.each(cases.map((c) => [c.file, c] as const))('%s', (_file, c) => {
    const text = readFileSync(new URL(c.file, dir), 'utf8');
    const { dataset, problems } = parseDataset(text, c.format, c.defaults ?? PAGE_DEFAULTS, { decimal: c.decimal });
    const expected = c.problems.map((p) => ({ severity: 'error', ...p }));
    // Each problem as the manifest writes it: the fields it names, and always a message.
    expect(problems.map((p, i) => Object.fromEntries(Object.keys(expected[i] ?? p).map((k) => [k, p[k as keyof DatasetProblem]]))), c.about).toEqual(expected);
    for (const p of problems) expect(p.message).toMatch(p.line ? new RegExp(`^Line ${p.line}: |^The (CSV )?header`) : /\S/);
    if (!c.figures) {
      expect(dataset, c.about).toBeNull();
      return;
    }
    const figures = Object.fromEntries(
      Object.entries(dataset!.figures).map(([metric, byRegion]) => [
        metric,
        Object.fromEntries(Object.entries(byRegion).map(([region, f]) => [region, f!.note === undefined ? f!.value : { value: f!.value, note: f!.note }])),
      ]),
    );
    expect(figures, c.about).toEqual(c.figures);
    for (const [id, meta] of Object.entries(c.meta ?? {})) {
      expect(dataset!.metrics.find((m) => m.id === id), c.about).toMatchObject(meta);
    }
    for (const [id, byRegion] of Object.entries(c.sources ?? {})) {
      const cited = Object.fromEntries(
        Object.keys(byRegion).map((region) => {
          const sourceId = (dataset!.figures[id] as Record<string, { sources: readonly string[] }>)[region].sources[0];
          return [region, sourceId === undefined ? null : dataset!.sources.find((s) => s.id === sourceId)!.publisher];
        }),
      );
      expect(cited, c.about).toEqual(byRegion);
    }
  });

  it('reads a wide file of 5,000 metric columns in linear time', () => {
    const header = `region,${Array.from({ length: 5000 }, (_, i) => `m${i}`).join(',')}`;
    const rows = ['Anhui', 'Jiangsu', 'Zhejiang'].map((r, k) => `${r},${Array.from({ length: 5000 }, (_, i) => i + k).join(',')}`);
    const started = performance.now();
    const { dataset, problems } = parseDataset([header, ...rows].join('\n'), 'csv', PAGE_DEFAULTS);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(problems).toEqual([]);
    expect(dataset!.metrics).toHaveLength(5000);
    expect(dataset!.figures.m4999).toEqual({ 'CN-AH': { value: 4999, sources: ['user-1'] }, 'CN-JS': { value: 5000, sources: ['user-1'] }, 'CN-ZJ': { value: 5001, sources: ['user-1'] } });
  });
});
