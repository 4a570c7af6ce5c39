// Every bundled figure, as the public API gives it, against data/series.csv read here on its
// own: the generated module and its readers change nothing that the data files say.
import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { metrics, seriesFor } from './index.js';
import { REGION_IDS } from './types.js';

const rows = csvParse(readFileSync(new URL('../../data/series.csv', import.meta.url), 'utf8'));
const rowOf = (metric: string, region: string) => rows.find((row) => row.metric === metric && row.region === region);

/** A figure as its CSV row says: the value, its decimals where the number loses them ("57761.0"), one source, qualifier and note where given. */
function expected(row: Record<string, string | undefined>) {
  const written = row.value!.split('.')[1]?.length ?? 0;
  const value = Number(row.value);
  const kept = String(value).split('.')[1]?.length ?? 0;
  return {
    value,
    ...(written === kept ? {} : { decimals: written }),
    sources: [row.source],
    ...(row.qualifier ? { qualifier: row.qualifier } : {}),
    ...(row.note ? { note: { en: row.note, zh: row.note_zh, da: row.note_da } } : {}),
  };
}

describe('the bundled figures against data/series.csv', () => {
  it('has a row for some figures of every entered metric', () => {
    const entered = metrics.filter((m) => !m.derivedFrom).map((m) => m.id);
    expect([...new Set(rows.map((row) => row.metric))].sort()).toEqual(entered.sort());
  });

  it.each(metrics.filter((m) => !m.derivedFrom).map((m) => m.id))('%s: every region as its row says, and no figure without one', (metric) => {
    const series = seriesFor(metric)!;
    for (const region of REGION_IDS) {
      const row = rowOf(metric, region);
      const figure = series.entries.find((e) => e.region === region)!.figure;
      if (row) expect(figure, `${metric} ${region}`).toStrictEqual(expected(row));
      else expect(figure, `${metric} ${region}`).toBeNull();
    }
  });

  it('derives density from the population and area rows, citing both', () => {
    const density = seriesFor('density')!;
    for (const region of REGION_IDS) {
      const population = rowOf('population', region)!;
      const area = rowOf('area', region)!;
      expect(density.entries.find((e) => e.region === region)!.figure, region).toStrictEqual({
        value: Number(population.value) / Number(area.value),
        sources: [population.source, area.source],
      });
    }
  });
});
