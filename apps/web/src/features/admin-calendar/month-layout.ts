import { weekdayOf, type TCalendarDay } from '@portal/domain';

export type DayCell = { date: string; day: number; weekend: boolean; entry: TCalendarDay | undefined } | null;

const two = (n: number) => String(n).padStart(2, '0');
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * A month as weeks of seven cells, Monday first (Vietnamese calendars start the week on
 * Monday, thứ Hai); null cells pad the first and last week.
 */
export function monthWeeks(year: number, month: number, entries: ReadonlyMap<string, TCalendarDay>): DayCell[][] {
  const first = `${year}-${two(month)}-01`;
  const lead = (weekdayOf(first) + 6) % 7;
  const cells: DayCell[] = Array.from({ length: lead }, () => null);
  for (let day = 1; day <= daysIn(year, month); day++) {
    const date = `${year}-${two(month)}-${two(day)}`;
    const weekday = weekdayOf(date);
    cells.push({ date, day, weekend: weekday === 0 || weekday === 6, entry: entries.get(date) });
  }
  while (cells.length % 7 !== 0) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, week) => cells.slice(week * 7, week * 7 + 7));
}

/** The year's days grouped by month (1–12), each month in date order. */
export function daysByMonth(days: readonly TCalendarDay[]): Map<number, TCalendarDay[]> {
  const groups = new Map<number, TCalendarDay[]>();
  for (const day of [...days].sort((a, b) => a.date.localeCompare(b.date))) {
    const month = Number(day.date.slice(5, 7));
    if (!month) continue;
    groups.set(month, [...(groups.get(month) ?? []), day]);
  }
  return groups;
}
