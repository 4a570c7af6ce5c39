/**
 * The map's SVG: context shapes, the coast edge, a path per region (an option of a listbox,
 * named with its value and rank), labels, and the hover, selection and focus outlines.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { getRegion } from '../data/lookup.js';
import type { RegionId } from '../data/types.js';
import type { Language } from '../i18n/language.js';
import type { MapModel } from './map-model.js';
import type { MapView } from './map-view.js';

export interface DrawingState {
  /** The listbox's name (the figure around it carries the map's title and description). */
  readonly title: string;
  readonly labels: 'none' | 'codes' | 'names';
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
  return [facts.name, facts.value, facts.rank, facts.clusters].filter(Boolean).join(', ');
}

export function mapDrawing(view: MapView, model: MapModel | null, state: DrawingState, on: DrawingHandlers): TemplateResult {
  const outline = (id: RegionId | null, kind: string) => {
    const shape = id ? view.regions.find((r) => r.id === id) : undefined;
    return shape ? svg`<path class="outline ${kind}" d=${shape.d} aria-hidden="true"></path>` : nothing;
  };
  return html`<svg
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
    ${view.coast
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
        fill=${paint?.color ?? nothing}
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
    ${state.labels === 'none'
      ? nothing
      : view.regions.map(({ id, label }) => {
          const text = state.labels === 'codes' ? id.slice(3) : getRegion(id)!.name[state.language];
          return svg`<text class=${view.labelClass} x=${label[0]} y=${label[1]} font-size=${state.fontSize} aria-hidden="true">${text}</text>`;
        })}
    ${outline(state.hovered, 'hover')} ${outline(state.selected, 'selected')} ${outline(state.focusRing, 'focus')}
  </svg>`;
}
