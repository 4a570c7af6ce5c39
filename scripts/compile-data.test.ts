import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GENERATED_FILE, readDataFiles, renderBundleModule } from './build-data.js';
import { CENSUS_TOTAL_2020, CLAIM_IDS, compileData, type DataFiles } from './compile-data.js';
import * as generated from '../src/data/bundle.generated.js';
import { figuresFor } from '../src/data/figures.js';
import { REGION_IDS } from '../src/data/types.js';

const files = readDataFiles();

/** The real data files with one of them edited. */
function withEdit(key: keyof DataFiles, edit: (text: string) => string): DataFiles {
  return { ...files, [key]: edit(files[key]) };
}

/** Edits one JSON file through its parsed value. */
function withJson(key: keyof DataFiles, edit: (items: Record<string, unknown>[]) => void): DataFiles {
  const items = JSON.parse(files[key]) as Record<string, unknown>[];
  edit(items);
  return { ...files, [key]: JSON.stringify(items) };
}

const problemsOf = (edited: DataFiles) => compileData(edited).problems;

describe('the data in data/', () => {
  const { bundle, problems } = compileData(files);

  it('compiles without a problem', () => {
    expect(problems).toEqual([]);
    expect(bundle).not.toBeNull();
  });

  it('is what the committed generated module holds (run `npm run build:data` after editing data/)', () => {
    expect(readFileSync(GENERATED_FILE, 'utf8')).toBe(renderBundleModule(bundle!));
  });

  it('is, once imported, the compiled bundle: every part deep-equal, and frozen through', () => {
    const { REGIONS, CONTEXT_REGIONS, CLUSTERS, METRICS, FIGURES, CLAIMS, SOURCES } = generated;
    const imported = { regions: REGIONS, contextRegions: CONTEXT_REGIONS, clusters: CLUSTERS, metrics: METRICS, figures: FIGURES, claims: CLAIMS, sources: SOURCES };
    expect(imported).toStrictEqual(bundle);
    const unfrozen: string[] = [];
    const walk = (value: unknown, path: string): void => {
      if (typeof value !== 'object' || value === null) return;
      if (!Object.isFrozen(value)) unfrozen.push(path);
      for (const [key, child] of Object.entries(value)) walk(child, `${path}.${key}`);
    };
    for (const [name, part] of Object.entries(imported)) walk(part, name);
    expect(unfrozen).toEqual([]);
  });

  it('holds the 31 regions once each, and the three context regions', () => {
    expect(bundle!.regions.map((r) => r.id).sort()).toEqual([...REGION_IDS].sort());
    expect(bundle!.contextRegions.map((r) => r.id)).toEqual(['CN-HK', 'CN-MO', 'CN-TW']);
  });

  it('has census populations adding up to the 2020 total of the 31 regions', () => {
    const sum = Object.values(bundle!.figures.population).reduce((a, f) => a + f!.value, 0);
    expect(sum).toBe(CENSUS_TOTAL_2020);
  });

  it('gives every metric a unit and a year, and every figure a known source', () => {
    const sourceIds = new Set(bundle!.sources.map((s) => s.id));
    for (const metric of bundle!.metrics) {
      expect(metric.unit, metric.id).toBeTruthy();
      // A year, or (area) the words saying the source gives none: never an invented year.
      if (metric.id === 'area') expect([metric.year, metric.yearLabel?.en]).toEqual([undefined, 'reference year not given']);
      else expect(Number.isInteger(metric.year), metric.id).toBe(true);
      for (const figure of Object.values(figuresFor(metric, bundle!))) {
        expect(figure!.sources.length, metric.id).toBeGreaterThan(0);
        for (const id of figure!.sources) expect(sourceIds.has(id), `${metric.id} ${id}`).toBe(true);
      }
    }
  });

  it('declares the coverage of each metric', () => {
    expect(Object.fromEntries(bundle!.metrics.map((m) => [m.id, m.coverage]))).toEqual({
      population: 31,
      area: 31,
      density: 31,
      gdp: 30,
      'gdp-growth': 30,
      'rd-intensity': 17,
      'rd-expenditure': 19,
    });
  });

  it('derives density from population and area, naming both sources', () => {
    expect(bundle!.figures.density).toBeUndefined();
    const beijing = figuresFor(bundle!.metrics.find((m) => m.id === 'density')!, bundle!)['CN-BJ']!;
    expect(beijing.value).toBe(21893095 / 16411);
    expect(beijing.sources).toEqual(['S4', 'S5']);
    expect(bundle!.metrics.find((m) => m.id === 'density')!.derivedFrom).toEqual(['population', 'area']);
  });

  it('holds every claim of the fact list, sourced to the article', () => {
    expect(bundle!.claims.map((c) => c.id)).toEqual(CLAIM_IDS);
    for (const claim of bundle!.claims) expect(claim.source).toBe('article');
  });
});

describe('validation names the file, row and field', () => {
  it('a figure without a source', () => {
    const edited = withEdit('series', (t) => t.replace('population,CN-AH,61027171,,S4,', 'population,CN-AH,61027171,,,'));
    expect(problemsOf(edited)).toEqual(['data/series.csv row 13, field "source": figure has no source']);
  });

  it('a figure with an unknown source', () => {
    const edited = withEdit('series', (t) => t.replace('population,CN-AH,61027171,,S4,', 'population,CN-AH,61027171,,S99,'));
    expect(problemsOf(edited)).toEqual(['data/series.csv row 13, field "source": unknown source "S99"']);
  });

  it('a metric without a unit or a year', () => {
    const edited = withJson('metrics', (items) => {
      delete items[3].unit;
      delete items[3].year;
    });
    expect(problemsOf(edited)).toEqual([
      'data/metrics.json item 4, field "unit": figure has no unit',
      'data/metrics.json item 4, field "year": figure has no year',
    ]);
  });

  it('a claim figure without a unit', () => {
    const edited = withJson('claims', (items) => {
      delete (items[5].figure as Record<string, unknown>).unit;
    });
    expect(problemsOf(edited)).toEqual(['data/claims.json item 6, field "figure.unit": figure has no unit']);
  });

  it('an unknown region id', () => {
    const edited = withEdit('series', (t) => t.replace('area,CN-AH,', 'area,CN-XX,'));
    expect(problemsOf(edited)).toEqual(['data/series.csv row 44, field "region": unknown region id "CN-XX"']);
  });

  it('a context region given a figure', () => {
    const edited = withEdit('series', (t) => `${t}gdp,CN-HK,1,,S11,\n`);
    expect(problemsOf(edited)).toEqual(['data/series.csv row 160, field "region": "CN-HK" is context, not one of the 31 regions']);
  });

  it('a duplicated figure', () => {
    const edited = withEdit('series', (t) => `${t}gdp,CN-AH,50625,,S7e,\n`);
    expect(problemsOf(edited)).toEqual(['data/series.csv row 160, field "region": duplicate figure for CN-AH in "gdp" (first at row 75)']);
  });

  it('a value that is not a number', () => {
    const edited = withEdit('series', (t) => t.replace('area,CN-AH,139400,', 'area,CN-AH,"139,400",'));
    expect(problemsOf(edited)).toEqual(['data/series.csv row 44, field "value": expected a number, got "139,400"']);
  });

  it('an unknown or duplicated region id in regions.csv, and the missing one', () => {
    const unknown = withEdit('regions', (t) => t.replace('\nCN-AH,', '\nCN-XX,'));
    expect(problemsOf(unknown)).toContain('data/regions.csv row 13, field "id": unknown region id "CN-XX"');
    expect(problemsOf(unknown)).toContain('data/regions.csv: required region CN-AH is missing');
    const duplicate = withEdit('regions', (t) => t.replace('\nCN-AH,', '\nCN-JS,'));
    expect(problemsOf(duplicate)).toContain('data/regions.csv row 13, field "id": duplicate id "CN-JS" (first at 11)');
  });

  it('a name that would stand for two regions, with or without "Province", or a tone-marked name that cannot tell two apart', () => {
    expect(problemsOf(withEdit('regions', (t) => t.replace('Shensi', 'Shensi;Shansi Province')))).toEqual([
      'data/regions.csv: "Shansi Province" of CN-SN is also a name of CN-SX',
    ]);
    expect(problemsOf(withEdit('contextRegions', (t) => t.replace('Formosa', 'Formosa;海南')))).toEqual([
      'data/context-regions.csv: "海南" of CN-TW is also a name of CN-HI',
    ]);
    expect(problemsOf(withEdit('regions', (t) => t.replace('Shǎnxī', 'Shānxī')))).toEqual([
      'data/regions.csv: "Shānxī" of CN-SN has the letters and tones of a name of CN-SX',
    ]);
  });

  it('a required region missing from regions.csv', () => {
    const edited = withEdit('regions', (t) => t.split('\n').filter((line) => !line.startsWith('CN-XJ,')).join('\n'));
    expect(problemsOf(edited)).toEqual(['data/regions.csv: required region CN-XJ is missing']);
  });

  it('census populations that do not add up', () => {
    const edited = withEdit('series', (t) => t.replace('population,CN-AH,61027171,', 'population,CN-AH,61027170,'));
    expect(problemsOf(edited)).toEqual([
      'data/series.csv: the 31 census populations add up to 1,409,778,723, not 1,409,778,724',
    ]);
  });

  it('a missing census population', () => {
    const edited = withEdit('series', (t) => t.replace('population,CN-AH,61027171,,S4,,,\n', ''));
    expect(problemsOf(edited)).toEqual([
      'data/series.csv: the 31 census populations add up to 1,348,751,553, not 1,409,778,724',
    ]);
  });

  it('a duplicated or missing claim, and a claim about an unknown region', () => {
    const duplicate = withJson('claims', (items) => {
      items[1].id = 'N1';
    });
    expect(problemsOf(duplicate)).toEqual([
      'data/claims.json item 2, field "id": duplicate id "N1" (first at item 1)',
      'data/claims.json: required claim N2 is missing',
    ]);
    const target = withJson('claims', (items) => {
      items[10].targets = ['CN-XX'];
    });
    expect(problemsOf(target)).toEqual(['data/claims.json item 11, field "targets": unknown region id "CN-XX"']);
  });

  it('a cluster with an unknown member or source', () => {
    const edited = withJson('clusters', (items) => {
      items[0].members = ['CN-BJ', 'CN-XX'];
      items[0].source = 'S0';
    });
    expect(problemsOf(edited)).toEqual([
      'data/clusters.json item 1, field "members": unknown region id "CN-XX"',
      'data/clusters.json item 1, field "source": unknown source "S0"',
    ]);
  });

  it('a missing translation', () => {
    const edited = withJson('claims', (items) => {
      (items[0].text as Record<string, string>).da = '';
    });
    expect(problemsOf(edited)).toEqual(['data/claims.json item 1, field "text.da": missing text']);
  });

  it('malformed JSON and a missing CSV column', () => {
    expect(problemsOf(withEdit('sources', (t) => t.slice(0, -5)))[0]).toMatch(/^data\/sources.json: not valid JSON \(/);
    expect(problemsOf(withEdit('series', (t) => t.replace('metric,region,value,qualifier,source,note', 'metric,region,value,qualifier,note'))))
      .toContain('data/series.csv: missing column(s) "source"');
  });

  it('a figure note without its Chinese or Danish text', () => {
    const edited = withEdit('series', (t) => t.replace(',第三方转载显示为53926.71亿元。,"Gengivelser hos tredjepart viser 53.926,71 (i 100 mio. yuan)."', ',,'));
    expect(problemsOf(edited)).toEqual([
      'data/series.csv row 72, field "note_zh": a note needs its text in English, Chinese and Danish',
      'data/series.csv row 72, field "note_da": a note needs its text in English, Chinese and Danish',
    ]);
  });

  it('a source without a year, a publisher without a language, and a bureau read on a repost without "via"', () => {
    const edited = withJson('sources', (items) => {
      const s7a = items.find((s) => s.id === 'S7a')!;
      delete s7a.year;
      delete s7a.via;
      (s7a.publisher as Record<string, string>).da = '';
    });
    expect(problemsOf(edited)).toEqual([
      'data/sources.json item 9, field "year": give the year of publication, or null when the source gives none',
      'data/sources.json item 9, field "publisher.da": missing text',
      'data/sources.json item 9, field "via": the link goes to m.bsbk.net, not the publisher\'s own site; say how it was read ("a repost on m.bsbk.net")',
    ]);
  });

  it('a metric with both a year and the words for none', () => {
    const edited = withJson('metrics', (items) => {
      items[1].year = 2026;
    });
    expect(problemsOf(edited)).toEqual(['data/metrics.json item 2, field "year": give a year or a yearLabel, not both']);
  });

  it('returns no bundle while any problem remains', () => {
    const edited = withEdit('series', (t) => t.replace('area,CN-AH,139400,', 'area,CN-AH,x,'));
    expect(compileData(edited).bundle).toBeNull();
  });
});
