/**
 * Plain text rather than Lit's css tag: the element is a plain HTMLElement, so that its own
 * entry does not load Lit. The template is tagged css all the same, so that the build minifies
 * it with the widgets' styles (scripts/minify-css.mjs).
 */
const css = String.raw;

/**
 * The steps' layout. Steps are the page's text: they keep its font and colour and draw only a
 * hairline of the text colour, so that they read on a light and a dark page alike. Wide: steps
 * beside a sticky graphic. Narrow (a phone, a narrow column): the graphic sticks at the top and
 * the steps scroll over it, as cards on the page's background.
 */
export const stepsStyles: string = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(14rem, 2fr) 3fr;
    grid-template-areas: 'steps graphic';
    gap: var(--im-steps-gap, 2rem);
  }
  .graphic {
    grid-area: graphic;
    align-self: start;
    position: sticky;
    top: var(--im-steps-top, 0px);
    z-index: 1;
    max-block-size: calc(100svh - var(--im-steps-top, 0px));
    overflow-y: auto;
  }
  /* Room for the headline, legend and source line beside the map on a laptop's screen. */
  ::slotted([slot='graphic']) {
    display: block;
    --im-map-max-height: max(12rem, calc(100svh - 20rem));
  }
  /* The first step starts below the middle; the last can pass it with the graphic still stuck. */
  .steps {
    grid-area: steps;
    padding-block: 60svh;
  }
  /* A graphic elsewhere on the page (target): the steps alone, in one column. */
  :host([target]) .layout {
    grid-template-columns: 100%;
    grid-template-areas: 'steps';
  }
  :host([target]) .graphic {
    display: none;
  }
  ::slotted(mosaic-step) {
    display: block;
    padding: 0.75em 1em;
    border: 1px solid color-mix(in srgb, currentColor 30%, transparent);
    border-radius: var(--im-radius, 4px);
    background: var(--im-steps-step-background, transparent);
  }
  ::slotted(mosaic-step:not(:last-child)) {
    margin-block-end: 70svh;
  }
  ::slotted(mosaic-step[aria-current]) {
    border-color: currentColor;
  }
  /*
   * Narrow (a phone): the graphic, whole, sticks at the top of the screen and the steps scroll
   * over it as cards on the page's own background, with a screen of graphic between two steps
   * (the Pudding's and most newsrooms' way on phones), so the source line is never cut off. The
   * graphic stays clickable between the cards.
   */
  @container (max-width: 639.98px) {
    .layout {
      grid-template-columns: 100%;
      grid-template-areas: 'stack';
      gap: 0;
    }
    .graphic {
      grid-area: stack;
    }
    ::slotted([slot='graphic']) {
      --im-map-max-height: 55svh;
    }
    .steps {
      grid-area: stack;
      position: relative;
      z-index: 2;
      pointer-events: none;
      padding-block: 100svh 40svh;
    }
    ::slotted(mosaic-step) {
      pointer-events: auto;
      background: var(--im-steps-step-background, var(--_page, Canvas));
    }
    ::slotted(mosaic-step:not(:last-child)) {
      margin-block-end: 100svh;
    }
  }
  /* Print: the graphic in its current state, in the flow, then the steps as paragraphs. */
  @media print {
    .layout {
      display: block;
    }
    .graphic {
      position: static;
      max-block-size: none;
      overflow: visible;
    }
    .steps {
      padding: 0;
    }
    ::slotted(mosaic-step) {
      padding: 0;
      border: 0;
      background: none;
    }
    ::slotted(mosaic-step:not(:last-child)) {
      margin-block-end: 1em;
    }
  }
`;
