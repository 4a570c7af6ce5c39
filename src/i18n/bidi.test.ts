import { describe, expect, it } from 'vitest';
import { isolate } from './bidi.js';
import { message } from './messages.js';
import { parenthesized, withUnitWord } from './punctuation.js';

describe('isolate', () => {
  it('wraps text holding a direction control or a right-to-left letter, and leaves other text as it is', () => {
    expect(isolate('\u202elabs')).toBe('\u2068\u202elabs\u2069');
    expect(isolate('שקל')).toBe('\u2068שקל\u2069');
    expect(isolate('دولار')).toBe('\u2068دولار\u2069');
    expect(isolate('labs')).toBe('labs');
    expect(isolate('万人')).toBe('万人');
    expect(isolate('')).toBe('');
  });

  it('keeps a page’s text from turning the widget’s own words around', () => {
    expect(parenthesized('en', 'Key labs', '\u202esites')).toBe('Key labs (\u2068\u202esites\u2069)');
    expect(withUnitWord('en', '12', '\u202elabs')).toBe('12 \u2068\u202elabs\u2069');
    expect(message('en', 'data.source', { sources: '\u202eThe Daily' })).toBe('Source: \u2068\u202eThe Daily\u2069');
  });
});
