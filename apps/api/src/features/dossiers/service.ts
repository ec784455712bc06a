import type { FastifyBaseLogger } from 'fastify';
import type { Prisma, TPrismaClient } from '@portal/db';
import type { FileStorage } from '@portal/db/storage';
import {
  DomainError,
  assertDeletable,
  assertEditable,
  assertTransition,
  bringOriginalErrors,
  buildFormDataSchema,
  fieldErrorsOf,
  isOnlineServiceLevel,
  type TApplicantDraft,
  type TDossier,
  type TDossierCreate,
  type TDossierStatus,
  type TFormDefinition,
  type THistoryRow,
  type TRating,
  type TSubmitResult,
  ZApplicantDraft,
} from '@portal/domain';
import type { Audit } from '../../plugins/app/audit.ts';
import type { RequestContext } from '../auth/service.ts';
import { findDossierForOwnerWrite, findDossierForRead, lockDossier, type DossierActor, type DossierOwnerActor } from './access.ts';
import { loadWorkingCalendar } from '../admin-calendar/working-calendar.ts';
import { recomputeDueDateAfterPause } from '../staff-dossiers/deadlines.ts';
import { requestGuestConfirmation } from './guest-confirmation.ts';
import { appendHistory, listHistory, oneStopDeskOf } from './history.ts';
import { notifyDossierStatusChanged, type DossierMailContext } from './notifications.ts';
import { formDefinitionOf, toDbStatus, toDomainStatus, toDossier } from './present.ts';
import { dossierForSendSelect, isUniqueViolation, type DossierRepository } from './repository.ts';
import { applicantColumns, assertReadyToSend, explainLostWrite, sendDossier, versionConflict } from './send.ts';

export interface DossierServiceDeps {
  prisma: TPrismaClient;
  repository: DossierRepository;
  storage: FileStorage;
  audit: Audit;
  mailContext: DossierMailContext;
  log: FastifyBaseLogger;
}

/** Who will own a new dossier: a signed-in citizen, or a guest identified by e-mail and token. */
export type NewDossierOwner =
  | { kind: 'citizen'; userId: string; username: string }
  | { kind: 'guest'; email: string; locale: 'vi' | 'en'; tokenHash: string };

const EDITABLE: readonly TDossierStatus[] = ['unsent', 'supplement-requested'];

const prefixed = (prefix: string, errors: Record<string, string>) =>
  Object.fromEntries(Object.entries(errors).map(([path, message]) => [path ? `${prefix}.${path}` : prefix, message]));

/** Draft rules of the dossier's form version; VALIDATION_FAILED keyed `formData.<path>`. */
export function draftFormData(definition: TFormDefinition, input: unknown): Record<string, unknown> {
  const result = buildFormDataSchema(definition, 'draft').safeParse(input ?? {});
  if (!result.success) throw new DomainError('VALIDATION_FAILED', { fieldErrors: prefixed('formData', fieldErrorsOf(result.error)) });
  return result.data as Record<string, unknown>;
}

/** The choice to bring originals to the one-stop desk: only components that allow it (VALIDATION_FAILED keyed `components.<id>`). */
export function checkBringOriginals(components: ReadonlyArray<{ id: string; paperOriginalAllowed: boolean }>, bringOriginals: readonly string[]): string[] {
  const errors = bringOriginalErrors(components, bringOriginals);
  if (Object.keys(errors).length > 0) throw new DomainError('VALIDATION_FAILED', { fieldErrors: errors });
  return [...bringOriginals];
}

/** A guest edits only before sending: a supplement request means a new dossier. */
export function assertEditableBy(actor: DossierOwnerActor, status: TDossierStatus): void {
  assertEditable(status);
  if (actor.kind === 'guest' && status !== 'unsent') throw new DomainError('DOSSIER_NOT_EDITABLE', { details: { status } });
}

const auditOf = (actor: DossierOwnerActor, ctx: RequestContext) => ({
  actorId: actor.kind === 'citizen' ? actor.userId : null,
  actorName: actor.kind === 'citizen' ? actor.username : 'guest',
  ip: ctx.ip,
  requestId: ctx.requestId,
  entityType: 'dossier',
});

/** Citizen dossiers: create, read, save, delete, send, supplement, rate, history. */
export function createDossierService({ prisma, repository, storage, audit, mailContext, log }: DossierServiceDeps) {
  async function profileApplicant(userId: string): Promise<TApplicantDraft> {
    const profile = await repository.findProfile(userId);
    return ZApplicantDraft.parse({
      fullName: profile.fullName,
      idNumber: profile.idNumber,
      dateOfBirth: profile.dateOfBirth ? profile.dateOfBirth.toISOString().slice(0, 10) : null,
      gender: profile.gender,
      phone: profile.phone,
      email: profile.email,
      address: profile.address,
    });
  }

  async function detail(id: string, db: Prisma.TransactionClient | TPrismaClient = prisma): Promise<TDossier> {
    const row = await repository.findDetail(id, db);
    const awaitingConfirmation = row.ownerId === null && row.status === 'unsent' && (await repository.hasPendingGuestConfirmation(id, db));
    return toDossier(row, { awaitingConfirmation });
  }

  return {
    detail,

    /** An `unsent` dossier with the procedure's current form version. */
    async create(owner: NewDossierOwner, input: TDossierCreate, ctx: RequestContext): Promise<TDossier> {
      const procedure = await repository.findProcedureForCreate(input.procedureId);
      if (!procedure) throw new DomainError('PROCEDURE_NOT_FOUND', { fieldErrors: { procedureId: 'Không tìm thấy thủ tục hành chính' } });
      if (!isOnlineServiceLevel(procedure.serviceLevel)) throw new DomainError('PROCEDURE_NOT_ONLINE');
      const agencyIds = procedure.handlingAgencies.map((handling) => handling.agencyId);
      if (input.agencyId !== undefined && !agencyIds.includes(input.agencyId) && input.agencyId !== procedure.agencyId) {
        throw new DomainError('VALIDATION_FAILED', { fieldErrors: { agencyId: 'Cơ quan đã chọn không tiếp nhận hồ sơ của thủ tục này' } });
      }
      const agencyId = input.agencyId ?? procedure.agencyId;
      const formVersion = await repository.findFormVersion(procedure.id, procedure.formVersion);
      if (!formVersion) throw new DomainError('PROCEDURE_NOT_ONLINE', { message: `procedure ${procedure.id} has no form version ${procedure.formVersion}` });
      const formData = draftFormData(formDefinitionOf(formVersion), input.formData);
      const bringOriginals = input.bringOriginals ? checkBringOriginals(procedure.components, input.bringOriginals) : [];
      const applicant = input.applicant ? ZApplicantDraft.parse(input.applicant) : owner.kind === 'citizen' ? await profileApplicant(owner.userId) : {};

      const id = await repository.transaction(async (tx) => {
        const created = await repository.createDossier(
          {
            procedureId: procedure.id,
            formVersionId: formVersion.id,
            agencyId,
            ownerId: owner.kind === 'citizen' ? owner.userId : null,
            guestEmail: owner.kind === 'guest' ? owner.email : null,
            guestLocale: owner.kind === 'guest' ? owner.locale : null,
            guestTokenHash: owner.kind === 'guest' ? owner.tokenHash : null,
            applicant: applicant as Prisma.InputJsonValue,
            ...applicantColumns(applicant),
            formData: formData as Prisma.InputJsonValue,
          },
          tx,
        );
        if (bringOriginals.length > 0) await repository.replaceBringOriginals(created.id, bringOriginals, tx);
        await repository.countProcedureUse(procedure.id, tx);
        await audit.record(
          {
            action: 'dossier.create',
            actorId: owner.kind === 'citizen' ? owner.userId : null,
            actorName: owner.kind === 'citizen' ? owner.username : 'guest',
            entityType: 'dossier',
            entityId: created.id,
            ip: ctx.ip,
            requestId: ctx.requestId,
            metadata: { procedureId: procedure.id, agencyId, guest: owner.kind === 'guest' },
          },
          tx,
        );
        return created.id;
      });
      return detail(id);
    },

    async get(actor: DossierActor, id: string): Promise<TDossier> {
      await findDossierForRead(prisma, actor, id, { id: true });
      return detail(id);
    },

    /** Lưu lại / autosave: draft rules, only at the version the client read. */
    async update(
      actor: DossierOwnerActor,
      id: string,
      input: { version: number; applicant?: TApplicantDraft | undefined; formData?: Record<string, unknown> | undefined; bringOriginals?: string[] | undefined },
    ): Promise<TDossier> {
      const dossier = await findDossierForOwnerWrite(prisma, actor, id, {
        id: true,
        status: true,
        version: true,
        formVersion: { select: { id: true, definition: true } },
        procedure: { select: { components: { select: { id: true, paperOriginalAllowed: true } } } },
      });
      assertEditableBy(actor, toDomainStatus(dossier.status));
      if (input.version !== dossier.version) throw versionConflict(dossier.version);
      const data: Prisma.DossierUncheckedUpdateManyInput = {};
      if (input.applicant) Object.assign(data, { applicant: input.applicant as Prisma.InputJsonValue, ...applicantColumns(input.applicant) });
      if (input.formData) data.formData = draftFormData(formDefinitionOf(dossier.formVersion), input.formData) as Prisma.InputJsonValue;
      const bringOriginals = input.bringOriginals ? checkBringOriginals(dossier.procedure.components, input.bringOriginals) : undefined;
      const statuses = actor.kind === 'guest' ? [toDbStatus('unsent')] : EDITABLE.map(toDbStatus);
      const expected = actor.kind === 'guest' ? (['unsent'] as const) : EDITABLE;
      if (bringOriginals === undefined) {
        if (!(await repository.updateIfVersion(id, input.version, { in: statuses }, data))) throw await explainLostWrite(repository, id, expected, 'DOSSIER_NOT_EDITABLE');
        return detail(id);
      }
      await repository.transaction(async (tx) => {
        if (!(await repository.updateIfVersion(id, input.version, { in: statuses }, data, tx))) throw await explainLostWrite(repository, id, expected, 'DOSSIER_NOT_EDITABLE', tx);
        await repository.replaceBringOriginals(id, bringOriginals, tx);
      });
      return detail(id);
    },

    /** Xóa: only unsent; its files leave the storage too. */
    async remove(actor: DossierOwnerActor, id: string, ctx: RequestContext): Promise<void> {
      const dossier = await findDossierForOwnerWrite(prisma, actor, id, { id: true, status: true, code: true });
      assertDeletable(toDomainStatus(dossier.status));
      const keys = await repository.transaction(async (tx) => {
        await lockDossier(tx, id);
        const current = await tx.dossier.findUniqueOrThrow({ where: { id }, select: { status: true } });
        assertDeletable(toDomainStatus(current.status));
        const removed = await repository.deleteDossier(id, tx);
        await audit.record({ action: 'dossier.delete', ...auditOf(actor, ctx), entityId: id, metadata: { files: removed.length } }, tx);
        return removed;
      });
      for (const key of keys) {
        await storage.remove(key).catch((error: unknown) => log.error({ err: error, key }, 'dossier deleted but a file stayed in storage'));
      }
    },

    /**
     * Gửi đi. A citizen's dossier is sent at once (code, history, e-mail); a guest's waits
     * for the e-mailed confirmation link.
     */
    async submit(actor: DossierOwnerActor, id: string, input: { version?: number | undefined }, ctx: RequestContext): Promise<TSubmitResult> {
      const dossier = await findDossierForOwnerWrite(prisma, actor, id, dossierForSendSelect);
      assertTransition(toDomainStatus(dossier.status), 'submit', actor.kind === 'guest' ? 'guest' : 'citizen');
      if (input.version !== undefined && input.version !== dossier.version) throw versionConflict(dossier.version);
      const ready = assertReadyToSend(dossier);

      if (actor.kind === 'guest') {
        const email = await requestGuestConfirmation({ repository, mailContext, audit }, dossier, ctx);
        return {
          id,
          status: 'unsent',
          code: null,
          version: dossier.version,
          submittedAt: null,
          awaitingConfirmation: true,
          confirmationEmail: email,
        };
      }

      const sent = await repository.transaction(async (tx) => {
        const result = await sendDossier(tx, { repository, mailContext }, dossier, ready, {
          id: actor.userId,
          name: dossier.owner?.fullName ?? actor.fullName ?? actor.username,
          role: 'citizen',
        });
        await audit.record({ action: 'dossier.submit', ...auditOf(actor, ctx), entityId: id, metadata: { code: result.code } }, tx);
        return result;
      });
      return {
        id,
        status: 'sent',
        code: sent.code,
        version: sent.version,
        submittedAt: sent.submittedAt.toISOString(),
        awaitingConfirmation: false,
        confirmationEmail: null,
      };
    },

    /** Gửi bổ sung: supplement-requested → sent; the due-date clock runs again. */
    async supplement(actor: DossierOwnerActor, id: string, input: { note?: string | undefined; version?: number | undefined }, ctx: RequestContext): Promise<TSubmitResult> {
      const dossier = await findDossierForOwnerWrite(prisma, actor, id, dossierForSendSelect);
      const from = toDomainStatus(dossier.status);
      const to = assertTransition(from, 'submit-supplement', actor.kind === 'guest' ? 'guest' : 'citizen');
      if (actor.kind !== 'citizen') throw new DomainError('DOSSIER_ROLE_NOT_ALLOWED');
      if (input.version !== undefined && input.version !== dossier.version) throw versionConflict(dossier.version);
      const ready = assertReadyToSend(dossier);
      const now = new Date();
      const calendar = await loadWorkingCalendar(prisma);
      await repository.transaction(async (tx) => {
        const written = await repository.updateIfVersion(
          id,
          dossier.version,
          toDbStatus(from),
          {
            status: toDbStatus(to),
            applicant: ready.applicant as Prisma.InputJsonValue,
            ...applicantColumns(ready.applicant),
            formData: ready.formData as Prisma.InputJsonValue,
          },
          tx,
        );
        if (!written) throw await explainLostWrite(repository, id, [from], 'DOSSIER_ACTION_NOT_ALLOWED', tx);
        await repository.endOpenPauses(id, now, tx);
        // A dossier received before the request: the paused working days move its due date.
        await recomputeDueDateAfterPause(tx, id, calendar);
        await appendHistory(tx, {
          dossierId: id,
          action: 'submit-supplement',
          from,
          to,
          at: now,
          actor: { id: actor.userId, name: dossier.owner?.fullName ?? actor.username, role: 'citizen', unit: null },
          receiver: oneStopDeskOf(dossier.agency.name),
          note: input.note || null,
        });
        await notifyDossierStatusChanged(mailContext, id, tx);
        await audit.record({ action: 'dossier.supplement', ...auditOf(actor, ctx), entityId: id, metadata: { code: dossier.code } }, tx);
      });
      return {
        id,
        status: to,
        code: dossier.code,
        version: dossier.version + 1,
        submittedAt: dossier.submittedAt?.toISOString() ?? null,
        awaitingConfirmation: false,
        confirmationEmail: null,
      };
    },

    /** Đánh giá: once, only when the result is out. */
    async rate(actor: DossierOwnerActor, id: string, input: { score: number; comment?: string | undefined }, ctx: RequestContext): Promise<TRating> {
      const dossier = await findDossierForOwnerWrite(prisma, actor, id, { id: true, status: true, rating: { select: { score: true } }, owner: { select: { fullName: true } } });
      const status = toDomainStatus(dossier.status);
      assertTransition(status, 'rate', actor.kind === 'guest' ? 'guest' : 'citizen');
      if (actor.kind !== 'citizen') throw new DomainError('DOSSIER_ROLE_NOT_ALLOWED');
      if (dossier.rating) throw new DomainError('DOSSIER_ALREADY_RATED');
      try {
        const rating = await repository.transaction(async (tx) => {
          const created = await repository.createRating({ dossierId: id, userId: actor.userId, score: input.score, comment: input.comment || null }, tx);
          await appendHistory(tx, {
            dossierId: id,
            action: 'rate',
            from: status,
            to: status,
            actor: { id: actor.userId, name: dossier.owner?.fullName ?? actor.username, role: 'citizen', unit: null },
            metadata: { score: input.score },
          });
          await audit.record({ action: 'dossier.rate', ...auditOf(actor, ctx), entityId: id, metadata: { score: input.score } }, tx);
          return created;
        });
        return { score: rating.score, comment: rating.comment, createdAt: rating.createdAt.toISOString() };
      } catch (error) {
        if (isUniqueViolation(error)) throw new DomainError('DOSSIER_ALREADY_RATED');
        throw error;
      }
    },

    async history(actor: DossierActor, id: string): Promise<THistoryRow[]> {
      await findDossierForRead(prisma, actor, id, { id: true });
      return listHistory(prisma, id);
    },
  };
}

export type DossierService = ReturnType<typeof createDossierService>;
