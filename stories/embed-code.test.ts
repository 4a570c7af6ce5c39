import { describe, expect, it } from 'vitest';
import { SCRIPT_URL, embedCode } from './embed-code.js';

const ATTRIBUTES = ['metric', 'legend', 'value-label', 'no-map', 'lang'];

describe('embedCode', () => {
  it('gives the script tag and the element with the attributes that are set, in the documented order', () => {
    expect(embedCode('province-map', { legend: 'right', metric: 'gdp', width: '280px' }, ATTRIBUTES)).toBe(
      `<script src="${SCRIPT_URL}"></script>\n\n<province-map metric="gdp" legend="right"></province-map>`,
    );
  });

  it('leaves out unset, empty and false args, writes true as a bare attribute, and escapes values', () => {
    expect(embedCode('region-card', { metric: '', lang: undefined, 'no-map': true, legend: false, 'value-label': 'R&D "2023"' }, ATTRIBUTES)).toBe(
      `<script src="${SCRIPT_URL}"></script>\n\n<region-card value-label="R&amp;D &quot;2023&quot;" no-map></region-card>`,
    );
  });

  it('breaks a long tag into one attribute per line', () => {
    const code = embedCode('metric-compare', { metric: 'rd-expenditure', legend: 'bottom', 'value-label': 'Research and development spending', lang: 'da' }, ATTRIBUTES);
    expect(code.split('\n').slice(2)).toEqual([
      '<metric-compare',
      '  metric="rd-expenditure"',
      '  legend="bottom"',
      '  value-label="Research and development spending"',
      '  lang="da"',
      '></metric-compare>',
    ]);
  });

  it('pins the package version in the script address', () => {
    expect(SCRIPT_URL).toMatch(/^https:\/\/unpkg\.com\/innovation-mosaic@\d+\.\d+\.\d+\/dist\/innovation-mosaic\.min\.js$/);
  });
});
