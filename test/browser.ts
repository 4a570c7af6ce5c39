/**
 * Shared helpers for the browser tests. Importing this module also installs page-wide checks
 * that fail any test during which:
 * - Lit's dev mode reported a class field shadowing a reactive property, or
 * - an exception or unhandled rejection reached the page (widgets must never throw into it).
 */
import 'axe-core/axe.min.js';
import { fixture, html } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import type { AxeResults, RunOptions } from 'axe-core';
import type { TemplateResult } from 'lit';

declare global {
  interface Window {
    axe: { run(context: Element, options: RunOptions): Promise<AxeResults> };
  }
}

/** Every console.warn / console.error of the current test, as text. */
const consoleMessages: string[] = [];
const pageErrors: string[] = [];

for (const level of ['warn', 'error'] as const) {
  const original = console[level].bind(console);
  console[level] = (...args: unknown[]) => {
    consoleMessages.push(args.map((a) => (a instanceof Element ? `<${a.localName}>` : String(a))).join(' '));
    original(...args);
  };
}
addEventListener('error', (event) => pageErrors.push(`error: ${event.message}`));
addEventListener('unhandledrejection', (event) => pageErrors.push(`unhandled rejection: ${String(event.reason)}`));

const LIT_CLASS_FIELD = /class[- ]field/i;

/** The console messages of this test that came from this library. */
export function mosaicWarnings(): string[] {
  return consoleMessages.filter((m) => m.startsWith('innovation-mosaic:'));
}

/** Lit dev-mode class-field reports seen in this test (the afterEach check fails on any). */
export function litClassFieldReports(): string[] {
  return consoleMessages.filter((m) => LIT_CLASS_FIELD.test(m));
}

/** Forget what this test logged so far (for tests that provoke warnings on purpose). */
export function clearConsole(): void {
  consoleMessages.length = 0;
}

beforeEach(() => {
  consoleMessages.length = 0;
  pageErrors.length = 0;
});

afterEach(function checkPage() {
  const reports = litClassFieldReports();
  const errors = [...pageErrors];
  pageErrors.length = 0;
  if (reports.length) throw new Error(`Lit dev mode: ${reports.join('\n')}`);
  if (errors.length) throw new Error(`Exceptions reached the page:\n${errors.join('\n')}`);
});

/**
 * Waits for what a page change sets off: media-query events (dispatched with a later frame),
 * the page watcher's microtask, and the element's next render.
 */
export async function settle(element: { updateComplete: Promise<unknown> }): Promise<void> {
  for (let frame = 0; frame < 2; frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
  await new Promise((resolve) => setTimeout(resolve));
  await element.updateComplete;
}

/** Fails with a readable list when axe-core finds any WCAG 2.x A/AA violation inside `element`. */
export async function expectAccessible(element: Element): Promise<void> {
  const results = await window.axe.run(element, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    rules: { region: { enabled: false } }, // a widget alone is not a page with landmarks
  });
  if (results.violations.length) {
    const lines = results.violations.map(
      (v) => `${v.id}: ${v.help}\n  ${v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary}`).join('\n  ')}`,
    );
    throw new Error(`axe-core found ${results.violations.length} violation(s):\n${lines.join('\n')}`);
  }
}

/**
 * Media emulation (`prefers-color-scheme`, reduced motion) goes through the Chrome DevTools
 * Protocol, which Firefox does not speak: tests that need it run in Chromium only.
 */
export const canEmulateMedia = !navigator.userAgent.includes('Firefox');
/** `it` where media can be emulated, `it.skip` elsewhere. */
export const itEmulatingMedia = canEmulateMedia ? it : it.skip;

/** Polls until `condition` holds, failing after `timeout` ms with what it waited for. */
export async function waitFor(condition: () => boolean, what = 'a condition', timeout = 4000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** An element's text with white space folded, as a reader would read it. */
export const text = (node: Element | null | undefined): string => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/**
 * Renders a widget in a box of the given width, with the pointer parked in the corner (away
 * from where an earlier test left it), and waits until it has drawn.
 */
export async function place<T extends HTMLElement & { updateComplete: Promise<unknown> }>(markup: TemplateResult, width: number): Promise<T> {
  await sendMouse({ type: 'move', position: [0, 0] });
  const host = await fixture<HTMLElement>(html`<div style="width: ${width}px">${markup}</div>`);
  const widget = host.firstElementChild as T;
  widget.scrollIntoView(); // widgets off-screen wait to draw until they near the viewport
  await settle(widget);
  return widget;
}

/** The text of the widget's problem box (`[part="problem"]`), once it shows one. */
export async function problemText(el: Element): Promise<string> {
  const box = () => el.shadowRoot!.querySelector('[part="problem"]');
  await waitFor(() => !!box(), 'a problem');
  return text(box());
}

/** Makes `fetch` never answer (until aborted), so that widgets stay loading; returns the undo. */
export function stallFetch(): () => void {
  const original = window.fetch;
  window.fetch = (_input, init) =>
    new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
  return () => (window.fetch = original);
}
