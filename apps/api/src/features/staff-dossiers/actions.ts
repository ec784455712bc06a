import type { Prisma, Role, TPrismaClient } from '@portal/db';
import {
  DomainError,
  FORWARD_TARGET_ROLES,
  STAFF_DOSSIER_MESSAGES,
  computeDueDate,
  type TDossierStatus,
  type TStaffAction,
  type TStaffRole,
  type TWorkingCalendar,
} from '@portal/domain';
import type { Audit } from '../../plugins/app/audit.ts';
import type { RequestContext } from '../auth/service.ts';
import { appendHistory, oneStopDeskOf, type HistoryEntry, type HistoryParty } from '../dossiers/history.ts';
import { enqueueDossierApologyMail, notifyDossierStatusChanged, type DossierMailContext } from '../dossiers/notifications.ts';
import { toDbStatus, toDomainStatus } from '../dossiers/present.ts';
import { DOSSIER_TRANSACTION_OPTIONS } from '../dossiers/repository.ts';
import { actingRole, auditActorOf, findStaffDossier, historyPartyOf, isMachineActor, unitOf, type ProcessingActor } from './access.ts';
import { isOverdue, pausesOf } from './deadlines.ts';

/**
 * The processing actions of the staff workspace. Each one is ONE transaction:
 *   1. `UPDATE dossier SET …, version = version + 1 WHERE id = $1 AND version = $2`
 *      (optimistic concurrency: of two clerks pressing at once, exactly one wins and the
 *      other gets 409 DOSSIER_VERSION_CONFLICT with the state that won);
 *   2. what the action adds (a pause, a check of the result files);
 *   3. the processing-history row (actor and receiver snapshots);
 *   4. the citizen's e-mail through the durable outbox;
 *   5. the audit event.
 * Statements inside the transaction run one after the other (never Promise.all).
 */

export interface StaffActionDeps {
  prisma: TPrismaClient;
  audit: Audit;
  mailContext: DossierMailContext;
}

/** What one action writes, decided before the transaction from the state read. */
interface Plan {
  data: Prisma.DossierUncheckedUpdateManyInput;
  receiver?: HistoryParty | null;
  note?: string | null;
  metadata?: Record<string, Prisma.InputJsonValue>;
  /** Inside the transaction, after the conditional update */
  within?: (tx: Prisma.TransactionClient) => Promise<Partial<Pick<HistoryEntry, 'attachmentFileIds'>> | void>;
  mail: 'status' | 'apology' | null;
}

const actionSelect = {
  id: true,
  code: true,
  status: true,
  version: true,
  applicantName: true,
  receivedAt: true,
  dueAt: true,
  originalDueAt: true,
  assigneeId: true,
  procedure: { select: { processingDays: true, components: { select: { id: true, name: true } } } },
  pauses: { select: { startedAt: true, endedAt: true } },
} as const satisfies Prisma.DossierSelect;
type ActionDossier = Prisma.DossierGetPayload<{ select: typeof actionSelect }>;

/** 409 for the loser of a race: the status and version that won, to reload from. */
export const versionConflict = (current: { status: TDossierStatus; version: number }) =>
  new DomainError('DOSSIER_VERSION_CONFLICT', { details: { status: current.status, version: current.version } });

const applicantParty = (dossier: ActionDossier): HistoryParty => ({ name: dossier.applicantName || null, role: 'citizen', unit: null });

/**
 * An active leader, specialist or clerk of the actor's agency (not the actor): the forward
 * picker's rule. A processing system forwards to a person of the handling agency the same way.
 */
async function forwardTarget(prisma: TPrismaClient, actor: ProcessingActor, toUserId: string): Promise<HistoryParty> {
  const refuse = () => new DomainError('FORWARD_TARGET_INVALID', { fieldErrors: { toUserId: STAFF_DOSSIER_MESSAGES.toUser } });
  const self = isMachineActor(actor) ? null : actor.userId;
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(toUserId) || toUserId === self) throw refuse();
  const user = await prisma.user.findFirst({
    where: { id: toUserId, kind: 'staff', status: 'active', agencyId: actor.agencyId, roles: { hasSome: [...FORWARD_TARGET_ROLES] as Role[] } },
    select: { id: true, fullName: true, username: true, position: true, roles: true },
  });
  if (!user) throw refuse();
  const role = FORWARD_TARGET_ROLES.find((candidate) => user.roles.includes(candidate))!;
  return { id: user.id, name: user.fullName ?? user.username, role, unit: unitOf(user.position, actor.agencyName) };
}

function supplementText(note: string, missing: readonly { name: string }[]): string {
  if (missing.length === 0) return note;
  return `${note}\n\nThành phần hồ sơ cần bổ sung:\n${missing.map((component) => `- ${component.name}`).join('\n')}`;
}

export function createStaffActions({ prisma, audit, mailContext }: StaffActionDeps) {
  /** Decides what `action` writes; refuses what the state read already rules out. */
  async function planOf(
    action: TStaffAction,
    dossier: ActionDossier,
    from: TDossierStatus,
    context: { actor: ProcessingActor; role: TStaffRole; calendar: TWorkingCalendar; now: Date },
  ): Promise<Plan> {
    const { actor, calendar, now } = context;
    switch (action.type) {
      case 'receive': {
        // Back from a supplement the dossier keeps its receipt date; its due date was moved when the supplement came.
        const receivedAt = dossier.receivedAt ?? now;
        const dueAt =
          dossier.receivedAt && dossier.dueAt
            ? dossier.dueAt
            : computeDueDate({ receivedAt, workingDays: dossier.procedure.processingDays, calendar, pauses: pausesOf(dossier.pauses) });
        return {
          // A system receiving assigns nobody: the dossier stays with whoever had it (or no one).
          data: { receivedAt, dueAt, originalDueAt: dossier.originalDueAt ?? dueAt, assigneeId: dossier.assigneeId ?? (isMachineActor(actor) ? null : actor.userId) },
          note: action.note || null,
          metadata: { dueAt: dueAt.toISOString() },
          mail: 'status',
        };
      }
      case 'request-supplement': {
        const wanted = new Set(action.missingComponentIds ?? []);
        const missing = dossier.procedure.components.filter((component) => wanted.has(component.id));
        if (missing.length !== wanted.size) {
          throw new DomainError('VALIDATION_FAILED', { fieldErrors: { missingComponentIds: 'Thành phần hồ sơ không thuộc thủ tục này' } });
        }
        return {
          data: { supplementRequest: supplementText(action.note, missing) },
          receiver: applicantParty(dossier),
          note: action.note,
          metadata: { missingComponentIds: missing.map((component) => component.id) },
          // Once received, the due-date clock stops until the supplement arrives.
          within: from === 'processing' ? async (tx) => void (await tx.dossierPause.create({ data: { dossierId: dossier.id, startedAt: now } })) : undefined,
          mail: 'status',
        };
      }
      case 'return':
        return { data: { returnReason: action.reason, finishedAt: now }, receiver: applicantParty(dossier), note: action.reason, mail: 'status' };
      case 'forward': {
        const receiver = await forwardTarget(prisma, actor, action.toUserId);
        return { data: { assigneeId: receiver.id! }, receiver, note: action.note || null, mail: null };
      }
      case 'transfer-records':
        return { data: {}, note: action.note || null, mail: null };
      case 'register':
        return {
          data: {},
          note: [action.bookNumber ? `Số vào sổ: ${action.bookNumber}` : null, action.note || null].filter(Boolean).join('\n') || null,
          ...(action.bookNumber ? { metadata: { bookNumber: action.bookNumber } } : {}),
          mail: null,
        };
      case 'apologize': {
        if (!isOverdue({ status: from, dueAt: dossier.dueAt }, now)) throw new DomainError('DOSSIER_NOT_OVERDUE');
        const newDueAt = new Date(action.newDueAt);
        if (newDueAt <= now) throw new DomainError('VALIDATION_FAILED', { fieldErrors: { newDueAt: STAFF_DOSSIER_MESSAGES.newDueAtPast } });
        return {
          data: { dueAt: newDueAt, originalDueAt: dossier.originalDueAt ?? dossier.dueAt, apologyCount: { increment: 1 } },
          receiver: applicantParty(dossier),
          note: action.apology,
          metadata: { ...(dossier.dueAt ? { previousDueAt: dossier.dueAt.toISOString() } : {}), newDueAt: newDueAt.toISOString() },
          mail: 'apology',
        };
      }
      case 'complete':
        return {
          data: { finishedAt: now },
          receiver: oneStopDeskOf(actor.agencyName),
          note: action.note || null,
          within: async (tx) => {
            // Checked under the transaction: a result deleted meanwhile cannot slip through.
            const results = await tx.dossierFile.findMany({ where: { dossierId: dossier.id, role: 'result' }, select: { fileId: true } });
            if (results.length === 0) throw new DomainError('DOSSIER_RESULT_REQUIRED');
            return { attachmentFileIds: results.map((result) => result.fileId) };
          },
          mail: 'status',
        };
      case 'hand-over':
        return { data: {}, receiver: applicantParty(dossier), note: action.note || null, mail: null };
    }
  }

  return {
    /** Performs one action; the caller reads the dossier back for the answer. */
    async perform(actor: ProcessingActor, dossierId: string, action: TStaffAction, context: { calendar: TWorkingCalendar; ctx: RequestContext; now?: Date }) {
      const now = context.now ?? new Date();
      const dossier = await findStaffDossier(prisma, actor, dossierId, actionSelect);
      const from = toDomainStatus(dossier.status);
      // A stale page learns first that someone else acted (and what won), then what it may do.
      if (action.version !== dossier.version) throw versionConflict({ status: from, version: dossier.version });
      const { role, to } = actingRole(from, action.type, actor.roles);
      const plan = await planOf(action, dossier, from, { actor, role, calendar: context.calendar, now });

      await prisma.$transaction(async (tx) => {
        const { count } = await tx.dossier.updateMany({
          where: { id: dossierId, version: action.version },
          data: { ...plan.data, status: toDbStatus(to), version: { increment: 1 } },
        });
        if (count !== 1) {
          const current = await tx.dossier.findUniqueOrThrow({ where: { id: dossierId }, select: { status: true, version: true } });
          throw versionConflict({ status: toDomainStatus(current.status), version: current.version });
        }
        const extra = (await plan.within?.(tx)) ?? {};
        await appendHistory(tx, {
          dossierId,
          action: action.type,
          from,
          to,
          at: now,
          actor: historyPartyOf(actor, role),
          receiver: plan.receiver ?? null,
          note: plan.note ?? null,
          ...(plan.metadata ? { metadata: plan.metadata } : {}),
          ...extra,
        });
        if (plan.mail === 'status') await notifyDossierStatusChanged(mailContext, dossierId, tx);
        if (plan.mail === 'apology' && action.type === 'apologize') {
          await enqueueDossierApologyMail(mailContext, dossierId, { text: action.apology, previousDueAt: dossier.dueAt, newDueAt: new Date(action.newDueAt) }, tx);
        }
        await audit.record(
          {
            action: isMachineActor(actor) ? `dossier.integration.${action.type}` : `dossier.staff.${action.type}`,
            ...auditActorOf(actor),
            entityType: 'dossier',
            entityId: dossierId,
            agencyId: actor.agencyId,
            ip: context.ctx.ip,
            requestId: context.ctx.requestId,
            before: { status: from, version: dossier.version },
            after: { status: to, version: dossier.version + 1 },
            metadata: { code: dossier.code, role, ...(plan.receiver?.id ? { receiverId: plan.receiver.id } : {}) },
          },
          tx,
        );
      }, DOSSIER_TRANSACTION_OPTIONS);
    },
  };
}

export type StaffActions = ReturnType<typeof createStaffActions>;
