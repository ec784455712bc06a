import { describe, expect, it } from 'vitest';
import { MAX_ATTEMPTS, retryDelayMs } from './mailer.ts';

describe('outbox retry schedule', () => {
  it('backs off 30 s, 2 min, 8 min, 32 min, then hourly, and gives up after 8 attempts (about 4 hours)', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map(retryDelayMs)).toEqual([30_000, 120_000, 480_000, 1_920_000, 3_600_000, 3_600_000, 3_600_000]);
    const total = Array.from({ length: MAX_ATTEMPTS - 1 }, (_, i) => retryDelayMs(i + 1)).reduce((a, b) => a + b, 0);
    expect(total / 3_600_000).toBeGreaterThan(3.5);
    expect(total / 3_600_000).toBeLessThan(4);
  });
});
