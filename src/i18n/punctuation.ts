/**
 * The marks between words in each language: Chinese writes full-width ，；：。（） and puts
 * a unit straight after its number (6,103万人); English and Danish use ASCII marks and a space.
 * DOM-free.
 */
import { isolate } from './bidi.js';
import type { Language } from './language.js';

export interface Punctuation {
  readonly comma: string;
  readonly semicolon: string;
  readonly colon: string;
  readonly stop: string;
  /** Between a number and its unit. */
  readonly unitSpace: string;
  /** Between two sentences. */
  readonly sentenceSpace: string;
  /** Between the items of a list of names (Chinese: the enumeration comma 、). */
  readonly list: string;
  /** Between the numbers of source notes cited together: "[1, 2]", Chinese "[1,2]". */
  readonly refs: string;
  /** Before a source-note mark: a thin no-break space, in Chinese a word joiner (no space, no break). */
  readonly beforeRef: string;
}

export const PUNCTUATION: Readonly<Record<Language, Punctuation>> = Object.freeze({
  en: { comma: ', ', semicolon: '; ', colon: ': ', stop: '.', unitSpace: ' ', sentenceSpace: ' ', list: ', ', refs: ', ', beforeRef: '\u202f' },
  zh: { comma: '，', semicolon: '；', colon: '：', stop: '。', unitSpace: '', sentenceSpace: '', list: '、', refs: ',', beforeRef: '\u2060' },
  da: { comma: ', ', semicolon: '; ', colon: ': ', stop: '.', unitSpace: ' ', sentenceSpace: ' ', list: ', ', refs: ', ', beforeRef: '\u202f' },
});

/** "GDP (trillion yuan)", "地区生产总值（亿元）". */
export function parenthesized(language: Language, text: string, inside: string): string {
  const [outer, inner] = [isolate(text), isolate(inside)];
  return language === 'zh' ? `${outer}（${inner}）` : `${outer} (${inner})`;
}

/** A number and its unit: "6,103 people", "6,103万人"; the number alone without a unit. */
export function withUnitWord(language: Language, number: string, unit: string): string {
  return unit ? number + PUNCTUATION[language].unitSpace + isolate(unit) : number;
}
