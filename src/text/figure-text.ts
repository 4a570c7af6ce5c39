/**
 * The words around a chart's figures that the map and the comparison say alike: the metric
 * as the page renamed it, a legend or axis title with its unit, and the sources cited for
 * one figure and for the whole chart. DOM-free.
 */
import type { Language } from '../i18n/language.js';
import { parenthesized, PUNCTUATION } from '../i18n/punctuation.js';
import { message } from '../i18n/messages.js';
import { unitLabel } from '../data/format.js';
import { textIn, type Metric, type Source } from '../data/types.js';

/** The metric with the page's `value-label` and `unit` in place of its own, where given. */
export function withOverrides(metric: Metric, valueLabel?: string, unit?: string): Metric {
  return {
    ...metric,
    ...(unit ? { unit } : {}),
    ...(valueLabel ? { label: { en: valueLabel, zh: valueLabel, da: valueLabel } } : {}),
  };
}

/** A legend or axis title: "Population (people)"; a percent metric needs no "(%)". */
export function titleWithUnit(label: string, unit: string, lang: Language): string {
  const word = unitLabel(unit, lang);
  if (!word || word === '%') return label;
  return parenthesized(lang, label, word);
}

/** A source's year in words: `2021`, `2021年`; "n.d." where the source gives none; empty where nothing is known (a user's source). */
function yearOf(source: Source, lang: Language): string {
  if (source.year === null) return message(lang, 'source.noYear');
  return source.year === undefined ? '' : message(lang, 'data.year', { year: source.year });
}

/** "…, via a repost on m.bsbk.net" for a source read somewhere other than the publisher's own page. */
function withVia(text: string, source: Source, lang: Language): string {
  const via = textIn(source.via, lang);
  return via ? message(lang, 'source.via', { source: text, via }) : text;
}

/**
 * How a source is named beside a figure (tooltips, table cells, source lines), in the reader's
 * language: "National Bureau of Statistics (2021)", "Wikipedia (n.d.), via the worddisk.com
 * mirror", "北京市统计局（2025年），经m.bsbk.net转载".
 */
export function sourceName(source: Source | undefined, lang: Language = 'en'): string {
  if (!source) return '';
  const publisher = textIn(source.publisher, lang);
  const year = yearOf(source, lang);
  return withVia(year ? message(lang, 'source.short', { publisher, year }) : publisher, source, lang);
}

/**
 * A source as listed in full (the card's source notes): publisher, title, year or "n.d.", and
 * "via …" where it was read elsewhere. Its `note` is for the reader to find beside it.
 */
export function sourceCitation(source: Source, lang: Language): string {
  const publisher = textIn(source.publisher, lang);
  const title = textIn(source.title, lang);
  const parts = [publisher, title !== publisher ? title : '', yearOf(source, lang)].filter(Boolean);
  return withVia(parts.join(message(lang, 'source.comma')), source, lang);
}

/** Between two sources in a list: a full-width semicolon in Chinese. */
const separator = (lang: Language) => PUNCTUATION[lang].semicolon;

/** The sources behind these ids, each named once, in order. */
export function sourceNames(ids: readonly string[], sources: ReadonlyMap<string, Source>, lang: Language = 'en'): string[] {
  return [...new Set(ids.map((id) => sourceName(sources.get(id), lang)))].filter(Boolean);
}

/** The sources behind these ids as cited: for a derived metric (density), one "derived from …". */
export function citedSources(ids: readonly string[], sources: ReadonlyMap<string, Source>, metric: Metric, lang: Language): string[] {
  const names = sourceNames(ids, sources, lang);
  return names.length && metric.derivedFrom ? [message(lang, 'data.derived', { sources: names.join(separator(lang)) })] : names;
}

/** What a figure's tooltip and table row say of its sources; "no source given" when none is known. */
export function citeSources(ids: readonly string[], sources: ReadonlyMap<string, Source>, metric: Metric, lang: Language): string {
  return citedSources(ids, sources, metric, lang).join(separator(lang)) || message(lang, 'data.noSource');
}

/**
 * The chart's source line: "Source: A" or "Sources: A; B; C; and 2 more, …" (empty without
 * any). `limit`: how many are named before the rest are left to the data table; a page
 * without the table (print, a file) names them all.
 */
export function sourceLineOf(cited: readonly string[], lang: Language, limit = 3): string {
  if (!cited.length) return '';
  const shown = cited.slice(0, limit).join(separator(lang));
  const more = cited.length > limit ? `${separator(lang)}${message(lang, 'data.moreSources', { count: cited.length - limit })}` : '';
  return message(lang, cited.length > 1 ? 'data.sources' : 'data.source', { sources: shown + more });
}
