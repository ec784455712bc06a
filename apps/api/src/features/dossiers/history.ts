import { Prisma, type Role } from '@portal/db';
import { ACTION_LABELS, ZDossierAction, type TActorRole, type TDossierAction, type TDossierStatus, type THistoryRow } from '@portal/domain';
import { dossierEventInsert } from '../events/record.ts';
import type { Db } from './access.ts';
import { toDomainStatus } from './present.ts';

/**
 * The processing history (quá trình xử lý): append-only rows (a trigger refuses UPDATE
 * and DELETE) with snapshots of who acted and who received, so the history reads the
 * same after people move or rename.
 */

export interface HistoryParty {
  id?: string | null;
  name: string | null;
  /** `guest` and `system` are not account roles: they are kept in the row's metadata */
  role: TActorRole | null;
  unit: string | null;
  /** api_client.id when a system acted (role `system`): written to actor_client_id */
  clientId?: string | null;
}

export interface HistoryEntry {
  dossierId: string;
  action: TDossierAction;
  from: TDossierStatus | null;
  to: TDossierStatus | null;
  actor: HistoryParty;
  receiver?: HistoryParty | null;
  note?: string | null;
  at?: Date;
  metadata?: Record<string, Prisma.InputJsonValue>;
  /** Stored files shown with the row (e.g. the result documents of `complete`) */
  attachmentFileIds?: readonly string[];
  /**
   * false: the caller writes the integration event itself, later in the transaction, with
   * `recordDossierEvent` (sendDossier: the dossier code is given after the history row).
   */
  event?: boolean;
}

/** Where a sent dossier goes first: the agency's one-stop desk (bộ phận một cửa). */
export const oneStopDeskOf = (agencyName: string): HistoryParty => ({ name: 'Bộ phận một cửa', role: 'clerk', unit: agencyName });

/** Roles that are no account role: kept in the row's metadata (`actorRole`). */
const METADATA_ROLES = ['guest', 'system'] as const satisfies readonly TActorRole[];
type MetadataRole = (typeof METADATA_ROLES)[number];
const isMetadataRole = (role: unknown): role is MetadataRole => (METADATA_ROLES as readonly unknown[]).includes(role);

const accountRole = (role: TActorRole | null): Role | null => (role === null || isMetadataRole(role) ? null : role);

/**
 * Appends the row, its attachments and the integration event of its action
 * (`DOSSIER_ACTION_EVENTS`) in ONE statement (data-modifying CTEs), so the event costs no
 * extra round trip; `db` must be the caller's transaction client.
 */
export async function appendHistory(db: Db, entry: HistoryEntry): Promise<void> {
  const metadata: Record<string, Prisma.InputJsonValue> = { ...entry.metadata };
  if (isMetadataRole(entry.actor.role)) metadata.actorRole = entry.actor.role;
  const event =
    entry.event === false
      ? null
      : dossierEventInsert({
          dossierId: entry.dossierId,
          action: entry.action,
          from: entry.from,
          actorRole: entry.actor.role,
          actorClientId: entry.actor.clientId ?? null,
          ...(entry.at ? { at: entry.at } : {}),
        });
  // dossier_status labels are the domain's status names (supplement-requested)
  await db.$executeRaw`
    WITH h AS (
      INSERT INTO dossier_history_event (dossier_id, at, action, from_status, to_status, actor_id, actor_name, actor_role, actor_unit,
        actor_client_id, receiver_id, receiver_name, receiver_role, receiver_unit, note, metadata)
      VALUES (${entry.dossierId}::uuid, coalesce(${entry.at ?? null}::timestamptz, now()), ${entry.action}, ${entry.from}::dossier_status,
        ${entry.to}::dossier_status, ${entry.actor.id ?? null}::uuid, ${entry.actor.name}, ${accountRole(entry.actor.role)}::role,
        ${entry.actor.unit}, ${entry.actor.clientId ?? null}::uuid, ${entry.receiver?.id ?? null}::uuid, ${entry.receiver?.name ?? null},
        ${accountRole(entry.receiver?.role ?? null)}::role, ${entry.receiver?.unit ?? null}, ${entry.note ?? null},
        ${Object.keys(metadata).length > 0 ? JSON.stringify(metadata) : null}::jsonb)
      RETURNING id
    ), attachments AS (
      INSERT INTO history_attachment (event_id, file_id)
      SELECT h.id, file_id FROM h, unnest(${[...(entry.attachmentFileIds ?? [])]}::uuid[]) AS file_id
    )
    ${event ?? Prisma.sql`SELECT 1`}`;
}

/** The rows of a dossier, oldest first. */
export async function listHistory(db: Db, dossierId: string): Promise<THistoryRow[]> {
  const rows = await db.dossierHistoryEvent.findMany({
    where: { dossierId },
    orderBy: [{ at: 'asc' }, { id: 'asc' }],
    select: {
      id: true,
      at: true,
      action: true,
      fromStatus: true,
      toStatus: true,
      actorName: true,
      actorRole: true,
      actorUnit: true,
      receiverName: true,
      receiverRole: true,
      receiverUnit: true,
      note: true,
      metadata: true,
      attachments: { select: { file: { select: { id: true, originalName: true, mimeType: true, size: true } } } },
    },
  });
  return rows.flatMap((row) => {
    const action = ZDossierAction.safeParse(row.action);
    if (!action.success) return []; // an action this version does not know: not shown rather than mislabelled
    const metadataRole = (row.metadata as { actorRole?: unknown } | null)?.actorRole;
    const hasReceiver = row.receiverName !== null || row.receiverUnit !== null;
    return [
      {
        id: row.id.toString(),
        at: row.at.toISOString(),
        actor: { name: row.actorName, role: isMetadataRole(metadataRole) ? metadataRole : row.actorRole, unit: row.actorUnit },
        action: { code: action.data, label: ACTION_LABELS[action.data] },
        fromStatus: row.fromStatus ? toDomainStatus(row.fromStatus) : null,
        toStatus: row.toStatus ? toDomainStatus(row.toStatus) : null,
        receiver: hasReceiver ? { name: row.receiverName, role: row.receiverRole, unit: row.receiverUnit } : null,
        note: row.note,
        attachments: row.attachments.map(({ file }) => ({ id: file.id, name: file.originalName, mimeType: file.mimeType, size: Number(file.size) })),
      },
    ];
  });
}
