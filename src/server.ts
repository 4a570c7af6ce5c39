/**
 * `innovation-mosaic/server`: the widgets drawn on a server, in Node, for pages built there (a
 * site generator, a server that renders articles). Each comes as its HTML with the drawing
 * inside a declarative shadow root (`<template shadowrootmode="open">`), which the browser
 * shows as it parses the page: a reader sees the map, card or chart, with its legend and
 * sources, before any script runs and with none at all. Put the script-tag file at the end of
 * the page and each widget takes over from the server's drawing when it arrives, in the same
 * task, so nothing flashes or moves.
 *
 * Node only: importing it installs Lit's minimal DOM shim (`customElements`, `HTMLElement`)
 * on Node's global object and registers the widgets there. It is no part of the script-tag
 * file or of the browser entries.
 *
 * On the server a widget draws from the bundled data or the `data` you pass; it fetches
 * nothing (with `src` it draws a box of its final size that says "Loading…", and the browser
 * loads the file). It speaks its own `lang` attribute (a server has no page around it to ask)
 * and uses the light palette unless `theme="dark"`; `<mosaic-note>` children are drawn once
 * the script runs.
 *
 * @example
 * import { renderWidget } from 'innovation-mosaic/server';
 *
 * const map = await renderWidget('province-map', { metric: 'gdp', lang: 'zh' });
 * const card = await renderWidget('region-card', { region: 'Anhui', 'no-map': true });
 */
// First, so that the DOM shim is in place before the widgets register their tags.
import { LitElementRenderer, render } from '@lit-labs/ssr';
import type { RenderInfo } from '@lit-labs/ssr/lib/render-value.js';
import { collectResult, type ThunkedRenderResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { DatasetInput } from './data/dataset-schema.js';
import type { MosaicElement } from './element/mosaic-element.js';
import './index.js';

/** The tags {@link renderWidget} draws. */
export const WIDGET_TAGS = ['province-map', 'region-card', 'metric-compare'] as const;

export type WidgetTag = (typeof WIDGET_TAGS)[number];

/**
 * Attributes by their HTML name (`value-label`, not `valueLabel`). A string or number is the
 * attribute's value; `true` writes the attribute bare (a boolean such as `no-map`); `false`,
 * `null` and `undefined` leave it out.
 */
export type WidgetAttributes = Readonly<Record<string, string | number | boolean | null | undefined>>;

export interface RenderWidgetOptions {
  /**
   * HTML to put inside the element, as your page would write it: named slots
   * (`<h3 slot="headline">`) and `<mosaic-note>` notes. Inserted as it is, so pass only
   * markup you wrote or trust; text from elsewhere belongs in an attribute, which is escaped.
   */
  children?: string;
  /** Your data, as the widget's `data` property takes it (see the README's data schema). */
  data?: DatasetInput | null;
}

/**
 * The script-tag file on disk (`dist/innovation-mosaic.min.js`), for a site to copy or serve
 * beside its pages; it is no import path of the package. In Eleventy:
 * `addPassthroughCopy({ [fileURLToPath(scriptFile)]: 'js/innovation-mosaic.min.js' })`.
 */
export const scriptFile = new URL('./innovation-mosaic.min.js', import.meta.url);

/** An attribute name as HTML writes it, lower-case with hyphens. */
const ATTRIBUTE_NAME = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/**
 * The widget's HTML: the element with its attributes (values escaped), its drawing in a
 * declarative shadow root, and `children` after it. A bad attribute value draws the widget's
 * own short message in place of the graphic, as in the browser; it does not throw.
 *
 * @throws Error for a tag other than the widgets' (`<mosaic-steps>` lays its steps out in the
 *   browser: write it in your page as it is), or an attribute name that is not kebab-case or
 *   is an event handler (`on…`).
 * @example
 * await renderWidget('metric-compare', { metric: 'rd-intensity', regions: 'CN-SH CN-JS CN-ZJ CN-AH', lang: 'da' });
 * await renderWidget('province-map', { metric: 'gdp' }, { children: '<h3 slot="headline">Where the money is made</h3>' });
 */
export async function renderWidget(tag: WidgetTag, attributes: WidgetAttributes = {}, options: RenderWidgetOptions = {}): Promise<string> {
  const result = render(widgetTemplate(tag, attributes, options), { elementRenderers: [WarningRenderer] });
  return withoutHydrationMarkers(await collectResult(result));
}

/**
 * Lit's renderer, plus the console warning the widget gives in the browser when it shows a
 * problem instead of its drawing: a site generator's log then names the widget and the reason.
 */
const warned = new Set<string>();

class WarningRenderer extends LitElementRenderer {
  override renderShadow(renderInfo: RenderInfo): ThunkedRenderResult | undefined {
    // Known by now: the widget checks its input as Lit's renderer connects it.
    const problem = (this.element as MosaicElement).problem;
    const warning = problem && `innovation-mosaic/server: <${this.tagName}> ${problem.detail}`;
    // Once per process: a site generator building many pages logs a mistake once.
    if (warning && !warned.has(warning)) {
      warned.add(warning);
      console.warn(warning);
    }
    return super.renderShadow(renderInfo);
  }
}

/**
 * The same as a Lit template, to place inside your own templates rendered with
 * `@lit-labs/ssr`'s `render`.
 */
export function widgetTemplate(tag: WidgetTag, attributes: WidgetAttributes = {}, { children = '', data = null }: RenderWidgetOptions = {}): TemplateResult {
  if (!(WIDGET_TAGS as readonly string[]).includes(tag)) {
    throw new Error(
      `innovation-mosaic/server: cannot render <${String(tag)}>; it renders ${WIDGET_TAGS.map((t) => `<${t}>`).join(', ')}` +
        ((tag as string) === 'mosaic-steps' ? ' (<mosaic-steps> lays its steps out in the browser: write it in your page as it is)' : ''),
    );
  }
  const present = Object.entries(attributes).filter(([, value]) => value !== false && value !== null && value !== undefined);
  for (const [name] of present) checkAttributeName(name);
  const values = present.map(([, value]) => (value === true ? '' : String(value)));
  return html(templateStrings(tag, present.map(([name]) => name)), ...values, data, unsafeHTML(children));
}

function checkAttributeName(name: string): void {
  if (!ATTRIBUTE_NAME.test(name)) {
    const kebab = name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    throw new Error(`innovation-mosaic/server: "${name}" is not an attribute name${ATTRIBUTE_NAME.test(kebab) ? ` (HTML writes it ${kebab})` : ''}`);
  }
  if (name.startsWith('on')) throw new Error(`innovation-mosaic/server: "${name}" is an event handler attribute; put scripts in your page`);
}

const stringsCache = new Map<string, TemplateStringsArray>();

/**
 * `<tag a="${}" b="${}" .data=${}>${children}</tag>` for these attribute names, made once per
 * tag and names so that Lit (on the server too) parses each shape once. Attribute values stay
 * bindings, which Lit escapes; only the tag (one of the widgets) and the checked names are
 * part of the template's text, as `lit/static-html.js` builds its templates.
 */
function templateStrings(tag: WidgetTag, names: readonly string[]): TemplateStringsArray {
  const key = [tag, ...names].join(' ');
  let strings = stringsCache.get(key);
  if (!strings) {
    const opening = names.map((name, i) => `${i === 0 ? `<${tag}` : '"'} ${name}="`);
    const all = [...opening, `${names.length ? '"' : `<${tag}`} .data=`, '>', `</${tag}>`];
    strings = Object.freeze(Object.assign(all, { raw: all })) as unknown as TemplateStringsArray;
    stringsCache.set(key, strings);
  }
  return strings;
}

/**
 * Lit's comments that let `hydrate()` find its parts again. The widgets do not hydrate: their
 * first render in the browser replaces the server's drawing (it may differ: the column's
 * width, the page's palette and language), so the markers would only add weight (about a
 * tenth of the HTML). Text and attribute values are escaped, so these can only be Lit's own.
 */
function withoutHydrationMarkers(htmlText: string): string {
  return htmlText.replace(/<!--\/?lit-(?:part|node)[^>]*-->|<\?>/g, '');
}
