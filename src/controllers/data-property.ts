/**
 * A page's `data` property read as the JSON text `src` would give, or why it cannot be: a
 * cycle, a BigInt, or a property that throws when read (a getter, a revoked proxy). DOM-free.
 */
import type { MessageKey } from '../i18n/messages.js';

/** Marks the first BigInt met, with where it is. */
class BigIntFound extends Error {}

/**
 * The JSON text of `value`; numbers JSON cannot hold (NaN, Infinity) go as the text a CSV
 * would have, so that they are reported as not numbers rather than read as no data.
 *
 * @returns the text, or the reason (a catalogue key) with details for the console.
 */
export function propertyText(value: unknown): { text: string } | { reason: MessageKey; detail: string } {
  try {
    const text = JSON.stringify(value, function (key, v: unknown) {
      if (typeof v === 'bigint') throw new BigIntFound(`${v}n in "${key}"`);
      return typeof v === 'number' && !Number.isFinite(v) ? String(v) : v;
    });
    return { text: text ?? '' };
  } catch (error) {
    if (error instanceof BigIntFound) return { reason: 'reason.bigint', detail: `a BigInt, ${error.message}` };
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { reason: error instanceof TypeError && /circular|cyclic/i.test(message) ? 'reason.cycle' : 'reason.unreadable', detail: message };
  }
}
