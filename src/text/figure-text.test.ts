import { describe, expect, it } from 'vitest';
import { metrics, sources as bundledSources } from '../data/index.js';
import { citedSources, citeSources, sourceLineOf, sourceNames, titleWithUnit, withOverrides } from './figure-text.js';

const sources = new Map(bundledSources.map((s) => [s.id, s]));
const metric = (id: string) => metrics.find((m) => m.id === id)!;

describe('figure text', () => {
  it('names each source once, by publisher and year, skipping unknown ids', () => {
    expect(sourceNames(['S4', 'S4', 'nope'], sources)).toEqual(['National Bureau of Statistics & State Council Leading Group Office for the 7th National Population Census (2021)']);
  });

  it('keeps a publisher whose name holds a semicolon whole', () => {
    expect(sourceNames(['S6'], sources)).toEqual(['Wikipedia; ISO 3166-2']);
  });

  it('cites a derived metric as one "derived from" item, and says when no source is known', () => {
    expect(citedSources(['S4', 'S5'], sources, metric('density'), 'en')).toHaveLength(1);
    expect(citedSources(['S4', 'S5'], sources, metric('density'), 'en')[0]).toMatch(/^derived from .+; Wikipedia$/);
    expect(citeSources([], sources, metric('population'), 'da')).toBe('ingen kilde angivet');
  });

  it('lists three sources on the source line and counts the rest', () => {
    expect(sourceLineOf([], 'en')).toBe('');
    expect(sourceLineOf(['A'], 'en')).toBe('Source: A');
    expect(sourceLineOf(['A', 'B', 'C', 'D', 'E'], 'en')).toBe('Sources: A; B; C; and 2 more, listed per region in the data table');
  });

  it('titles with the unit, except a percent, and takes the page’s label and unit', () => {
    expect(titleWithUnit('Population', 'persons', 'en')).toBe('Population (people)');
    expect(titleWithUnit('Growth', 'percent', 'en')).toBe('Growth');
    const renamed = withOverrides(metric('population'), 'Residents', 'heads');
    expect([renamed.label.zh, renamed.unit, renamed.id]).toEqual(['Residents', 'heads', 'population']);
    expect(withOverrides(metric('population'))).toEqual(metric('population'));
  });
});
