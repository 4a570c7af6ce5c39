import { describe, expect, it } from 'vitest';
import { Memo } from './memo.js';

describe('Memo', () => {
  it('recomputes only when an input changes', () => {
    const memo = new Memo<number>();
    let runs = 0;
    const data = { a: 1 };
    const compute = () => ++runs;
    expect(memo.get([data, 'x'], compute)).toBe(1);
    expect(memo.get([data, 'x'], compute)).toBe(1);
    expect(memo.get([{ a: 1 }, 'x'], compute)).toBe(2);
    expect(memo.get([{ a: 1 }, 'y', 3], compute)).toBe(3);
    expect(memo.get([Number.NaN], compute)).toBe(4);
    expect(memo.get([Number.NaN], compute)).toBe(4);
  });
});
