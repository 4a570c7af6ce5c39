/**
 * Attributes declared once: a widget writes `@property() view = 'geo'` (or
 * `@property({ type: Number }) classes = 5`) and that initialiser is the attribute's default,
 * in its documentation (custom-elements.json reads it) and at run time. An attribute that is
 * removed or left empty, or a property set to `null`, `undefined` or `''` (as frameworks do),
 * takes the default again; text properties given another type become text, and number
 * properties given text become numbers, so that validation sees one type.
 */
import type { PropertyDeclaration, ReactiveElement } from 'lit';

/** Per widget class: each attribute property's default, the first value set (by its initialiser). */
const defaults = new WeakMap<object, Map<PropertyKey, unknown>>();

/** Numbers from attributes: empty means absent (the default), anything else goes through `Number`. */
export const numberAttribute = {
  fromAttribute: (value: string | null) => (value === null || value === '' ? null : Number(value)),
  toAttribute: (value: unknown) => (value === null || value === undefined ? null : String(value)),
};

/** Whether a property is one this module gives a default: text and numbers that have an attribute. */
function takesDefault(options: PropertyDeclaration): boolean {
  return options.attribute !== false && !options.state && (options.type === undefined || options.type === String || options.type === Number);
}

/** The setter of a property that takes its default for empty values (see the module's note). */
function defaultingSetter(name: PropertyKey, options: PropertyDeclaration, set: (this: unknown, value: unknown) => void) {
  const numeric = options.type === Number;
  return function (this: object, value: unknown): void {
    let own = defaults.get(this.constructor);
    if (!own) defaults.set(this.constructor, (own = new Map()));
    if (!own.has(name)) own.set(name, value);
    else if (value === null || value === undefined || value === '') value = own.get(name);
    else if (numeric && typeof value !== 'number') value = Number(value);
    else if (!numeric && typeof value !== 'string') value = String(value);
    set.call(this, value);
  };
}

const wrapped = new WeakSet<object>();

/**
 * Gives a finalized widget class's text and number properties their defaults: called from
 * `finalize`, once the decorators have declared them (overriding `createProperty` or
 * `getPropertyDescriptor` instead is deprecated in Lit). Calling it again changes nothing.
 */
export function defaultAttributes(ctor: typeof ReactiveElement): void {
  for (const [name, options] of ctor.elementProperties) {
    if (!takesDefault(options)) continue;
    if (options.type === Number && !options.converter) ctor.elementProperties.set(name, { ...options, converter: numberAttribute });
    let owner: object | null = ctor.prototype;
    while (owner && !Object.prototype.hasOwnProperty.call(owner, name)) owner = Object.getPrototypeOf(owner) as object | null;
    const descriptor = owner && Object.getOwnPropertyDescriptor(owner, name);
    if (!descriptor?.set || wrapped.has(descriptor.set)) continue;
    const set = defaultingSetter(name, options, descriptor.set);
    wrapped.add(set);
    Object.defineProperty(owner, name, { ...descriptor, set });
  }
}
