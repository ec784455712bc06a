import type { TPrismaClient } from '@portal/db';
import { workingCalendarOf, type TWorkingCalendar } from '@portal/domain';
import { createCalendarRepository } from './repository.ts';

/**
 * The calendar due dates are computed with (packages/domain/src/working-days.ts), read
 * fresh from calendar_day so an administrator's edit applies to the next computation.
 */
export async function loadWorkingCalendar(prisma: TPrismaClient): Promise<TWorkingCalendar> {
  const days = await createCalendarRepository(prisma).findAll();
  return workingCalendarOf({
    holidays: days.filter((day) => day.kind === 'holiday').map((day) => day.date),
    makeupWorkdays: days.filter((day) => day.kind === 'makeup_workday').map((day) => day.date),
  });
}
