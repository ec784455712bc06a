import type { Prisma, Role } from '@portal/db';
import { ACTION_LABELS, ZDossierAction, type TActorRole, type TDossierAction, type TDossierStatus, type THistoryRow } from '@portal/domain';
import type { Db } from './access.ts';
import { toDbStatus, toDomainStatus } from './present.ts';

/**
 * The processing history (quá trình xử lý): append-only rows (a trigger refuses UPDATE
 * and DELETE) with snapshots of who acted and who received, so the history reads the
 * same after people move or rename.
 */

export interface HistoryParty {
  id?: string | null;
  name: string | null;
  /** `guest` is not an account role: it is kept in the row's metadata */
  role: TActorRole | null;
  unit: string | null;
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
}

/** Where a sent dossier goes first: the agency's one-stop desk (bộ phận một cửa). */
export const oneStopDeskOf = (agencyName: string): HistoryParty => ({ name: 'Bộ phận một cửa', role: 'clerk', unit: agencyName });

const accountRole = (role: TActorRole | null): Role | null => (role === null || role === 'guest' ? null : role);

export async function appendHistory(db: Db, entry: HistoryEntry): Promise<void> {
  const metadata: Record<string, Prisma.InputJsonValue> = { ...entry.metadata };
  if (entry.actor.role === 'guest') metadata.actorRole = 'guest';
  await db.dossierHistoryEvent.create({
    data: {
      dossierId: entry.dossierId,
      ...(entry.at ? { at: entry.at } : {}),
      action: entry.action,
      fromStatus: entry.from ? toDbStatus(entry.from) : null,
      toStatus: entry.to ? toDbStatus(entry.to) : null,
      actorId: entry.actor.id ?? null,
      actorName: entry.actor.name,
      actorRole: accountRole(entry.actor.role),
      actorUnit: entry.actor.unit,
      receiverId: entry.receiver?.id ?? null,
      receiverName: entry.receiver?.name ?? null,
      receiverRole: accountRole(entry.receiver?.role ?? null),
      receiverUnit: entry.receiver?.unit ?? null,
      note: entry.note ?? null,
      ...(Object.keys(metadata).length > 0 ? { metadata } : {}),
      ...(entry.attachmentFileIds?.length ? { attachments: { create: entry.attachmentFileIds.map((fileId) => ({ fileId })) } } : {}),
    },
  });
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
    const guest = (row.metadata as { actorRole?: unknown } | null)?.actorRole === 'guest';
    const hasReceiver = row.receiverName !== null || row.receiverUnit !== null;
    return [
      {
        id: row.id.toString(),
        at: row.at.toISOString(),
        actor: { name: row.actorName, role: guest ? 'guest' : row.actorRole, unit: row.actorUnit },
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
