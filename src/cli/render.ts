/**
 * A widget's state as SVG text, drawn in Node by the widget's own code: its attributes read as
 * a page's would be, its figure composed as for a download (`MosaicElement.figure`), rendered
 * to markup by `@lit-labs/ssr`. Bad input fails with the message the widget would show.
 */
import { readFileSync } from 'node:fs';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { finishFigure } from '../element/static-figure.js';
import type { MosaicElement } from '../element/mosaic-element.js';
import { normalizeLanguage } from '../i18n/language.js';
import { describeProblem } from '../text/problem.js';
import { MetricCompare, ProvinceMap, RegionCard } from '../index.js';
import { UsageError, type RenderRequest, type Widgets } from './arguments.js';

export const WIDGETS: Widgets = { 'province-map': ProvinceMap, 'region-card': RegionCard, 'metric-compare': MetricCompare };

export function renderSvg(request: RenderRequest): string {
  const element = new (WIDGETS[request.tag] as unknown as new () => MosaicElement)();
  for (const [name, value] of request.attributes) {
    element.setAttribute(name, value);
    element.attributeChangedCallback(name, null, value);
  }
  if (request.data) (element as MosaicElement & { data: unknown }).data = readData(request.data);
  if (request.notes.length) {
    // What the page's <mosaic-note> children would be (a Node element has no children to read).
    const notes = (element as unknown as { noteChildren?: { markup: unknown } }).noteChildren;
    if (!notes) throw new UsageError(`<${request.tag}> takes no notes.`);
    notes.markup = request.notes;
  }
  const theme = request.attributes.get('theme');
  const figure = element.figure({ width: request.width, scheme: theme === 'dark' ? 'dark' : 'light' });
  if (!figure) {
    const language = normalizeLanguage(request.attributes.get('lang'));
    const problem = element.problem ? describeProblem(element.problem, language) : `<${request.tag}> has nothing to draw.`;
    throw new UsageError(request.data && element.problem?.key === 'problem.badData' ? `--data ${request.data}: ${problem}` : problem);
  }
  return finishFigure(collectResultSync(render(figure.template)), figure);
}

/** A CSV or JSON file's text, read as the element's `data` (as its `src` would load it). */
function readData(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read --data ${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}.`);
  }
}
