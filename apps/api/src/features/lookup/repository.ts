import type { TPrismaClient } from '@portal/db';
import { parseDossierCode } from '@portal/domain';

/**
 * The one read of the public lookup: a sent dossier by its code (any letter case), and
 * optionally the applicant's CCCD, with its history — in one statement, so a hit and a miss
 * cost the same round trip. It selects only what the public view may show: no applicant
 * detail but the name (masked by the service), and from the history neither names nor
 * notes nor attachments, so they never even reach the process.
 */

export interface LookupHistorySnapshot {
  at: string;
  action: string;
  /** `guest` comes from the row's metadata (not an account role) */
  actorRole: string | null;
  actorUnit: string | null;
  receiverRole: string | null;
  receiverUnit: string | null;
}

export interface LookupRow {
  code: string;
  status: string;
  applicant_name: string;
  submitted_at: Date | null;
  received_at: Date | null;
  due_at: Date | null;
  finished_at: Date | null;
  procedure_code: string;
  procedure_name: string;
  agency_name: string;
  history: LookupHistorySnapshot[];
}

export function createLookupRepository(prisma: TPrismaClient) {
  return {
    /**
     * `code` is well-formed (checked by the schema). `dossier.code` has a unique b-tree
     * index, which a case-insensitive comparison could not use; instead the statement asks
     * for the few spellings the code can have: as typed, upper case, and with the unit code
     * as the agency table spells it (unit codes are unique in any letter case). A code whose
     * agency has since changed its unit code is still found when typed as printed.
     */
    async findSent(code: string, idNumber: string | null): Promise<LookupRow | null> {
      const unitCode = parseDossierCode(code)?.unitCode ?? code;
      const rest = code.slice(unitCode.length);
      const rows = await prisma.$queryRaw<LookupRow[]>`
        SELECT d.code, d.status::text AS status, d.applicant_name,
               d.submitted_at, d.received_at, d.due_at, d.finished_at,
               p.code AS procedure_code, p.name AS procedure_name, a.name AS agency_name,
               (SELECT coalesce(json_agg(json_build_object(
                         'at', h.at,
                         'action', h.action,
                         'actorRole', CASE WHEN h.metadata->>'actorRole' = 'guest' THEN 'guest' ELSE h.actor_role::text END,
                         'actorUnit', h.actor_unit,
                         'receiverRole', h.receiver_role::text,
                         'receiverUnit', h.receiver_unit
                       ) ORDER BY h.at, h.id), '[]'::json)
                  FROM dossier_history_event h WHERE h.dossier_id = d.id) AS history
        FROM dossier d
        JOIN procedure p ON p.id = d.procedure_id
        JOIN agency a ON a.id = d.agency_id
        WHERE d.code = ANY (
                ARRAY[${code}::text, upper(${code}::text)]
                || ARRAY(SELECT u.unit_code || ${rest}::text FROM agency u WHERE lower(u.unit_code) = lower(${unitCode}::text))
              )
          AND d.status <> 'unsent'::dossier_status
          AND (${idNumber}::text IS NULL OR d.applicant_id_number = ${idNumber}::text)
        LIMIT 1`;
      return rows[0] ?? null;
    },
  };
}

export type LookupRepository = ReturnType<typeof createLookupRepository>;
