import { css } from 'lit';

/**
 * The design tokens every widget shares, and the frame and error-state styles.
 *
 * Each public token `--im-*` is read with a default, so a page can set it on the widget or on
 * any ancestor (`:root { --im-color-accent: #c00 }` themes every widget at once). Defaults use
 * `light-dark()`, resolved by the frame's `color-scheme`, which the element sets from its
 * `theme`, the page's `color-scheme` and the reader's preference. A page may use
 * `light-dark()` in its own values too.
 *
 * Contrast of the defaults against their background: text ≥ 7:1, muted text ≥ 4.5:1,
 * borders and shapes ≥ 3:1, in both palettes.
 *
 * A long word without a space in the page's text (a unit, a label) wraps in the frame
 * (`overflow-wrap`) rather than widening the article.
 */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    line-height: 1.4;
    font-family: var(--im-font-family, inherit);
    font-size: var(--im-font-size, inherit);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  ::before,
  ::after {
    box-sizing: inherit;
  }
  /* Outlines are drawn from rings wound either way (d3's convention or RFC 7946's). */
  svg {
    fill-rule: evenodd;
  }

  .frame {
    color-scheme: light;
    --_text: var(--im-color-text, light-dark(#1f2328, #e6e8eb));
    --_text-muted: var(--im-color-text-muted, light-dark(#57606a, #a9b0b9));
    --_background: var(--im-color-background, light-dark(#ffffff, #16181d));
    --_surface: var(--im-color-surface, light-dark(#f3f4f6, #23262c));
    --_border: var(--im-color-border, light-dark(#767d86, #7d858f));
    --_accent: var(--im-color-accent, light-dark(#0a5bb5, #7cb4f5));
    --_focus: var(--im-color-focus, light-dark(#0a5bb5, #ffd45c));
    --_error: var(--im-color-error, light-dark(#a1131b, #ff9b94));
    --_error-surface: var(--im-color-error-surface, light-dark(#fdecea, #3b1c1e));
    --_space: var(--im-space, 0.75rem);
    --_radius: var(--im-radius, 6px);
    --_focus-width: var(--im-focus-width, 3px);

    height: 100%;
    color: var(--_text);
    background: var(--_background);
    border-radius: var(--_radius);
    overflow-wrap: break-word;
  }
  /* The frame's (set from the theme), no more specific than .frame, so that print (below) wins. */
  [data-scheme='dark'] {
    color-scheme: dark;
  }
  /*
   * Print: light whatever the theme or the page; fills printed as drawn (swatches, bars,
   * hatching: browsers leave out backgrounds unless told); a widget that fits a page kept on
   * one; none of the screen's controls (tooltips, buttons, the downloads menu), nor the note on
   * rows left out, which is for the editor. .screen and .print: shown on one only.
   */
  @media print {
    .frame {
      color-scheme: light;
      print-color-adjust: exact;
      break-inside: avoid;
    }
    .tooltip,
    button,
    .downloads,
    .data-note,
    .screen {
      display: none;
    }
  }
  @media not print {
    .print {
      display: none;
    }
  }

  /* Read by screen readers, not shown. */
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  :focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
  }

  .problem {
    display: grid;
    gap: 0.25em;
    align-content: center;
    min-height: 100%;
    padding: var(--_space);
    color: var(--_error);
    background: var(--_error-surface);
    border-inline-start: 4px solid currentColor;
    border-radius: var(--_radius);
  }
  .problem strong {
    font-weight: 600;
  }
  .problem p {
    margin: 0;
  }

  /* For the editor, read as published copy: quiet, under the content. */
  .data-note {
    margin: 0.35em 0 0;
    padding-inline: var(--_space);
    font-size: 0.8125em;
    color: var(--_text-muted);
  }
  /* This note's and a compact card's. */
  summary {
    cursor: pointer;
  }
  .data-note .more {
    color: var(--_accent);
    text-decoration: underline;
  }
  div.data-note {
    min-height: 1lh;
  }
  /* A widget with src keeps a line for that note (renderDataNote) from its placeholder on. */
  .placeholder.fetched {
    margin-bottom: calc(0.8125em * (0.35 + 1.4));
  }
  .data-note ul {
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
  }
`;
