/** Colour contrast as WCAG 2 measures it, and colours that hold in both palettes. DOM-free. */

/** Relative luminance (WCAG 2) of an sRGB colour: `#rrggbb`, or red, green and blue from 0 to 255. */
export function luminance(color: string | readonly number[]): number {
  const rgb = typeof color === 'string' ? [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16)) : color;
  const [r, g, b] = rgb.map((c) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG 2 contrast ratio of two colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
}

/** Under this luminance white text reads better than black (the two ratios cross at 4.58:1). */
export const DARK_LUMINANCE = 0.179;

/** Black or white, whichever reads better on `fill`: at least 4.58:1 on any colour. */
export function inkOn(fill: string): '#000000' | '#ffffff' {
  return luminance(fill) < DARK_LUMINANCE ? '#ffffff' : '#000000';
}

/** One CSS colour for both palettes: `light-dark(light, dark)`, or the colour itself where they agree. */
export function themed(light: string, dark: string): string {
  return light === dark ? light : `light-dark(${light}, ${dark})`;
}
