import {
  DUE_SOON_WORKING_DAYS,
  RECEIVE_DEADLINE_WORKING_HOURS,
  addWorkingHours,
  computeDueDate,
  type TDossierStatus,
  type TPause,
  type TWorkingCalendar,
} from '@portal/domain';
import type { Db } from '../dossiers/access.ts';

/**
 * The deadlines staff work against, all on the working-day calendar (calendar_day):
 * - the receive deadline (Decree 45/2020): 8 working hours after sending;
 * - the due date (ngày hẹn trả): the procedure's processing days from receipt, the
 *   supplement pauses not counting;
 * - "due soon": due before the end of the DUE_SOON_WORKING_DAYS-th working day after today.
 */

export const receiveDeadlineOf = (submittedAt: Date, calendar: TWorkingCalendar): Date =>
  addWorkingHours(submittedAt, RECEIVE_DEADLINE_WORKING_HOURS, calendar);

/** Still waiting after the deadline, or received (or answered) after it. */
export function receiveDeadlinePassed(
  dossier: { status: TDossierStatus; submittedAt: Date; receivedAt: Date | null },
  calendar: TWorkingCalendar,
  now: Date,
): boolean {
  const deadline = receiveDeadlineOf(dossier.submittedAt, calendar);
  if (dossier.receivedAt) return dossier.receivedAt > deadline;
  return dossier.status === 'sent' && now > deadline;
}

/** The end of the "due soon" window: 17:00 on the DUE_SOON_WORKING_DAYS-th working day after today. */
export const dueSoonLimit = (now: Date, calendar: TWorkingCalendar): Date =>
  computeDueDate({ receivedAt: now, workingDays: DUE_SOON_WORKING_DAYS, calendar });

export const isOverdue = (dossier: { status: TDossierStatus; dueAt: Date | null }, now: Date): boolean =>
  dossier.status === 'processing' && dossier.dueAt !== null && dossier.dueAt < now;

export const isDueSoon = (dossier: { status: TDossierStatus; dueAt: Date | null }, now: Date, limit: Date): boolean =>
  dossier.status === 'processing' && dossier.dueAt !== null && dossier.dueAt >= now && dossier.dueAt <= limit;

export const pausesOf = (rows: readonly { startedAt: Date; endedAt: Date | null }[]): TPause[] =>
  rows.map((row) => ({ start: row.startedAt, end: row.endedAt }));

/**
 * After a supplement arrives (its pause just closed): the due date of a dossier that had
 * been received, moved by the working days the pauses covered. A date set by an apology
 * (extension) is never moved earlier. Call it in the supplement's transaction.
 */
export async function recomputeDueDateAfterPause(db: Db, dossierId: string, calendar: TWorkingCalendar): Promise<Date | null> {
  const dossier = await db.dossier.findUniqueOrThrow({
    where: { id: dossierId },
    select: {
      receivedAt: true,
      dueAt: true,
      apologyCount: true,
      procedure: { select: { processingDays: true } },
      pauses: { select: { startedAt: true, endedAt: true } },
    },
  });
  if (!dossier.receivedAt) return null;
  const computed = computeDueDate({
    receivedAt: dossier.receivedAt,
    workingDays: dossier.procedure.processingDays,
    calendar,
    pauses: pausesOf(dossier.pauses),
  });
  const extended = dossier.apologyCount > 0 && dossier.dueAt !== null && dossier.dueAt > computed;
  const dueAt = extended ? dossier.dueAt! : computed;
  await db.dossier.update({
    where: { id: dossierId },
    // Without an extension the pause legitimately moves the original date too.
    data: { dueAt, ...(dossier.apologyCount === 0 ? { originalDueAt: dueAt } : {}) },
    select: { id: true },
  });
  return dueAt;
}
