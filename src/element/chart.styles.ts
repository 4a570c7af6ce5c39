import { css } from 'lit';

/**
 * What the charts (map, comparison) share: the figure, the tooltip box, the footer with its
 * source line and table toggle, the data table. What printing leaves out is in the base styles.
 */
export const chartStyles = css`
  figure {
    margin: 0;
    padding: var(--_space);
  }
  .headline,
  ::slotted([slot='headline']) {
    margin: 0;
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.25;
  }
  .subtitle,
  ::slotted([slot='subtitle']) {
    margin: 0.2em 0 0;
    color: var(--_text-muted);
  }
  .chart-note,
  ::slotted([slot='note']) {
    margin: 0.5em 0 0;
    font-size: 0.875em;
    color: var(--_text-muted);
  }
  .tooltip {
    position: absolute;
    z-index: 1;
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
  /* A target of 32 px, over the 24 px WCAG 2.2 asks for, whatever the page's root font size. */
  .tooltip .close {
    float: inline-end;
    min-inline-size: 32px;
    min-block-size: 32px;
    margin: -0.25em -0.5em 0 0.5em;
    font-size: 1.25rem;
    line-height: 1;
    text-decoration: none;
  }
  .footer {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    justify-content: space-between;
    align-items: baseline;
  }
  .source,
  .notice {
    margin: 0.35em 0 0;
    font-size: 0.8125em;
    color: var(--_text-muted);
  }
  /* The sources of data from src (ChartElement.renderFooter): two lines of the footer's width
     kept from the start, the table's button under them; one line where it is wide enough for
     sources to fit on one, so that it shows no empty line under them there. */
  .source.reserve {
    flex-basis: 100%;
    min-height: 2lh;
  }
  @container (min-width: 900px) {
    .source.reserve {
      min-height: 0;
    }
  }
  [part='table-toggle'].reserve {
    visibility: hidden;
  }
  /* The table toggle drawn on a server is a <summary>, in the button's shape. */
  button,
  [part='table-toggle'] {
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
  th.number {
    text-align: end;
  }
  td.number {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  /* The page's notes under the graphic, numbered as their markers. */
  ol.notes {
    display: grid;
    gap: 0.35em;
    margin: 0.5em 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
  }
  .notes li {
    display: flex;
    gap: 0.5em;
    align-items: baseline;
  }
  .note-number {
    flex: none;
    min-inline-size: 1.5em;
    line-height: 1.5em;
    border-radius: 0.75em;
    text-align: center;
    font-size: 0.875em;
    font-weight: 700;
    color: var(--_background);
    background: var(--_text);
    forced-color-adjust: none;
  }
  .note-region {
    font-weight: 600;
  }
  .note-problem {
    margin: 0.5em 0 0;
    min-height: 0;
    font-size: 0.875em;
  }
  .tooltip .note-line {
    margin-top: 0.25em;
  }
`;
