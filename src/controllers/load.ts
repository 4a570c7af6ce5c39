/**
 * Fetching the files a page points a widget at (`src`, `geometry-src`). Only URLs the page
 * gave are requested; a request that takes too long is given up.
 */

import type { MessageKey } from '../i18n/messages.js';
import type { Problem } from '../text/problem.js';

/** Why a file could not be loaded, in words for the widget's message (`HTTP 404`, `timed out`). */
export class LoadError extends Error {
  override name = 'LoadError';
}

/** The catalogue message for each reason a load fails (HTTP statuses are shown as they are). */
export const LOAD_REASONS: Readonly<Record<string, MessageKey>> = {
  'not a valid address': 'reason.badUrl',
  'timed out': 'reason.timeout',
  'network error': 'reason.network',
};

/**
 * The problem a widget shows for a file that could not be loaded, with the reason in the
 * reader's words where the catalogue has them (an HTTP status is shown as it is).
 */
export function loadProblem(key: 'problem.loadFailed' | 'problem.geometryFailed', url: string, error: unknown, what: string): Problem {
  const reason = error instanceof LoadError ? error.message : String(error);
  return {
    key,
    params: { url, reason },
    ...(LOAD_REASONS[reason] ? { messageParams: { reason: LOAD_REASONS[reason] } } : {}),
    detail: `could not load ${what} from ${url}: ${reason}`,
  };
}

/** A request still unanswered after `timeoutMs` is given up (a page or a test may shorten it). */
export const loadSettings = { timeoutMs: 20_000 };

export type TextFormat = 'json' | 'csv';

/** A loaded file: its text, whether that is JSON or CSV, and its absolute address. */
export interface LoadedText {
  readonly text: string;
  readonly format: TextFormat;
  readonly url: string;
}

/** JSON or CSV, by content type, then file extension, then the first character. */
export function detectFormat(url: string, contentType: string, text: string): TextFormat {
  if (/json/i.test(contentType)) return 'json';
  if (/csv/i.test(contentType)) return 'csv';
  const path = url.split(/[?#]/)[0].toLowerCase();
  if (/\.(geo|topo)?json$/.test(path)) return 'json';
  if (/\.csv$/.test(path)) return 'csv';
  return /^\s*[[{]/.test(text) ? 'json' : 'csv';
}

/**
 * The text at `url`, resolved against the page.
 *
 * @throws {LoadError} for a bad URL, a network failure, an HTTP error or a time-out.
 * @throws the signal's reason (an `AbortError`) when the caller aborts.
 */
export async function loadText(url: string, signal: AbortSignal): Promise<LoadedText> {
  let absolute: string;
  try {
    absolute = new URL(url, document.baseURI).href;
  } catch {
    throw new LoadError('not a valid address');
  }
  // One signal for "the caller gave up" and "too slow", built by hand: AbortSignal.any and
  // AbortSignal.timeout are missing from browsers a few years old.
  const combined = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    combined.abort();
  }, loadSettings.timeoutMs);
  const forward = () => combined.abort(signal.reason);
  if (signal.aborted) forward();
  else signal.addEventListener('abort', forward, { once: true });
  let response: Response;
  try {
    response = await fetch(absolute, { signal: combined.signal, credentials: 'same-origin' });
    if (!response.ok) throw new LoadError(`HTTP ${response.status}`);
    const text = await response.text();
    return { text, format: detectFormat(absolute, response.headers.get('content-type') ?? '', text), url: absolute };
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    if (error instanceof LoadError) throw error;
    if (timedOut) throw new LoadError('timed out');
    throw new LoadError('network error');
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', forward);
  }
}
