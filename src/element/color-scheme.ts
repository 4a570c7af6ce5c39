/** How a widget decides between its light and dark palette. DOM-free. */

/** The `theme` attribute's values: `auto` follows the page and the reader's setting. */
export type ThemeChoice = 'light' | 'dark' | 'auto';
export const THEME_CHOICES: readonly ThemeChoice[] = Object.freeze(['auto', 'light', 'dark']);

/** The palette actually drawn. */
export type ColorScheme = 'light' | 'dark';

/**
 * Picks the palette.
 *
 * - `theme="light"` / `theme="dark"` win.
 * - Otherwise a page that declares only one scheme through CSS `color-scheme`
 *   (`light`, `only dark`, ...) gets that one: a dark widget on a light-only page would clash.
 * - Otherwise (`normal`, or `light dark`) the reader's `prefers-color-scheme` decides.
 *
 * @param pageColorScheme the computed CSS `color-scheme` where the widget sits.
 */
export function resolveColorScheme(
  theme: ThemeChoice,
  pageColorScheme: string,
  prefersDark: boolean,
): ColorScheme {
  if (theme === 'light' || theme === 'dark') return theme;
  const declared = pageColorScheme.toLowerCase().split(/\s+/);
  const light = declared.includes('light');
  const dark = declared.includes('dark');
  if (light !== dark) return dark ? 'dark' : 'light';
  return prefersDark ? 'dark' : 'light';
}
