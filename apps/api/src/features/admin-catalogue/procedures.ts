import {
  DomainError,
  STARTER_FORM,
  ZFormDefinition,
  searchNormalize,
  type TAdminProcedure,
  type TAdminProcedurePage,
  type TFormSaved,
  type TProcedureFacts,
  ZAdminProcedureListQuery,
  ZFormSave,
  ZProcedureUpdate,
} from '@portal/domain';
import type { Prisma } from '@portal/db';
import { z } from 'zod';
import { createCursorCodec, ZCursorText, ZCursorUuid } from '../../lib/cursor.ts';
import { assertManages, type AdminActor } from './access.ts';
import type { CatalogueChangeLog } from './change-log.ts';
import { auditFactsOf, toAdminProcedure, toAdminProcedureSummary } from './present.ts';
import type { AdminCatalogueRepository, Db } from './repository.ts';

const codeTaken = () => new DomainError('PROCEDURE_CODE_TAKEN', { fieldErrors: { code: 'Mã thủ tục đã được sử dụng cho thủ tục khác' } });
const isUniqueViolation = (error: unknown) => (error as { code?: unknown } | null)?.code === 'P2002';

// ─── Cursor of the list: opaque base64url of the last row's (name, id) ──────────────

const CURSOR = createCursorCodec(z.object({ n: ZCursorText, i: ZCursorUuid }), 'Con trỏ trang không hợp lệ');
const encodeCursor = (name: string, id: string) => CURSOR.encode({ n: name, i: id });

/**
 * Procedures in the catalogue administration: the list, the editor's record, creation,
 * edits of every fact, publication, and the online form, saved as a new version each time.
 */
export function createProcedureAdministration(repository: AdminCatalogueRepository, changes: CatalogueChangeLog) {
  /** The procedure, when it exists and the actor manages it (404, else 403). */
  async function managedHead(actor: AdminActor, id: string, db?: Db) {
    const head = await repository.findProcedureHead(id, db);
    if (!head) throw new DomainError('PROCEDURE_NOT_FOUND');
    assertManages(actor, head.agencyId);
    return head;
  }

  async function present(id: string, db?: Db): Promise<TAdminProcedure> {
    const row = await repository.findProcedure(id, db);
    if (!row) throw new DomainError('PROCEDURE_NOT_FOUND');
    const creatorIds = [...new Set(row.formVersions.map((version) => version.createdById).filter((value): value is string => value !== null))];
    const creators = await repository.usernamesOf(creatorIds, db);
    const dossiersInFlight = await repository.dossiersInFlight(id, db);
    return toAdminProcedure(row, { creators, dossiersInFlight });
  }

  /**
   * The agencies named exist; an agency administrator lists its procedures under its own
   * agency and lets only its agency and the units below it receive dossiers.
   */
  async function assertAgencies(actor: AdminActor, facts: TProcedureFacts, db: Db) {
    assertManages(actor, facts.agencyId);
    const named = [...new Set([facts.agencyId, ...facts.handlingAgencyIds])];
    if ((await repository.countAgencies(named, db)) !== named.length) {
      throw new DomainError('VALIDATION_FAILED', { fieldErrors: { handlingAgencyIds: 'Có cơ quan không tồn tại trong danh mục' } });
    }
    if (actor.scopeAgencyId !== null) {
      const own = new Set(await repository.subtreeIds(actor.scopeAgencyId, db));
      if (facts.handlingAgencyIds.some((id) => !own.has(id))) {
        throw new DomainError('FORBIDDEN', { fieldErrors: { handlingAgencyIds: 'Chỉ được chọn cơ quan của mình hoặc đơn vị trực thuộc' } });
      }
    }
    if (!(await repository.findField(facts.fieldId, db))) {
      throw new DomainError('VALIDATION_FAILED', { fieldErrors: { fieldId: 'Lĩnh vực không tồn tại' } });
    }
  }

  const factColumns = (facts: TProcedureFacts) => ({
    code: facts.code,
    name: facts.name,
    agencyId: facts.agencyId,
    fieldId: facts.fieldId,
    serviceLevel: facts.serviceLevel,
    legacyLevel: facts.legacyLevel,
    processingDays: facts.processingDays,
    processingNote: facts.processingNote,
    steps: facts.steps,
    fees: facts.fees as Prisma.InputJsonValue,
    legalBasis: facts.legalBasis as Prisma.InputJsonValue,
    applicants: facts.applicants,
    conditions: facts.conditions,
    resultDescription: facts.resultDescription,
    submissionChannels: facts.submissionChannels,
  });

  /** The managing agency always receives; the others in the order given, once each. */
  const handlingOf = (facts: TProcedureFacts) => [...new Set(facts.handlingAgencyIds.filter((id) => id !== facts.agencyId))];

  return {
    present,

    async list(actor: AdminActor, query: z.output<typeof ZAdminProcedureListQuery>): Promise<TAdminProcedurePage> {
      const after = CURSOR.decode(query.cursor);
      const raw = (query.q ?? '').trim().toLowerCase();
      const rows = await repository.listProcedures({
        normalizedQuery: searchNormalize(query.q ?? ''),
        codePrefix: /\d/.test(raw) && /^[a-z0-9.\-]+$/.test(raw) ? raw : null,
        scopeAgencyId: actor.scopeAgencyId,
        agencyId: query.agencyId,
        fieldId: query.fieldId,
        published: query.publication === 'all' ? null : query.publication === 'published',
        limit: query.limit,
        after: after ? { name: after.n, id: after.i } : undefined,
        withTotal: !after,
      });
      const page = rows.slice(0, query.limit);
      const last = page[page.length - 1];
      return {
        items: page.map(toAdminProcedureSummary),
        nextCursor: rows.length > query.limit && last ? encodeCursor(last.name, last.id) : null,
        total: after ? null : (rows[0]?.total ?? 0),
      };
    },

    async get(actor: AdminActor, id: string): Promise<TAdminProcedure> {
      await managedHead(actor, id);
      return present(id);
    },

    /** A new procedure, unpublished, with the starter form as version 1. */
    async create(actor: AdminActor, facts: TProcedureFacts): Promise<TAdminProcedure> {
      try {
        const created = await repository.transaction(async (tx) => {
          await assertAgencies(actor, facts, tx);
          if (await repository.findProcedureByCode(facts.code, tx)) throw codeTaken();
          const { id } = await repository.createProcedure({ ...factColumns(facts), active: false }, tx);
          await repository.setHandlingAgencies(id, handlingOf(facts), tx);
          await repository.appendFormVersion(id, 1, ZFormDefinition.parse(STARTER_FORM) as Prisma.InputJsonValue, actor.userId, tx);
          const after = await present(id, tx);
          await changes.record(actor, { action: 'procedure.create', entityType: 'procedure', entityId: id, agencyId: facts.agencyId, after: { ...auditFactsOf(after), form: after.form } }, tx);
          return after;
        });
        return created;
      } catch (error) {
        throw isUniqueViolation(error) ? codeTaken() : error;
      }
    },

    async update(actor: AdminActor, id: string, input: z.output<typeof ZProcedureUpdate>): Promise<TAdminProcedure> {
      const { revision, ...facts } = input;
      try {
        const updated = await repository.transaction(async (tx) => {
          await managedHead(actor, id, tx);
          await assertAgencies(actor, facts, tx);
          const other = await repository.findProcedureByCode(facts.code, tx);
          if (other && other.id !== id) throw codeTaken();
          const before = await present(id, tx);
          if (!(await repository.updateProcedureAt(id, new Date(revision), factColumns(facts), tx))) {
            throw new DomainError('VERSION_CONFLICT', { details: { revision: before.revision } });
          }
          await repository.setHandlingAgencies(id, handlingOf(facts), tx);
          const after = await present(id, tx);
          await changes.record(actor, { action: 'procedure.update', entityType: 'procedure', entityId: id, agencyId: facts.agencyId, before: auditFactsOf(before), after: auditFactsOf(after) }, tx);
          return after;
        });
        changes.published();
        return updated;
      } catch (error) {
        throw isUniqueViolation(error) ? codeTaken() : error;
      }
    },

    /** Shows the procedure in the public catalogue (and its search), or takes it out. */
    async setPublished(actor: AdminActor, id: string, published: boolean): Promise<TAdminProcedure> {
      const result = await repository.transaction(async (tx) => {
        const head = await managedHead(actor, id, tx);
        if (head.active !== published) {
          await repository.setPublished(id, published, tx);
          await changes.record(
            actor,
            { action: published ? 'procedure.publish' : 'procedure.unpublish', entityType: 'procedure', entityId: id, agencyId: head.agencyId, before: { published: head.active }, after: { published } },
            tx,
          );
        }
        return present(id, tx);
      });
      changes.published();
      return result;
    },

    /**
     * Saves the online form as a NEW version and makes it current. Earlier versions stay as
     * they were: dossiers created with them keep validating against them.
     */
    async saveForm(actor: AdminActor, id: string, input: z.output<typeof ZFormSave>): Promise<TFormSaved> {
      const saved = await repository.transaction(async (tx) => {
        await managedHead(actor, id, tx);
        await repository.lockProcedure(id, tx);
        const head = await managedHead(actor, id, tx);
        if (head.formVersion !== input.baseVersion) {
          throw new DomainError('VERSION_CONFLICT', { details: { currentVersion: head.formVersion } });
        }
        const version = head.formVersion + 1;
        const before = await present(id, tx);
        await repository.appendFormVersion(id, version, input.definition as Prisma.InputJsonValue, actor.userId, tx);
        await changes.record(
          actor,
          { action: 'procedure.form.update', entityType: 'procedure', entityId: id, agencyId: head.agencyId, before: { version: before.formVersion, form: before.form }, after: { version, form: input.definition } },
          tx,
        );
        return { version, form: input.definition };
      });
      changes.published();
      return saved;
    },
  };
}

export type ProcedureAdministration = ReturnType<typeof createProcedureAdministration>;
