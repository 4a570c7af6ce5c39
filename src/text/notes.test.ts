// Notes read from the page's markup, with expected values written by hand.
import { describe, expect, it } from 'vitest';
import { readNotes } from './notes.js';

describe('readNotes', () => {
  it('takes ISO codes and names in any language, numbered in the page order', () => {
    const { notes, problem } = readNotes(
      [
        { region: 'CN-AH', text: 'Hefei' },
        { region: ' Guangdong ', text: 'Drones' },
        { region: '北京', text: 'Capital' },
      ],
      'en',
    );
    expect(problem).toBeNull();
    expect(notes).toEqual([
      { region: 'CN-AH', text: 'Hefei', number: 1 },
      { region: 'CN-GD', text: 'Drones', number: 2 },
      { region: 'CN-BJ', text: 'Capital', number: 3 },
    ]);
  });

  it('leaves out a note with an unknown region and reports it, keeping the others', () => {
    const { notes, problem } = readNotes(
      [
        { region: 'Anhiu', text: 'Typo' },
        { region: 'CN-SH', text: 'Port' },
        { region: 'Taiwan', text: 'Context' },
      ],
      'en',
    );
    expect(notes).toEqual([{ region: 'CN-SH', text: 'Port', number: 1 }]);
    expect(problem).toMatchObject({ key: 'problem.unknownRegionSuggest', params: { value: 'Anhiu' } });
    expect(problem?.detail).toBe('<mosaic-note> region="Anhiu" is not one of the 31 regions (closest: CN-AH).');
  });

  it('skips notes without text', () => {
    expect(readNotes([{ region: 'CN-SH', text: '' }], 'en').notes).toEqual([]);
  });
});
