/**
 * A page's own boundary file (`geometry-src`), fetched and decoded once per address however
 * many maps use it. A request nobody waits for any more (every map asking for it moved on to
 * another address, or left the page) is aborted.
 */
import { LoadError, loadText } from './load.js';
import { decodeGeometry, type Geometry } from '../geo/geometry.js';

interface Pending {
  readonly result: Promise<Geometry>;
  readonly request: AbortController;
  waiting: number;
  settled: boolean;
}

const cache = new Map<string, Pending>();

/**
 * The decoded boundaries at `url`. A failure is not cached, so a later attempt asks again.
 *
 * @param signal aborts this map's interest; the shared request is aborted when no map is left waiting.
 * @throws {LoadError} when the file cannot be fetched; {GeometryError} when it holds no usable
 *   shapes; the signal's reason when aborted.
 */
export function loadGeometry(url: string, signal: AbortSignal): Promise<Geometry> {
  let key: string;
  try {
    key = new URL(url, document.baseURI).href;
  } catch {
    return Promise.reject(new LoadError('not a valid address')); // as loadText says it
  }
  let pending = cache.get(key);
  if (!pending) {
    const request = new AbortController();
    const entry: Pending = {
      request,
      waiting: 0,
      settled: false,
      result: loadText(key, request.signal).then(({ text }) => decodeGeometry(JSON.parse(text))),
    };
    entry.result.then(
      () => (entry.settled = true),
      () => {
        entry.settled = true;
        cache.delete(key);
      },
    );
    cache.set(key, entry);
    pending = entry;
  }
  const entry = pending;
  entry.waiting++;
  return new Promise<Geometry>((resolve, reject) => {
    const giveUp = () => {
      entry.waiting--;
      if (entry.waiting === 0 && !entry.settled) {
        entry.request.abort();
        cache.delete(key);
      }
      reject(signal.reason);
    };
    if (signal.aborted) return giveUp();
    signal.addEventListener('abort', giveUp, { once: true });
    entry.result.then(
      (geometry) => {
        signal.removeEventListener('abort', giveUp);
        entry.waiting--;
        resolve(geometry);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', giveUp);
        entry.waiting--;
        reject(error);
      },
    );
  });
}
