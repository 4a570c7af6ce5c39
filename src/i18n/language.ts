/**
 * The languages every widget speaks, and how a page's `lang` maps onto them.
 * DOM-free except for {@link closestLang}, which only walks attributes.
 */

/** A language the widgets ship strings and region names for. */
export type Language = 'en' | 'zh' | 'da';

/** Every supported language, English first (the fallback). */
export const LANGUAGES: readonly Language[] = Object.freeze(['en', 'zh', 'da']);

/** Locale handed to `Intl` for each language (Simplified Chinese as used on the mainland). */
export const INTL_LOCALE: Readonly<Record<Language, string>> = Object.freeze({
  en: 'en',
  zh: 'zh-CN',
  da: 'da-DK',
});

/** BCP 47 tag to put on rendered text so screen readers and fonts pick the right language. */
export const CONTENT_LANG: Readonly<Record<Language, string>> = Object.freeze({
  en: 'en',
  zh: 'zh-Hans',
  da: 'da',
});

/**
 * Maps any BCP 47 tag to a supported language by its primary subtag
 * (`zh-Hans-CN` → `zh`, `da-DK` → `da`); anything else, or nothing, is English.
 */
export function normalizeLanguage(tag: string | null | undefined): Language {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (LANGUAGES as readonly string[]).includes(primary) ? (primary as Language) : 'en';
}

/**
 * The `lang` that applies to a node: its own, else the nearest ancestor's, crossing
 * shadow-root boundaries to the host, so a widget inside another component's shadow
 * DOM still follows the page. An empty `lang=""` is skipped. `null` when none is set.
 */
export function closestLang(node: Node | null): string | null {
  for (let current = node; current; current = composedParent(current)) {
    if (current.nodeType === 1) {
      const lang = (current as Element).getAttribute('lang');
      if (lang && lang.trim()) return lang.trim();
    }
  }
  return null;
}

/** A node's parent, or a shadow root's host: one step up the tree a reader sees. */
export function composedParent(node: Node): Node | null {
  // A shadow root is a DocumentFragment (node type 11); `host` on anything else (a link's) is a URL's.
  return node.parentNode ?? (node.nodeType === 11 ? ((node as ShadowRoot).host ?? null) : null);
}
