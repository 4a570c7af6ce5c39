import { css } from 'lit';

/** The map's styles. Its legend title breaks a page's long word anywhere rather than overflow. */
export const provinceMapStyles = css`
  :host {
    min-width: 280px;
    container-type: inline-size;
    --_region-stroke: var(--im-map-stroke, light-dark(#ffffff, #16181d));
  }
  .layout {
    display: grid;
    gap: var(--_space);
  }
  /* Beside the map where there is room for both; under it, as a bottom legend, where there is not. */
  @container (min-width: 640px) {
    .layout.legend-right {
      grid-template-columns: 1fr minmax(10rem, 14rem);
      align-items: center;
    }
    .legend-right .legend {
      flex-direction: column;
      align-items: flex-start;
    }
  }
  .stage {
    position: relative;
    width: 100%;
    margin-inline: auto;
  }
  /* Until drawn (ProvinceMap.placeholder): the stage at its proportions (800 wide, as tall as
     stageHeight says: a test checks them) and the frame's width, and under it about the height
     the headline, legend and source line take at that width, as measured in English, Chinese
     and Danish at 16px (test/viewport.browser.test.ts). Tiles have no boundaries to credit; a
     legend beside the stage (640 px and wider) or none leaves its lines out. */
  .placeholder {
    --_under: 15.5em;
    box-sizing: content-box;
    width: calc(100% - 2 * var(--im-space, 0.75rem));
    max-width: calc(var(--im-map-max-height, 720px) * 800 / 675);
    margin-inline: auto;
    aspect-ratio: 800 / 675;
    padding-bottom: calc(var(--_under) - var(--_no-credit, 0em) - var(--_no-legend, 0em));
  }
  .placeholder.tiles {
    --_no-credit: 2em;
    max-width: calc(var(--im-map-max-height, 720px) * 800 / 1028.6);
    aspect-ratio: 800 / 1028.6;
  }
  .placeholder.legend-none {
    --_no-legend: 4.2em;
  }
  @container (min-width: 640px) {
    .placeholder.legend-right {
      --_no-legend: 4.2em;
      width: calc(100% - 3 * var(--im-space, 0.75rem) - 14rem);
    }
  }
  @container (min-width: 400px) {
    .placeholder {
      --_under: 12.5em;
    }
  }
  @container (min-width: 600px) {
    .placeholder {
      --_under: 11.4em;
    }
  }
  @container (min-width: 720px) {
    .placeholder {
      --_under: 10.4em;
    }
  }
  @container (min-width: 900px) {
    .placeholder {
      --_under: 9.5em;
    }
  }
  svg {
    display: block;
    width: 100%;
    height: 100%;
    overflow: visible;
    touch-action: manipulation;
  }
  .coast path {
    fill: none;
    stroke: var(--_border);
    stroke-width: 2px;
    vector-effect: non-scaling-stroke;
  }
  .region {
    stroke: var(--_region-stroke);
    stroke-width: var(--im-map-stroke-width, 0.75px);
    vector-effect: non-scaling-stroke;
    cursor: pointer;
    outline: none;
  }
  /* Tiles stand apart: an edge in the border colour keeps the lightest visible on the page. */
  .tiles .region {
    stroke: var(--_border);
  }
  .region.no-data,
  .swatch.no-data {
    fill: url(#no-data);
    background: repeating-linear-gradient(45deg, var(--_no-data-line) 0 2px, var(--_no-data) 2px 6px);
  }
  .region.mosaic,
  .swatch.mosaic,
  .region.other,
  .swatch.other {
    fill: var(--_mosaic);
    background: var(--_mosaic);
  }
  .region.highlight,
  .swatch.highlight {
    fill: var(--_accent);
    background: var(--_accent);
  }
  .context,
  .swatch.context {
    fill: var(--_context);
    background: var(--_context);
    stroke: var(--_border);
    stroke-width: 0.5px;
    stroke-dasharray: 2 2;
    vector-effect: non-scaling-stroke;
  }
  .no-data-fill {
    fill: var(--_no-data);
  }
  .no-data-line {
    stroke: var(--_no-data-line);
    stroke-width: 2px;
  }
  .outline {
    fill: none;
    pointer-events: none;
    vector-effect: non-scaling-stroke;
  }
  .outline.hover {
    stroke: var(--_text);
    stroke-width: 1.5px;
  }
  .outline.selected {
    stroke: var(--_text);
    stroke-width: 3px;
  }
  /* Two-tone: the ring on a halo of the page's colour, so that it shows on any fill. */
  .outline.focus-halo {
    stroke: var(--_background);
    stroke-width: calc(var(--_focus-width) + 4px);
  }
  .outline.focus {
    stroke: var(--_focus);
    stroke-width: var(--_focus-width);
  }
  .label,
  .note-text {
    fill: var(--_text);
    paint-order: stroke;
    stroke: var(--_background);
    stroke-width: 3px;
    stroke-linejoin: round;
    pointer-events: none;
    dominant-baseline: central;
  }
  .leader {
    stroke: var(--_text);
    stroke-width: 0.75px;
    vector-effect: non-scaling-stroke;
    pointer-events: none;
  }
  /* Labels on coloured fills take black or white and a halo of the fill from the model. */
  .label.highlight {
    color: light-dark(#fff, #000);
    fill: currentColor;
    stroke: var(--_accent);
  }
  .frame {
    --_no-data: var(--im-color-no-data, light-dark(#f1f2f4, #2a2c31));
    --_no-data-line: var(--im-color-no-data-line, light-dark(#9aa1a9, #6d737c));
    --_mosaic: var(--im-color-mosaic, light-dark(#d9dce1, #3a3e46));
    --_context: var(--im-color-context, light-dark(#eceef1, #24262b));
  }
  /* Beside the region at a readable width, hanging from its label's height or rising to it. */
  .tooltip.left,
  .tooltip.right {
    width: max-content;
    min-width: min(11rem, 45%);
    max-width: min(18rem, 48%);
    transform: translateY(-1.25em);
  }
  .tooltip.up {
    transform: translateY(calc(-100% + 1.25em));
  }
  /* Under the drawing on a narrow map or after a tap: in the flow, the width of the map. */
  .tooltip.panel {
    position: static;
    max-width: none;
    margin-block: 0.5em;
    box-shadow: none;
  }
  .status {
    position: absolute;
    inset: auto 0 0 0;
    text-align: center;
    color: var(--_text-muted);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    align-items: center;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
  }
  .legend.pending {
    min-height: 4.7em;
  }
  .legend-title {
    flex-basis: 100%;
    overflow-wrap: anywhere;
    font-weight: 600;
    color: var(--_text-muted);
  }
  .legend li {
    display: flex;
    gap: 0.4em;
    align-items: center;
  }
  .swatch {
    display: inline-block;
    inline-size: 1.1em;
    block-size: 0.9em;
    border: 1px solid var(--_border);
    border-radius: 2px;
    forced-color-adjust: none;
  }
  .problem-box {
    display: grid;
  }
  /* The page's notes: text as the labels' (above), leaders and markers in the text colour. */
  .note-leader {
    stroke: var(--_text);
    stroke-width: 1px;
    vector-effect: non-scaling-stroke;
  }
  /* Under the leader, so that it shows on fills as dark or light as the text. */
  .note-leader.halo {
    stroke: var(--_background);
    stroke-width: 3px;
  }
  .note-dot,
  .note-marker circle {
    fill: var(--_text);
    stroke: var(--_background);
    stroke-width: 1.5px;
    vector-effect: non-scaling-stroke;
  }
  .note-marker text {
    fill: var(--_background);
    font-weight: 700;
    dominant-baseline: central;
  }
  .note-marks {
    pointer-events: none;
  }
  /* Print: the selection kept, not the hover or focus; the map half a page tall at most. */
  @media print {
    .outline:not(.selected) {
      display: none;
    }
    .frame {
      --_max: var(--im-map-max-height, 720px);
    }
    .layout {
      --im-map-max-height: min(var(--_max), 50vh);
    }
  }
  /* A change of metric, mode or highlight (a scrollytelling step) fades the fills in; the
     region paths are kept between renders, so the same path changes colour. On a screen only:
     print takes the light palette at once, not halfway from the dark. */
  @media screen and (prefers-reduced-motion: no-preference) {
    .region {
      transition:
        fill 350ms ease-out,
        stroke 350ms ease-out,
        opacity 350ms ease-out;
    }
  }
`;
