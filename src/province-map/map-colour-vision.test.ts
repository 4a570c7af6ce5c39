// The map's default colours stay apart under the three dichromacies, simulated with the matrices
// of Machado, Oliveira & Fernandes (2009), "A Physiologically-based Model for Simulation of Color
// Vision Deficiency", IEEE TVCG 15(6), severity 1.0, applied in linear sRGB; distances are CIE76
// ΔE in CIELAB (D65). 20 is well past "clearly different" for flat fills side by side.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATEGORICAL_SCHEMES } from '../scales/color-scale.js';

const MACHADO = {
  normal: [[1, 0, 0], [0, 1, 0], [0, 0, 1]],
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
  tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]],
};
type Vision = keyof typeof MACHADO;

const linear = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

function seen(hex: string, vision: Vision): number[] {
  const rgb = [1, 3, 5].map((i) => linear(parseInt(hex.slice(i, i + 2), 16)));
  return MACHADO[vision].map((row) => Math.min(1, Math.max(0, row[0] * rgb[0] + row[1] * rgb[1] + row[2] * rgb[2])));
}

function lab([r, g, b]: number[]): number[] {
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}

/** The closest pair of colours under any of the four visions, and how far apart they are. */
function closest(colors: readonly string[]): { distance: number; pair: string } {
  let best = { distance: Infinity, pair: '' };
  for (const vision of Object.keys(MACHADO) as Vision[]) {
    for (let i = 0; i < colors.length; i++) {
      for (let j = i + 1; j < colors.length; j++) {
        const distance = Math.hypot(...lab(seen(colors[i], vision)).map((v, k) => v - lab(seen(colors[j], vision))[k]));
        if (distance < best.distance) best = { distance, pair: `${colors[i]} and ${colors[j]} (${vision})` };
      }
    }
  }
  return best;
}

const styles = readFileSync(new URL('./province-map.styles.ts', import.meta.url), 'utf8');
const base = readFileSync(new URL('../element/mosaic-element.styles.ts', import.meta.url), 'utf8');
// "Other regions" and the highlight, as the map's styles give them in the light and dark palettes.
const OTHER = { light: '#d9dce1', dark: '#3a3e46' };
const ACCENT = { light: '#0a5bb5', dark: '#7cb4f5' };

describe('colour vision', () => {
  it('reads the colours of other regions and of the highlight from the styles', () => {
    expect(styles).toContain(`--im-color-mosaic, light-dark(${OTHER.light}, ${OTHER.dark})`);
    expect(base).toContain(`--im-color-accent, light-dark(${ACCENT.light}, ${ACCENT.dark})`);
  });

  it.each(['light', 'dark'] as const)('keeps the three engines of the default clusters scheme apart from each other and from other regions (%s)', (palette) => {
    const engines = CATEGORICAL_SCHEMES.dark2!.slice(0, 3);
    expect(closest([...engines, OTHER[palette]]).distance).toBeGreaterThan(20);
  });

  it('finds the confusion the old default had: Set2 turns the Greater Bay Area grey like other regions under deuteranopia', () => {
    const { distance, pair } = closest([...CATEGORICAL_SCHEMES.set2!.slice(0, 3), OTHER.light]);
    expect(distance).toBeLessThan(20);
    expect(pair).toBe('#66c2a5 and #d9dce1 (deuteranopia)');
  });

  it.each(['light', 'dark'] as const)('keeps highlighted regions apart from the others (%s)', (palette) => {
    expect(closest([ACCENT[palette], OTHER[palette]]).distance).toBeGreaterThan(40);
  });
});
