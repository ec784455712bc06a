import { Prisma, type TPrismaClient } from '@portal/db';
import { DomainError, type TEventListFilters, type TEventPage, type TIntegrationEvent } from '@portal/domain';
import { z } from 'zod';
import { createCursorCodec } from '../../lib/cursor.ts';

/**
 * The event feed, gap-free in commit order.
 *
 * Rows are ordered by (tx_id, id): tx_id is the writing transaction's id. Ids are given
 * when a transaction starts writing, not when it commits, so a transaction with a LOWER id
 * can commit after one with a higher id. A reader that returned the later one and moved its
 * cursor past it would never see the earlier one. So the feed only returns rows of
 * transactions below the commit horizon: `pg_snapshot_xmin(pg_current_snapshot())`, the
 * oldest transaction still running — every transaction below it has committed (its rows
 * are visible) or rolled back (they never will be), and every transaction that can still
 * write gets an id at or above it. A cursor below the horizon therefore never skips a row.
 * The price: a long transaction holds the feed back until it ends.
 *
 * The cursor is opaque (base64url of { t: tx_id, i: id }). It is always returned: after a
 * page that is not full, it moves up to the horizon (nothing can appear below it any more),
 * so a filtered poller does not rescan the rows it skipped.
 */

const DIGITS = /^\d{1,19}$/;
const CURSOR = createCursorCodec(z.object({ t: z.string().regex(DIGITS), i: z.string().regex(DIGITS) }));
const MAX_BIGINT = 9223372036854775807n;

interface Position {
  t: bigint;
  i: bigint;
}

const decodeAfter = (raw: string | undefined): Position => {
  try {
    const cursor = CURSOR.decode(raw);
    return cursor ? { t: BigInt(cursor.t), i: BigInt(cursor.i) } : { t: 0n, i: 0n };
  } catch (error) {
    if (error instanceof DomainError) throw new DomainError('VALIDATION_FAILED', { fieldErrors: { after: (error.fieldErrors ?? {}).cursor ?? 'Vị trí không hợp lệ' } });
    throw error;
  }
};
const encode = (position: Position) => CURSOR.encode({ t: position.t.toString(), i: position.i.toString() });
const isAfter = (a: Position, b: Position) => a.t > b.t || (a.t === b.t && a.i > b.i);

/** An integration_event row as the feed and the webhook dispatcher read it */
export interface EventRow {
  id: bigint;
  tx_id: bigint;
  type: string;
  at: Date;
  agency_id: string | null;
  subject_type: string;
  subject_id: string;
  data: unknown;
}

const COLUMNS = Prisma.sql`id, tx_id, type, at, agency_id, subject_type, subject_id, data`;

export function createEventFeed(prisma: TPrismaClient) {
  return {
    /**
     * A page of events after `after`. `agencies`: null reads every event (a province-wide
     * client); else the events of these agencies and the public news (agency_id null).
     */
    async page(agencies: readonly string[] | null, query: TEventListFilters): Promise<TEventPage> {
      const after = decodeAfter(query.after);
      const limit = query.limit;
      // First the horizon; the page's statement runs later, when everything below it is final.
      const [snapshot] = await prisma.$queryRaw<{ horizon: bigint }[]>`SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint AS horizon`;
      const horizon = snapshot!.horizon;
      const types = query.types && query.types.length > 0 ? query.types : null;
      const typeFilter = types ? Prisma.sql`AND type = ANY(${types}::text[])` : Prisma.empty;
      const range = Prisma.sql`(tx_id, id) > (${after.t}::bigint, ${after.i}::bigint) AND tx_id < ${horizon}::bigint ${typeFilter}`;
      let rows: EventRow[];
      if (agencies === null) {
        // integration_event (tx_id, id)
        rows = await prisma.$queryRaw<EventRow[]>`
          SELECT ${COLUMNS} FROM integration_event WHERE ${range} ORDER BY tx_id, id LIMIT ${limit}`;
      } else {
        // integration_event (agency_id, tx_id, id): one ordered range per agency, merged
        rows = await prisma.$queryRaw<EventRow[]>`
          SELECT * FROM (
            (SELECT ${COLUMNS} FROM integration_event WHERE agency_id IS NULL AND ${range} ORDER BY tx_id, id LIMIT ${limit})
            UNION ALL
            SELECT e.* FROM unnest(${[...agencies]}::uuid[]) AS scope(agency_id)
              CROSS JOIN LATERAL (
                SELECT ${COLUMNS} FROM integration_event
                WHERE integration_event.agency_id = scope.agency_id AND ${range}
                ORDER BY tx_id, id LIMIT ${limit}
              ) e
          ) merged
          ORDER BY tx_id, id LIMIT ${limit}`;
      }
      const last = rows.at(-1);
      let next: Position = last ? { t: last.tx_id, i: last.id } : after;
      if (rows.length < limit) {
        // Nothing new can ever appear below the horizon
        const floor = { t: horizon - 1n, i: MAX_BIGINT };
        if (isAfter(floor, next)) next = floor;
      }
      return { items: rows.map(toEvent), nextCursor: encode(next) };
    },
  };
}

/** The event as integrators see it: a feed item, and the body of its webhook deliveries. */
export const toEvent = (row: EventRow): TIntegrationEvent =>
  ({
    id: row.id.toString(),
    type: row.type,
    occurredAt: row.at.toISOString(),
    agencyId: row.agency_id,
    subject: { type: row.subject_type, id: row.subject_id },
    data: row.data,
  }) as TIntegrationEvent;

export type EventFeed = ReturnType<typeof createEventFeed>;
