import {
  DomainError,
  type TAdminAgency,
  type TAdminField,
  type TAgencyValues,
  ZAgencyInput,
  ZAgencyUpdate,
  ZFieldInput,
} from '@portal/domain';
import type { z } from 'zod';
import { assertSystemAdmin, type AdminActor } from './access.ts';
import type { CatalogueChangeLog } from './change-log.ts';
import type { AdminCatalogueRepository, Db } from './repository.ts';

type AgencyRow = Awaited<ReturnType<AdminCatalogueRepository['listAgencies']>>[number];
type FieldRow = Awaited<ReturnType<AdminCatalogueRepository['listFields']>>[number];

const toAdminAgency = (row: AgencyRow): TAdminAgency => ({
  id: row.id,
  unitCode: row.unitCode,
  name: row.name,
  shortName: row.shortName,
  level: row.level,
  parentId: row.parentId,
  address: row.address,
  phone: row.phone,
  email: row.email,
  sortOrder: row.sortOrder,
  active: row.active,
  procedureCount: row.procedureCount,
});

const toAdminField = (row: FieldRow): TAdminField => ({
  id: row.id,
  code: row.code,
  name: row.name,
  sortOrder: row.sortOrder,
  procedureCount: row.procedureCount,
});

const unitCodeTaken = () => new DomainError('AGENCY_UNIT_CODE_TAKEN', { fieldErrors: { unitCode: 'Mã đơn vị đã được sử dụng cho cơ quan khác' } });
const fieldCodeTaken = () => new DomainError('FIELD_CODE_TAKEN', { fieldErrors: { code: 'Mã lĩnh vực đã được sử dụng' } });

/** A unique index refused the write (two admins saving the same code at once). */
const isUniqueViolation = (error: unknown) => (error as { code?: unknown } | null)?.code === 'P2002';

/**
 * The agency tree (cơ quan, đơn vị) and the fields (lĩnh vực): everyone administering the
 * catalogue reads them; only a system administrator changes them.
 */
export function createAgencyAdministration(repository: AdminCatalogueRepository, changes: CatalogueChangeLog) {
  async function agencyOf(id: string, db?: Db) {
    const row = await repository.findAgency(id, db);
    if (!row) throw new DomainError('NOT_FOUND');
    return { ...row, procedureCount: await repository.procedureCountOf(id, db) };
  }

  /** The parent exists and is not the agency itself or one of its descendants (the tree stays a tree). */
  async function assertValidParent(parentId: string | null, agencyId: string | null, db: Db) {
    if (parentId === null) return;
    const parent = await repository.findAgency(parentId, db);
    if (!parent) throw new DomainError('VALIDATION_FAILED', { fieldErrors: { parentId: 'Cơ quan cấp trên không tồn tại' } });
    if (agencyId && (await repository.subtreeIds(agencyId, db)).includes(parentId)) {
      throw new DomainError('VALIDATION_FAILED', { fieldErrors: { parentId: 'Không thể chọn chính cơ quan này hoặc đơn vị trực thuộc của nó làm cơ quan cấp trên' } });
    }
  }

  const agencyData = (values: TAgencyValues) => ({
    unitCode: values.unitCode,
    name: values.name,
    shortName: values.shortName,
    level: values.level,
    parentId: values.parentId,
    address: values.address,
    phone: values.phone,
    email: values.email,
    sortOrder: values.sortOrder,
  });

  return {
    async listAgencies(): Promise<TAdminAgency[]> {
      return (await repository.listAgencies()).map(toAdminAgency);
    },

    async createAgency(actor: AdminActor, input: z.output<typeof ZAgencyInput>): Promise<TAdminAgency> {
      assertSystemAdmin(actor);
      try {
        const created = await repository.transaction(async (tx) => {
          if (await repository.findAgencyByUnitCode(input.unitCode, tx)) throw unitCodeTaken();
          await assertValidParent(input.parentId, null, tx);
          const row = await repository.createAgency(agencyData(input), tx);
          const after = toAdminAgency({ ...row, procedureCount: 0 });
          await changes.record(actor, { action: 'agency.create', entityType: 'agency', entityId: row.id, agencyId: row.id, after }, tx);
          return after;
        });
        changes.published();
        return created;
      } catch (error) {
        throw isUniqueViolation(error) ? unitCodeTaken() : error;
      }
    },

    /** Edits every fact; `active: false` closes the agency (ngừng hoạt động) once nothing active depends on it. */
    async updateAgency(actor: AdminActor, id: string, input: z.output<typeof ZAgencyUpdate>): Promise<TAdminAgency> {
      assertSystemAdmin(actor);
      try {
        const updated = await repository.transaction(async (tx) => {
          const before = toAdminAgency(await agencyOf(id, tx));
          const other = await repository.findAgencyByUnitCode(input.unitCode, tx);
          if (other && other.id !== id) throw unitCodeTaken();
          await assertValidParent(input.parentId, id, tx);
          if (before.active && !input.active) {
            const dependents = await repository.activeDependentsOf(id, tx);
            if (dependents.children > 0 || dependents.procedures > 0) {
              throw new DomainError('AGENCY_IN_USE', {
                fieldErrors: {
                  active: `Cơ quan còn ${dependents.children} đơn vị trực thuộc đang hoạt động và ${dependents.procedures} thủ tục đang công bố`,
                },
                details: dependents,
              });
            }
          }
          await repository.updateAgency(id, { ...agencyData(input), active: input.active }, tx);
          const after = toAdminAgency(await agencyOf(id, tx));
          await changes.record(actor, { action: input.active === before.active ? 'agency.update' : input.active ? 'agency.activate' : 'agency.deactivate', entityType: 'agency', entityId: id, agencyId: id, before, after }, tx);
          return after;
        });
        changes.published();
        return updated;
      } catch (error) {
        throw isUniqueViolation(error) ? unitCodeTaken() : error;
      }
    },

    async listFields(): Promise<TAdminField[]> {
      return (await repository.listFields()).map(toAdminField);
    },

    async createField(actor: AdminActor, input: z.output<typeof ZFieldInput>): Promise<TAdminField> {
      assertSystemAdmin(actor);
      try {
        const created = await repository.transaction(async (tx) => {
          if (await repository.findFieldByCode(input.code, tx)) throw fieldCodeTaken();
          const row = await repository.createField(input, tx);
          const after = toAdminField({ ...row, procedureCount: 0 });
          await changes.record(actor, { action: 'field.create', entityType: 'field', entityId: row.id, after }, tx);
          return after;
        });
        changes.published();
        return created;
      } catch (error) {
        throw isUniqueViolation(error) ? fieldCodeTaken() : error;
      }
    },

    async updateField(actor: AdminActor, id: string, input: z.output<typeof ZFieldInput>): Promise<TAdminField> {
      assertSystemAdmin(actor);
      try {
        const updated = await repository.transaction(async (tx) => {
          const current = await repository.findField(id, tx);
          if (!current) throw new DomainError('NOT_FOUND');
          const other = await repository.findFieldByCode(input.code, tx);
          if (other && other.id !== id) throw fieldCodeTaken();
          const count = await repository.procedureCountOfField(id, tx);
          const row = await repository.updateField(id, input, tx);
          const after = toAdminField({ ...row, procedureCount: count });
          await changes.record(actor, { action: 'field.update', entityType: 'field', entityId: id, before: toAdminField({ ...current, procedureCount: count }), after }, tx);
          return after;
        });
        changes.published();
        return updated;
      } catch (error) {
        throw isUniqueViolation(error) ? fieldCodeTaken() : error;
      }
    },
  };
}

export type AgencyAdministration = ReturnType<typeof createAgencyAdministration>;
