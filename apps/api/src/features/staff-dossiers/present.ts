import type { Prisma } from '@portal/db';
import type { TDossierStatus, THistoryRow, TStaffDossier, TStaffRole, TWorkingCalendar } from '@portal/domain';
import { dossierDetailSelect, toDomainStatus, toDossier, toDossierFile } from '../dossiers/present.ts';
import { staffAllowedActions } from './access.ts';
import { isOverdue, receiveDeadlineOf, receiveDeadlinePassed } from './deadlines.ts';

/** The dossier page of the staff workspace, in one query (the history is read beside it). */
export const staffDossierSelect = {
  ...dossierDetailSelect,
  agencyId: true,
  originalDueAt: true,
  apologyCount: true,
  assignee: { select: { id: true, fullName: true, username: true, position: true } },
  pauses: { orderBy: { startedAt: 'asc' }, select: { startedAt: true, endedAt: true } },
} as const satisfies Prisma.DossierSelect;

export type StaffDossierRow = Prisma.DossierGetPayload<{ select: typeof staffDossierSelect }>;

const iso = (date: Date | null) => (date ? date.toISOString() : null);

/**
 * ZStaffDossier: what the citizen's API shows plus the processing facts. The actions are
 * the lifecycle's for this reader's roles; an apology (extension) is offered only once the
 * dossier is overdue, as the action itself requires.
 */
export function toStaffDossier(
  row: StaffDossierRow,
  history: THistoryRow[],
  context: { roles: readonly TStaffRole[]; calendar: TWorkingCalendar; now: Date },
): TStaffDossier {
  const { allowedActions: _citizenActions, awaitingConfirmation: _awaiting, ...base } = toDossier(row, { awaitingConfirmation: false });
  const status = toDomainStatus(row.status) as Exclude<TDossierStatus, 'unsent'>;
  // A dossier visible to staff has been sent: it has its code and sending time.
  const submittedAt = row.submittedAt ?? row.createdAt;
  const facts = { status, submittedAt, receivedAt: row.receivedAt, dueAt: row.dueAt };
  const overdue = isOverdue(facts, context.now);
  // Staff see the result documents while they are being prepared, too.
  const files = row.files.map(toDossierFile);
  return {
    ...base,
    files,
    code: row.code ?? '',
    status,
    submittedAt: submittedAt.toISOString(),
    allowedActions: staffAllowedActions(status, context.roles).filter((action) => action !== 'apologize' || overdue),
    resultFiles: files.filter((file) => file.role === 'result'),
    receiveDeadlineAt: receiveDeadlineOf(submittedAt, context.calendar).toISOString(),
    receiveDeadlinePassed: receiveDeadlinePassed(facts, context.calendar, context.now),
    originalDueAt: iso(row.originalDueAt),
    apologyCount: row.apologyCount,
    overdue,
    paused: status === 'supplement-requested',
    pauses: row.pauses.map((pause) => ({ startedAt: pause.startedAt.toISOString(), endedAt: iso(pause.endedAt) })),
    assignee: row.assignee
      ? { id: row.assignee.id, name: row.assignee.fullName ?? row.assignee.username, position: row.assignee.position }
      : null,
    history,
  };
}
