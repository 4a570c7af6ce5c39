/**
 * The map's SVG: context shapes, the coast edge, a path per region (an option of a listbox,
 * named with its value and rank), labels, and the hover, selection and focus outlines.
 */
import { PUNCTUATION } from '../i18n/punctuation.js';
import { html, nothing, svg, type TemplateResult } from 'lit';
import { getRegion } from '../data/lookup.js';
import type { RegionId } from '../data/types.js';
import { cssStyle } from '../element/css-style.js';
import type { Language } from '../i18n/language.js';
import type { PlacedLabel } from './map-labels.js';
import type { NoteLayout } from './map-notes.js';
import type { MapModel } from './map-model.js';
import type { MapView } from './map-view.js';

export interface DrawingState {
  /** The listbox's name (the figure around it carries the map's title and description). */
  readonly title: string;
  /** The labels, placed (`placeLabels`). */
  readonly labels: readonly PlacedLabel[];
  /** The page's notes, placed (`placeNotes`), if it has any. */
  readonly notes: NoteLayout | null;
  /** Label size in drawing units, grown on narrow screens so that it stays readable. */
  readonly fontSize: number;
  /** The region holding the tab stop. */
  readonly active: RegionId | null;
  readonly selected: RegionId | null;
  readonly hovered: RegionId | null;
  /** The region outlined as focused by keyboard. */
  readonly focusRing: RegionId | null;
  readonly language: Language;
}

export interface DrawingHandlers {
  readonly keydown: (event: KeyboardEvent) => void;
  readonly pointerleave: () => void;
  /** A tap on the background, not on a region. */
  readonly backgroundClick: () => void;
  readonly pointerenter: (event: PointerEvent, id: RegionId) => void;
  readonly pointerdown: (event: PointerEvent) => void;
  readonly click: (id: RegionId) => void;
  readonly focus: (event: FocusEvent, id: RegionId) => void;
  readonly blur: (id: RegionId) => void;
}

/** What a screen reader says for a region: name, value, rank and clusters, or its name alone. */
export function regionName(model: MapModel | null, id: RegionId, language: Language): string {
  const facts = model?.facts.find((f) => f.region === id);
  if (!facts) return getRegion(id)!.name[language];
  return [facts.name, facts.value, facts.rank, facts.clusters].filter(Boolean).join(PUNCTUATION[language].comma);
}

export function mapDrawing(view: MapView, model: MapModel | null, state: DrawingState, on: DrawingHandlers): TemplateResult {
  const outline = (id: RegionId | null, kind: string) => {
    const shape = id ? view.regions.find((r) => r.id === id) : undefined;
    return shape ? svg`<path class="outline ${kind}" d=${shape.d} aria-hidden="true"></path>` : nothing;
  };
  return html`<svg
    class=${view.tiles ? 'tiles' : 'geo'}
    viewBox="0 0 ${view.width} ${view.height}"
    role="listbox"
    aria-label=${state.title}
    @keydown=${on.keydown}
    @pointerleave=${on.pointerleave}
    @click=${on.backgroundClick}
  >
    <defs>
      <pattern id="no-data" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
        <rect class="no-data-fill" width="6" height="6"></rect>
        <line class="no-data-line" x1="0" y1="0" x2="0" y2="6"></line>
      </pattern>
    </defs>
    ${view.context.map((s) => svg`<path class="context" d=${s.d} data-region=${s.id} aria-hidden="true"></path>`)}
    ${!view.tiles
      ? // Under the fills: a border-coloured edge that only shows along the coast and the
        // frontier, so that light regions keep a 3:1 outline against the page.
        svg`<g class="coast" aria-hidden="true">${view.regions.map(({ d }) => svg`<path d=${d}></path>`)}</g>`
      : nothing}
    ${view.regions.map(({ id, d }) => {
      const paint = model?.paint.get(id);
      return svg`<path
        class="region ${paint?.kind ?? 'other'}"
        part="region"
        data-region=${id}
        d=${d}
        style=${cssStyle(paint?.color ? { fill: paint.color } : {})}
        role="option"
        aria-selected=${id === state.selected ? 'true' : 'false'}
        aria-label=${regionName(model, id, state.language)}
        tabindex=${id === state.active ? '0' : '-1'}
        @pointerenter=${(event: PointerEvent) => on.pointerenter(event, id)}
        @pointerdown=${on.pointerdown}
        @click=${(event: Event) => {
          event.stopPropagation(); // not a tap on the background
          on.click(id);
        }}
        @focus=${(event: FocusEvent) => on.focus(event, id)}
        @blur=${() => on.blur(id)}
      ></path>`;
    })}
    ${outline(state.hovered, 'hover')} ${outline(state.selected, 'selected')}
    ${mapLabels(view, model, state)} ${state.notes ? mapNotes(state.notes) : nothing}
    ${outline(state.focusRing, 'focus-halo')} ${outline(state.focusRing, 'focus')}
  </svg>`;
}

/** The labels, placed so that none overprints another, in black or white on the region's fill with a halo of it. */
function mapLabels(view: MapView, model: MapModel | null, state: DrawingState): TemplateResult | typeof nothing {
  if (!state.labels.length) return nothing;
  return svg`<g class="labels" aria-hidden="true">${state.labels.map((label) => {
    const paint = model?.paint.get(label.id);
    // A label beside its region sits on the page, not on the fill. (`color` too, which checkers read.)
    const ink: Record<string, string> = !label.leader && paint?.ink ? { fill: paint.ink, color: paint.ink, stroke: paint.color! } : {};
    const lines = label.lines.length === 1
      ? label.lines[0]
      : label.lines.map((line, i) => svg`<tspan x=${label.x} dy=${i ? '1.15em' : '-0.575em'}>${line}</tspan>`);
    return svg`${label.leader ? svg`<line class="leader" x1=${label.leader[0]} y1=${label.leader[1]} x2=${label.leader[2]} y2=${label.leader[3]}></line>` : nothing}<text
      class="${view.labelClass} ${label.leader ? 'callout' : (paint?.kind ?? 'other')}"
      data-region=${label.id}
      style=${cssStyle(ink)}
      x=${label.x}
      y=${label.y}
      text-anchor=${label.anchor}
      font-size=${state.fontSize}
    >${lines}</text>`;
  })}</g>`;
}

/**
 * The page's notes: text beside its region at the end of a leader line, or a numbered marker on
 * the region (the text is in the list under the map). Screen readers read them in that list.
 */
function mapNotes(layout: NoteLayout): TemplateResult {
  const size = layout.fontSize;
  return svg`<g class="note-marks" aria-hidden="true">${
    layout.mode === 'drawn'
      ? layout.notes.map(
          (note) => svg`<g class="note" data-region=${note.region}>
            <line class="note-leader halo" x1=${note.leader[0]} y1=${note.leader[1]} x2=${note.leader[2]} y2=${note.leader[3]}></line>
            <line class="note-leader" x1=${note.leader[0]} y1=${note.leader[1]} x2=${note.leader[2]} y2=${note.leader[3]}></line>
            <circle class="note-dot" cx=${note.leader[0]} cy=${note.leader[1]} r=${size * 0.2}></circle>
            <text class="note-text" x=${note.x} y=${note.y} text-anchor=${note.anchor} font-size=${size}>${note.lines.map(
              (line, i) => svg`<tspan x=${note.x} dy=${i ? '1.25em' : '0'}>${line}</tspan>`,
            )}</text>
          </g>`,
        )
      : layout.markers.map(
          (marker) => svg`<g class="note-marker" data-region=${marker.region}>
            <circle cx=${marker.x} cy=${marker.y} r=${size * 0.75}></circle>
            <text x=${marker.x} y=${marker.y} text-anchor="middle" font-size=${size * 0.85}>${marker.number}</text>
          </g>`,
        )
  }</g>`;
}
