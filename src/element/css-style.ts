import { isServer, noChange } from 'lit';
import { Directive, directive, PartType, type AttributePart, type PartInfo } from 'lit/directive.js';

/**
 * `style=${cssStyle({ 'aspect-ratio': '4 / 3' })}`: sets inline styles through the CSSOM only.
 *
 * Lit's own styleMap writes a `style` attribute on first render, which a strict
 * Content-Security-Policy (`style-src 'self'`) blocks; `element.style.setProperty` is allowed.
 * Property names are CSS names (`margin-inline-start`, not `marginInlineStart`). Rendered on a
 * server, where the page's policy is the server's own choice, they are the attribute's text.
 */
class CssStyleDirective extends Directive {
  private applied = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ATTRIBUTE || part.name !== 'style') throw new Error('cssStyle belongs in a style attribute');
  }

  /** On a server (`@lit-labs/ssr`) there is no CSSOM: the styles are written as the attribute's text. */
  render(styles: Readonly<Record<string, string>>): string | typeof noChange {
    return isServer ? cssText(styles) : noChange;
  }

  override update(part: AttributePart, [styles]: [Readonly<Record<string, string>>]): typeof noChange {
    const style = (part.element as HTMLElement | SVGElement).style;
    for (const name of this.applied) if (!(name in styles)) style.removeProperty(name);
    for (const [name, value] of Object.entries(styles)) style.setProperty(name, value);
    this.applied = new Set(Object.keys(styles));
    return noChange;
  }
}

export const cssStyle = directive(CssStyleDirective);

/** `{ fill: '#08519c' }` as `fill:#08519c`: the declarations of a style attribute. */
export function cssText(styles: Readonly<Record<string, string>>): string {
  return Object.entries(styles)
    .map(([name, value]) => `${name}:${value}`)
    .join(';');
}
