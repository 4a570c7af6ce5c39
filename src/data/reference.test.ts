// Checks the bundle against the project's shared reference material, which CI and developers
// have at ../shared: every figure as in the checked reference table (an empty cell stays
// empty), and every numeric claim as in the article's fact list.
import { existsSync, readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { claims, regions, seriesFor } from './index.js';

const SHARED = new URL('../../../shared/', import.meta.url);
const referenceCsv = new URL('reference/provinces.csv', SHARED);
const factsMd = new URL('seed/facts.md', SHARED);

// Outside CI a checkout without ../shared skips these checks; CI always has it, so there a
// missing reference is a failure, never a silent skip.
describe.runIf(process.env.CI)('shared reference material in CI', () => {
  it.each([referenceCsv, factsMd])('%s exists', (file) => {
    expect(existsSync(file), `${file.pathname} is missing: CI must run with shared/ beside the project`).toBe(true);
  });
});

describe.skipIf(!existsSync(referenceCsv))('bundle against ../shared/reference/provinces.csv', () => {
  const reference = existsSync(referenceCsv) ? csvParse(readFileSync(referenceCsv, 'utf8')) : [];
  const columns: Record<string, string> = {
    population: 'pop_census_2020',
    area: 'area_km2',
    gdp: 'gdp_2024_cny_100m',
    'gdp-growth': 'gdp_2024_real_growth_pct',
    'rd-intensity': 'rd_intensity_2023_pct',
    'rd-expenditure': 'rd_expenditure_2023_cny_100m',
  };

  it.each(Object.entries(columns))('%s: every figure as in the reference, and none where it is empty', (metric, column) => {
    const series = seriesFor(metric)!;
    for (const row of reference) {
      const entry = series.entries.find((e) => e.region === row.iso)!;
      if (row[column]) expect(entry.figure?.value, `${row.iso} ${metric}`).toBe(Number(row[column]));
      else expect(entry.figure, `${row.iso} ${metric}`).toBeNull();
    }
  });

  it('names, codes, types, capitals and macro-regions as in the reference', () => {
    expect(reference).toHaveLength(31);
    for (const row of reference) {
      const region = regions.find((r) => r.id === row.iso)!;
      expect(region.gb).toBe(row.gb);
      expect(region.name.en).toBe(row.name_en);
      expect(region.name.zh).toBe(row.name_zh_short);
      expect(region.nameZhFull).toBe(row.name_zh_full);
      expect(region.type).toBe(row.type.replace(' ', '-'));
      expect(region.capital).toEqual({ en: row.capital_en, zh: row.capital_zh });
      expect(region.macroRegion).toBe(row.macro_region_nbs.toLowerCase());
      expect(region.clusters.includes('bth')).toBe(row.jing_jin_ji === 'yes');
      expect(region.clusters.includes('yrd')).toBe(row.yangtze_river_delta === 'yes');
      expect(region.clusters.includes('gba')).toBe(row.greater_bay_area !== 'no');
      expect(region.clusters.some((c) => c.startsWith('edwc-'))).toBe(row.edwc_hub !== '');
    }
  });
});

/** A fact-list value as a comparable figure: "> 150 partners", "about 3/5 (60 %)", "220,000 PFLOPS". */
function parseFactValue(text: string): { value: number; bound: string } {
  const fraction = /^about (\d+)\/(\d+)/.exec(text);
  if (fraction) return { value: Number(fraction[1]) / Number(fraction[2]), bound: 'approximate' };
  const number = /^(>\s*)?([\d,]+(?:\.\d+)?)/.exec(text)!;
  return { value: Number(number[2].replaceAll(',', '')), bound: number[1] ? 'more-than' : 'exact' };
}

describe.skipIf(!existsSync(factsMd))('numeric claims against ../shared/seed/facts.md', () => {
  const rows = existsSync(factsMd)
    ? readFileSync(factsMd, 'utf8').split('\n').filter((line) => /^\| [NGYBR]\d+ \|/.test(line))
    : [];
  const numeric = ['N1', 'N2', 'N3', 'G2', 'G3', 'R4', 'R7', 'R8', 'R10', 'R12'];

  it.each(numeric)('%s has the value and bound of the fact list', (id) => {
    const cells = rows.find((line) => line.startsWith(`| ${id} |`))!.split('|').map((c) => c.trim());
    const valueCell = cells[cells.length - 3]; // | id | (cluster/region |) claim | value | Danish |
    const expected = parseFactValue(valueCell);
    const figure = claims.find((c) => c.id === id)!.figure!;
    expect(figure.value).toBeCloseTo(expected.value, 10);
    expect(figure.bound).toBe(expected.bound);
  });

  it('has every claim of the fact list and no other', () => {
    expect(claims.map((c) => c.id).sort()).toEqual(rows.map((line) => line.split('|')[1].trim()).sort());
  });

  it('keeps qualitative claims qualitative', () => {
    for (const line of rows.filter((l) => l.includes('(qualitative)'))) {
      const id = line.split('|')[1].trim();
      expect(claims.find((c) => c.id === id)!.figure, id).toBeUndefined();
    }
  });
});
