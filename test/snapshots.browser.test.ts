// Rendering checked against stored output, in the manner of Observable Plot's snapshot tests:
// each state of test/snapshot-states/ is drawn and compared with test/snapshots/<name>.svg (a
// map's drawing) or .html (a card's or a comparison's whole content). A mismatch fails and
// writes <name>-changed.svg|html beside it to compare; a missing file is created (commit it),
// except under CI.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/index.js';
import { place } from './browser.js';
import { SNAPSHOT_STATES } from './snapshot-states/index.js';

const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'source', 'wbr']);

/** Inline styles with lengths to two decimals: Chromium and Firefox round the sixth digit apart. */
const roundStyle = (style: string) => style.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 100) / 100));

/**
 * Markup with one element per line, indented, Lit's comment markers dropped and white space
 * folded; inline styles as the CSSOM holds them (set through it, never as attribute text), rounded,
 * and last.
 */
export function serialize(node: Node, depth = 0): string {
  const pad = '  '.repeat(depth);
  if (node.nodeType === Node.TEXT_NODE) {
    const text = node.textContent!.replace(/\s+/g, ' ').trim();
    return text ? `${pad}${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}\n` : '';
  }
  if (!(node instanceof Element)) return '';
  const tag = node.localName;
  // `style` last: engines differ in where an attribute created through the CSSOM goes.
  const attributes = [...node.attributes]
    .sort((a, b) => Number(a.name === 'style') - Number(b.name === 'style'))
    .map(({ name, value }) => ` ${name}="${(name === 'style' ? roundStyle(value) : value).replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`)
    .join('');
  if (VOID.has(tag)) return `${pad}<${tag}${attributes}>\n`;
  const children = [...node.childNodes].map((child) => serialize(child, depth + 1)).join('');
  if (!children) return `${pad}<${tag}${attributes}></${tag}>\n`;
  const lines = children.split('\n').length - 1;
  return lines === 1 && !children.trim().startsWith('<')
    ? `${pad}<${tag}${attributes}>${children.trim()}</${tag}>\n`
    : `${pad}<${tag}${attributes}>\n${children}${pad}</${tag}>\n`;
}

describe('snapshots', () => {
  for (const [name, state] of Object.entries(SNAPSHOT_STATES)) {
    it(`draws ${name} as stored in test/snapshots/`, async () => {
      const el = await place(state.markup, state.width ?? 800);
      const root = el.shadowRoot!;
      const svg = el.localName === 'province-map' ? root.querySelector('svg')! : null;
      let content: string;
      if (svg) {
        const copy = svg.cloneNode(true) as SVGSVGElement;
        copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg'); // so that the file opens as an image
        content = serialize(copy);
      } else {
        content = serialize(root.querySelector('.frame')!);
      }
      const ext = svg ? 'svg' : 'html';
      const result = await executeServerCommand('compare-snapshot', { name, ext, content });
      expect(result, `test/snapshots/${name}.${ext} (the drawing as it is now: ${name}-changed.${ext})`).to.be.oneOf(['same', 'created']);
    });
  }
});
