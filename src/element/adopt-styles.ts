/**
 * A widget's style sheets in whichever document it is in. Constructed style sheets belong to
 * the window that made them: a shadow root moved into another document (an iframe, or one
 * made by `document.implementation.createHTMLDocument`) loses them, and does not get them back
 * when it returns. On each connection the root is given its window's sheets: Lit's own in the
 * window that loaded the library, copies made once per window elsewhere.
 */
import type { CSSResultOrNative } from 'lit';

type View = Window & typeof globalThis;

const copies = new WeakMap<View, WeakMap<CSSResultOrNative, CSSStyleSheet>>();

/** Gives `root` the sheets for `styles` of its document's window, if it has other ones. */
export function adoptStylesHere(root: ShadowRoot, styles: readonly CSSResultOrNative[]): void {
  const view = root.ownerDocument.defaultView as View | null;
  if (!view) return; // a document without a window shows nothing, styled or not
  const sheets = styles.map((style) => sheetIn(view, style));
  const current = root.adoptedStyleSheets;
  if (current.length !== sheets.length || sheets.some((sheet, i) => current[i] !== sheet)) root.adoptedStyleSheets = sheets;
}

function sheetIn(view: View, style: CSSResultOrNative): CSSStyleSheet {
  const own = style instanceof CSSStyleSheet ? style : style.styleSheet!;
  if (view === globalThis) return own;
  let made = copies.get(view);
  if (!made) copies.set(view, (made = new WeakMap()));
  let copy = made.get(style);
  if (!copy) {
    copy = new view.CSSStyleSheet();
    copy.replaceSync([...own.cssRules].map((rule) => rule.cssText).join('\n'));
    made.set(style, copy);
  }
  return copy;
}
