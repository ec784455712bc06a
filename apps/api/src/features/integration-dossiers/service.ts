import type { MultipartFile } from '@fastify/multipart';
import type { FastifyBaseLogger } from 'fastify';
import type { Prisma, TPrismaClient } from '@portal/db';
import type { FileStorage } from '@portal/db/storage';
import {
  DomainError,
  ZApplicant,
  assertTransition,
  buildFormDataSchema,
  dossierSubmitErrors,
  isOnlineServiceLevel,
  maskPersonName,
  type TDossierFile,
  type THistoryRow,
  type TIntegrationDossier,
  type TIntegrationDossierCreate,
  type TIntegrationDossierListFilters,
  type TIntegrationDossierPage,
  type TIntegrationSendResult,
  type TStaffAction,
} from '@portal/domain';
import type { Audit } from '../../plugins/app/audit.ts';
import type { ApiClientPrincipal } from '../../plugins/app/auth.ts';
import { createCursorCodec, ZCursorIsoTime, ZCursorUuid } from '../../lib/cursor.ts';
import { z } from 'zod';
import { loadWorkingCalendar } from '../admin-calendar/working-calendar.ts';
import type { RequestContext } from '../auth/service.ts';
import { createDossierFileService } from '../dossiers/files.ts';
import { listHistory } from '../dossiers/history.ts';
import { dossierLinks, type DossierMailContext } from '../dossiers/notifications.ts';
import { applicantOf, formDataOf, formDefinitionOf, procedureSummaryOf, toDomainStatus, toDossierFile } from '../dossiers/present.ts';
import { createDossierRepository } from '../dossiers/repository.ts';
import { applicantColumns, assertReadyToSend, sendDossier, versionConflict } from '../dossiers/send.ts';
import { MACHINE_ROLES, staffAllowedActions, type MachineActor } from '../staff-dossiers/access.ts';
import { createStaffActions } from '../staff-dossiers/actions.ts';
import { isOverdue } from '../staff-dossiers/deadlines.ts';
import { createStaffFileService } from '../staff-dossiers/files.ts';
import { createIntegrationDossierRepository, inScope, type AgencyScope, type IntegrationDossierRow } from './repository.ts';

export interface IntegrationDossierServiceDeps {
  prisma: TPrismaClient;
  storage: FileStorage;
  audit: Audit;
  mailContext: DossierMailContext;
  log: FastifyBaseLogger;
  /** The agencies a client may see (auth plugin): null = every agency */
  agencyScopeOf(client: ApiClientPrincipal): Promise<string[] | null>;
}

const cursor = createCursorCodec(z.object({ u: ZCursorIsoTime, id: ZCursorUuid }));

const MESSAGES = {
  procedure: 'Không tìm thấy thủ tục hành chính',
  agencyNotOffered: 'Cơ quan đã chọn không tiếp nhận hồ sơ của thủ tục này',
  agencyChoose: 'Vui lòng chọn cơ quan tiếp nhận hồ sơ',
} as const;

const outOfScope = (agencyId: string) => new DomainError('CLIENT_AGENCY_OUT_OF_SCOPE', { details: { agencyId } });
const notFound = () => new DomainError('DOSSIER_NOT_FOUND');

/** Full view (personal data, downloads): the processing system of the dossier, or the system that submitted it. */
const accessOf = (client: ApiClientPrincipal, dossier: { submittedByClientId: string | null }) =>
  client.scopes.includes('dossiers:process') || dossier.submittedByClientId === client.id ? ('full' as const) : ('summary' as const);

/** History for a reporting client: who acted by role and unit only, no notes (they may name people). */
const summaryHistoryRow = (row: THistoryRow): THistoryRow => {
  const keepName = (party: THistoryRow['actor']) => ((party.role as string | null) === 'system' ? party.name : null);
  return {
    ...row,
    actor: { ...row.actor, name: keepName(row.actor) },
    receiver: row.receiver ? { ...row.receiver, name: keepName(row.receiver) } : null,
    note: null,
    attachments: [],
  };
};

/**
 * Dossiers for other systems: incremental reading, submission for an applicant (create →
 * attachments → send, the applicant following like a guest) and processing by an agency's
 * back-office system through the staff workspace's own actions (see
 * packages/domain/src/integration-dossiers.ts for the contract and the decisions).
 */
export function createIntegrationDossierService({ prisma, storage, audit, mailContext, log, agencyScopeOf }: IntegrationDossierServiceDeps) {
  const repository = createIntegrationDossierRepository(prisma);
  const dossiers = createDossierRepository(prisma);
  const attachments = createDossierFileService({ prisma, repository: dossiers, storage, log });
  const actions = createStaffActions({ prisma, audit, mailContext });
  const results = createStaffFileService({ prisma, storage, audit, log });

  /**
   * The dossier's scope facts if this client may see it: in its agencies and sent, or
   * (`ownUnsent`) its own submission not sent yet. Everything else is the one 404.
   */
  async function findVisible(client: ApiClientPrincipal, id: string, options: { ownUnsent?: boolean } = {}) {
    const [facts, scope] = await Promise.all([repository.findScopeFacts(id), agencyScopeOf(client)]);
    if (!facts || !inScope(scope, facts.agencyId)) throw notFound();
    if (facts.status === 'unsent' && !(options.ownUnsent && facts.submittedByClientId === client.id)) throw notFound();
    return facts;
  }

  /** The client's own submission while unsent (files, send); else 404. */
  async function findOwnUnsent(client: ApiClientPrincipal, id: string) {
    const facts = await findVisible(client, id, { ownUnsent: true });
    if (facts.submittedByClientId !== client.id) throw notFound();
    return facts;
  }

  /** The processing system as the lifecycle and the history see it, for one dossier of its scope. */
  async function machineActorFor(client: ApiClientPrincipal, id: string): Promise<MachineActor> {
    const facts = await findVisible(client, id);
    return { clientId: client.id, clientName: client.name, agencyId: facts.agencyId, agencyName: facts.agency.name, roles: [...MACHINE_ROLES] };
  }

  function present(client: ApiClientPrincipal, row: IntegrationDossierRow, history: THistoryRow[], now = new Date()): TIntegrationDossier {
    const access = accessOf(client, row);
    const status = toDomainStatus(row.status);
    const full = access === 'full';
    const mayProcess = client.scopes.includes('dossiers:process') && status !== 'unsent';
    const overdue = isOverdue({ status, dueAt: row.dueAt }, now);
    const iso = (date: Date | null) => (date ? date.toISOString() : null);
    return {
      id: row.id,
      code: row.code,
      status,
      version: row.version,
      channel: row.channel,
      submittedByThisClient: row.submittedByClientId === client.id,
      access,
      procedure: procedureSummaryOf(row.procedure),
      agency: row.agency,
      applicantName: full ? row.applicantName : maskPersonName(row.applicantName),
      applicant: full ? applicantOf(row.applicant) : null,
      formData: full ? formDataOf(row.formData) : null,
      formVersion: row.formVersion.version,
      files: row.files.map(toDossierFile),
      bringOriginals: row.procedure.components
        .filter((component) => row.componentChoices.some((choice) => choice.componentId === component.id))
        .map((component) => ({ componentId: component.id, name: component.name })),
      supplementRequest: row.supplementRequest,
      returnReason: row.returnReason,
      submittedAt: iso(row.submittedAt),
      receivedAt: iso(row.receivedAt),
      dueAt: iso(row.dueAt),
      finishedAt: iso(row.finishedAt),
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
      allowedActions: mayProcess ? staffAllowedActions(status, MACHINE_ROLES).filter((action) => action !== 'apologize' || overdue) : [],
      history: full ? history : history.map(summaryHistoryRow),
    };
  }

  async function detail(client: ApiClientPrincipal, id: string): Promise<TIntegrationDossier> {
    const [row, history] = await Promise.all([repository.findDetail(id), listHistory(prisma, id)]);
    return present(client, row, history);
  }

  /** Where a new dossier goes: a handling agency of the procedure that the client may act for. */
  function targetAgency(procedure: { agencyId: string; handlingAgencies: { agencyId: string }[] }, requested: string | undefined, scope: AgencyScope): string {
    const offered = [...new Set([procedure.agencyId, ...procedure.handlingAgencies.map((handling) => handling.agencyId)])];
    if (requested !== undefined) {
      if (!offered.includes(requested)) throw new DomainError('VALIDATION_FAILED', { fieldErrors: { agencyId: MESSAGES.agencyNotOffered } });
      if (!inScope(scope, requested)) throw outOfScope(requested);
      return requested;
    }
    const candidates = offered.filter((agencyId) => inScope(scope, agencyId));
    if (candidates.includes(procedure.agencyId)) return procedure.agencyId;
    if (candidates.length === 1) return candidates[0]!;
    if (candidates.length === 0) throw outOfScope(procedure.agencyId);
    throw new DomainError('VALIDATION_FAILED', { fieldErrors: { agencyId: MESSAGES.agencyChoose } });
  }

  return {
    async list(client: ApiClientPrincipal, query: TIntegrationDossierListFilters): Promise<TIntegrationDossierPage> {
      const scope = await agencyScopeOf(client);
      if (query.agencyId && !inScope(scope, query.agencyId)) throw outOfScope(query.agencyId);
      const after = cursor.decode(query.cursor);
      const rows = await repository.page({
        scope,
        agencyId: query.agencyId,
        status: query.status,
        updatedSince: query.updatedSince ? new Date(query.updatedSince) : undefined,
        after: after ? { updatedAt: new Date(after.u), id: after.id } : undefined,
        limit: query.limit + 1,
      });
      const page = rows.slice(0, query.limit);
      const last = page.at(-1);
      return {
        items: page.map((row) => ({
          id: row.id,
          // A sent dossier always has its code
          code: row.code ?? '',
          status: toDomainStatus(row.status) as Exclude<ReturnType<typeof toDomainStatus>, 'unsent'>,
          version: row.version,
          channel: row.channel,
          procedure: row.procedure,
          agency: row.agency,
          submittedAt: (row.submittedAt ?? row.createdAt).toISOString(),
          receivedAt: row.receivedAt?.toISOString() ?? null,
          dueAt: row.dueAt?.toISOString() ?? null,
          finishedAt: row.finishedAt?.toISOString() ?? null,
          updatedAt: row.updatedAt.toISOString(),
        })),
        nextCursor: rows.length > query.limit && last ? cursor.encode({ u: last.updatedAt.toISOString(), id: last.id }) : null,
      };
    },

    async get(client: ApiClientPrincipal, id: string): Promise<TIntegrationDossier> {
      await findVisible(client, id, { ownUnsent: true });
      return detail(client, id);
    },

    /** A file of a visible dossier: attachments, results (also while prepared), history attachments. Full access only. */
    async openFile(client: ApiClientPrincipal, id: string, fileId: string) {
      const facts = await findVisible(client, id, { ownUnsent: true });
      if (accessOf(client, facts) !== 'full') throw new DomainError('DOSSIER_PERSONAL_DATA_WITHHELD');
      return results.open({ agencyId: facts.agencyId }, id, fileId);
    },

    /**
     * An unsent dossier for an applicant: the SPA's submit rules for the applicant and the
     * form data at once (400 VALIDATION_FAILED, nothing saved); the applicant's e-mail gets
     * the news, like a guest's. Attachments follow, then `send`.
     */
    async create(client: ApiClientPrincipal, input: TIntegrationDossierCreate, ctx: RequestContext): Promise<TIntegrationDossier> {
      const procedure = await repository.findProcedure(input.procedureId);
      if (!procedure) throw new DomainError('PROCEDURE_NOT_FOUND', { fieldErrors: { procedureId: MESSAGES.procedure } });
      if (!isOnlineServiceLevel(procedure.serviceLevel)) throw new DomainError('PROCEDURE_NOT_ONLINE');
      const agencyId = targetAgency(procedure, input.agencyId, await agencyScopeOf(client));
      const formVersion = await dossiers.findFormVersion(procedure.id, procedure.formVersion);
      if (!formVersion) throw new DomainError('PROCEDURE_NOT_ONLINE', { message: `procedure ${procedure.id} has no form version ${procedure.formVersion}` });
      const definition = formDefinitionOf(formVersion);
      const formDataInput = input.formData ?? {};
      const errors = dossierSubmitErrors({ applicant: input.applicant, formData: formDataInput, definition, components: [], attachedComponentIds: [] });
      if (Object.keys(errors).length > 0) throw new DomainError('VALIDATION_FAILED', { fieldErrors: errors });
      const applicant = ZApplicant.parse(input.applicant);
      const formData = buildFormDataSchema(definition, 'submit').parse(formDataInput) as Record<string, unknown>;

      const id = await dossiers.transaction(async (tx) => {
        const created = await dossiers.createDossier(
          {
            procedureId: procedure.id,
            formVersionId: formVersion.id,
            agencyId,
            ownerId: null,
            guestEmail: applicant.email,
            guestLocale: input.locale ?? 'vi',
            applicant: applicant as Prisma.InputJsonValue,
            ...applicantColumns(applicant),
            formData: formData as Prisma.InputJsonValue,
            channel: 'integration',
            submittedByClientId: client.id,
          },
          tx,
        );
        await dossiers.countProcedureUse(procedure.id, tx);
        await audit.record(
          {
            action: 'dossier.integration.create',
            actorClientId: client.id,
            actorName: client.name,
            entityType: 'dossier',
            entityId: created.id,
            agencyId,
            ip: ctx.ip,
            requestId: ctx.requestId,
            metadata: { procedureId: procedure.id, agencyId, clientId: client.clientId },
          },
          tx,
        );
        return created.id;
      });
      return detail(client, id);
    },

    /** An attachment of the client's unsent submission: the SPA's content checks and limits. */
    async uploadAttachment(client: ApiClientPrincipal, id: string, part: MultipartFile | undefined): Promise<TDossierFile> {
      try {
        await findOwnUnsent(client, id);
      } catch (error) {
        part?.file.resume();
        throw error;
      }
      return attachments.uploadAs(
        {
          where: { submittedByClientId: client.id },
          assertEditable: (status) => {
            if (status !== 'unsent') throw new DomainError('DOSSIER_NOT_EDITABLE', { details: { status } });
          },
          uploaderId: null,
        },
        id,
        part,
      );
    },

    /**
     * unsent → sent for the applicant: the SPA's completeness check (422 DOSSIER_INCOMPLETE),
     * the code, the history naming the system as sender, the "dossier received" e-mail with
     * the lookup link. No confirmation e-mail: the system is trusted and answerable.
     */
    async send(client: ApiClientPrincipal, id: string, input: { version?: number | undefined }, ctx: RequestContext): Promise<TIntegrationSendResult> {
      await findOwnUnsent(client, id);
      const dossier = await dossiers.findForSend(id);
      // The system sends on behalf of an applicant without an account: the lifecycle's guest submit.
      assertTransition(toDomainStatus(dossier.status), 'submit', 'guest');
      if (input.version !== undefined && input.version !== dossier.version) throw versionConflict(dossier.version);
      const ready = assertReadyToSend(dossier);
      const sent = await dossiers.transaction(async (tx) => {
        const result = await sendDossier(tx, { repository: dossiers, mailContext }, dossier, ready, {
          id: null,
          name: client.name,
          role: 'system',
          clientId: client.id,
        });
        await audit.record(
          {
            action: 'dossier.integration.submit',
            actorClientId: client.id,
            actorName: client.name,
            entityType: 'dossier',
            entityId: id,
            agencyId: dossier.agency.id,
            ip: ctx.ip,
            requestId: ctx.requestId,
            metadata: { code: result.code, clientId: client.clientId },
          },
          tx,
        );
        return result;
      });
      return {
        id,
        code: sent.code,
        status: 'sent',
        version: sent.version,
        submittedAt: sent.submittedAt.toISOString(),
        trackingUrl: dossierLinks(mailContext.config.publicUrl).tracking(sent.code),
      };
    },

    /** A staff action of the lifecycle table, by the agency's processing system. */
    async act(client: ApiClientPrincipal, id: string, action: TStaffAction, ctx: RequestContext): Promise<TIntegrationDossier> {
      const actor = await machineActorFor(client, id);
      await actions.perform(actor, id, action, { calendar: await loadWorkingCalendar(prisma), ctx });
      return detail(client, id);
    },

    async uploadResult(client: ApiClientPrincipal, id: string, part: MultipartFile | undefined, ctx: RequestContext): Promise<TDossierFile> {
      let actor: MachineActor;
      try {
        actor = await machineActorFor(client, id);
      } catch (error) {
        part?.file.resume();
        throw error;
      }
      return results.uploadResult(actor, id, part, ctx);
    },

    async removeResult(client: ApiClientPrincipal, id: string, fileId: string, ctx: RequestContext): Promise<void> {
      await results.removeResult(await machineActorFor(client, id), id, fileId, ctx);
    },
  };
}

export type IntegrationDossierService = ReturnType<typeof createIntegrationDossierService>;
