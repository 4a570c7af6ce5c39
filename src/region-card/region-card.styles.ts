import { css } from 'lit';

export const regionCardStyles = css`
  :host {
    min-width: 240px;
    container-type: inline-size;
  }
  article {
    display: grid;
    gap: var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  /* Until drawn (RegionCard.placeholder): about the height of a card at that width, as measured
     in English, Chinese and Danish at 16px. */
  .placeholder {
    min-height: 70em;
  }
  @container (min-width: 400px) {
    .placeholder {
      min-height: 47em;
    }
  }
  @container (min-width: 600px) {
    .placeholder {
      min-height: 42em;
    }
  }
  @container (min-width: 900px) {
    .placeholder {
      min-height: 38em;
    }
  }
  /* A compact card: from about 186 px (no claim) to 285 px (Anhui's lead claim) at 14 px. */
  .placeholder.compact {
    min-height: 16.8em;
  }
  h3 {
    margin: 0;
    font-size: 1.35em;
    line-height: 1.2;
  }
  /* Read between the two names ("Anhui, 安徽"), not seen: inline, so that no space is read before it. */
  h3 .separator {
    font-size: 0;
  }
  h3 .zh {
    margin-inline-start: 0.4em;
    font-weight: normal;
    color: var(--_text-muted);
  }
  h4 {
    margin: 0;
    font-size: 1em;
  }
  p {
    margin: 0;
  }
  .meta,
  .part-of,
  .via,
  .claim-note,
  .figure-note,
  .sources {
    color: var(--_text-muted);
    fill: var(--_text-muted);
    font-size: 0.875em;
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em;
    margin: 0.35em 0 0;
    padding: 0;
    list-style: none;
  }
  .badge {
    padding: 0.05em 0.5em;
    font-size: 0.8125em;
    font-weight: 600;
    border: 1px solid var(--_accent);
    border-radius: 999px;
    color: var(--_accent);
    fill: var(--_accent);
    stroke: var(--_accent);
  }
  .badge.hub {
    border-style: dashed;
  }
  .overview {
    display: grid;
    gap: var(--_space);
    align-items: start;
  }
  .full .overview {
    grid-template-columns: minmax(0, 1fr);
  }
  @container (min-width: 480px) {
    .full .overview.with-map {
      grid-template-columns: min(14rem, 35%) 1fr;
    }
  }
  /* Compact: a small map beside the name, the figures below at full width. */
  .compact header:has(.locator) {
    display: grid;
    grid-template-columns: minmax(0, 1fr) 3.75rem;
    column-gap: var(--_space);
    align-items: start;
  }
  .compact header > * {
    grid-column: 1 / -1;
  }
  .compact header > h3,
  .compact header > .meta {
    grid-column: 1;
  }
  .compact header .locator {
    grid-column: 2;
    grid-row: 1 / span 2;
  }
  /* A locator, not the story: no wider than 18rem where it stands alone above the figures. */
  .locator {
    width: 100%;
    max-width: 18rem;
    height: auto;
  }
  .locator path {
    fill: var(--im-color-mosaic, light-dark(#d9dce1, #3a3e46));
    stroke: var(--_background);
    stroke-width: 0.5px;
    vector-effect: non-scaling-stroke;
  }
  .locator .coast path {
    fill: none;
    stroke: var(--_border);
    stroke-width: 1.5px;
  }
  .locator path.context {
    fill: var(--im-color-context, light-dark(#eceef1, #24262b));
    stroke: var(--_border);
    stroke-dasharray: 2 2;
  }
  .locator path.this {
    fill: var(--_accent);
  }
  .locator circle {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 1.5px;
    vector-effect: non-scaling-stroke;
  }
  /*
   * Label and value in columns where the figures have room; where not, the value after its label,
   * set right, or under it where both do not fit on a line: never a unit split from its number.
   */
  .overview > section {
    container-type: inline-size;
  }
  dl {
    display: grid;
    gap: 0.3em;
    margin: 0;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.75em;
  }
  @container (min-width: 340px) {
    .full dl {
      grid-template-columns: auto 1fr;
      gap: 0.2em 0.75em;
    }
    .full .row {
      display: contents;
    }
    .full dd {
      margin-inline-start: 0;
    }
  }
  dt {
    color: var(--_text-muted);
  }
  dd {
    margin: 0;
    margin-inline-start: auto;
    font-variant-numeric: tabular-nums;
  }

  /* A note of the page's own figure that has no source to file it under. */
  dd.no-data {
    color: var(--_text-muted);
    font-style: italic;
  }
  /* Source marks on the baseline, in brackets, muted: never read as an exponent ("km² [2]"). */
  .ref {
    white-space: nowrap;
    font-size: 0.75em;
    color: var(--_text-muted);
    fill: var(--_text-muted);
    font-variant-numeric: normal;
  }
  .claims,
  .claims ul,
  details.more {
    display: grid;
    gap: 0.5em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  h5.via {
    margin: 0 0 -0.3em;
    font-weight: 600;
  }
  article summary {
    color: var(--_text-muted);
    font-size: 0.875em;
  }
  .claim-figure {
    display: block;
    font-weight: 700;
    color: var(--_accent);
    fill: var(--_accent);
  }
  /* Numbered as the marks that cite them, "[1]", in the text, so that screen readers read the numbers too; hanging. */
  .sources {
    margin: 0;
    padding-inline-start: 2em;
    list-style: none;
    border-top: 1px solid var(--_surface);
    padding-top: 0.5em;
  }
  /* In the margin; floated, so that the space after it does not indent the first line. */
  .sources .number {
    float: left;
    margin-inline-start: -2em;
  }
  .sources a {
    color: inherit;
    overflow-wrap: anywhere;
  }
  /* How the source was read, a claim's qualifier: a line of its own, not run on. */
  .source-note,
  .claim-note,
  .figure-note {
    display: block;
  }
  .compact h3 {
    font-size: 1.25em;
  }
  /* The card drawn in SVG for a file (card-figure.ts): colours as a fill beside each colour above, and these. */
  .card-figure {
    fill: var(--_text);
  }
  .card-figure .muted {
    fill: var(--_text-muted);
  }
  .card-figure .rule {
    stroke: var(--_surface);
  }
  .compact {
    font-size: 0.875em;
    gap: calc(var(--_space) * 0.75);
  }
  /*
   * Print: black on white, and a compact card's disclosed part shown, since it holds the
   * sources (::details-content: Chromium 131, Firefox 143, Safari 18.4), with no summary to
   * click. A browser without ::details-content drops the second rule whole, so its card prints
   * folded with the summary saying what is in it.
   */
  @media print {
    ::details-content {
      content-visibility: visible;
    }
    summary,
    :not(*)::details-content {
      display: none;
    }
    .frame {
      --_accent: #000;
      --_border: #000;
    }
  }
`;
