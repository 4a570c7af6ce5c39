/**
 * When each widget draws for the first time, so that no task of ours blocks the page however
 * many widgets it has:
 *
 * - never in the task that defines or inserts the widgets (the script's own, or the parser's);
 * - first what the page's first draws need once ({@link prepareSoon}: the browser's number
 *   formats, the bundled boundaries projected);
 * - then the widgets in the viewport, in the page's order, each after its own costly steps
 *   (a map's view other than the default), as many preparations, steps and draws per task as
 *   start within a frame's time (see {@link pump}), every task yielding to the page between
 *   (`next-task.ts`);
 * - a widget that waits for the viewport (maps, cards) does nothing more until it comes within
 *   one viewport height of it (`viewport.ts`) than what its `waiting` callback does (check its
 *   input, start its requests): no rendering, no model;
 * - every widget at once, synchronously, before the page is printed.
 *
 * Which widgets are in view is read for all of them at once, in one layout, not one per widget.
 * A widget that leaves the page before it draws is forgotten but for its place in a WeakMap.
 */
import { nextTask } from './next-task.js';
import { inViewport, whenNearViewport } from './viewport.js';

export interface FirstDrawOptions {
  /** Whether the widget waits until it nears the viewport. */
  readonly defers: boolean;
  /** Work done before the first draw (each a step, see {@link pump}); asked when the widget's turn comes. */
  readonly steps: () => readonly (() => void)[];
  /** Called when the widget is found off-screen and starts waiting. */
  readonly waiting: () => void;
  /** Draws the widget at once, in this task (before printing). */
  readonly drawNow: () => void;
}

interface Entry extends FirstDrawOptions {
  readonly resolve: () => void;
  remaining?: (() => void)[];
  stopWaiting?: () => void;
}

/** Work a page's first draws need once, done before any first draw. */
const preparations: (() => void)[] = [];
const prepared = new Set<() => void>();

/** Widgets that have not drawn yet, connected or not. */
const entries = new WeakMap<Element, Entry>();
/** Those of them in the page. */
const connected = new Set<Element>();
/** Connected since the last sort: in view or not is read for all of them in one task. */
const unsorted = new Set<Element>();
/** In turn to draw, first first. */
const due: Element[] = [];
let sorting = false;
let pumping = false;

/**
 * Runs each of `steps` once per page, in tasks after this one and before any first draw (each
 * as costly as a step of a widget's own: the browser's number formats, the bundled boundaries
 * projected). Called as widgets join the page, so that with the script in the head this is done
 * while the page is still being read (even where every widget is far below); a step already
 * run or queued is skipped.
 */
export function prepareSoon(steps: readonly (() => void)[]): void {
  for (const step of steps) {
    if (prepared.has(step)) continue;
    prepared.add(step);
    preparations.push(step);
  }
  if (!pumping && preparations.length) void nextTask().then(pump);
}

/**
 * A promise that resolves when `element` may draw for the first time, in a later task than
 * this one. Call {@link connectFirstDraw} and {@link disconnectFirstDraw} as the element
 * joins and leaves the page.
 */
export function firstDraw(element: Element, options: FirstDrawOptions): Promise<void> {
  return new Promise((resolve) => {
    entries.set(element, { ...options, resolve });
    connectFirstDraw(element);
  });
}

/** The element joined the page: its turn is found again, if it has not drawn yet. */
export function connectFirstDraw(element: Element): void {
  if (!entries.has(element) || !element.isConnected) return;
  if (connected.size === 0) addEventListener('beforeprint', drawAll);
  connected.add(element);
  unsorted.add(element);
  if (!sorting) {
    sorting = true;
    void nextTask().then(sort);
  }
}

/** The element left the page: it waits for nothing until it joins again. */
export function disconnectFirstDraw(element: Element): void {
  const entry = entries.get(element);
  if (!entry || !connected.delete(element)) return;
  if (connected.size === 0) removeEventListener('beforeprint', drawAll);
  unsorted.delete(element);
  entry.stopWaiting?.();
  entry.stopWaiting = undefined;
  const index = due.indexOf(element);
  if (index >= 0) due.splice(index, 1);
}

const inPageOrder = (a: Element, b: Element): number => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1);

function sort(): void {
  sorting = false;
  const elements = [...unsorted].filter((element) => element.isConnected && entries.has(element) && !due.includes(element) && !entries.get(element)!.stopWaiting).sort(inPageOrder);
  unsorted.clear();
  // Every box read after one layout: reading them in turn, with nothing written between, lays the page out once.
  const inView = elements.map((element) => !entries.get(element)!.defers || inViewport(element));
  elements.forEach((element, i) => {
    const entry = entries.get(element)!;
    if (inView[i]) return due.push(element);
    entry.stopWaiting = whenNearViewport(element, () => {
      entry.stopWaiting = undefined;
      due.push(element);
      void pump();
    });
    entry.waiting();
  });
  void pump();
}

/**
 * Preparations, steps and first draws, in turn. A task goes on to the next one only while it
 * has run for less than a frame ({@link SLICE}), so that no task is longer than a frame and one
 * step or draw; most pages draw the widgets in view in their first tasks.
 */
async function pump(): Promise<void> {
  if (pumping) return;
  pumping = true;
  try {
    let start = performance.now();
    while (preparations.length || due.length) {
      runOne();
      // The widget's update runs in the microtasks queued by runOne(), before this goes on.
      await Promise.resolve();
      if (performance.now() - start >= SLICE) {
        await nextTask();
        start = performance.now();
      }
    }
  } finally {
    pumping = false;
  }
}

/** How long a task of ours goes on starting steps and draws: a frame at 60 Hz. */
const SLICE = 16;

function runOne(): void {
  const preparation = preparations.shift();
  const element = preparation ? undefined : due[0]!;
  try {
    if (preparation) return preparation();
    const entry = entries.get(element!)!;
    entry.remaining ??= [...entry.steps()];
    const step = entry.remaining.shift();
    if (step) return step();
  } catch {
    // A step that fails leaves the widget to meet the trouble as it draws, and show it.
    if (element) entries.get(element)!.remaining = [];
    return;
  }
  finish(element!);
}

function finish(element: Element): void {
  const entry = entries.get(element);
  if (!entry) return;
  disconnectFirstDraw(element);
  entries.delete(element);
  entry.resolve();
}

/**
 * Before printing: every widget on the page, drawn now, in this task, so that a page's own
 * print button (which prints before this task's microtasks run) prints them drawn.
 */
function drawAll(): void {
  for (const element of [...connected]) {
    const entry = entries.get(element)!;
    finish(element);
    entry.drawNow();
  }
}

/** How many widgets in the page have not drawn yet, and how many are in turn (for leak tests). */
export function firstDrawStats(): { pending: number; due: number } {
  return { pending: connected.size, due: due.length };
}
