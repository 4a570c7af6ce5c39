import { describe, expect, it } from 'vitest';
import { claimsFor, clusters, claims, contextRegions, metrics, regions, regionsByType, regionsInCluster, regionsInMacroRegion, seriesFor, sources, getCluster, getMetric, getSource } from './index.js';

describe('seriesFor', () => {
  it('ranks a complete metric and gives each region its share of the 31-region total', () => {
    const series = seriesFor('population')!;
    expect(series.total).toBe(1_409_778_724);
    expect(series.coverage).toBe(31);
    expect(series.entries).toHaveLength(31);
    const guangdong = series.entries.find((e) => e.region === 'CN-GD')!;
    expect(guangdong.rank).toBe(1);
    expect(guangdong.share).toBeCloseTo(126012510 / 1409778724, 12);
    expect(series.entries.find((e) => e.region === 'CN-XZ')!.rank).toBe(31);
    expect(series.entries.reduce((sum, e) => sum + e.share!, 0)).toBeCloseTo(1, 12);
    expect(new Set(series.entries.map((e) => e.rank)).size).toBe(31);
  });

  it('keeps regions without a figure as gaps, with no rank, share or total', () => {
    const series = seriesFor('gdp')!;
    expect(series.coverage).toBe(30);
    expect(series.total).toBeNull();
    const hainan = series.entries.find((e) => e.region === 'CN-HI')!;
    expect(hainan).toEqual({ region: 'CN-HI', figure: null, rank: null, share: null });
    const ranks = series.entries.flatMap((e) => (e.rank ? [e.rank] : [])).sort((a, b) => a - b);
    expect(ranks).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(series.entries.find((e) => e.region === 'CN-GD')!.rank).toBe(1);
    expect(series.entries.find((e) => e.region === 'CN-GZ')!.figure).toEqual({
      value: 22700,
      sources: ['S15'],
      qualifier: 'approximate',
      note: {
        en: 'Reported as 2.27 trillion yuan: rounded to 0.01 trillion, not an exact figure.',
        zh: '报道为2.27万亿元：精确到0.01万亿元，并非精确数字。',
        da: 'Opgivet som 2,27 billioner yuan: afrundet til 0,01 billion, ikke et præcist tal.',
      },
    });
  });

  it('gives tied values the same rank', () => {
    const data = {
      metrics: [{ ...getMetric('population')!, id: 'tie' }],
      figures: { tie: { 'CN-AH': { value: 5, sources: [] }, 'CN-BJ': { value: 5, sources: [] }, 'CN-TJ': { value: 1, sources: [] } } },
    };
    const ranks = Object.fromEntries(seriesFor('tie', data)!.entries.filter((e) => e.figure).map((e) => [e.region, e.rank]));
    expect(ranks).toEqual({ 'CN-BJ': 1, 'CN-AH': 1, 'CN-TJ': 3 });
  });

  it('has no share for rates and ratios', () => {
    expect(seriesFor('density')!.total).toBeNull();
    expect(seriesFor('density')!.entries[0].share).toBeNull();
    expect(seriesFor('rd-intensity')!.entries.find((e) => e.region === 'CN-BJ')!.figure!.value).toBe(6.73);
  });

  it('returns undefined for an unknown metric', () => {
    expect(seriesFor('nope')).toBeUndefined();
  });
});

describe('claimsFor', () => {
  it.each([
    ['CN-AH', ['R2', 'Y1']],
    ['CN-BJ', ['R4', 'B1']],
    ['CN-GD', ['R16', 'G1', 'G2', 'G3', 'G4']],
    ['CN-ZJ', ['Y1']],
    ['CN-NM', ['R7']],
    ['CN-SX', []],
    ['gba', ['G1', 'G2', 'G3', 'G4']],
    ['bth', ['B1']],
    ['edwc-guizhou', []],
  ] as const)('%s → %j', (id, expected) => {
    expect(claimsFor(id).map((c) => c.id)).toEqual(expected);
  });
});

describe('the bundle', () => {
  it('is frozen all the way down', () => {
    expect(Object.isFrozen(regions)).toBe(true);
    expect(Object.isFrozen(regions[0].name)).toBe(true);
    expect(Object.isFrozen(claims[0].text)).toBe(true);
    expect(() => {
      (regions[0] as { gb: string }).gb = 'x';
    }).toThrow(TypeError);
  });

  it('groups regions by type, cluster and macro-region', () => {
    expect(regionsByType('municipality').map((r) => r.id)).toEqual(['CN-BJ', 'CN-TJ', 'CN-SH', 'CN-CQ']);
    expect(regionsByType('autonomous-region').map((r) => r.id)).toEqual(['CN-NM', 'CN-GX', 'CN-XZ', 'CN-NX', 'CN-XJ']);
    expect(regionsByType('province')).toHaveLength(22);
    expect(regionsInCluster('yrd').map((r) => r.id)).toEqual(['CN-SH', 'CN-JS', 'CN-ZJ', 'CN-AH']);
    expect(regionsInCluster('gba').map((r) => r.id)).toEqual(['CN-GD']);
    expect(regionsInCluster('edwc-chengdu-chongqing').map((r) => r.id)).toEqual(['CN-CQ', 'CN-SC']);
    expect(regionsInMacroRegion('northeast').map((r) => r.id)).toEqual(['CN-LN', 'CN-JL', 'CN-HL']);
    expect(['east', 'central', 'west', 'northeast'].map((m) => regionsInMacroRegion(m as 'east').length)).toEqual([10, 6, 12, 3]);
  });

  it('keeps Guangdong a partial member of the GBA, with Hong Kong and Macao as context', () => {
    const gba = getCluster('gba')!;
    expect(gba.partialMembers['CN-GD']!.en).toMatch(/^9 of Guangdong's 21 prefecture-level cities/);
    expect(gba.contextMembers).toEqual(['CN-HK', 'CN-MO']);
    expect(contextRegions.map((r) => r.name.da)).toEqual(['Hongkong', 'Macao', 'Taiwan']);
  });

  it('has eight computing hubs, marking the derived memberships', () => {
    const hubs = clusters.filter((c) => c.kind === 'edwc-hub');
    expect(hubs).toHaveLength(8);
    expect(hubs.filter((h) => h.membersDerived).map((h) => h.id)).toEqual(['edwc-bth', 'edwc-yrd', 'edwc-gba', 'edwc-chengdu-chongqing']);
  });

  it('names the article forms of region names in Danish', () => {
    expect(regions.find((r) => r.id === 'CN-NM')!.name.da).toBe('Indre Mongoliet');
    expect(regions.find((r) => r.id === 'CN-XZ')!.nameAltEn).toEqual(['Xizang']);
  });

  it('gives every metric a localized label, a unit, a year and a source for each figure', () => {
    for (const metric of metrics) {
      expect(metric.label.zh, metric.id).not.toBe(metric.label.en);
      const series = seriesFor(metric.id)!;
      for (const entry of series.entries) {
        if (entry.figure) for (const id of entry.figure.sources) expect(getSource(id), `${metric.id} ${id}`).toBeDefined();
      }
    }
    expect(getMetric('area')!.year).toBeUndefined();
    expect(getMetric('area')!.yearLabel).toEqual({ en: 'reference year not given', zh: '来源未注明年份', da: 'intet referenceår oplyst' });
    expect(sources.find((s) => s.id === 'article')!.publisher).toBe('CGTN');
  });

  it('keeps the uncertain glosses visible', () => {
    // Said as published copy, in each language: what the term may mean.
    for (const id of ['G4', 'B1', 'R5']) {
      const note = claims.find((c) => c.id === id)!.note!;
      expect([note.en, note.zh, note.da], id).toSatisfy(([en, zh, da]: string[]) => /\bmay (say|mean)\b/.test(en!) && zh!.includes('可能') && /\b(måske|kan betyde)\b/.test(da!));
    }
    expect(claims.find((c) => c.id === 'N1')!.attribution!.en).toBe('Foreign Ministry spokesperson');
  });

  it('works without a DOM', () => {
    expect(typeof document).toBe('undefined');
  });
});
