import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { epochDayOf, localDateOfEpochDay, vnPartsOf } from './vietnam-time.ts';
import {
  DUE_TIME_MINUTES,
  OFFICE_HOURS,
  OFFICE_PERIODS_MINUTES,
  WORKING_HOURS_PER_DAY,
  ZWorkingCalendarData,
  addWorkingHours,
  computeDueDate,
  countWorkingDaysInclusive,
  isWorkingDay,
  localDateOf,
  nextWorkingDay,
  pausedWorkingDays,
  workingCalendarOf,
  workingDaysBetween,
  type TPause,
  type TWorkingCalendar,
} from './working-days.ts';

/** Vietnam wall-clock time as an instant: vn('2026-11-20T10:00') is 03:00Z. */
const vn = (local: string): Date => new Date(`${local}:00+07:00`);

const NO_HOLIDAYS: TWorkingCalendar = { holidays: new Set() };

/**
 * Tết Nguyên đán 2027 (Lunar New Year's Day is Saturday 2027-02-06). The set used here is
 * the one the brief gives: Friday 2027-02-05 through Thursday 2027-02-11, seven days in a
 * row. The real decision is made by the government each year; the calendar is data.
 */
const TET_2027 = workingCalendarOf({
  holidays: ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11'],
});

const FIRST_DAY = epochDayOf('2024-01-01');
const LAST_DAY = epochDayOf('2028-12-31');
const localDateArb = fc.integer({ min: FIRST_DAY, max: LAST_DAY }).map(localDateOfEpochDay);
const instantArb = fc.date({ min: vn('2024-01-01T00:00'), max: vn('2028-12-31T23:59'), noInvalidDate: true });
const calendarArb: fc.Arbitrary<TWorkingCalendar> = fc
  .record({
    holidays: fc.uniqueArray(localDateArb, { maxLength: 120 }),
    makeupWorkdays: fc.uniqueArray(
      localDateArb.filter((d) => [0, 6].includes(new Date(d).getUTCDay())),
      { maxLength: 20 },
    ),
  })
  .map(workingCalendarOf);
const pauseArb: fc.Arbitrary<TPause> = fc
  .tuple(instantArb, fc.option(fc.integer({ min: 0, max: 40 * 86_400_000 }), { nil: null }))
  .map(([start, length]) => ({ start, end: length === null ? null : new Date(start.getTime() + length) }));

const isWeekend = (localDate: string) => [0, 6].includes(new Date(localDate).getUTCDay());
const isWithinOfficeHours = (instant: Date) => {
  const { minuteOfDay } = vnPartsOf(instant);
  return OFFICE_PERIODS_MINUTES.some((p) => minuteOfDay >= p.start && minuteOfDay <= p.end);
};

describe('constants', () => {
  it('office hours add up to 8 working hours a day', () => {
    const minutes = OFFICE_PERIODS_MINUTES.reduce((sum, p) => sum + p.end - p.start, 0);
    expect(minutes).toBe(WORKING_HOURS_PER_DAY * 60);
    expect(OFFICE_HOURS).toEqual([
      { start: '07:30', end: '11:30' },
      { start: '13:00', end: '17:00' },
    ]);
    expect(DUE_TIME_MINUTES).toBe(17 * 60);
  });
});

describe('localDateOf / isWorkingDay', () => {
  it('uses Vietnam local time regardless of the machine time zone', () => {
    expect(localDateOf(new Date('2026-11-21T16:59:59Z'))).toBe('2026-11-21');
    expect(localDateOf(new Date('2026-11-21T17:00:00Z'))).toBe('2026-11-22');
    expect(localDateOf(new Date('2026-12-31T17:30:00Z'))).toBe('2027-01-01');
  });

  it('weekdays work, weekends do not unless made up, holidays never', () => {
    const calendar = workingCalendarOf({ holidays: ['2026-09-02', '2026-09-05'], makeupWorkdays: ['2026-09-05', '2026-09-12'] });
    expect(isWorkingDay('2026-09-01', calendar)).toBe(true); // Tuesday
    expect(isWorkingDay('2026-09-02', calendar)).toBe(false); // National Day
    expect(isWorkingDay('2026-09-06', calendar)).toBe(false); // Sunday
    expect(isWorkingDay('2026-09-12', calendar)).toBe(true); // Saturday made up
    expect(isWorkingDay('2026-09-05', calendar)).toBe(false); // listed both ways: the holiday wins
  });

  it('rejects malformed dates', () => {
    expect(() => isWorkingDay('2026-02-30', NO_HOLIDAYS)).toThrow(RangeError);
    expect(() => isWorkingDay('26-01-01', NO_HOLIDAYS)).toThrow(RangeError);
    expect(ZWorkingCalendarData.safeParse({ holidays: ['2026-13-01'] }).success).toBe(false);
    expect(ZWorkingCalendarData.parse({ holidays: ['2027-02-05'] })).toEqual({ holidays: ['2027-02-05'] });
  });

  it('nextWorkingDay and countWorkingDaysInclusive skip weekends and holidays', () => {
    expect(nextWorkingDay('2026-11-20', NO_HOLIDAYS)).toBe('2026-11-23');
    expect(nextWorkingDay('2027-02-04', TET_2027)).toBe('2027-02-12');
    expect(countWorkingDaysInclusive('2026-11-20', '2026-11-23', NO_HOLIDAYS)).toBe(2);
    expect(countWorkingDaysInclusive('2026-11-23', '2026-11-20', NO_HOLIDAYS)).toBe(0);
  });

  it('fails loudly instead of looping on a calendar with no working day', () => {
    const holidays = new Set(Array.from({ length: 4000 }, (_, i) => localDateOfEpochDay(FIRST_DAY + i)));
    expect(() => nextWorkingDay('2023-12-31', { holidays })).toThrow(RangeError);
  });
});

describe('computeDueDate: examples', () => {
  it('received Friday 2026-11-20 10:00 with 3 working days → Wednesday 2026-11-25 17:00 local', () => {
    const due = computeDueDate({ receivedAt: vn('2026-11-20T10:00'), workingDays: 3, calendar: NO_HOLIDAYS });
    expect(due).toEqual(vn('2026-11-25T17:00'));
    expect(due.toISOString()).toBe('2026-11-25T10:00:00.000Z');
  });

  it('the hour of receipt does not matter: counting starts the next working day', () => {
    for (const time of ['07:00', '16:59', '22:00']) {
      expect(computeDueDate({ receivedAt: vn(`2026-11-20T${time}`), workingDays: 3, calendar: NO_HOLIDAYS })).toEqual(
        vn('2026-11-25T17:00'),
      );
    }
  });

  it('uses the Vietnam day of receipt, not the UTC one', () => {
    // 2026-11-19T17:30Z is Friday 00:30 in Vietnam, though still Thursday in UTC.
    const due = computeDueDate({ receivedAt: new Date('2026-11-19T17:30:00Z'), workingDays: 3, calendar: NO_HOLIDAYS });
    expect(due).toEqual(vn('2026-11-25T17:00'));
  });

  it('received on a weekend counts from Monday', () => {
    expect(computeDueDate({ receivedAt: vn('2026-11-21T09:00'), workingDays: 1, calendar: NO_HOLIDAYS })).toEqual(
      vn('2026-11-23T17:00'),
    );
  });

  it('spans Tết 2027 (holidays 2027-02-05 … 2027-02-11)', () => {
    // Wed 02-03 received; Thu 02-04 (1); Tết; Fri 02-12 (2); Mon 15 (3); Tue 16 (4); Wed 17 (5).
    expect(computeDueDate({ receivedAt: vn('2027-02-03T09:00'), workingDays: 5, calendar: TET_2027 })).toEqual(
      vn('2027-02-17T17:00'),
    );
    // Received on the eve of Tết, the first counted day is after it.
    expect(computeDueDate({ receivedAt: vn('2027-02-04T15:00'), workingDays: 1, calendar: TET_2027 })).toEqual(
      vn('2027-02-12T17:00'),
    );
  });

  it('counts a makeup Saturday as a working day', () => {
    // Hypothetical: Saturday 2027-02-13 declared a makeup workday for the Tết bridge.
    const calendar: TWorkingCalendar = { ...TET_2027, makeupWorkdays: new Set(['2027-02-13']) };
    expect(computeDueDate({ receivedAt: vn('2027-02-04T10:00'), workingDays: 5, calendar: TET_2027 })).toEqual(
      vn('2027-02-18T17:00'),
    );
    expect(computeDueDate({ receivedAt: vn('2027-02-04T10:00'), workingDays: 5, calendar })).toEqual(
      vn('2027-02-17T17:00'),
    );
  });

  it('0 working days: 17:00 the same working day, else the next working day', () => {
    expect(computeDueDate({ receivedAt: vn('2026-11-20T09:00'), workingDays: 0, calendar: NO_HOLIDAYS })).toEqual(
      vn('2026-11-20T17:00'),
    );
    expect(computeDueDate({ receivedAt: vn('2026-11-21T09:00'), workingDays: 0, calendar: NO_HOLIDAYS })).toEqual(
      vn('2026-11-23T17:00'),
    );
  });

  it('a pause on the day of receipt, before it, or after the due date changes nothing', () => {
    const receivedAt = vn('2026-11-23T10:00'); // Monday; 1 working day → Tuesday 17:00
    const plain = computeDueDate({ receivedAt, workingDays: 1, calendar: NO_HOLIDAYS });
    expect(plain).toEqual(vn('2026-11-24T17:00'));
    for (const pause of [
      { start: vn('2026-11-23T14:00'), end: vn('2026-11-23T15:00') },
      { start: vn('2026-11-19T14:00'), end: vn('2026-11-20T15:00') },
      { start: vn('2026-11-26T09:00'), end: vn('2026-11-27T09:00') },
    ]) {
      expect(computeDueDate({ receivedAt, workingDays: 1, calendar: NO_HOLIDAYS, pauses: [pause] })).toEqual(plain);
    }
  });

  it('pauses extend by the working days they touched', () => {
    const receivedAt = vn('2026-11-20T10:00');
    // Mon 23 09:00 → Tue 24 15:00 touched two working days: Wed 25 becomes Fri 27.
    expect(
      computeDueDate({
        receivedAt,
        workingDays: 3,
        calendar: NO_HOLIDAYS,
        pauses: [{ start: vn('2026-11-23T09:00'), end: vn('2026-11-24T15:00') }],
      }),
    ).toEqual(vn('2026-11-27T17:00'));
    // Still paused since Monday: only Monday counts for now.
    expect(
      computeDueDate({
        receivedAt,
        workingDays: 3,
        calendar: NO_HOLIDAYS,
        pauses: [{ start: vn('2026-11-23T09:00'), end: null }],
      }),
    ).toEqual(vn('2026-11-26T17:00'));
    // Friday → Monday touches Friday and Monday only; the weekend is not a working day.
    expect(pausedWorkingDays({ start: vn('2026-11-27T16:00'), end: vn('2026-11-30T08:00') }, NO_HOLIDAYS)).toBe(2);
    // Several pauses add up.
    expect(
      computeDueDate({
        receivedAt,
        workingDays: 3,
        calendar: NO_HOLIDAYS,
        pauses: [
          { start: vn('2026-11-23T09:00'), end: vn('2026-11-23T10:00') },
          { start: vn('2026-11-24T09:00'), end: vn('2026-11-24T10:00') },
        ],
      }),
    ).toEqual(vn('2026-11-27T17:00'));
  });

  it('rejects impossible input', () => {
    const receivedAt = vn('2026-11-20T10:00');
    expect(() => computeDueDate({ receivedAt, workingDays: -1, calendar: NO_HOLIDAYS })).toThrow(RangeError);
    expect(() => computeDueDate({ receivedAt, workingDays: 1.5, calendar: NO_HOLIDAYS })).toThrow(RangeError);
    expect(() =>
      computeDueDate({
        receivedAt,
        workingDays: 1,
        calendar: NO_HOLIDAYS,
        pauses: [{ start: vn('2026-11-24T10:00'), end: vn('2026-11-23T10:00') }],
      }),
    ).toThrow(RangeError);
    expect(() => computeDueDate({ receivedAt: new Date(Number.NaN), workingDays: 1, calendar: NO_HOLIDAYS })).toThrow(
      RangeError,
    );
  });
});

describe('computeDueDate: properties', () => {
  const workingDaysArb = fc.integer({ min: 0, max: 60 });

  it('a due date is 17:00 local on a working day: never a weekend (unless made up) nor a holiday', () => {
    fc.assert(
      fc.property(instantArb, workingDaysArb, calendarArb, fc.array(pauseArb, { maxLength: 3 }), (receivedAt, n, calendar, pauses) => {
        const due = computeDueDate({ receivedAt, workingDays: n, calendar, pauses });
        const day = localDateOf(due);
        expect(vnPartsOf(due).minuteOfDay).toBe(DUE_TIME_MINUTES);
        expect(calendar.holidays.has(day)).toBe(false);
        if (isWeekend(day)) expect(calendar.makeupWorkdays?.has(day)).toBe(true);
        expect(isWorkingDay(day, calendar)).toBe(true);
      }),
    );
  });

  it('adding a holiday never makes a due date earlier', () => {
    fc.assert(
      fc.property(
        instantArb,
        workingDaysArb,
        calendarArb,
        fc.array(pauseArb, { maxLength: 3 }),
        localDateArb,
        (receivedAt, n, calendar, pauses, extra) => {
          const before = computeDueDate({ receivedAt, workingDays: n, calendar, pauses });
          const withHoliday = { ...calendar, holidays: new Set([...calendar.holidays, extra]) };
          const after = computeDueDate({ receivedAt, workingDays: n, calendar: withHoliday, pauses });
          expect(after.getTime()).toBeGreaterThanOrEqual(before.getTime());
        },
      ),
    );
  });

  it('adding a pause never makes a due date earlier', () => {
    fc.assert(
      fc.property(
        instantArb,
        workingDaysArb,
        calendarArb,
        fc.array(pauseArb, { maxLength: 3 }),
        pauseArb,
        (receivedAt, n, calendar, pauses, extra) => {
          const before = computeDueDate({ receivedAt, workingDays: n, calendar, pauses });
          const after = computeDueDate({ receivedAt, workingDays: n, calendar, pauses: [...pauses, extra] });
          expect(after.getTime()).toBeGreaterThanOrEqual(before.getTime());
        },
      ),
    );
  });

  it('more working days never make a due date earlier (and from 1 on, strictly later)', () => {
    fc.assert(
      fc.property(instantArb, workingDaysArb, workingDaysArb, calendarArb, (receivedAt, a, b, calendar) => {
        const [n, m] = a <= b ? [a, b] : [b, a];
        const dueN = computeDueDate({ receivedAt, workingDays: n, calendar }).getTime();
        const dueM = computeDueDate({ receivedAt, workingDays: m, calendar }).getTime();
        expect(dueM).toBeGreaterThanOrEqual(dueN);
        if (n >= 1 && m > n) expect(dueM).toBeGreaterThan(dueN);
      }),
    );
  });

  it('workingDaysBetween(receivedAt, dueDate) gives back the working days', () => {
    fc.assert(
      fc.property(instantArb, fc.integer({ min: 1, max: 60 }), calendarArb, (receivedAt, n, calendar) => {
        const due = computeDueDate({ receivedAt, workingDays: n, calendar });
        expect(workingDaysBetween(receivedAt, due, calendar)).toBe(n);
      }),
    );
  });
});

describe('addWorkingHours: examples', () => {
  it('8 working hours from the opening of a working day ends at its closing', () => {
    expect(addWorkingHours(vn('2026-11-23T07:30'), 8, NO_HOLIDAYS)).toEqual(vn('2026-11-23T17:00'));
  });

  it('skips the lunch break and the night', () => {
    expect(addWorkingHours(vn('2026-11-23T08:00'), 8, NO_HOLIDAYS)).toEqual(vn('2026-11-24T08:00'));
    expect(addWorkingHours(vn('2026-11-23T11:00'), 1, NO_HOLIDAYS)).toEqual(vn('2026-11-23T13:30'));
  });

  it('sent on Friday afternoon: the deadline is Monday afternoon', () => {
    expect(addWorkingHours(vn('2026-11-20T16:00'), 8, NO_HOLIDAYS)).toEqual(vn('2026-11-23T16:00'));
  });

  it('starts counting at the next opening when sent outside office hours', () => {
    expect(addWorkingHours(vn('2026-11-21T10:00'), 8, NO_HOLIDAYS)).toEqual(vn('2026-11-23T17:00')); // Saturday
    expect(addWorkingHours(vn('2026-11-23T12:00'), 1, NO_HOLIDAYS)).toEqual(vn('2026-11-23T14:00')); // lunch
    expect(addWorkingHours(vn('2026-11-23T18:00'), 0, NO_HOLIDAYS)).toEqual(vn('2026-11-24T07:30'));
    expect(addWorkingHours(vn('2026-11-23T06:00'), 0.5, NO_HOLIDAYS)).toEqual(vn('2026-11-23T08:00'));
  });

  it('skips holidays', () => {
    expect(addWorkingHours(vn('2027-02-04T15:00'), 8, TET_2027)).toEqual(vn('2027-02-12T15:00'));
  });

  it('rejects negative or non-finite hours', () => {
    expect(() => addWorkingHours(vn('2026-11-23T08:00'), -1, NO_HOLIDAYS)).toThrow(RangeError);
    expect(() => addWorkingHours(vn('2026-11-23T08:00'), Number.POSITIVE_INFINITY, NO_HOLIDAYS)).toThrow(RangeError);
  });
});

describe('addWorkingHours: properties', () => {
  const minutesArb = fc.integer({ min: 0, max: 40 * 60 });

  it('the result is always within office hours on a working day, and never before the start', () => {
    fc.assert(
      fc.property(instantArb, minutesArb, calendarArb, (start, minutes, calendar) => {
        const end = addWorkingHours(start, minutes / 60, calendar);
        expect(isWorkingDay(localDateOf(end), calendar)).toBe(true);
        expect(isWithinOfficeHours(end)).toBe(true);
        expect(end.getTime()).toBeGreaterThanOrEqual(start.getTime());
      }),
    );
  });

  it('adding in two steps equals adding at once', () => {
    fc.assert(
      fc.property(instantArb, minutesArb, minutesArb, calendarArb, (start, a, b, calendar) => {
        const once = addWorkingHours(start, (a + b) / 60, calendar);
        const twice = addWorkingHours(addWorkingHours(start, a / 60, calendar), b / 60, calendar);
        expect(twice).toEqual(once);
      }),
    );
  });
});

describe('workingDaysBetween', () => {
  it('counts working days after the first date up to and including the second', () => {
    expect(workingDaysBetween(vn('2026-11-20T10:00'), vn('2026-11-25T17:00'), NO_HOLIDAYS)).toBe(3);
    expect(workingDaysBetween(vn('2026-11-20T10:00'), vn('2026-11-20T17:00'), NO_HOLIDAYS)).toBe(0);
    expect(workingDaysBetween(vn('2026-11-25T17:00'), vn('2026-11-20T10:00'), NO_HOLIDAYS)).toBe(-3);
    expect(workingDaysBetween(vn('2027-02-04T10:00'), vn('2027-02-12T10:00'), TET_2027)).toBe(1);
  });

  it('is antisymmetric', () => {
    fc.assert(
      // Spans of up to a year either way: statistics compare dates weeks apart.
      fc.property(instantArb, fc.integer({ min: -366 * 86_400_000, max: 366 * 86_400_000 }), calendarArb, (a, shift, calendar) => {
        const b = new Date(a.getTime() + shift);
        expect(workingDaysBetween(a, b, calendar) + workingDaysBetween(b, a, calendar)).toBe(0);
      }),
    );
  });
});
