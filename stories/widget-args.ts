/**
 * A story's args as the widget's attributes: `<province-map ${attributesFrom(args)}>`. Every
 * attribute the element observes is set from the arg of the same name (`true` as a bare
 * attribute; unset, empty or `false` removes it); other args (a wrapper's width) are left to
 * the story. So every control Storybook makes from custom-elements.json reaches the widget,
 * with no list of attributes to keep in step.
 */
import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/** Story args: attribute values by attribute name. */
export type WidgetArgs = Record<string, string | boolean | undefined>;

class AttributesFrom extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('attributesFrom() belongs in an element tag');
  }

  render(_args: WidgetArgs) {
    return nothing;
  }

  override update(part: ElementPart, [args]: [WidgetArgs]) {
    const element = part.element;
    const observed = (element.constructor as { observedAttributes?: string[] }).observedAttributes ?? [];
    for (const name of observed) {
      const value = args[name];
      if (value === true) element.setAttribute(name, '');
      else if (value === undefined || value === false || value === '') element.removeAttribute(name);
      else element.setAttribute(name, String(value));
    }
    return nothing;
  }
}

export const attributesFrom = directive(AttributesFrom);
