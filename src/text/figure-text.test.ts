import { describe, expect, it } from 'vitest';
import { metrics, sources as bundledSources } from '../data/index.js';
import { citedSources, citeSources, sourceCitation, sourceLineOf, sourceNames, titleWithUnit, withOverrides } from './figure-text.js';

const sources = new Map(bundledSources.map((s) => [s.id, s]));
const metric = (id: string) => metrics.find((m) => m.id === id)!;

describe('figure text', () => {
  it('names each source once, by publisher and year, skipping unknown ids', () => {
    expect(sourceNames(['S9', 'S9', 'nope'], sources)).toEqual([
      'National Bureau of Statistics, Ministry of Science and Technology & Ministry of Finance (2024), via the text as carried by The Paper (thepaper.cn) and two other sites',
    ]);
  });

  it('names the publisher in the reader’s language, a proper name as published', () => {
    expect(sourceNames(['S7h', 'S15'], sources, 'zh')).toEqual(['湖南省统计局（2025年）', 'CGTN（2025年），经美通社（PR Newswire）分发、finanznachrichten.de刊载']);
    expect(sourceNames(['S7h', 'S15'], sources, 'da')).toEqual(['Hunans provinsielle statistikkontor (2025)', 'CGTN (2025), via PR Newswire, som bragt af finanznachrichten.de']);
    expect(sourceNames(['S7h'], sources, 'en')).toEqual(['Hunan Provincial Bureau of Statistics (2025)']);
  });

  it('says when a figure was read through a repost, and where', () => {
    expect(sourceNames(['S7a'], sources, 'en')).toEqual(['Beijing Municipal Bureau of Statistics (2025), via a repost on m.bsbk.net']);
    expect(sourceNames(['S7a'], sources, 'zh')).toEqual(['北京市统计局（2025年），经m.bsbk.net转载']);
    expect(sourceNames(['S7a'], sources, 'da')).toEqual(['Beijings statistikkontor (2025), via en gengivelse på m.bsbk.net']);
    expect(sources.get('S7a')!.url).toBe('https://m.bsbk.net/news/D8OeGgbj6R.html');
  });

  it('says when a source gives no year', () => {
    expect(sourceNames(['S11'], sources, 'en')).toEqual(['Wikipedia (n.d.)']);
    expect(sourceNames(['S11'], sources, 'zh')).toEqual(['Wikipedia（无日期）']);
    expect(sourceNames(['S11'], sources, 'da')).toEqual(['Wikipedia (u.å.)']);
  });

  it('keeps a publisher whose name holds a semicolon whole', () => {
    expect(sourceNames(['S6'], sources)).toEqual(['Wikipedia; ISO 3166-2 (n.d.)']);
  });

  it('lists a source in full: publisher, title, year and how it was read', () => {
    expect(sourceCitation(sources.get('S5')!, 'en')).toBe('Wikipedia, List of Chinese administrative divisions by area, n.d., via the worddisk.com mirror');
    expect(sourceCitation(sources.get('S7a')!, 'zh')).toBe('北京市统计局，北京市2024年国民经济和社会发展统计公报，2025年，经m.bsbk.net转载');
    expect(sourceCitation(sources.get('S7e')!, 'da')).toBe(
      'Anhuis provinsielle statistikkontor, Pressemøde om Anhuis økonomi i 2024, 2025, via en artikel fra China News Service, kopieret på forummet 2cto.com.cn',
    );
    // A source of the page's own data: as given, with no "n.d." it never claimed.
    expect(sourceCitation({ id: 'user-1', publisher: 'The Daily', title: 'Survey' }, 'en')).toBe('The Daily, Survey');
    expect(sourceCitation({ id: 'user-1', publisher: 'Our survey', title: 'Our survey' }, 'zh')).toBe('Our survey');
  });

  it('cites a derived metric as one "derived from" item, and says when no source is known', () => {
    expect(citedSources(['S4', 'S5'], sources, metric('density'), 'en')).toEqual([
      'derived from National Bureau of Statistics & State Council Leading Group Office for the 7th National Population Census (2021), via a repost on zczxwang.com; Wikipedia (n.d.), via the worddisk.com mirror',
    ]);
    expect(citeSources([], sources, metric('population'), 'da')).toBe('ingen kilde angivet');
  });

  it('lists three sources on the source line and counts the rest', () => {
    expect(sourceLineOf([], 'en')).toBe('');
    expect(sourceLineOf(['A'], 'en')).toBe('Source: A');
    expect(sourceLineOf(['A', 'B', 'C', 'D', 'E'], 'en')).toBe('Sources: A; B; C; and 2 more, listed per region in the data table');
    // Print and files have no data table: every source named.
    expect(sourceLineOf(['A', 'B', 'C', 'D', 'E'], 'en', Infinity)).toBe('Sources: A; B; C; D; E');
  });

  it('titles with the unit, except a percent, and takes the page’s label and unit', () => {
    expect(titleWithUnit('Population', 'persons', 'en')).toBe('Population (people)');
    expect(titleWithUnit('Growth', 'percent', 'en')).toBe('Growth');
    const renamed = withOverrides(metric('population'), 'Residents', 'heads');
    expect([renamed.label.zh, renamed.unit, renamed.id]).toEqual(['Residents', 'heads', 'population']);
    expect(withOverrides(metric('population'))).toEqual(metric('population'));
  });
});
