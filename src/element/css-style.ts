import { noChange } from 'lit';
import { Directive, directive, PartType, type AttributePart, type PartInfo } from 'lit/directive.js';

/**
 * `style=${cssStyle({ 'aspect-ratio': '4 / 3' })}`: sets inline styles through the CSSOM only.
 *
 * Lit's own styleMap writes a `style` attribute on first render, which a strict
 * Content-Security-Policy (`style-src 'self'`) blocks; `element.style.setProperty` is allowed.
 * Property names are CSS names (`margin-inline-start`, not `marginInlineStart`).
 */
class CssStyleDirective extends Directive {
  private applied = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ATTRIBUTE || part.name !== 'style') throw new Error('cssStyle belongs in a style attribute');
  }

  render(_styles: Readonly<Record<string, string>>): typeof noChange {
    return noChange;
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
