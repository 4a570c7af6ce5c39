import { css } from 'lit';

export const metricCompareStyles = css`
  :host {
    min-width: 280px;
    container-type: inline-size;
  }
  .frame {
    --_bar: var(--im-compare-bar, var(--_accent));
    --_bar-second: var(--im-compare-bar-second, light-dark(#b85c00, #f0a35e));
    --_bar-muted: var(--im-compare-bar-muted, light-dark(#6c8ebf, #5b7ea6)); /* ≥ 3:1 on the background */
  }
  .scope {
    margin: 0 0 0.35em;
    font-size: 0.875em;
  }
  .axis-title {
    margin: 0 0 0.25em;
    font-size: 0.875em;
    font-weight: 600;
    color: var(--_text-muted);
    fill: var(--_text-muted);
  }
  .key {
    display: inline-block;
    inline-size: 0.9em;
    block-size: 0.6em;
    margin-inline-end: 0.3em;
    background: var(--_bar);
    fill: var(--_bar);
  }
  .key.secondary {
    background: var(--_bar-second);
    fill: var(--_bar-second);
  }
  .axis-title.second {
    margin: 0.25em 0 0;
  }
  .chart {
    position: relative;
    display: grid;
    grid-template-columns: minmax(4.5rem, 32%) 1fr auto;
    column-gap: 0.5em;
    outline: none;
    /* Each colour is also a fill (a stroke for lines): the chart drawn in SVG for a file takes them (compare-figure.ts). */
    fill: var(--_text);
  }
  /* Loading: room for the rows asked for. A row is about 1.37em, the line saying what top
     leaves out (not with group-by) 1.55em, the headline (unless no-headline) 1.4em, and the
     axis, notes and footer about 9.3em, as measured at the default font
     (test/viewport.browser.test.ts). */
  .pending {
    min-height: calc(var(--rows) * 1.37em + var(--scope) * 1.55em + var(--headline) * 1.4em + 9.3em);
  }
  .row,
  .axis-row {
    position: relative;
    display: grid;
    grid-column: 1 / -1;
    grid-template-columns: subgrid;
  }
  .row {
    cursor: pointer;
  }
  .name {
    grid-column: 1;
    align-self: center;
    overflow-wrap: anywhere;
    line-height: 1.2;
    padding-block: 0.2em;
  }
  .track {
    grid-column: 2;
    position: relative;
    display: grid;
    align-content: center;
    gap: 2px;
    min-height: 1.6em;
  }
  .value {
    grid-column: 3;
    align-self: center;
    text-align: end;
    font-variant-numeric: tabular-nums;
    font-size: 0.875em;
    white-space: nowrap;
  }
  .second-value {
    display: block;
  }
  .second-value.no-data {
    color: var(--_text-muted);
    fill: var(--_text-muted);
  }
  .bar {
    position: relative;
    height: 0.9em;
    background: var(--_bar-muted);
    fill: var(--_bar-muted);
    border-radius: 0 2px 2px 0;
  }
  .row.highlighted .bar.primary,
  .highlight-none .bar.primary {
    background: var(--_bar);
    fill: var(--_bar);
  }
  .bar.secondary {
    height: 0.55em;
    background: var(--_bar-second);
    fill: var(--_bar-second);
  }
  /* Bars grow and change colour (a step that highlights them) in 400 ms; at once under reduced motion and in print. */
  @media screen and (prefers-reduced-motion: no-preference) {
    .bar {
      transition:
        width 400ms ease-out,
        margin-inline-start 400ms ease-out,
        background-color 400ms ease-out;
    }
  }
  .row.selected .name {
    font-weight: 700;
  }
  /* Hover and focus on a screen only: a printed chart keeps the selection alone. */
  @media screen {
    .row:focus-visible .name {
      text-decoration: underline;
    }
    /* Hovered in a linked widget (group): outlined as the map outlines a hovered region. */
    .row.hovered .bar.primary {
      outline: 1.5px solid var(--_text);
    }
    /* Two-tone, over the rows around it: the page's colour between the bars and the ring, and around it. */
    .row:focus-visible {
      z-index: 1;
    }
    .row:focus-visible .track {
      outline: 2px solid transparent; /* drawn in forced colours */
      box-shadow:
        0 0 0 2px var(--_background),
        0 0 0 calc(2px + var(--_focus-width)) var(--_focus),
        0 0 0 calc(4px + var(--_focus-width)) var(--_background);
    }
  }
  .row:focus {
    outline: none;
  }
  .ticks {
    grid-column: 2;
    position: relative;
    height: 1.4em;
    font-size: 0.75em;
    color: var(--_text-muted);
    fill: var(--_text-muted);
  }
  .tick {
    position: absolute;
    transform: translateX(-50%);
    white-space: nowrap;
  }
  /* Each axis marked in its bars' colour, when there are two. */
  .axis-row.first:has(~ .axis-row.second) .ticks {
    border-bottom: 2px solid var(--_bar);
  }
  .axis-row.second .ticks {
    border-top: 2px solid var(--_bar-second);
    margin-top: 0.25em;
  }
  /* On a phone the headers give way (hyphenated where the browser knows the language), never the figures. */
  thead th,
  tfoot td {
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  td.number {
    white-space: nowrap;
  }
  tfoot td {
    border: 0;
    color: var(--_text-muted);
  }
  tfoot p {
    margin: 0;
  }
  /* Narrow: every other tick of five or more left unlabelled, and names above their bars, so
     that the bars keep the width and the tick labels their room. */
  /* A note's number beside its bar's name, as in the list under the chart. */
  .name .note-number {
    display: inline-block;
    margin-inline-start: 0.25em;
    vertical-align: 0.1em;
  }
  .note-number rect {
    fill: var(--_text);
  }
  .note-number text {
    fill: var(--_background);
  }
  @container (max-width: 30rem) {
    .tick.minor {
      visibility: hidden;
    }
    table {
      font-size: 0.75em;
    }
    th,
    td {
      padding-inline: 0.2em;
    }
  }
  @container (max-width: 21rem) {
    .chart {
      grid-template-columns: 1fr auto;
    }
    .name {
      grid-column: 1 / -1;
      padding-block: 0.2em 0;
    }
    .track,
    .ticks {
      grid-column: 1;
    }
    .value {
      grid-column: 2;
    }
  }
  .gridline,
  .reference {
    position: absolute;
    inset-block: 0;
    border-inline-start: 1px solid var(--_surface);
    stroke: var(--_surface);
    pointer-events: none;
  }
  .reference {
    border-inline-start: 2px dashed var(--_text);
    stroke: var(--_text);
  }
  .reference-label,
  .missing,
  .note {
    margin: 0.35em 0 0;
    font-size: 0.8125em;
    color: var(--_text-muted);
  }
  .tooltip {
    inset-inline-end: 0;
    margin-top: 2px;
  }
`;
