// The script-tag file's policy where the DOM is not needed: a browser without Trusted Types,
// a page that refuses the name, and a second copy. The pages themselves: test/e2e/trusted-types.
import { afterEach, describe, expect, it, vi } from 'vitest';

const KEY = Symbol.for('innovation-mosaic.trusted-types');
const page = globalThis as Record<PropertyKey, unknown>;

/** A fresh copy of the module, as a second script tag would load it. */
const load = async () => {
  vi.resetModules();
  return import('./trusted-types.js');
};

afterEach(() => {
  delete page.trustedTypes;
  delete page[KEY];
});

describe('the script-tag file’s Trusted Types policy', () => {
  it('makes none, and refuses nothing, in a browser without Trusted Types', async () => {
    const { litPolicy, renderingRefused } = await load();
    expect(litPolicy()).toBeUndefined();
    expect(renderingRefused()).toBe(false);
  });

  it('is made once per page as "innovation-mosaic" and shared by a second copy', async () => {
    const made: string[] = [];
    page.trustedTypes = { createPolicy: (name: string) => (made.push(name), { createHTML: (s: string) => s }) };
    const first = (await load()).litPolicy();
    const second = (await load()).litPolicy();
    expect(made).toEqual(['innovation-mosaic']);
    expect(second).toBe(first);
  });

  it('is undefined where the page refuses the name, without throwing', async () => {
    page.trustedTypes = { createPolicy: () => { throw new TypeError('refused by the page'); } };
    const { litPolicy } = await load();
    expect(litPolicy()).toBeUndefined();
  });
});
