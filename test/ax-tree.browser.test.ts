/**
 * What a screen reader gets: each widget's accessibility tree in its main states, as Chromium
 * computes it (through the DevTools protocol), one node a line (role "name", description,
 * value and states, indented by depth) compared with test/snapshots/ax-<state>.txt. A mismatch
 * fails and writes ax-<state>-changed.txt beside it. Firefox has no such protocol: Chromium only.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../src/index.js';
import { settle, stallFetch } from './browser.js';

interface AXNode {
  role: string;
  name?: string;
  description?: string;
  value?: string | number;
  level?: number;
  expanded?: boolean;
  selected?: boolean;
  children?: AXNode[];
}

/** Roles that say nothing themselves: their children take their place. */
const SILENT = new Set(['generic', 'none', 'presentation', 'InlineTextBox', 'LineBreak']);

/** What a reader meets: silent nodes and text that only repeats its parent's name dropped. */
function readable(node: AXNode, parentName = ''): AXNode[] {
  if (node.role === 'InlineTextBox') return [];
  const children = (node.children ?? []).flatMap((child) => readable(child, node.name ?? ''));
  if (SILENT.has(node.role) && !node.name) return children;
  if (node.role === 'StaticText' && (!node.name?.trim() || node.name.trim() === parentName.trim())) return [];
  return [{ ...node, children }];
}

/** One line a node, indented by depth; the root (the test's box) left out. */
export function axText(node: AXNode, depth = 0): string {
  const fields = [
    node.role,
    node.name ? JSON.stringify(node.name) : '',
    node.description ? `— ${JSON.stringify(node.description)}` : '',
    node.value !== undefined && node.value !== '' ? `value=${JSON.stringify(node.value)}` : '',
    node.level ? `level=${node.level}` : '',
    node.expanded !== undefined ? `expanded=${node.expanded}` : '',
    node.selected ? 'selected' : '',
  ].filter(Boolean);
  const line = depth ? `${'  '.repeat(depth - 1)}${fields.join(' ')}\n` : '';
  return line + (node.children ?? []).map((child) => axText(child, depth + 1)).join('');
}

const STATES: Record<string, { markup: TemplateResult; loading?: boolean }> = {
  'map-drawn': { markup: html`<province-map></province-map>` },
  'map-loading': { markup: html`<province-map src="/stalled.csv"></province-map>`, loading: true },
  'map-error': { markup: html`<province-map metric="no-such-metric"></province-map>` },
  'map-no-data': { markup: html`<province-map .data=${{ metrics: [{ id: 'labs', label: 'Labs', unit: 'labs' }], values: [] }}></province-map>` },
  'map-tiles': { markup: html`<province-map view="tiles" metric="gdp"></province-map>` },
  card: { markup: html`<region-card region="CN-AH" metrics="population gdp"></region-card>` },
  'card-heading-level': { markup: html`<region-card region="CN-GD" heading-level="2" metrics="gdp" no-map></region-card>` },
  'card-zh': { markup: html`<region-card region="CN-AH" lang="zh" no-map></region-card>` },
  'card-loading': { markup: html`<region-card region="CN-AH" src="/stalled.csv"></region-card>`, loading: true },
  'card-error': { markup: html`<region-card region="Atlantis"></region-card>` },
  chart: { markup: html`<metric-compare metric="population" top="4"></metric-compare>` },
  'chart-paired': { markup: html`<metric-compare metric="gdp" compare-to="population" regions="CN-AH CN-JS"></metric-compare>` },
  'chart-loading': { markup: html`<metric-compare src="/stalled.csv" top="3"></metric-compare>`, loading: true },
  'chart-error': { markup: html`<metric-compare metric="population" top="99"></metric-compare>` },
};

const inChromium = navigator.userAgent.includes('Firefox') ? it.skip : it;

describe('accessibility trees', () => {
  for (const [name, { markup, loading }] of Object.entries(STATES)) {
    inChromium(`reads ${name} as stored in test/snapshots/ax-${name}.txt`, async () => {
      const restore = loading ? stallFetch() : () => {};
      try {
        const host = await fixture<HTMLElement>(html`<div id="ax-root" style="width: 800px">${markup}</div>`);
        const el = host.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
        el.scrollIntoView();
        await settle(el);
        await new Promise((r) => setTimeout(r, 300));
        const tree = (await executeServerCommand('ax-tree', { selector: '#ax-root' })) as AXNode;
        const result = await executeServerCommand('compare-snapshot', { name: `ax-${name}`, ext: 'txt', content: axText({ role: 'root', children: readable(tree) }) });
        expect(result, `test/snapshots/ax-${name}.txt (the tree as it is now: ax-${name}-changed.txt)`).to.be.oneOf(['same', 'created']);
      } finally {
        restore();
      }
    });
  }
});
