import { describe, expect, it } from 'vitest';
import { describeProblem } from './problem.js';
import { regionKeys, unknownRegion } from './region-keys.js';

describe('regionKeys', () => {
  it('resolves codes and names in any language, once each', () => {
    expect(regionKeys('highlight', 'Anhui CN-JS 安徽 340000', 'en')).toEqual({ ids: ['CN-AH', 'CN-JS'], problem: null });
    expect(regionKeys('highlight', '', 'en')).toEqual({ ids: [], problem: null });
  });

  it('reads names that hold spaces', () => {
    expect(regionKeys('highlight', 'Inner Mongolia Anhui Indre Mongoliet CN-XZ', 'en')).toEqual({ ids: ['CN-NM', 'CN-AH', 'CN-XZ'], problem: null });
    expect(regionKeys('highlight', 'Inner Atlantis', 'en').problem?.params?.value).toBe('Inner');
  });

  it('stops at the first unknown name, suggesting the closest', () => {
    const { ids, problem } = regionKeys('regions', 'CN-GD Guangxii CN-AH', 'da');
    expect(ids).toEqual(['CN-GD']);
    expect(describeProblem(problem!, 'da')).toBe('Der findes ingen region ved navn “Guangxii”. Mente du Guangxi?');
    expect(problem!.detail).toBe('regions="Guangxii" is not one of the 31 regions (closest: CN-GX).');
  });

  it('names several close matches, or none', () => {
    expect(describeProblem(unknownRegion('region', 'Shanxii', 'en'), 'en')).toBe('There is no region “Shanxii”. Did you mean Shanxi or Shaanxi?');
    expect(describeProblem(unknownRegion('region', 'Atlantis', 'zh'), 'zh')).toBe('没有名为“Atlantis”的地区。');
  });
});
