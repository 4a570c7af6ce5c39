/**
 * When a widget comes near the viewport. One IntersectionObserver serves every widget on the
 * page, and exists only while one waits.
 */

type Callback = () => void;

/** How far ahead of the viewport drawing starts: one viewport height above and below. */
const MARGIN = '100% 0px';

const waiting = new Map<Element, Callback>();
let observer: IntersectionObserver | null = null;

function onIntersection(entries: IntersectionObserverEntry[]): void {
  for (const entry of entries) {
    const callback = entry.isIntersecting && waiting.get(entry.target);
    if (!callback) continue;
    stopWaiting(entry.target);
    callback();
  }
}

function stopWaiting(element: Element): void {
  waiting.delete(element);
  observer?.unobserve(element);
  if (waiting.size === 0 && observer) {
    observer.disconnect();
    observer = null;
  }
}

/**
 * Whether an element is in its window's viewport. One that is not laid out (in a `display: none`
 * container) counts as in view: it draws as before, when it shows.
 */
export function inViewport(element: Element): boolean {
  const rect = element.getBoundingClientRect();
  const view = element.ownerDocument.defaultView ?? window; // its own window, if it was moved into an iframe
  return rect.bottom >= 0 && rect.top <= (view.innerHeight || element.ownerDocument.documentElement.clientHeight);
}

/**
 * Calls `callback` once, when the element comes within one viewport height of the viewport.
 *
 * @returns a function that stops waiting (call it when the element leaves the page).
 */
export function whenNearViewport(element: Element, callback: Callback): () => void {
  if (typeof IntersectionObserver !== 'function') {
    callback();
    return () => {};
  }
  observer ??= new IntersectionObserver(onIntersection, { rootMargin: MARGIN });
  waiting.set(element, callback);
  observer.observe(element);
  return () => stopWaiting(element);
}

/** How many widgets wait, and whether the observer exists (for leak tests). */
export function viewportStats(): { waiting: number; observing: boolean } {
  return { waiting: waiting.size, observing: observer !== null };
}
