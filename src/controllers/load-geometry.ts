/**
 * A page's own boundary file (`geometry-src`), fetched and decoded once per address however
 * many maps use it. A request nobody waits for any more (every map asking for it moved on to
 * another address, or left the page) is aborted.
 */
import type { ReactiveControllerHost } from 'lit';
import { LatestRequest } from './latest-request.js';
import { LoadError, loadProblem, loadText } from './load.js';
import { bundledGeometry } from '../geo/bundled.js';
import { decodeGeometry, GeometryError, type Geometry } from '../geo/decode.js';
import type { Problem } from '../text/problem.js';

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
        if (cache.get(key) === entry) cache.delete(key);
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
        if (cache.get(key) === entry) cache.delete(key);
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

/** The boundaries a map draws: the bundled ones, or those at its `geometry-src` once they arrive. */
export class GeometrySource {
  /** What the map draws; the previous boundaries stay while newer ones load. */
  get geometry(): Geometry {
    return this.loaded ?? bundledGeometry(); // decoded when first drawn, not when the map is made
  }
  private loaded: Geometry | null = null;
  /** Why the boundaries at the address cannot be used. */
  problem: Problem | null = null;

  private url: string | null = null;
  private readonly request: LatestRequest<Geometry>;

  constructor(host: ReactiveControllerHost) {
    this.request = new LatestRequest(host, loadGeometry, (outcome, url) => {
      this.problem = 'error' in outcome ? geometryProblem(url, outcome.error) : null;
      this.loaded = 'value' in outcome ? outcome.value : null;
    });
  }

  /** Whether boundaries are on their way. */
  get loading(): boolean {
    return this.request.pending;
  }

  /** Call from `willUpdate` with the current `geometry-src`; does nothing if it did not change. */
  update(src: string): void {
    const url = src.trim();
    if (url === this.url) return;
    this.url = url;
    this.problem = null;
    if (url) {
      this.request.start(url);
    } else {
      this.request.cancel();
      this.loaded = null;
    }
  }
}

function geometryProblem(url: string, error: unknown): Problem {
  if (error instanceof LoadError) return loadProblem('problem.geometryFailed', url, error, 'boundaries');
  return {
    key: 'problem.badGeometry',
    params: { url },
    messageParams: { reason: error instanceof GeometryError ? 'reason.noShapes' : 'reason.malformed' },
    detail: `the boundaries from ${url} cannot be used: ${error instanceof Error ? error.message : String(error)}`,
  };
}
