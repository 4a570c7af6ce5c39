import { css } from 'lit';

export const metricCompareStyles = css`
  :host {
    min-width: 280px;
    container-type: inline-size;
  }
  .frame {
    --_bar: var(--im-compare-bar, var(--_accent));
    --_bar-second: var(--im-compare-bar-second, light-dark(#b85c00, #f0a35e));
    --_bar-muted: var(--im-compare-bar-muted, light-dark(#7f9fc4, #4f6f94));
  }
  figure {
    margin: 0;
    padding: var(--_space);
  }
  .axis-title {
    margin: 0 0 0.25em;
    font-size: 0.875em;
    font-weight: 600;
    color: var(--_text-muted);
  }
  .key {
    display: inline-block;
    inline-size: 0.9em;
    block-size: 0.6em;
    margin-inline-end: 0.3em;
    background: var(--_bar);
  }
  .key.secondary {
    background: var(--_bar-second);
  }
  .chart {
    position: relative;
    display: grid;
    grid-template-columns: minmax(4.5rem, 32%) 1fr auto;
    column-gap: 0.5em;
    outline: none;
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
  .bar {
    position: relative;
    height: 0.9em;
    background: var(--_bar-muted);
    border-radius: 0 2px 2px 0;
  }
  .row.highlighted .bar.primary,
  .highlight-none .bar.primary {
    background: var(--_bar);
  }
  .bar.secondary {
    height: 0.55em;
    background: var(--_bar-second);
  }
  @media (prefers-reduced-motion: no-preference) {
    .bar {
      transition:
        width 400ms ease-out,
        margin-inline-start 400ms ease-out;
    }
  }
  .row:focus-visible .name,
  .row.active .name {
    text-decoration: underline;
  }
  .row.selected .name {
    font-weight: 700;
  }
  .row:focus-visible .track {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
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
  }
  .tick {
    position: absolute;
    transform: translateX(-50%);
    white-space: nowrap;
  }
  .gridline,
  .reference {
    position: absolute;
    inset-block: 0;
    border-inline-start: 1px solid var(--_surface);
    pointer-events: none;
  }
  .reference {
    border-inline-start: 2px dashed var(--_text);
  }
  .reference-label,
  .missing,
  .note,
  .source {
    margin: 0.35em 0 0;
    font-size: 0.8125em;
    color: var(--_text-muted);
  }
  .tooltip {
    position: absolute;
    z-index: 1;
    inset-inline-end: 0;
    margin-top: 2px;
    max-width: min(18rem, 90%);
    padding: 0.5em 0.75em;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.2);
    font-size: 0.875em;
    pointer-events: none;
  }
  .tooltip.pinned {
    pointer-events: auto;
  }
  .tooltip p {
    margin: 0;
  }
  .tooltip .name-line {
    font-weight: 600;
  }
  .tooltip .muted {
    color: var(--_text-muted);
  }
  .tooltip .close {
    float: inline-end;
  }
  .footer {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.25em 1em;
    align-items: baseline;
  }
  button {
    font: inherit;
    font-size: 0.8125em;
    color: var(--_accent);
    background: none;
    border: 0;
    padding: 0.25em 0;
    cursor: pointer;
    text-decoration: underline;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.875em;
  }
  th,
  td {
    padding: 0.25em 0.5em;
    text-align: start;
    border-bottom: 1px solid var(--_surface);
  }
  thead th {
    background: var(--_surface);
  }
  td.number {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  @media print {
    .tooltip,
    button {
      display: none;
    }
  }
`;
