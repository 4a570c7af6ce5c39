/** How a widget decides between its light and dark palette. DOM-free. */
import { DARK_LUMINANCE, luminance } from '../scales/contrast.js';

/** The `theme` attribute's values: `auto` follows the page and the reader's setting. */
export type ThemeChoice = 'light' | 'dark' | 'auto';
export const THEME_CHOICES: readonly ThemeChoice[] = Object.freeze(['auto', 'light', 'dark']);

/** The palette actually drawn. */
export type ColorScheme = 'light' | 'dark';

/**
 * Picks the palette.
 *
 * - `theme="light"` / `theme="dark"` win.
 * - Otherwise the background the widget sits on decides, where an element around it paints one:
 *   a light article stays light on a dark OS, a dark section gets the dark palette.
 * - Otherwise the page's canvas does: a page that declares one scheme through CSS
 *   `color-scheme` (`light`, `only dark`, ...) gets that one; a page that declares both follows
 *   the reader's `prefers-color-scheme`, as its canvas does; a page that declares none has a
 *   white canvas whatever the reader's setting, so it gets the light palette.
 *
 * @param pageColorScheme the computed CSS `color-scheme` where the widget sits.
 * @param backdrop the palette the nearest painted background around the widget calls for
 *   (`backdropScheme`), or null where none is painted.
 */
export function resolveColorScheme(
  theme: ThemeChoice,
  pageColorScheme: string,
  prefersDark: boolean,
  backdrop: ColorScheme | null = null,
): ColorScheme {
  if (theme === 'light' || theme === 'dark') return theme;
  if (backdrop) return backdrop;
  const declared = pageColorScheme.toLowerCase().split(/\s+/);
  const light = declared.includes('light');
  const dark = declared.includes('dark');
  if (light !== dark) return dark ? 'dark' : 'light';
  return light && prefersDark ? 'dark' : 'light';
}

/**
 * The palette a computed `background-color` calls for: dark where black text would read worse
 * on it than white (relative luminance under `DARK_LUMINANCE`), light otherwise; null where the colour
 * paints nothing (transparent or nearly) or is not in the `rgb()` form browsers compute.
 */
export function backdropScheme(computedColor: string): ColorScheme | null {
  const match = /^rgba?\(([^)]*)\)$/.exec(computedColor.trim());
  if (!match) return null;
  const [r, g, b, a = 1] = match[1]!.split(/[\s,/]+/).filter(Boolean).map((part) => (part.endsWith('%') ? parseFloat(part) / 100 : Number(part)));
  if (!(a >= 0.5) || [r, g, b].some((c) => !Number.isFinite(c))) return null;
  return luminance([r!, g!, b!]) < DARK_LUMINANCE ? 'dark' : 'light';
}
