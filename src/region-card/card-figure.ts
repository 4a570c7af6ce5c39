/**
 * The card drawn in SVG for a file (`figure()`): its name, type line, badges, locator map,
 * figures, claims and numbered sources from the same model as the live card, laid out as its
 * styles lay it out at the width, with its classes, so that its colours come from its styles
 * (`static-figure.ts`). DOM-free.
 */
import { nothing, svg, type TemplateResult } from 'lit';
import type { Language } from '../i18n/language.js';
import { message } from '../i18n/messages.js';
import { PUNCTUATION } from '../i18n/punctuation.js';
import { textWidth, wrapText } from '../text/text-width.js';
import { textLines } from '../element/static-figure.js';
import { tenth } from '../geo/project.js';
import { compactParts, type CardModel } from './card-model.js';
import { locatorHeight, locatorMap } from './locator.js';

export interface CardFigureState {
  /** The card's width in CSS pixels: the figure's column. */
  readonly width: number;
  /** The widget's own width, which its container queries read. */
  readonly hostWidth: number;
  readonly compact: boolean;
  readonly map: boolean;
  readonly language: Language;
}

/** A run after a paragraph's last line: a source mark, or the Chinese name after the name. */
interface Tail {
  readonly text: string;
  readonly cls: string;
  readonly size: number;
  readonly gap: number;
  readonly weight?: number;
}

interface Block {
  readonly height: number;
  readonly content: TemplateResult | typeof nothing;
}



/**
 * `text` wrapped to `width` at `size` px from `top` (see {@link textLines}), its tail run on
 * after the last line where it fits, else that line wrapped again to make room.
 */
function paragraph(text: string, x: number, top: number, width: number, size: number, o: { cls?: string; weight?: number; italic?: boolean; end?: boolean; lineHeight?: number; tail?: Tail | null } = {}): Block {
  const lineHeight = size * (o.lineHeight ?? 1.4);
  const { tail } = o;
  const room = tail ? tail.gap + textWidth(tail.text, tail.size) : 0;
  let lines = wrapText(text, width, size);
  const last = lines.at(-1) ?? '';
  if (tail && textWidth(last, size) + room > width) lines = [...lines.slice(0, -1), ...wrapText(last, width - room, size)];
  if (!lines.length) return { height: 0, content: nothing };
  const at = o.end ? x + width : x;
  return {
    height: lines.length * lineHeight,
    content: textLines(
      lines,
      at,
      top,
      size,
      lineHeight,
      { cls: o.cls, weight: o.weight, italic: o.italic, anchor: o.end ? 'end' : undefined },
      tail ? svg`<tspan class=${tail.cls} font-size=${tail.size} font-weight=${tail.weight ?? nothing} dx=${tail.gap}>${tail.text}</tspan>` : nothing,
    ),
  };
}

/** Blocks one under another from `top`, `gap` apart (empty ones take no room); their height. */
function stack(top: number, gap: number, makers: readonly ((y: number) => Block)[]): Block {
  let y = top;
  const content: (TemplateResult | typeof nothing)[] = [];
  for (const make of makers) {
    const before = content.length ? gap : 0;
    const block = make(y + before);
    if (!block.height) continue;
    content.push(block.content);
    y += before + block.height;
  }
  return { height: y - top, content: svg`${content}` };
}

/** The card from its name to its sources, and its height. */
export function cardFigure(model: CardModel, state: CardFigureState): { width: number; height: number; content: TemplateResult } {
  const { width, compact, language } = state;
  const { beforeRef, refs } = PUNCTUATION[language];
  // The compact card is set at 0.875em, its gaps at three quarters of the space (12 px).
  const em = compact ? 14 : 16;
  const space = compact ? 9 : 12;
  const small = 0.875 * em;
  const mark = (notes: readonly number[]): Tail | null => (notes.length ? { text: `[${notes.join(refs)}]`, cls: 'ref', size: 0.75 * em, gap: beforeRef ? 2 : 0, weight: 400 } : null);
  const parts = compact ? compactParts(model) : { figures: model.figures, groups: model.claimGroups };
  const label = message(language, 'card.mapLabel', { name: model.name });

  // ---- header: name, type line, badges; the compact card's map beside the name
  const mapBeside = compact && state.map ? 60 : 0;
  const textWidthBeside = mapBeside ? width - mapBeside - 12 : width;
  const name = (y: number) =>
    paragraph(model.name, 0, y, textWidthBeside, (compact ? 1.25 : 1.35) * em, {
      weight: 700,
      lineHeight: 1.2,
      tail: language === 'zh' ? null : { text: model.nameZh, cls: 'muted', size: (compact ? 1.25 : 1.35) * em, gap: 0.4 * (compact ? 1.25 : 1.35) * em, weight: 400 },
    });
  const meta = (y: number) => paragraph([model.type, model.capital].filter(Boolean).join(' · '), 0, y, textWidthBeside, small, { cls: 'meta' });
  const title = stack(0, 0, [name, meta]);
  let y = Math.max(title.height, mapBeside ? locatorHeight(mapBeside) : 0);
  const header: (TemplateResult | typeof nothing)[] = [title.content, mapBeside ? locatorMap(model.region.id, mapBeside, label, { x: width - mapBeside, y: 0, width: mapBeside }) : nothing];
  if (model.badges.length) {
    const badges = badgeRow(model.badges.map((b) => ({ label: compact ? (b.short ?? b.label) : b.label, hub: b.kind === 'hub' })), y + 0.35 * em, width, em);
    header.push(badges.content);
    y += 0.35 * em + badges.height;
  }
  if (model.partOf && !compact) {
    const partOf = paragraph(model.partOf, 0, y, width, small, { cls: 'part-of' });
    header.push(partOf.content);
    y += partOf.height;
  }

  // ---- overview: the map beside or above the figures (full), the figures
  y += space;
  const content: (TemplateResult | typeof nothing)[] = [svg`${header}`];
  const mapAbove = state.map && !compact;
  const beside = mapAbove && state.hostWidth >= 480;
  const mapWidth = beside ? Math.min(224, 0.35 * width) : Math.min(width, 288);
  let figuresX = 0;
  let figuresTop = y;
  if (mapAbove) {
    content.push(locatorMap(model.region.id, mapWidth, label, { x: 0, y, width: mapWidth }));
    if (beside) figuresX = mapWidth + 12;
    else figuresTop = y + locatorHeight(mapWidth) + space;
  }
  const figures = figureRows(parts.figures, figuresX, figuresTop, width - figuresX, em, !compact, mark);
  content.push(figures.content);
  y = Math.max(figuresTop + figures.height, mapAbove ? y + locatorHeight(mapWidth) : 0);

  // ---- claims: the heading, each group's claims under its own heading
  const groups = parts.groups.filter((g) => g.claims.length);
  if (groups.length) {
    const claims = stack(y + space, 0.5 * em, [
      (top) => paragraph(message(language, 'card.claims'), 0, top, width, em, { weight: 700 }),
      ...groups.flatMap((group) => [
        ...(group.heading ? [(top: number) => paragraph(group.heading!, 0, top, width, small, { cls: 'via', weight: 600 })] : []),
        ...group.claims.map((claim) => (top: number) =>
          stack(top, 0, [
            (t) => (claim.figure && !compact ? paragraph(claim.figure, 0, t, width, em, { cls: 'claim-figure', weight: 700 }) : { height: 0, content: nothing }),
            (t) => paragraph(claim.text, 0, t, width, em, { tail: mark(claim.notes) }),
            (t) => (claim.attribution ? paragraph(message(language, 'card.attribution', { who: claim.attribution }), 0, t, width, small, { cls: 'claim-note' }) : { height: 0, content: nothing }),
            (t) => (claim.note ? paragraph(claim.note, 0, t, width, small, { cls: 'claim-note' }) : { height: 0, content: nothing }),
          ]),
        ),
      ]),
    ]);
    content.push(claims.content);
    y += space + claims.height;
  }

  // ---- sources: those cited by what the card shows, numbered in the margin, under a rule
  const cited = new Set([...parts.figures.flatMap((f) => f.notes), ...groups.flatMap((g) => g.claims.flatMap((c) => c.notes))]);
  const shown = model.sources.filter((s) => cited.has(s.number));
  if (shown.length) {
    y += space;
    const indent = 2 * small;
    const list = stack(y + 1 + 0.5 * small, 0, shown.map((source) => (top: number) => {
      const lines = stack(top, 0, [
        // The link's address without its scheme, where a page shows its host: an image has no link to follow.
        (t) => paragraph(source.url ? `${source.text} ${source.url.replace(/^https?:\/\//, '')}` : source.text, indent, t, width - indent, small),
        // How the source was read, and figures' provenance filed under it, in the full card (the metric,
        // bold there, is followed by a colon here).
        ...[...(compact ? [] : [source.note ?? '']), ...(compact ? [] : source.remarks.map((m) => `${m.metric}${PUNCTUATION[language].colon}${m.text}`))].map(
          (text) => (t: number) => paragraph(text, indent, t, width - indent, small),
        ),
      ]);
      return { height: lines.height, content: svg`${paragraph(`[${source.number}]`, 0, top, indent, small).content}${lines.content}` };
    }));
    content.push(svg`<g class="sources"><line class="rule" x1="0" x2=${width} y1=${tenth(y + 0.5)} y2=${tenth(y + 0.5)} stroke-width="1"></line>${list.content}</g>`);
    y += 1 + 0.5 * small + list.height;
  }
  return { width, height: Math.ceil(y), content: svg`<g class="card-figure">${content}</g>` };
}

/** The cluster badges: outlined pills flowing in rows, a hub's dashed, a label longer than the row wrapped inside its pill. */
function badgeRow(badges: readonly { label: string; hub: boolean }[], top: number, width: number, em: number): Block {
  const size = 0.8125 * em;
  const pad = 0.5 * size;
  const gap = 0.35 * em;
  const lineHeight = 1.4 * size;
  let [x, y, rowHeight] = [0, top, 0];
  const drawn = badges.map((badge) => {
    // Set semibold (600): measured as bold.
    const lines = wrapText(badge.label, width - 2 * pad - 2, size, true);
    const w = Math.max(...lines.map((l) => textWidth(l, size, true))) + 2 * pad + 2;
    const h = lines.length * lineHeight + 0.1 * size + 2;
    if (x > 0 && x + w > width) [x, y, rowHeight] = [0, y + rowHeight + gap, 0];
    const [bx, by] = [x, y];
    x += w + gap;
    rowHeight = Math.max(rowHeight, h);
    return svg`<g class="badge ${badge.hub ? 'hub' : 'engine'}">
      <rect x=${tenth(bx + 0.5)} y=${tenth(by + 0.5)} width=${tenth(w - 1)} height=${tenth(h - 1)} rx=${tenth(Math.min(h, lineHeight + 2) / 2)} fill="none" stroke-width="1" stroke-dasharray=${badge.hub ? '3 2' : nothing}></rect>
      <g stroke="none">${textLines(lines, bx + 1 + pad, by + 1 + 0.05 * size, size, lineHeight)}</g>
    </g>`;
  });
  return { height: y + rowHeight - top, content: svg`${drawn}` };
}

/**
 * The figures: label and value in columns where the section has 340 px in the full card; else
 * the value after its label set right, or under it where both do not fit on a line.
 */
function figureRows(
  figures: CardModel['figures'],
  x: number,
  top: number,
  width: number,
  em: number,
  full: boolean,
  mark: (notes: readonly number[]) => Tail | null,
): Block {
  const columns = full && width >= 340;
  const lineHeight = 1.4 * em;
  const valueWidth = (f: CardModel['figures'][number]) => textWidth(f.value, em) + (mark(f.notes) ? 2 + textWidth(mark(f.notes)!.text, 0.75 * em) : 0);
  // The labels' column as wide as they are, but not so wide that a value must wrap, nor under 40% of the section.
  const widest = (measure: (f: CardModel['figures'][number]) => number) => Math.max(...figures.map(measure));
  const labelWidth = columns ? Math.max(0.4 * width, Math.min(widest((f) => textWidth(f.label, em)), width - 0.75 * em - widest(valueWidth))) : width;
  let y = top;
  const rows = figures.map((f) => {
    const label = paragraph(f.label, x, y, labelWidth, em, { cls: 'muted' });
    const lastLabel = wrapText(f.label, labelWidth, em).at(-1) ?? '';
    // Beside the label (columns, or a value that fits after it on its line), else on the next line.
    const besideLabel = columns || textWidth(lastLabel, em) + 0.75 * em + valueWidth(f) <= width;
    const valueX = columns ? x + labelWidth + 0.75 * em : x;
    const valueTop = columns ? y : besideLabel ? y + label.height - lineHeight : y + label.height;
    const valueColumn = columns ? width - labelWidth - 0.75 * em : width;
    const value = paragraph(f.value, valueX, valueTop, valueColumn, em, { cls: f.noData ? 'muted' : 'value', italic: f.noData, end: !columns, tail: mark(f.notes) });
    const remark = f.remark ? paragraph(f.remark, valueX, valueTop + value.height, valueColumn, 0.875 * em, { cls: 'figure-note' }) : { height: 0, content: nothing };
    const height = Math.max(label.height, valueTop - y + value.height + remark.height);
    y += height + (columns ? 0.2 : 0.3) * em;
    return svg`<g class="row" data-metric=${f.metric}>${label.content}${value.content}${remark.content}</g>`;
  });
  return { height: figures.length ? y - top - (columns ? 0.2 : 0.3) * em : 0, content: svg`${rows}` };
}
