import { describe, expect, it } from 'vitest';
import { RETRY_WINDOW_MS, nominalOffsetMs, retryDelayMs } from './retry-schedule.ts';

const middle = () => 0.5;
const minute = 60_000;
const hour = 60 * minute;

describe('webhook retry schedule', () => {
  it('backs off 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, then every 10 h', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((attempts) => retryDelayMs(attempts, middle))).toEqual([
      5_000,
      5 * minute,
      30 * minute,
      2 * hour,
      5 * hour,
      10 * hour,
      10 * hour,
      10 * hour,
    ]);
  });

  it('retries until three days after the first attempt, the last one on that mark, then gives up', () => {
    let attempts = 1;
    let elapsed = 0;
    for (;;) {
      const delay = retryDelayMs(attempts, middle);
      if (delay === null) break;
      elapsed += delay;
      attempts += 1;
      expect(attempts).toBeLessThan(50);
    }
    expect(attempts).toBe(13);
    expect(elapsed).toBe(RETRY_WINDOW_MS);
    expect(nominalOffsetMs(13)).toBe(RETRY_WINDOW_MS);
    expect(retryDelayMs(13, middle)).toBeNull();
    expect(retryDelayMs(40, middle)).toBeNull();
  });

  it('spreads each delay by ±20 %', () => {
    expect(retryDelayMs(1, () => 0)).toBe(4_000);
    expect(retryDelayMs(1, () => 0.999_999)).toBe(6_000);
    expect(retryDelayMs(6, () => 0)).toBe(8 * hour);
    for (let i = 0; i < 100; i++) {
      const delay = retryDelayMs(3)!;
      expect(delay).toBeGreaterThanOrEqual(24 * minute);
      expect(delay).toBeLessThanOrEqual(36 * minute);
    }
  });
});
