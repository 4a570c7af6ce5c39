// What a live widget draws, read from its page, and the command line renderer's file of the same
// state: the same regions (or bars) with the same fills, and every text a reader sees in the
// widget's headline, legend, notes and source line also in the file.
import { join } from 'node:path';
import { parseArguments } from '../../dist/cli/arguments.js';
import { renderSvg, WIDGETS } from '../../dist/cli/render.js';

/**
 * In the page: each drawn widget's tag, attributes, palette, notes, the fill of each region or
 * bar it draws (class and own colour), and its visible texts.
 */
export function readLiveWidgets(page) {
  return page.evaluate(() => {
    const hex = (color) => {
      const rgb = /^rgba?\((\d+), (\d+), (\d+)/.exec(color);
      return rgb ? `#${rgb.slice(1, 4).map((n) => Number(n).toString(16).padStart(2, '0')).join('')}` : color;
    };
    // What shows of an element: the text a sighted reader sees (not the copies for screen
    // readers only, nor what styles hide, such as a card's comma read between its two names).
    const text = (el) => {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      let shown = '';
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (parent.checkVisibility() && getComputedStyle(parent).fontSize !== '0px' && !parent.closest('.visually-hidden')) shown += node.textContent;
      }
      return shown.replace(/\s+/g, ' ').trim();
    };
    return [...document.querySelectorAll('province-map, region-card, metric-compare')]
      .filter((el) => el.hasUpdated && !el.problem && el.shadowRoot.querySelector('path.region, .row, dd'))
      .map((el) => {
        const root = el.shadowRoot;
        const frame = root.querySelector('.frame');
        const { scheme } = frame.dataset;
        const shapes = [...root.querySelectorAll('path.region[data-region], .row[data-region], path.this[data-region]')].map((shape) => {
          const own = shape.style.getPropertyValue('fill');
          // An inline light-dark() pair: the side the widget is drawn in.
          const pair = /^light-dark\((.+), (rgb.+)\)$/.exec(own);
          return { region: shape.dataset.region, kind: shape.getAttribute('class').replace(/\s+/g, ' ').trim(), fill: hex(pair ? pair[scheme === 'dark' ? 2 : 1] : own) };
        });
        // Texts a sighted reader sees around the graphic (not screen-reader-only copies).
        // A slot's fallback does not show where the page fills the slot. A file is read as a
        // printed page is: the source line that names every source, not the screen's short one.
        const visible = (node) => !node.closest('.visually-hidden, [hidden], .tooltip, .screen, details:not([open]) > :not(summary)') && !node.closest('slot')?.assignedNodes().length;
        const texts = [...root.querySelectorAll('.headline, .subtitle, .legend li, .legend-title, p.source, .chart-note, .notes li > span:not(.note-number), .row .name, .row .value, h3, dd, dt')]
          .filter(visible)
          .map(text)
          .filter(Boolean);
        return {
          tag: el.localName,
          attributes: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
          // The page's notes as written (they are not shown themselves: the widget draws them).
          notes: [...el.querySelectorAll(':scope > mosaic-note')].map((n) => `${n.getAttribute('region')}=${n.textContent.replace(/\s+/g, ' ').trim()}`),
          scheme,
          // The language it speaks, its own or an ancestor's (`zh-Hans` on the frame is Chinese).
          lang: frame.lang,
          shapes,
          texts,
        };
      });
  });
}

/** Attributes the renderer takes as they are (a page's own, such as `id` or `style`, are not the widget's). */
const IGNORED = new Set(['id', 'class', 'style', 'slot', 'group', 'hidden', 'downloads']);

/**
 * The renderer's file for a live widget's state, and where it differs from what the page shows
 * (an empty list when it does not). `root` is the folder the page's data addresses resolve in.
 */
export function compareWithCli(live, root) {
  const argv = ['render', live.tag];
  for (const [name, value] of Object.entries(live.attributes)) {
    if (IGNORED.has(name) || name.startsWith('data-') || name.startsWith('aria-')) continue;
    if (name === 'src') argv.push('--data', join(root, value.replace(/^\//, '')));
    else if (name === 'theme') continue;
    else argv.push(`--${name}`, value);
  }
  argv.push('--theme', live.scheme);
  if (!live.attributes.lang) argv.push('--lang', live.lang);
  for (const note of live.notes) argv.push('--mosaic-note', note);
  const svg = renderSvg(parseArguments(argv, WIDGETS));
  const differences = [];
  // Each region or bar, in order, with its class and colour.
  const drawn = [...svg.matchAll(/<(?:path|g|rect)\b[^>]*?\bclass="([^"]*)"[^>]*?\bdata-region="([^"]+)"[^>]*?>/g)]
    .filter(([tag]) => !/class="(context|note|note-marker|label[^"]*)"/.test(tag) && !/<g class="(note|note-marker)"/.test(tag))
    .map(([tag, kind, region]) => ({ region, kind: kind.replace(/\s+/g, ' ').trim(), fill: /style="fill:([^;"]+)/.exec(tag)?.[1] ?? '' }));
  const key = (shape) => `${shape.region} ${shape.kind} ${shape.fill}`;
  const fileShapes = new Set(drawn.map(key));
  for (const shape of live.shapes) if (!fileShapes.has(key(shape))) differences.push(`the page draws ${key(shape)}; the file does not`);
  if (drawn.length < live.shapes.length) differences.push(`the page draws ${live.shapes.length} shapes, the file ${drawn.length}`);
  // Every text the reader sees, in the file's text (lines joined; spaces and word joiners aside).
  const squeeze = (s) => s.replace(/[\s\u2060]+/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#39;/g, "'").replace(/&quot;/g, '"');
  const fileText = squeeze([...svg.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>|<text[^>]*>([^<]+)</g)].map((m) => m[1] ?? m[2]).join(''));
  for (const text of live.texts) {
    if (!fileText.includes(squeeze(text))) differences.push(`the page shows "${text}"; the file does not`);
  }
  return { svg, differences };
}
