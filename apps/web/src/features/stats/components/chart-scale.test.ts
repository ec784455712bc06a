import { describe, expect, it } from 'vitest';
import { niceTicks } from './chart-scale.ts';

describe('niceTicks', () => {
  it('ends at a round value at or above the maximum, in steps of 1, 2 or 5 × 10ⁿ', () => {
    expect(niceTicks(73)).toEqual([0, 20, 40, 60, 80]);
    expect(niceTicks(100)).toEqual([0, 50, 100]);
    expect(niceTicks(4)).toEqual([0, 1, 2, 3, 4]);
    expect(niceTicks(1234)).toEqual([0, 500, 1000, 1500]);
  });

  it('keeps whole steps for counts', () => {
    expect(niceTicks(1)).toEqual([0, 0.5, 1]);
    expect(niceTicks(1, { integer: true })).toEqual([0, 1]);
    expect(niceTicks(3, { integer: true })).toEqual([0, 1, 2, 3]);
  });

  it('still draws an axis when everything is zero', () => {
    expect(niceTicks(0)).toEqual([0, 1]);
  });
});
