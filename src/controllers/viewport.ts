/**
 * When a widget comes near the viewport. Widgets off-screen leave out their costly drawing
 * until then, so a page with many of them pays only for those a reader gets to. One
 * IntersectionObserver serves every widget on the page, and exists only while one waits.
 */

type Callback = () => void;

/** How far ahead of the viewport drawing starts: one viewport height above and below. */
const MARGIN = '100% 0px';

const waiting = new Map<Element, Callback>();
let observer: IntersectionObserver | null = null;

function release(element: Element): void {
  const callback = waiting.get(element);
  if (!callback) return;
  stopWaiting(element);
  callback();
}

/** Widgets the observer found near, drawn one per task so that no task draws many. */
const due: Element[] = [];

function releaseNext(): void {
  const element = due.shift();
  if (element) release(element);
  if (due.length) setTimeout(releaseNext);
}

function onIntersection(entries: IntersectionObserverEntry[]): void {
  const start = due.length === 0;
  for (const entry of entries) if (entry.isIntersecting && !due.includes(entry.target)) due.push(entry.target);
  if (start && due.length) releaseNext();
}

function releaseAll(): void {
  for (const element of [...waiting.keys()]) release(element);
}

function stopWaiting(element: Element): void {
  waiting.delete(element);
  observer?.unobserve(element);
  if (waiting.size === 0 && observer) {
    observer.disconnect();
    observer = null;
    removeEventListener('beforeprint', releaseAll);
  }
}

/** A widget found below the viewport in the current task: the ones after it in the page are too. */
let farBelow: Element | null = null;

/**
 * Whether the element is in the viewport now, asked once per widget when it first renders, so
 * that a widget in view draws at once (the others draw from the observer, one per task).
 * Asking forces a layout; so that a page inserting a hundred widgets does not lay itself out a
 * hundred times, once one widget is found below the viewport, those after it in the page are
 * taken to be below as well until the task ends (the observer corrects any that are not, a
 * frame later). An element that is not laid out (in a `display: none` container) counts as in
 * view: it draws as before, when it shows.
 */
export function isInViewport(element: Element): boolean {
  if (typeof IntersectionObserver !== 'function') return true;
  if (farBelow?.isConnected && farBelow.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING) return false;
  const rect = element.getBoundingClientRect();
  const height = innerHeight || document.documentElement.clientHeight;
  if (rect.top > height) {
    if (!farBelow) setTimeout(() => (farBelow = null));
    farBelow = element;
  }
  return rect.bottom >= 0 && rect.top <= height;
}

/**
 * Calls `callback` once, when the element comes within one viewport height of the viewport
 * or the page is printed.
 *
 * @returns a function that stops waiting (call it when the element leaves the page).
 */
export function whenNearViewport(element: Element, callback: Callback): () => void {
  if (typeof IntersectionObserver !== 'function') {
    callback();
    return () => {};
  }
  if (!observer) {
    observer = new IntersectionObserver(onIntersection, { rootMargin: MARGIN });
    addEventListener('beforeprint', releaseAll);
  }
  waiting.set(element, callback);
  observer.observe(element);
  return () => stopWaiting(element);
}

/** How many widgets wait, and whether the observer exists (for leak tests). */
export function viewportStats(): { waiting: number; observing: boolean } {
  return { waiting: waiting.size, observing: observer !== null };
}
