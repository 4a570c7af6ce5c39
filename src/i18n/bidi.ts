/**
 * Text from a page or its data placed among the widget's own words keeps its direction to
 * itself: text holding a direction mark or a right-to-left letter is wrapped in first-strong
 * isolate marks (U+2068 … U+2069, plain text's `<bdi>`), so that an unclosed override
 * (U+202E) in a unit cannot turn the widget's own text around. Other text is left as it is.
 * DOM-free.
 */

/** Embeddings, overrides, isolates and marks, and the right-to-left scripts' letters. */
const DIRECTIONAL = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]|\ud802[\udc00-\udfff]|\ud83a/;

/** `text` isolated from what is around it where its direction could leak; as it is otherwise. */
export function isolate(text: string): string {
  return DIRECTIONAL.test(text) ? `\u2068${text}\u2069` : text;
}
