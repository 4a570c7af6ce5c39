/**
 * When each widget draws for the first time, so that no task of ours blocks the page however
 * many widgets it has:
 *
 * - never in the task that defines or inserts the widgets (the script's own, or the parser's);
 * - then those in the viewport, in the page's order, each after its costly first steps
 *   (decoding the boundaries, the first number format), as many steps and draws per task as
 *   start within a frame's time (see {@link pump}), every task yielding to the page between
 *   (`next-task.ts`);
 * - a widget that waits for the viewport (maps, cards) does nothing more until it comes within
 *   one viewport height of it (`viewport.ts`): no rendering, no styles, no model;
 * - every widget at once before the page is printed.
 *
 * Which widgets are in view is read for all of them at once, in one layout, not one per widget.
 */
import { nextTask } from './next-task.js';
import { inViewport, whenNearViewport } from './viewport.js';

export interface FirstDrawOptions {
  /** Whether the widget waits until it nears the viewport. */
  readonly defers: boolean;
  /** Work done before the first draw, each step in a task of its own; asked when the widget's turn comes. */
  readonly steps?: () => readonly (() => void)[];
}

interface Entry extends FirstDrawOptions {
  readonly resolve: () => void;
  remaining?: (() => void)[];
  stopWaiting?: () => void;
}

/** Work a page's first draws need once, in tasks of its own as soon as the script has run. */
const preparations: (() => void)[] = [];
const prepared = new Set<() => void>();

/**
 * Runs each of `steps` once per page, in tasks after this one and before any first draw (each
 * as costly as a step of a widget's own: the browser's number formats, the bundled boundaries
 * projected). Called as widgets join the page; a step already run or queued is skipped.
 */
export function prepareSoon(steps: readonly (() => void)[]): void {
  for (const step of steps) {
    if (prepared.has(step)) continue;
    prepared.add(step);
    preparations.push(step);
  }
  if (!pumping && preparations.length) void nextTask().then(pump);
}

/** Widgets that have not drawn yet. */
const entries = new Map<Element, Entry>();
/** Connected since the last sort: in view or not is read for all of them in one task. */
const unsorted = new Set<Element>();
/** In turn to draw, first first. */
const due: Element[] = [];
let sorting = false;
let pumping = false;

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
  unsorted.add(element);
  if (!sorting) {
    sorting = true;
    void nextTask().then(sort);
  }
  if (entries.size === 1) addEventListener('beforeprint', drawAll);
}

/** The element left the page: it waits for nothing until it joins again. */
export function disconnectFirstDraw(element: Element): void {
  const entry = entries.get(element);
  if (!entry) return;
  unsorted.delete(element);
  entry.stopWaiting?.();
  entry.stopWaiting = undefined;
  const index = due.indexOf(element);
  if (index >= 0) due.splice(index, 1);
}

function sort(): void {
  sorting = false;
  const elements = [...unsorted].filter((element) => element.isConnected && !due.includes(element));
  unsorted.clear();
  // Every box read after one layout: reading them in turn, with nothing written between, lays the page out once.
  const inView = elements.map((element) => !entries.get(element)!.defers || inViewport(element.getBoundingClientRect()));
  elements.forEach((element, i) => {
    if (inView[i]) due.push(element);
    else {
      const entry = entries.get(element)!;
      entry.stopWaiting = whenNearViewport(element, () => {
        entry.stopWaiting = undefined;
        due.push(element);
        void pump();
      });
    }
  });
  void pump();
}

/**
 * Steps and first draws, in turn. A task goes on to the next one only while it has run for
 * less than a frame ({@link SLICE}), so that no task is longer than a frame and one step or
 * draw; most pages draw the widgets in view in their first task, before the browser paints
 * their placeholders.
 */
async function pump(): Promise<void> {
  if (pumping) return;
  pumping = true;
  let start = performance.now();
  while (preparations.length || due.length) {
    const element = due[0];
    const entry = element && entries.get(element)!;
    if (entry) entry.remaining ??= [...(entry.steps?.() ?? [])];
    const step = preparations.shift() ?? entry!.remaining!.shift();
    if (!step) finish(element!);
    else {
      try {
        step();
      } catch {
        // The draw meets the same trouble, and shows it in the widget.
      }
    }
    // The widget's update runs in the microtasks queued by finish(), before this goes on.
    await Promise.resolve();
    if (performance.now() - start >= SLICE) {
      await nextTask();
      start = performance.now();
    }
  }
  pumping = false;
}

/** How long a task of ours goes on starting steps and draws: a frame at 60 Hz. */
const SLICE = 16;

function finish(element: Element): void {
  const entry = entries.get(element);
  if (!entry) return;
  disconnectFirstDraw(element);
  entries.delete(element);
  if (entries.size === 0) removeEventListener('beforeprint', drawAll);
  entry.resolve();
}

/** Before printing: every widget on the page, at once (their updates run before the print's layout). */
function drawAll(): void {
  for (const element of [...entries.keys()]) if (element.isConnected) finish(element);
}

/** How many widgets have not drawn yet, and how many are in turn (for leak tests). */
export function firstDrawStats(): { pending: number; due: number } {
  return { pending: entries.size, due: due.length };
}
