import { Prisma, type TPrismaClient } from '@portal/db';
import type { TStatsCounts } from '@portal/domain';

/** Which group a row of the summary query belongs to. */
export type StatsGroupRow = TStatsCounts & {
  grouping: 'total' | 'month' | 'agency' | 'field';
  /** 'YYYY-MM' for a month row */
  month: string | null;
  agencyId: string | null;
  agencyName: string | null;
  fieldId: string | null;
  fieldName: string | null;
};

export interface StatsFilter {
  /** First day of the first month, 'YYYY-MM-01' */
  fromDay: string;
  /** First day of the last month */
  toDay: string;
  /** The agency and every agency under it */
  agencyId?: string | undefined;
  fieldId?: string | undefined;
}

interface RawRow {
  g_month: number;
  g_agency: number;
  g_field: number;
  month: string | null;
  agency_id: string | null;
  agency_name: string | null;
  field_id: string | null;
  field_name: string | null;
  submitted: number;
  received: number;
  received_online: number;
  in_progress: number;
  resolved_early: number;
  resolved_on_time: number;
  resolved_late: number;
  returned: number;
  rating_count: number;
  rating_sum: number;
}

/**
 * Reads of the statistics summary `dossier_stat_month` (kept by triggers; the application
 * never writes it). One query answers a whole report: GROUPING SETS give the total and the
 * rows by month, by agency and by field in one scan of the matching summary rows (the total row of an empty
 * selection sums nothing: coalesce to 0), whose
 * number depends on agencies × fields × months, not on the number of dossiers.
 */
export function createStatsRepository(prisma: TPrismaClient) {
  return {
    async report(filter: StatsFilter): Promise<StatsGroupRow[]> {
      const scope = filter.agencyId
        ? Prisma.sql`AND s.agency_id IN (
            WITH RECURSIVE tree AS (
              SELECT id FROM agency WHERE id = ${filter.agencyId}::uuid
              UNION ALL SELECT a.id FROM agency a JOIN tree t ON a.parent_id = t.id)
            SELECT id FROM tree)`
        : Prisma.empty;
      const field = filter.fieldId ? Prisma.sql`AND s.field_id = ${filter.fieldId}::uuid` : Prisma.empty;
      const rows = await prisma.$queryRaw<RawRow[]>`
        SELECT grouping(s.month)::int AS g_month, grouping(s.agency_id)::int AS g_agency, grouping(s.field_id)::int AS g_field,
               to_char(s.month, 'YYYY-MM') AS month,
               s.agency_id::text AS agency_id, min(a.name) AS agency_name,
               s.field_id::text AS field_id, min(f.name) AS field_name,
               coalesce(sum(s.submitted), 0)::int AS submitted, coalesce(sum(s.received), 0)::int AS received,
               coalesce(sum(s.received_online), 0)::int AS received_online, coalesce(sum(s.in_progress), 0)::int AS in_progress,
               coalesce(sum(s.resolved_early), 0)::int AS resolved_early, coalesce(sum(s.resolved_on_time), 0)::int AS resolved_on_time,
               coalesce(sum(s.resolved_late), 0)::int AS resolved_late, coalesce(sum(s.returned), 0)::int AS returned,
               coalesce(sum(s.rating_count), 0)::int AS rating_count, coalesce(sum(s.rating_sum), 0)::int AS rating_sum
        FROM dossier_stat_month s
        JOIN agency a ON a.id = s.agency_id
        JOIN field f ON f.id = s.field_id
        WHERE s.month BETWEEN ${filter.fromDay}::date AND ${filter.toDay}::date ${scope} ${field}
        GROUP BY GROUPING SETS ((), (s.month), (s.agency_id), (s.field_id))`;
      return rows.map((row) => ({
        grouping: row.g_month === 0 ? 'month' : row.g_agency === 0 ? 'agency' : row.g_field === 0 ? 'field' : 'total',
        month: row.month,
        agencyId: row.agency_id,
        agencyName: row.agency_name,
        fieldId: row.field_id,
        fieldName: row.field_name,
        submitted: row.submitted,
        received: row.received,
        receivedOnline: row.received_online,
        inProgress: row.in_progress,
        resolvedEarly: row.resolved_early,
        resolvedOnTime: row.resolved_on_time,
        resolvedLate: row.resolved_late,
        returned: row.returned,
        ratingCount: row.rating_count,
        ratingSum: row.rating_sum,
      }));
    },

    agencyName: (id: string) => prisma.agency.findUnique({ where: { id }, select: { id: true, name: true } }),
    fieldName: (id: string) => prisma.field.findUnique({ where: { id }, select: { id: true, name: true } }),
  };
}

export type StatsRepository = ReturnType<typeof createStatsRepository>;
