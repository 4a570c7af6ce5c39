/**
 * The words around a chart's figures that the map and the comparison say alike: the metric
 * as the page renamed it, a legend or axis title with its unit, and the sources cited for
 * one figure and for the whole chart. DOM-free.
 */
import type { Language } from '../i18n/language.js';
import { message } from '../i18n/messages.js';
import { unitLabel } from '../data/format.js';
import type { Metric, Source } from '../data/types.js';

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
  return lang === 'zh' ? `${label}（${word}）` : `${label} (${word})`;
}

/** How a source is named beside a figure: "Publisher (year)". */
export function sourceName(source: Source | undefined): string {
  if (!source) return '';
  return source.year ? `${source.publisher} (${source.year})` : source.publisher;
}

/** The sources behind these ids, each named once, in order. */
export function sourceNames(ids: readonly string[], sources: ReadonlyMap<string, Source>): string[] {
  return [...new Set(ids.map((id) => sourceName(sources.get(id))))].filter(Boolean);
}

/** The sources behind these ids as cited: for a derived metric (density), one "derived from …". */
export function citedSources(ids: readonly string[], sources: ReadonlyMap<string, Source>, metric: Metric, lang: Language): string[] {
  const names = sourceNames(ids, sources);
  return names.length && metric.derivedFrom ? [message(lang, 'data.derived', { sources: names.join('; ') })] : names;
}

/** What a figure's tooltip and table row say of its sources; "no source given" when none is known. */
export function citeSources(ids: readonly string[], sources: ReadonlyMap<string, Source>, metric: Metric, lang: Language): string {
  return citedSources(ids, sources, metric, lang).join('; ') || message(lang, 'data.noSource');
}

/** The chart's source line: "Source: A" or "Sources: A; B; C; and 2 more, …" (empty without any). */
export function sourceLineOf(cited: readonly string[], lang: Language): string {
  if (!cited.length) return '';
  const shown = cited.slice(0, 3).join('; ');
  const more = cited.length > 3 ? `; ${message(lang, 'data.moreSources', { count: cited.length - 3 })}` : '';
  return message(lang, cited.length > 1 ? 'data.sources' : 'data.source', { sources: shown + more });
}
