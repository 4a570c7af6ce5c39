/**
 * A page's own boundary file (`geometry-src`), fetched and decoded once per address however
 * many maps use it.
 */
import { loadText } from '../base/load.js';
import { decodeGeometry, type Geometry } from './geometry.js';

const cache = new Map<string, Promise<Geometry>>();

/**
 * The decoded boundaries at `url`. A failure is not cached, so a later attempt asks again.
 *
 * @throws {LoadError} when the file cannot be fetched; {GeometryError} when it holds no usable shapes.
 */
export function loadGeometry(url: string): Promise<Geometry> {
  const key = new URL(url, document.baseURI).href;
  let pending = cache.get(key);
  if (!pending) {
    pending = loadText(key, new AbortController().signal).then(({ text }) => decodeGeometry(JSON.parse(text)));
    cache.set(key, pending);
    pending.catch(() => cache.delete(key));
  }
  return pending;
}
