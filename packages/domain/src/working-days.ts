import { z } from 'zod';
import {
  ZLocalDate,
  addLocalDays,
  epochDayOf,
  localDateOf,
  localDateOfEpochDay,
  vnInstantOf,
  weekdayOf,
  type TLocalDate,
} from './vietnam-time.ts';

export { localDateOf } from './vietnam-time.ts';

/**
 * The working-day calendar behind due dates (ngày hẹn trả), the 8-working-hour receive
 * deadline and the early / on-time / late statistics. Every date here is a Vietnam local
 * date; holidays are data (Tết moves every year and provinces add their own days off), so
 * the calendar is passed in rather than hard-coded.
 */
export type TWorkingCalendar = {
  /** Local dates 'YYYY-MM-DD' that are days off, including any compensatory day off */
  holidays: ReadonlySet<string>;
  /** Saturdays/Sundays the government declared working days (ngày làm bù) */
  makeupWorkdays?: ReadonlySet<string>;
};

/** The JSON shape of a calendar (settings, seed files); turn it into sets with `workingCalendarOf`. */
export const ZWorkingCalendarData = z.object({
  holidays: z.array(ZLocalDate).max(5000),
  makeupWorkdays: z.array(ZLocalDate).max(1000).optional(),
});
export type TWorkingCalendarData = z.infer<typeof ZWorkingCalendarData>;

export const workingCalendarOf = (data: TWorkingCalendarData): TWorkingCalendar => ({
  holidays: new Set(data.holidays),
  makeupWorkdays: new Set(data.makeupWorkdays ?? []),
});

/** Office hours, local time: 07:30–11:30 and 13:00–17:00. */
export const OFFICE_HOURS = [
  { start: '07:30', end: '11:30' },
  { start: '13:00', end: '17:00' },
] as const;
/** The same periods in minutes since local midnight, for arithmetic. */
export const OFFICE_PERIODS_MINUTES = [
  { start: 7 * 60 + 30, end: 11 * 60 + 30 },
  { start: 13 * 60, end: 17 * 60 },
] as const;
export const WORKING_HOURS_PER_DAY = 8;
/** A due date is the end of the working day: 17:00 local. */
export const DUE_TIME_MINUTES = 17 * 60;
/** Decree 45/2020: receive or request a supplement within 8 working hours of sending. */
export const RECEIVE_DEADLINE_WORKING_HOURS = 8;

const HOUR_MS = 3_600_000;
/**
 * A calendar in which no working day appears for ten years is broken data (e.g. every day
 * marked a holiday); failing loudly beats looping forever.
 */
const MAX_SEARCH_DAYS = 3660;

/**
 * A holiday wins over everything; otherwise Monday–Friday work, and a Saturday or Sunday
 * works only when listed as a makeup workday.
 */
export const isWorkingDay = (localDate: TLocalDate, calendar: TWorkingCalendar): boolean => {
  if (calendar.holidays.has(localDate)) return false;
  const weekday = weekdayOf(localDate);
  if (weekday >= 1 && weekday <= 5) return true;
  return calendar.makeupWorkdays?.has(localDate) ?? false;
};

/** The first working day strictly after `localDate`. */
export const nextWorkingDay = (localDate: TLocalDate, calendar: TWorkingCalendar): TLocalDate => {
  let day = localDate;
  for (let i = 0; i < MAX_SEARCH_DAYS; i++) {
    day = addLocalDays(day, 1);
    if (isWorkingDay(day, calendar)) return day;
  }
  throw new RangeError(`No working day within ${MAX_SEARCH_DAYS} days after ${localDate}: check the holiday calendar`);
};

/** Working local dates d with from ≤ d ≤ to (0 when to < from). */
export const countWorkingDaysInclusive = (from: TLocalDate, to: TLocalDate, calendar: TWorkingCalendar): number => {
  const last = epochDayOf(to);
  let count = 0;
  for (let day = epochDayOf(from); day <= last; day++) {
    if (isWorkingDay(localDateOfEpochDay(day), calendar)) count++;
  }
  return count;
};

/** A supplement-requested interval; `end: null` while the dossier is still waiting. */
export type TPause = { start: Date; end: Date | null };

export type TDueDateInput = {
  /** When the one-stop desk received the dossier */
  receivedAt: Date;
  /** The procedure's processing time in working days */
  workingDays: number;
  calendar: TWorkingCalendar;
  pauses?: readonly TPause[];
};

/**
 * The due date (ngày hẹn trả) printed on the receipt.
 *
 * Rule:
 * 1. Counting starts on the first working day AFTER the local day of receipt, whatever the
 *    hour of receipt; the due date is 17:00 local on the N-th working day counted.
 *    N = 0 (same-day procedures) means 17:00 on the day of receipt if that is a working
 *    day, else 17:00 on the next working day.
 * 2. Time in `supplement-requested` does not count: the clock stops on every working day
 *    a pause touches (start's local date to end's local date inclusive; a day only partly
 *    paused is skipped whole, in the citizen's favour). Such a day is walked over without
 *    being counted. `end: null` means the dossier is still paused: only the start date is
 *    skipped for now, and the due date is recomputed when the supplement arrives.
 *    Days paused before receipt or after the due date change nothing.
 * Because the due date is found by walking working days, adding a holiday or a pause
 * can only move it later, never earlier.
 */
export const computeDueDate = ({ receivedAt, workingDays, calendar, pauses = [] }: TDueDateInput): Date => {
  if (!Number.isInteger(workingDays) || workingDays < 0) {
    throw new RangeError(`workingDays must be a non-negative integer, got ${workingDays}`);
  }
  const paused = pausedRanges(pauses);
  const isCounted = (day: TLocalDate) => !paused.some(([from, to]) => from <= day && day <= to);
  const receivedOn = localDateOf(receivedAt);

  let dueOn = receivedOn;
  if (workingDays === 0) {
    if (!isWorkingDay(receivedOn, calendar) || !isCounted(receivedOn)) {
      do dueOn = nextWorkingDay(dueOn, calendar);
      while (!isCounted(dueOn));
    }
  } else {
    for (let counted = 0; counted < workingDays; ) {
      dueOn = nextWorkingDay(dueOn, calendar);
      if (isCounted(dueOn)) counted++;
    }
  }
  return vnInstantOf(dueOn, DUE_TIME_MINUTES);
};

/** Local date ranges [from, to] the pauses cover ('YYYY-MM-DD' strings compare in date order). */
const pausedRanges = (pauses: readonly TPause[]): [TLocalDate, TLocalDate][] =>
  pauses.map((pause) => {
    if (pause.end !== null && pause.end.getTime() < pause.start.getTime()) {
      throw new RangeError('A pause cannot end before it starts');
    }
    const from = localDateOf(pause.start);
    return [from, pause.end === null ? from : localDateOf(pause.end)];
  });

/** Working days a pause touched: how much it can delay a due date at most. */
export const pausedWorkingDays = (pause: TPause, calendar: TWorkingCalendar): number => {
  const [[from, to]] = pausedRanges([pause]) as [[TLocalDate, TLocalDate]];
  return countWorkingDaysInclusive(from, to, calendar);
};

/**
 * `start` plus `hours` of office time: only 07:30–11:30 and 13:00–17:00 on working days
 * count. A start outside office hours begins counting at the next opening. The result may
 * be exactly a closing time (8 hours from 07:30 Monday is 17:00 Monday, not 07:30 Tuesday).
 */
export const addWorkingHours = (start: Date, hours: number, calendar: TWorkingCalendar): Date => {
  if (!Number.isFinite(hours) || hours < 0) throw new RangeError(`hours must be a non-negative number, got ${hours}`);
  let remaining = Math.round(hours * HOUR_MS);
  let cursor = start.getTime();
  let day = localDateOf(start);
  const maxDays = MAX_SEARCH_DAYS + Math.ceil(hours / WORKING_HOURS_PER_DAY) * 2;
  for (let i = 0; i <= maxDays; i++) {
    if (isWorkingDay(day, calendar)) {
      for (const period of OFFICE_PERIODS_MINUTES) {
        const opens = vnInstantOf(day, period.start).getTime();
        const closes = vnInstantOf(day, period.end).getTime();
        if (cursor > closes) continue;
        const from = Math.max(cursor, opens);
        if (from + remaining <= closes) return new Date(from + remaining);
        remaining -= closes - from;
        cursor = closes;
      }
    }
    day = addLocalDays(day, 1);
  }
  throw new RangeError('No office hours found: check the holiday calendar');
};

/**
 * Working days from `from` to `to`: the working local dates d with from's date < d ≤ to's
 * date, negative when `to` is earlier. It mirrors computeDueDate, so for N ≥ 1
 * `workingDaysBetween(receivedAt, computeDueDate({ receivedAt, workingDays: N }))` is N;
 * statistics use it to say how many working days early or late a result was.
 */
export const workingDaysBetween = (from: Date, to: Date, calendar: TWorkingCalendar): number => {
  const fromDay = localDateOf(from);
  const toDay = localDateOf(to);
  // `0 - n` rather than `-n`: no -0 when a backwards span holds no working day.
  if (epochDayOf(toDay) < epochDayOf(fromDay)) return 0 - countWorkingDaysInclusive(addLocalDays(toDay, 1), fromDay, calendar);
  return countWorkingDaysInclusive(addLocalDays(fromDay, 1), toDay, calendar);
};
