import { css } from 'lit';

/**
 * What a server's drawing (`innovation-mosaic/server`) adds, for a reader without JavaScript and
 * until the script takes over; no part of the browser's styles. The data-table toggle is a
 * native disclosure in the place and shape of the button the script draws (its look is the
 * button's rule in chart.styles.ts): open, it shows the screen readers' table under the footer,
 * as the button does, with no copy of it. The downloads row keeps its height, unseen and
 * unreachable, until the script makes it a menu.
 */
export const serverDrawnStyles = css`
  summary[part='table-toggle'] {
    display: block;
    list-style: none;
  }
  summary[part='table-toggle']::-webkit-details-marker {
    display: none;
  }
  details:not([open]) .hide,
  [open] .show {
    display: none;
  }
  .footer:has(> [open]) + .visually-hidden {
    position: static;
    width: auto;
    height: auto;
    overflow: visible;
    clip-path: none;
    white-space: normal;
  }
  .downloads[aria-hidden] {
    visibility: hidden;
  }
`;
