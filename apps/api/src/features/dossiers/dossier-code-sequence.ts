import type { Prisma } from '@portal/db';
import { formatDossierCode, localDateOf } from '@portal/domain';

/**
 * The next dossier code of an agency for the Vietnam local day of `at`:
 * `{unitCode}-{YYMMDD}-{NNNN}` (dossier-code.ts). The counter row is created or
 * incremented by one upsert that keeps the row locked until the caller's transaction
 * ends, so concurrent sends of one agency queue on it and get consecutive, distinct
 * numbers; a rolled-back send gives its number back.
 */
export async function allocateDossierCode(tx: Prisma.TransactionClient, agency: { id: string; unitCode: string }, at: Date): Promise<string> {
  const [row] = await tx.$queryRaw<[{ last_value: number }]>`
    INSERT INTO dossier_code_sequence (agency_id, day, last_value)
    VALUES (${agency.id}::uuid, ${localDateOf(at)}::date, 1)
    ON CONFLICT (agency_id, day) DO UPDATE SET last_value = dossier_code_sequence.last_value + 1
    RETURNING last_value`;
  return formatDossierCode(agency.unitCode, at, row.last_value);
}
