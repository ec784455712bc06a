import { ADMIN_MESSAGES, DomainError, calendarYearProblems, type TCalendarDay, type TCalendarYear } from '@portal/domain';
import type { Audit } from '../../plugins/app/audit.ts';
import type { SessionUser } from '../../plugins/app/auth.ts';
import type { RequestContext } from '../auth/service.ts';
import type { CalendarRepository } from './repository.ts';

/** A year's list as the audit trail keeps it: keyed by date, so the diff names the day that changed. */
const byDate = (days: readonly TCalendarDay[]) => Object.fromEntries(days.map((day) => [day.date, { kind: day.kind, name: day.name }]));

/** The working-day calendar: holidays and makeup working days, edited a whole year at a time. */
export function createCalendarService({ repository, audit }: { repository: CalendarRepository; audit: Audit }) {
  return {
    async getYear(year: number): Promise<TCalendarYear> {
      return { year, days: await repository.findYear(year) };
    },

    /** Replaces the year's list (add, remove and rename in one save), audited with before/after. */
    async updateYear(actor: SessionUser, year: number, days: readonly TCalendarDay[], ctx: RequestContext): Promise<TCalendarYear> {
      const problems = calendarYearProblems(year, days);
      if (Object.keys(problems).length > 0) {
        const messages = Object.values(problems);
        const code = messages.includes(ADMIN_MESSAGES.dateOutsideYear)
          ? 'CALENDAR_DATE_OUTSIDE_YEAR'
          : messages.includes(ADMIN_MESSAGES.dateDuplicate)
            ? 'CALENDAR_DUPLICATE_DATE'
            : 'VALIDATION_FAILED';
        throw new DomainError(code, { fieldErrors: problems });
      }
      const sorted = [...days].sort((a, b) => a.date.localeCompare(b.date));
      return repository.transaction(async (tx) => {
        await repository.lockYear(year, tx);
        const before = await repository.findYear(year, tx);
        await repository.replaceYear(year, sorted, tx);
        await audit.record(
          {
            action: 'calendar.update',
            actorId: actor.id,
            actorName: actor.username,
            entityType: 'calendar_year',
            entityId: String(year),
            ip: ctx.ip,
            requestId: ctx.requestId,
            before: byDate(before),
            after: byDate(sorted),
          },
          tx,
        );
        return { year, days: sorted };
      });
    },
  };
}
