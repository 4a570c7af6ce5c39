/**
 * A widget's style sheets in whichever document it is in. Constructed style sheets belong to
 * the window that made them: a shadow root moved into another document (an iframe, or one
 * made by `document.implementation.createHTMLDocument`) loses them, and does not get them back
 * when it returns. On each connection the root is given Lit's sheets again in the window that
 * loaded the library, and copies made in that window's own elsewhere.
 */
import type { CSSResultOrNative } from 'lit';

type View = Window & typeof globalThis;

/** Gives `root` the sheets for `styles` in its document's window, where it lacks them. */
export function adoptStylesHere(root: ShadowRoot, styles: readonly CSSResultOrNative[]): void {
  const view = root.ownerDocument.defaultView as View | null;
  const own = styles.map((style) => (style instanceof CSSStyleSheet ? style : style.styleSheet!));
  const current = root.adoptedStyleSheets;
  if (view === globalThis) {
    if (own.some((sheet, i) => current[i] !== sheet)) root.adoptedStyleSheets = own;
  } else if (view && !current.length) {
    // Another window (an iframe): its own copies, made as the root arrives (the browser dropped ours).
    root.adoptedStyleSheets = own.map((sheet) => {
      const copy = new view.CSSStyleSheet();
      copy.replaceSync([...sheet.cssRules].map((rule) => rule.cssText).join('\n'));
      return copy;
    });
  }
}
