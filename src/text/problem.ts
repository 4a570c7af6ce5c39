/**
 * What is wrong with a widget's input, in a form that can be shown to a reader (localized)
 * and logged for a developer (details). DOM-free.
 */
import { numberFormat } from '../data/format.js';
import { listOr, message, type MessageKey, type MessageParams } from '../i18n/messages.js';
import type { Language } from '../i18n/language.js';

/** A reason a widget cannot draw. */
export interface Problem {
  /** The catalogue message shown inside the widget. */
  readonly key: MessageKey;
  /** Values for the message's placeholders. */
  readonly params?: MessageParams;
  /** Allowed values, filled into `{allowed}` as a localized "a, b or c" list. */
  readonly choices?: readonly string[];
  /** Placeholders filled with another catalogue message (a reason, in the reader's language), itself filled from `params`. */
  readonly messageParams?: Readonly<Record<string, MessageKey>>;
  /** English details for the console warning: what was given, what was expected. */
  readonly detail: string;
}

/** Longest piece of user input quoted back in a message; the console gets all of it. */
const QUOTE_LIMIT = 40;

/** User input made safe to quote in a short message: one line, at most 40 characters. */
export function quote(value: unknown): string {
  const text = String(value).replace(/\s+/g, ' ');
  return text.length > QUOTE_LIMIT ? `${text.slice(0, QUOTE_LIMIT - 1)}…` : text;
}

/**
 * Checks that an attribute holds one of its allowed values.
 *
 * @returns `null` when it does, else a problem naming the attribute and the allowed values.
 * @example checkChoice('theme', 'purple', ['auto', 'light', 'dark'])
 */
export function checkChoice(
  attribute: string,
  value: unknown,
  allowed: readonly string[],
): Problem | null {
  if (typeof value === 'string' && allowed.includes(value)) return null;
  return {
    key: 'problem.badChoice',
    params: { attribute, value: quote(value) },
    choices: allowed,
    detail: `${attribute}=${JSON.stringify(String(value))} is not one of ${allowed.map((a) => `"${a}"`).join(', ')}.`,
  };
}

/**
 * Checks that a space-separated attribute holds only allowed words (in any order, any of them).
 *
 * @returns `null` when it does, else a problem quoting the words that are not allowed.
 * @example checkWords('downloads', 'png gif', ['png', 'svg', 'csv']) // "The downloads value “gif” is not valid. …"
 */
export function checkWords(attribute: string, value: string, allowed: readonly string[]): Problem | null {
  const unknown = value.split(/\s+/).filter((word) => word && !allowed.includes(word));
  if (!unknown.length) return null;
  return {
    key: 'problem.badWords',
    params: { attribute, value: quote(unknown.join(' ')) },
    choices: allowed,
    detail: `${attribute}=${JSON.stringify(value)}: ${unknown.map((w) => `"${w}"`).join(', ')} not among ${allowed.map((a) => `"${a}"`).join(', ')} (space-separated).`,
  };
}

/**
 * Checks that an attribute holds a whole number from `min` to `max`.
 *
 * @example checkWholeNumber('top', '0', 1, 31) // a problem: "expected 1–31"
 */
export function checkWholeNumber(attribute: string, value: string, min: number, max: number): Problem | null {
  const number = Number(value);
  if (Number.isInteger(number) && number >= min && number <= max) return null;
  return {
    key: 'problem.badNumber',
    params: { attribute, value: quote(value), expected: `${min}–${max}` },
    detail: `${attribute}=${JSON.stringify(String(value))} is not a whole number from ${min} to ${max}.`,
  };
}

/**
 * Checks that a text attribute is at most `max` characters long; longer text is refused
 * unread, so that no value costs more than a glance.
 *
 * @example checkLength('unit', 'x'.repeat(5000), 100, 'en') // "The unit value is too long: 5,000 characters (at most 100)."
 */
export function checkLength(attribute: string, text: string, max: number, language: Language): Problem | null {
  if (text.length <= max) return null;
  const count = (n: number) => numberFormat(language, {}).format(n);
  return {
    key: 'problem.tooLong',
    params: { attribute, length: count(text.length), max: count(max) },
    detail: `${attribute} has ${text.length} characters; at most ${max} are read.`,
  };
}

/** The problem's message in the reader's language (lists of allowed values localized). */
export function describeProblem(problem: Problem, language: Language): string {
  const params: Record<string, string | number> = { ...problem.params };
  if (problem.choices) params.allowed = listOr(language, problem.choices.map((c) => `“${c}”`));
  for (const [name, key] of Object.entries(problem.messageParams ?? {})) params[name] = message(language, key, problem.params);
  return message(language, problem.key, params);
}

/** A problem for an unexpected exception: the reader gets a generic line, the console the error. */
export function internalProblem(error: unknown): Problem {
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { key: 'problem.internal', detail: `Unexpected error while rendering. ${detail}` };
}
