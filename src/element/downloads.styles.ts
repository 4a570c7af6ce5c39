import { css } from 'lit';

/**
 * The download menu: a quiet button under the widget's content, at its end, so that it covers
 * neither the graphic nor the footer's table toggle at any width; its list opens upward over
 * the content (it is the last thing in the widget, and an embed's frame may end under it).
 */
export const downloadsStyles = css`
  .downloads {
    position: relative;
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    align-items: baseline;
    gap: 0.25em 1em;
    /* Close under the footer: the figure's own padding is above it. */
    margin-block-start: calc(var(--_space) / -2);
    padding: 0 var(--_space) calc(var(--_space) / 2);
    font-size: 0.8125em;
  }
  .downloads button {
    font: inherit;
    color: var(--_accent);
    background: none;
    border: 0;
    cursor: pointer;
  }
  .downloads-button {
    padding: 0.25em 0;
    text-decoration: underline;
  }
  /* A mark for the eye only: the button's name stays "Download" (aria-expanded says the rest). */
  .downloads-button::after {
    content: ' ▾';
    content: ' ▾' / '';
  }
  .downloads-button[aria-expanded='true']::after {
    content: ' ▴';
    content: ' ▴' / '';
  }
  .downloads-list {
    position: absolute;
    inset-block-end: calc(100% - var(--_space) / 4);
    inset-inline-end: var(--_space);
    z-index: 2;
    margin: 0;
    padding: 0.25em 0;
    min-inline-size: 10em;
    list-style: none;
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.2);
  }
  .downloads-list[hidden] {
    display: none;
  }
  .downloads-list button {
    display: block;
    inline-size: 100%;
    padding: 0.5em 0.9em;
    text-align: start;
    text-decoration: none;
    color: var(--_text);
  }
  .downloads-list button:hover {
    background: var(--_surface);
  }
  .downloads-message {
    order: -1;
    flex: 1 1 16em;
    margin: 0;
    color: var(--_error);
  }
  /* Empty but there, so that screen readers hear what comes into it. */
  .downloads-message:empty {
    flex: 0 0 0;
  }
  @media print {
    .downloads {
      display: none;
    }
  }
`;
