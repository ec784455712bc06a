import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  ZLocalDate,
  addLocalDays,
  epochDayOf,
  isValidLocalDate,
  localDateOf,
  localDateOfEpochDay,
  vnInstantOf,
  vnPartsOf,
  weekdayOf,
} from './vietnam-time.ts';

describe('Vietnam local time (UTC+7, no DST)', () => {
  it('reads the wall clock of an instant', () => {
    expect(vnPartsOf(new Date('2026-11-21T17:30:00Z'))).toEqual({
      year: 2026,
      month: 11,
      day: 22,
      hour: 0,
      minute: 30,
      second: 0,
      weekday: 0,
      minuteOfDay: 30,
    });
    expect(localDateOf(new Date('2026-06-30T16:59:59.999Z'))).toBe('2026-06-30');
    expect(localDateOf(new Date('2026-06-30T17:00:00Z'))).toBe('2026-07-01');
  });

  it('builds the instant of a local wall-clock time', () => {
    expect(vnInstantOf('2026-11-25', 17 * 60).toISOString()).toBe('2026-11-25T10:00:00.000Z');
    expect(vnInstantOf('2026-01-01').toISOString()).toBe('2025-12-31T17:00:00.000Z');
  });

  it('local dates: validity, arithmetic and weekday', () => {
    expect(isValidLocalDate('2028-02-29')).toBe(true);
    expect(isValidLocalDate('2027-02-29')).toBe(false);
    expect(isValidLocalDate('2027-2-1')).toBe(false);
    expect(ZLocalDate.safeParse('2027-02-29').success).toBe(false);
    expect(addLocalDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addLocalDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(weekdayOf('2026-11-20')).toBe(5);
    expect(() => epochDayOf('2026-11-31')).toThrow(RangeError);
    expect(() => localDateOf(new Date(Number.NaN))).toThrow(RangeError);
  });

  it('round-trips instants and local dates', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1990-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }), (instant) => {
        const { minuteOfDay } = vnPartsOf(instant);
        expect(vnInstantOf(localDateOf(instant), minuteOfDay).getTime()).toBe(instant.getTime());
        expect(localDateOfEpochDay(epochDayOf(localDateOf(instant)))).toBe(localDateOf(instant));
      }),
    );
  });
});
