import { describe, expect, it } from 'vitest';
import { lockoutMinutes } from './lockout.ts';

describe('lockoutMinutes', () => {
  it('locks at every fifth consecutive failure, longer each time, up to a day', () => {
    const locks = Array.from({ length: 40 }, (_, i): [number, number] => [i + 1, lockoutMinutes(i + 1)]).filter(([, minutes]) => minutes > 0);
    expect(locks).toEqual([
      [5, 1],
      [10, 5],
      [15, 15],
      [20, 60],
      [25, 240],
      [30, 1440],
      [35, 1440],
      [40, 1440],
    ]);
    expect(lockoutMinutes(0)).toBe(0);
    expect(lockoutMinutes(4)).toBe(0);
  });
});
