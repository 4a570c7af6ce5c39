/**
 * One set of observers per page, shared by every widget, that says when something a widget's
 * language or palette depends on may have changed: a `lang` attribute anywhere in the
 * document, the class or style of `<html>` / `<body>` (where pages set `color-scheme` or a
 * dark-mode class), or the reader's `prefers-color-scheme`.
 *
 * The observers exist only while at least one widget listens, so a page that removes its
 * widgets keeps nothing running.
 */

type Listener = () => void;

const listeners = new Set<Listener>();
let stop: (() => void) | null = null;
let notifyQueued = false;

const DARK_QUERY = '(prefers-color-scheme: dark)';

/** Whether the reader asks for a dark palette. */
export function prefersDark(): boolean {
  return typeof matchMedia === 'function' && matchMedia(DARK_QUERY).matches;
}

function notify(): void {
  // Coalesce a burst of mutations into one call per listener.
  if (notifyQueued) return;
  notifyQueued = true;
  queueMicrotask(() => {
    notifyQueued = false;
    for (const listener of [...listeners]) listener();
  });
}

function start(): () => void {
  const root = document.documentElement;
  const langObserver = new MutationObserver(notify);
  langObserver.observe(root, { subtree: true, attributeFilter: ['lang'] });
  const pageObserver = new MutationObserver(notify);
  pageObserver.observe(root, { attributeFilter: ['class', 'style'] });
  if (document.body) pageObserver.observe(document.body, { attributeFilter: ['class', 'style'] });
  const dark = typeof matchMedia === 'function' ? matchMedia(DARK_QUERY) : null;
  dark?.addEventListener('change', notify);
  return () => {
    langObserver.disconnect();
    pageObserver.disconnect();
    dark?.removeEventListener('change', notify);
  };
}

/**
 * Calls `listener` (batched, in a microtask) whenever the page's language or colour
 * setting may have changed.
 *
 * @returns a function that stops listening; the last one to stop releases the observers.
 */
export function watchPage(listener: Listener): () => void {
  listeners.add(listener);
  stop ??= start();
  return () => {
    listeners.delete(listener);
    // Released a microtask later, so that a widget moved in the page (disconnected, then
    // connected again at once) does not tear the observers down and build them again.
    if (listeners.size === 0) queueMicrotask(releaseIfUnused);
  };
}

function releaseIfUnused(): void {
  if (listeners.size === 0 && stop) {
    stop();
    stop = null;
  }
}

/** How many widgets listen, and whether the observers run (for leak tests). */
export function pageWatchStats(): { listeners: number; observing: boolean } {
  return { listeners: listeners.size, observing: stop !== null };
}
