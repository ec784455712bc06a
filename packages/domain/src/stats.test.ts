import { describe, expect, it } from 'vitest';
import { EMPTY_STATS_COUNTS, ZStatsCsvQuery, ZStatsQuery, monthsBetween, resolveStatsRange, shiftMonth, statsFiguresOf, statsMonthOf } from './stats.ts';

describe('statistics', () => {
  it('derives the on-time rate, the online share and the average rating from the counters', () => {
    const figures = statsFiguresOf({
      ...EMPTY_STATS_COUNTS,
      received: 10,
      receivedOnline: 8,
      resolvedEarly: 3,
      resolvedOnTime: 4,
      resolvedLate: 1,
      ratingCount: 4,
      ratingSum: 17,
    });
    expect(figures).toMatchObject({ resolved: 8, onTimeRate: 7 / 8, onlineShare: 0.8, averageRating: 4.25 });
    expect(figures).not.toHaveProperty('ratingSum');
  });

  it('has no rate where there is nothing to divide (not a misleading 0 %)', () => {
    expect(statsFiguresOf(EMPTY_STATS_COUNTS)).toMatchObject({ resolved: 0, onTimeRate: null, onlineShare: null, averageRating: null });
  });

  it('counts months across a year boundary and takes the Vietnam month of an instant', () => {
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsBetween('2026-03', '2026-03')).toEqual(['2026-03']);
    // 18:00 UTC on 31 January is already 1 February in Vietnam.
    expect(statsMonthOf(new Date('2026-01-31T18:00:00Z'))).toBe('2026-02');
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    const january = new Date('2026-01-15T03:00:00Z');
    expect(resolveStatsRange({}, january)).toEqual({ from: '2025-02', to: '2026-01', valid: true });
    expect(resolveStatsRange({ to: '2025-06' }, january)).toEqual({ from: '2024-07', to: '2025-06', valid: true });
    expect(resolveStatsRange({ from: '2026-05' }, january)).toEqual({ from: '2026-05', to: '2026-05', valid: true });
    expect(resolveStatsRange({ from: '2015-01' }, january).valid).toBe(false);
  });

  it('refuses malformed months, reversed or over-long ranges, and unknown groupings', () => {
    expect(ZStatsQuery.safeParse({ from: '2026-13' }).success).toBe(false);
    expect(ZStatsQuery.safeParse({ from: '2026-05', to: '2026-04' }).success).toBe(false);
    expect(ZStatsQuery.safeParse({ from: '2020-01', to: '2025-01' }).success).toBe(false);
    expect(ZStatsQuery.safeParse({ from: '2020-02', to: '2025-01' }).success).toBe(true);
    expect(ZStatsQuery.parse({ agencyId: '' })).toEqual({});
    expect(ZStatsCsvQuery.parse({}).groupBy).toBe('month');
    expect(ZStatsCsvQuery.safeParse({ groupBy: 'procedure' }).success).toBe(false);
  });
});
