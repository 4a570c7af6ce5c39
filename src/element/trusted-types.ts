/**
 * Trusted Types for the script-tag file. Lit turns its templates into HTML through a policy;
 * its own is named `lit-html`, which a page that uses Lit too (or a second copy of this file)
 * has taken already. The script-tag file makes one policy named {@link POLICY_NAME} instead
 * (rollup.config.mjs hands it to Lit), once per page, kept on the page for every copy. Where a
 * page's Content-Security-Policy refuses it, the tags are not defined (see `define`): their
 * fallback content stays and one console warning names the directive to add. Imports nothing,
 * since Lit imports it.
 */

/** The policy name a page's `trusted-types` directive must allow. */
export const POLICY_NAME = 'innovation-mosaic';

type Policy = { createHTML(html: string): unknown };
interface TrustedTypes {
  createPolicy(name: string, rules: { createHTML(html: string): string }): Policy;
}
/** What every copy on the page shares: the policy (`null` when refused), whether HTML strings are refused, whether that was told. */
interface Shared {
  policy?: Policy | null;
  refused?: boolean;
  told?: boolean;
}

const KEY = Symbol.for('innovation-mosaic.trusted-types');
const page = globalThis as typeof globalThis & { trustedTypes?: TrustedTypes; [KEY]?: Shared };
let asked = false;

/**
 * The page's policy for Lit's templates, made on first call; `undefined` in browsers without
 * Trusted Types and where the page refuses the name (Lit then assigns strings, which a
 * `default` policy may still accept).
 */
export function litPolicy(): Policy | undefined {
  asked = true;
  if (!page.trustedTypes) return undefined;
  const shared = (page[KEY] ??= {});
  if (shared.policy === undefined) {
    try {
      shared.policy = page.trustedTypes.createPolicy(POLICY_NAME, { createHTML: (html) => html });
    } catch {
      shared.policy = null;
    }
  }
  return shared.policy ?? undefined;
}

/**
 * Whether this page's policy stops the widgets from rendering: Trusted Types are required,
 * our policy was refused and no `default` policy takes the HTML. Only the script-tag file asks
 * (a bundle's own Lit makes its own policy); the page is told once, whichever copy finds it.
 */
export function renderingRefused(): boolean {
  if (!asked || !page.trustedTypes || litPolicy()) return false; // a browser without Trusted Types takes strings
  const shared = page[KEY]!;
  shared.refused ??= refusesHtml();
  if (shared.refused && !shared.told) {
    shared.told = true;
    console.warn(`innovation-mosaic: not drawn, as this page's CSP refuses the Trusted Types policy "${POLICY_NAME}". Add: trusted-types ${POLICY_NAME}`);
  }
  return shared.refused;
}

/** Whether the page refuses HTML as a string (the browser reports the refusal in its console). */
function refusesHtml(): boolean {
  try {
    document.createElement('template').innerHTML = '';
    return false;
  } catch {
    return true;
  }
}
