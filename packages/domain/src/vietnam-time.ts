import { z } from 'zod';

/**
 * Vietnam local time (Asia/Ho_Chi_Minh) is UTC+7 all year: no daylight saving since 1975.
 * We do the offset arithmetic ourselves instead of using the machine's TZ or Intl time
 * zones, so the API (servers run in UTC), the SPA (browsers anywhere) and the tests all
 * agree on which local day an instant belongs to.
 */
export const VN_UTC_OFFSET_MINUTES = 7 * 60;
const VN_UTC_OFFSET_MS = VN_UTC_OFFSET_MINUTES * 60_000;
const DAY_MS = 86_400_000;

/** A local calendar date 'YYYY-MM-DD' that exists (no 2026-02-30). */
export const ZLocalDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD')
  .refine((value) => isValidLocalDate(value), 'Ngày không tồn tại');
export type TLocalDate = string;

export type TVnDateTimeParts = {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
  /** minutes since local midnight, fractional part keeps seconds and milliseconds */
  minuteOfDay: number;
};

const assertValidInstant = (instant: Date): number => {
  const time = instant.getTime();
  if (!Number.isFinite(time)) throw new RangeError('Invalid Date');
  return time;
};

/** Shifting by +7h and reading the UTC fields gives the Vietnam wall clock. */
export const vnPartsOf = (instant: Date): TVnDateTimeParts => {
  const shifted = new Date(assertValidInstant(instant) + VN_UTC_OFFSET_MS);
  const msOfDay = shifted.getTime() - Math.floor(shifted.getTime() / DAY_MS) * DAY_MS;
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
    weekday: shifted.getUTCDay(),
    minuteOfDay: msOfDay / 60_000,
  };
};

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** 'YYYY-MM-DD' of the instant in Vietnam. */
export const localDateOf = (instant: Date): TLocalDate => {
  const { year, month, day } = vnPartsOf(instant);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
};

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 for a local date; throws on anything that is not a real date. */
export const epochDayOf = (localDate: TLocalDate): number => {
  const match = LOCAL_DATE.exec(localDate);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const time = Date.UTC(year, month - 1, day);
    const check = new Date(time);
    if (check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === day) {
      return time / DAY_MS;
    }
  }
  throw new RangeError(`Not a local date (YYYY-MM-DD): ${localDate}`);
};

export const isValidLocalDate = (value: string): boolean => {
  try {
    epochDayOf(value);
    return true;
  } catch {
    return false;
  }
};

export const localDateOfEpochDay = (epochDay: number): TLocalDate => new Date(epochDay * DAY_MS).toISOString().slice(0, 10);

export const addLocalDays = (localDate: TLocalDate, days: number): TLocalDate =>
  localDateOfEpochDay(epochDayOf(localDate) + days);

/** 0 = Sunday … 6 = Saturday */
export const weekdayOf = (localDate: TLocalDate): number => new Date(epochDayOf(localDate) * DAY_MS).getUTCDay();

/** The instant at which the Vietnam wall clock shows `minuteOfDay` on `localDate`. */
export const vnInstantOf = (localDate: TLocalDate, minuteOfDay = 0): Date =>
  new Date(epochDayOf(localDate) * DAY_MS + minuteOfDay * 60_000 - VN_UTC_OFFSET_MS);
