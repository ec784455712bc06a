import type { Prisma, TPrismaClient } from '@portal/db';
import type { TCalendarDay } from '@portal/domain';

const dateOf = (localDate: string) => new Date(`${localDate}T00:00:00Z`);
const yearRange = (year: number) => ({ gte: dateOf(`${year}-01-01`), lte: dateOf(`${year}-12-31`) });

const toDay = (row: { date: Date; kind: TCalendarDay['kind']; name: string }): TCalendarDay => ({
  date: row.date.toISOString().slice(0, 10),
  kind: row.kind,
  name: row.name,
});

/** calendar_day: the only Prisma calls of the working-day calendar. */
export function createCalendarRepository(prisma: TPrismaClient) {
  return {
    transaction: <T>(work: (tx: Prisma.TransactionClient) => Promise<T>) => prisma.$transaction(work),

    async findYear(year: number, db: TPrismaClient | Prisma.TransactionClient = prisma): Promise<TCalendarDay[]> {
      const rows = await db.calendarDay.findMany({ where: { date: yearRange(year) }, orderBy: { date: 'asc' } });
      return rows.map(toDay);
    },

    /** Every listed day, all years (a few dozen rows per year): what due dates are computed with. */
    async findAll(): Promise<TCalendarDay[]> {
      const rows = await prisma.calendarDay.findMany({ orderBy: { date: 'asc' } });
      return rows.map(toDay);
    },

    /** The year's list becomes exactly `days`. */
    async replaceYear(year: number, days: readonly TCalendarDay[], tx: Prisma.TransactionClient): Promise<void> {
      await tx.calendarDay.deleteMany({ where: { date: yearRange(year) } });
      if (days.length > 0) await tx.calendarDay.createMany({ data: days.map((day) => ({ date: dateOf(day.date), kind: day.kind, name: day.name })) });
    },

    /** Serialises concurrent saves of the same year (the second one reads the first one's result). */
    lockYear: (year: number, tx: Prisma.TransactionClient) => tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('calendar_year'), ${year}::int)`,
  };
}

export type CalendarRepository = ReturnType<typeof createCalendarRepository>;
