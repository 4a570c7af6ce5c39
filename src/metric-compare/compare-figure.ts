/**
 * The comparison drawn in SVG for a file (`figure()`): the same model as the live chart (bars,
 * ticks, reference line, names, value labels) laid out as its styles lay it out at the width,
 * with its classes, so that its colours come from its styles (`static-figure.ts`). DOM-free.
 */
import { nothing, svg, type TemplateResult } from 'lit';
import { textWidth, wrapText } from '../text/text-width.js';
import { textLines } from '../element/static-figure.js';
import { tenth } from '../geo/project.js';
import type { Note } from '../text/notes.js';
import type { Axis, CompareModel } from './compare-model.js';

export interface CompareFigureState {
  /** The chart's width in CSS pixels: the figure's column. */
  readonly width: number;
  /** The widget's own width, which its container queries read. */
  readonly hostWidth: number;
  readonly notes: readonly Note[];
  /** The selected bar's id, named in bold. */
  readonly selected: string;
  /** No bar picked out: every bar in the main colour. */
  readonly highlightNone: boolean;
  /** "No data", for a paired bar without its figure. */
  readonly noData: string;
}

// Sizes in CSS pixels at a 16 px base, as metric-compare.styles.ts sets them in em.
const NAME = 16;
const NAME_LINE = 19.2;
const SMALL = 14; // values, the scope line, axis titles
const SMALL_LINE = 19.6;
const TICK = 12;
const TICK_ROW = 16.8;
const GAP = 8;
const TRACK = 25.6;
const BAR = 14.4;
const BAR_SECOND = 8.8;


/** The chart from its scope line to its last axis title, and its height. */
export function compareFigure(model: CompareModel, state: CompareFigureState): { width: number; height: number; content: TemplateResult } {
  const { width } = state;
  const paired = model.secondAxis !== null;
  // Names above their bars in a narrow widget (max-width: 21rem); every other tick unlabelled under 30rem.
  const narrow = state.hostWidth <= 336;
  const hideMinor = state.hostWidth <= 480;
  const valueLines = (bar: CompareModel['bars'][number]) => [bar.primary!.label, ...(paired ? [bar.secondary?.label ?? state.noData] : [])];
  const valueWidth = Math.max(0, ...model.bars.flatMap((b) => valueLines(b).map((t) => textWidth(t, SMALL))));
  const nameWidth = narrow ? width : Math.max(72, 0.32 * width);
  const trackX = narrow ? 0 : nameWidth + GAP;
  const trackWidth = width - trackX - GAP - valueWidth;
  const badges = (id: string) => state.notes.filter((n) => n.region === id).map((n) => String(n.number));
  const badgeWidth = (n: string) => Math.max(21, textWidth(n, SMALL * 0.875) + 8);
  const names = model.bars.map((b) => wrapText(b.name, nameWidth - badges(b.id).reduce((w, n) => w + badgeWidth(n) + 8, 0), NAME));
  // Every row as tall as the tallest (the chart's rows are 1fr).
  const nameHeight = Math.max(1, ...names.map((l) => l.length)) * NAME_LINE;
  const body = Math.max(TRACK, (paired ? 2 : 1) * SMALL_LINE);
  const row = narrow ? nameHeight + 3.2 + body : Math.max(nameHeight + 6.4, body);

  let y = 0;
  const parts: TemplateResult[] = [];
  if (model.scope) {
    const scope = wrapText(model.scope, width, SMALL);
    parts.push(textLines(scope, 0, y, SMALL, SMALL_LINE, { cls: 'scope' }));
    y += scope.length * SMALL_LINE + 4.9;
  }
  const axisTitle = (title: string, key: 'primary' | 'secondary' | null) => {
    const indent = key ? 16.8 : 0;
    const text = wrapText(title, width - indent, SMALL);
    parts.push(svg`${key ? svg`<rect class="key ${key}" x="0" y=${tenth(y + 5.6)} width="12.6" height="8.4"></rect>` : nothing}${textLines(text, indent, y, SMALL, SMALL_LINE, { cls: 'axis-title', weight: 600 })}`);
    y += text.length * SMALL_LINE;
  };
  const ticks = (axis: Axis) =>
    svg`<g class="ticks" font-size=${TICK}>${axis.ticks.map((t) =>
      t.minor && hideMinor ? nothing : textLines([t.label], trackX + t.at * trackWidth, y, TICK, TICK_ROW, { cls: 'tick', anchor: 'middle' }),
    )}</g>`;

  axisTitle(model.axis.title, paired ? 'primary' : null);
  y += 3.5;
  parts.push(ticks(model.axis));
  y += TICK_ROW;
  if (paired) {
    parts.push(svg`<rect class="key primary" x=${tenth(trackX)} y=${tenth(y)} width=${tenth(trackWidth)} height="2"></rect>`);
    y += 2;
  }
  const top = y;
  const bottom = top + row * model.bars.length;
  const at = (fraction: number) => tenth(trackX + fraction * trackWidth);
  parts.push(svg`${model.axis.ticks.map((t) => svg`<line class="gridline" x1=${at(t.at)} x2=${at(t.at)} y1=${tenth(top)} y2=${tenth(bottom)} stroke-width="1"></line>`)}${
    model.reference
      ? svg`<line class="reference" x1=${at(model.reference.at)} x2=${at(model.reference.at)} y1=${tenth(top)} y2=${tenth(bottom)} stroke-width="2" stroke-dasharray="6 4"></line>`
      : nothing
  }`);
  model.bars.forEach((bar, i) => {
    const rowTop = top + i * row;
    const nameLines = names[i]!;
    const trackTop = narrow ? rowTop + nameLines.length * NAME_LINE + 3.2 : rowTop;
    const trackHeight = narrow ? body : row;
    const nameTop = narrow ? rowTop + 3.2 : rowTop + (row - nameLines.length * NAME_LINE) / 2;
    // Bars centred in the track, the paired one under the main one with 2 px between.
    const barsTop = trackTop + (trackHeight - (bar.secondary ? BAR + 2 + BAR_SECOND : BAR)) / 2;
    const values = valueLines(bar);
    const valuesTop = trackTop + (trackHeight - values.length * SMALL_LINE) / 2;
    const lastLine = nameLines.at(-1) ?? '';
    // After a space and 0.25em, as the live name sets its note numbers.
    let badgeX = textWidth(lastLine, NAME) + 8;
    parts.push(svg`<g class="row${bar.highlighted ? ' highlighted' : ''}${bar.id === state.selected ? ' selected' : ''}" data-region=${bar.id}>
      ${textLines(nameLines, 0, nameTop, NAME, NAME_LINE, { cls: 'name', ...(bar.id === state.selected ? { weight: 700 } : {}) })}
      ${badges(bar.id).map((n) => {
        const x = badgeX;
        badgeX += badgeWidth(n) + 4;
        const lineTop = nameTop + (nameLines.length - 1) * NAME_LINE;
        return svg`<g class="note-number"><rect x=${tenth(x)} y=${tenth(lineTop - 0.9)} width=${tenth(badgeWidth(n))} height="21" rx="10.5"></rect>${textLines([n], x + badgeWidth(n) / 2, lineTop - 0.9, SMALL * 0.875, 21, { anchor: 'middle', weight: 700 })}</g>`;
      })}
      <rect class="bar primary" x=${at(bar.primary!.from)} y=${tenth(barsTop)} width=${tenth((bar.primary!.to - bar.primary!.from) * trackWidth)} height=${BAR}></rect>
      ${bar.secondary
        ? svg`<rect class="bar secondary" x=${at(bar.secondary.from)} y=${tenth(barsTop + BAR + 2)} width=${tenth((bar.secondary.to - bar.secondary.from) * trackWidth)} height=${BAR_SECOND}></rect>`
        : nothing}
      ${textLines([values[0]!], width, valuesTop, SMALL, SMALL_LINE, { cls: 'value', anchor: 'end' })}
      ${values[1] ? textLines([values[1]], width, valuesTop + SMALL_LINE, SMALL, SMALL_LINE, { cls: bar.secondary ? 'second-value' : 'second-value no-data', anchor: 'end' }) : nothing}
    </g>`);
  });
  y = bottom;
  if (model.secondAxis) {
    y += 3;
    parts.push(svg`<rect class="key secondary" x=${tenth(trackX)} y=${tenth(y)} width=${tenth(trackWidth)} height="2"></rect>`);
    y += 2;
    parts.push(ticks(model.secondAxis));
    y += TICK_ROW + 3.5;
    axisTitle(model.secondAxis.title, 'secondary');
  }
  return {
    width,
    height: Math.ceil(y),
    content: svg`<g class="chart${state.highlightNone ? ' highlight-none' : ''}">${parts}</g>`,
  };
}
