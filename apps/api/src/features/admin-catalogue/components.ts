import type { Readable } from 'node:stream';
import type { MultipartFile } from '@fastify/multipart';
import type { FastifyBaseLogger } from 'fastify';
import type { FileStorage } from '@portal/db/storage';
import {
  DomainError,
  ZComponentInput,
  ZTemplateTitle,
  fieldErrorsOf,
  type TAdminComponent,
  type TAdminTemplate,
  type TComponentOrder,
} from '@portal/domain';
import type { z } from 'zod';
import { receiveUpload, type ReceivedUpload } from '../../lib/uploads/receive-upload.ts';
import type { TAcceptedFileKind } from '../../lib/uploads/file-kinds.ts';
import { assertManages, type AdminActor } from './access.ts';
import type { CatalogueChangeLog } from './change-log.ts';
import { toAdminComponent, toAdminTemplate } from './present.ts';
import type { AdminCatalogueRepository, Db } from './repository.ts';

/** Forms to download are documents and spreadsheets people fill in, or a scanned page. */
export const TEMPLATE_KINDS: readonly TAcceptedFileKind[] = ['pdf', 'doc', 'docx', 'xls', 'xlsx'];
export const MAX_TEMPLATE_BYTES = 10 * 1024 * 1024;

const componentNotFound = () => new DomainError('NOT_FOUND', { message: 'component not found' });

const fieldValue = (field: unknown): string | null => {
  const value = (Array.isArray(field) ? field[0] : field) as { type?: string; value?: unknown } | undefined;
  return value?.type === 'field' && typeof value.value === 'string' ? value.value : null;
};

const discard = (stream: Readable) => {
  stream.on('error', () => {});
  stream.resume();
};

export interface ComponentAdministrationDeps {
  repository: AdminCatalogueRepository;
  changes: CatalogueChangeLog;
  storage: FileStorage;
  log: FastifyBaseLogger;
}

/**
 * Thành phần hồ sơ of a procedure (add, edit, reorder, remove, template file) and its
 * downloadable forms (mẫu đơn, tờ khai). Uploads are checked by their content
 * (lib/uploads) and stored before the database row that names them; a refused upload
 * leaves nothing behind.
 */
export function createComponentAdministration({ repository, changes, storage, log }: ComponentAdministrationDeps) {
  const forget = (key: string) => storage.remove(key).catch((error: unknown) => log.error({ err: error, key }, 'could not remove a file from storage'));

  async function managedProcedure(actor: AdminActor, procedureId: string, db?: Db) {
    const head = await repository.findProcedureHead(procedureId, db);
    if (!head) throw new DomainError('PROCEDURE_NOT_FOUND');
    assertManages(actor, head.agencyId);
    return head;
  }

  async function managedComponent(actor: AdminActor, procedureId: string, componentId: string, db?: Db) {
    const head = await managedProcedure(actor, procedureId, db);
    const component = await repository.findComponent(procedureId, componentId, db);
    if (!component) throw componentNotFound();
    return { ...component, agencyId: head.agencyId };
  }

  /** Receives a template upload (a form people download and fill in). */
  async function receiveTemplate(part: MultipartFile): Promise<ReceivedUpload> {
    return receiveUpload(part.file, { storage, maxBytes: MAX_TEMPLATE_BYTES, allowedKinds: TEMPLATE_KINDS, fileName: part.filename });
  }

  async function storedFileOf(upload: ReceivedUpload, actor: AdminActor, db: Db) {
    return repository.createStoredFile(
      {
        kind: 'template',
        storageKey: upload.key,
        originalName: upload.fileName,
        mimeType: upload.mimeType,
        size: BigInt(upload.size),
        sha256: upload.sha256,
        uploadedById: actor.userId,
      },
      db,
    );
  }

  return {
    async add(actor: AdminActor, procedureId: string, input: z.output<typeof ZComponentInput>): Promise<TAdminComponent> {
      const added = await repository.transaction(async (tx) => {
        const head = await managedProcedure(actor, procedureId, tx);
        const row = toAdminComponent(await repository.createComponent(procedureId, input, tx));
        await changes.record(actor, { action: 'procedure.component.create', entityType: 'procedure', entityId: procedureId, agencyId: head.agencyId, after: row }, tx);
        return row;
      });
      changes.published();
      return added;
    },

    async update(actor: AdminActor, procedureId: string, componentId: string, input: z.output<typeof ZComponentInput>): Promise<TAdminComponent> {
      const updated = await repository.transaction(async (tx) => {
        const current = await managedComponent(actor, procedureId, componentId, tx);
        const before = toAdminComponent(current);
        const after = toAdminComponent(await repository.updateComponent(componentId, input, tx));
        await changes.record(actor, { action: 'procedure.component.update', entityType: 'procedure', entityId: procedureId, agencyId: current.agencyId, before, after }, tx);
        return after;
      });
      changes.published();
      return updated;
    },

    /** Removes a component no dossier has files or a paper original under (those dossiers would lose track of them). */
    async remove(actor: AdminActor, procedureId: string, componentId: string): Promise<void> {
      const unusedKey = await repository.transaction(async (tx) => {
        const component = await managedComponent(actor, procedureId, componentId, tx);
        const files = await repository.dossierFilesOfComponent(componentId, tx);
        const originals = await repository.dossierChoicesOfComponent(componentId, tx);
        if (files > 0 || originals > 0) throw new DomainError('COMPONENT_IN_USE', { details: { dossierFiles: files, dossierPaperOriginals: originals } });
        await repository.deleteComponent(componentId, tx);
        const key = component.templateFileId ? await repository.deleteStoredFileIfUnused(component.templateFileId, tx) : null;
        await changes.record(actor, { action: 'procedure.component.delete', entityType: 'procedure', entityId: procedureId, agencyId: component.agencyId, before: toAdminComponent(component) }, tx);
        return key;
      });
      changes.published();
      if (unusedKey) await forget(unusedKey);
    },

    /** `ids` must list every component of the procedure exactly once. */
    async reorder(actor: AdminActor, procedureId: string, order: TComponentOrder): Promise<TAdminComponent[]> {
      const components = await repository.transaction(async (tx) => {
        const head = await managedProcedure(actor, procedureId, tx);
        await repository.lockProcedure(procedureId, tx);
        const current = await repository.componentIdsOf(procedureId, tx);
        const wanted = new Set(order.ids);
        if (wanted.size !== order.ids.length || wanted.size !== current.length || current.some((id) => !wanted.has(id))) {
          throw new DomainError('VALIDATION_FAILED', { fieldErrors: { ids: 'Danh sách phải gồm đúng mỗi thành phần hồ sơ của thủ tục một lần' } });
        }
        await repository.reorderComponents(order.ids, tx);
        await changes.record(actor, { action: 'procedure.component.reorder', entityType: 'procedure', entityId: procedureId, agencyId: head.agencyId, before: { ids: current }, after: { ids: order.ids } }, tx);
        const row = await repository.findProcedure(procedureId, tx);
        return row!.components.map(toAdminComponent);
      });
      changes.published();
      return components;
    },

    /** Attaches (or replaces) the template file of a component. */
    async setComponentTemplate(actor: AdminActor, procedureId: string, componentId: string, part: MultipartFile | undefined): Promise<TAdminComponent> {
      if (!part) throw new DomainError('VALIDATION_FAILED', { fieldErrors: { file: 'Vui lòng chọn tệp mẫu cần tải lên' } });
      let received: ReceivedUpload | null = null;
      try {
        await managedComponent(actor, procedureId, componentId);
        received = await receiveTemplate(part);
        const upload = received;
        const { component, unusedKey } = await repository.transaction(async (tx) => {
          const before = await managedComponent(actor, procedureId, componentId, tx);
          const file = await storedFileOf(upload, actor, tx);
          const updated = await repository.updateComponent(componentId, { templateFileId: file.id }, tx);
          const key = before.templateFileId ? await repository.deleteStoredFileIfUnused(before.templateFileId, tx) : null;
          const after = toAdminComponent(updated);
          await changes.record(actor, { action: 'procedure.component.template', entityType: 'procedure', entityId: procedureId, agencyId: before.agencyId, before: toAdminComponent(before), after }, tx);
          return { component: after, unusedKey: key };
        });
        changes.published();
        if (unusedKey) await forget(unusedKey);
        return component;
      } catch (error) {
        if (received) await forget(received.key);
        else discard(part.file);
        throw error;
      }
    },

    async removeComponentTemplate(actor: AdminActor, procedureId: string, componentId: string): Promise<TAdminComponent> {
      const { component, unusedKey } = await repository.transaction(async (tx) => {
        const before = await managedComponent(actor, procedureId, componentId, tx);
        const updated = await repository.updateComponent(componentId, { templateFileId: null }, tx);
        const key = before.templateFileId ? await repository.deleteStoredFileIfUnused(before.templateFileId, tx) : null;
        const after = toAdminComponent(updated);
        await changes.record(actor, { action: 'procedure.component.template', entityType: 'procedure', entityId: procedureId, agencyId: before.agencyId, before: toAdminComponent(before), after }, tx);
        return { component: after, unusedKey: key };
      });
      changes.published();
      if (unusedKey) await forget(unusedKey);
      return component;
    },

    /** A downloadable form of the procedure: multipart field `title` first, then `file`. */
    async addTemplate(actor: AdminActor, procedureId: string, part: MultipartFile | undefined): Promise<TAdminTemplate> {
      if (!part) throw new DomainError('VALIDATION_FAILED', { fieldErrors: { file: 'Vui lòng chọn tệp mẫu cần tải lên' } });
      let received: ReceivedUpload | null = null;
      try {
        const title = ZTemplateTitle.safeParse(fieldValue(part.fields.title) ?? '');
        if (!title.success) throw new DomainError('VALIDATION_FAILED', { fieldErrors: { title: Object.values(fieldErrorsOf(title.error))[0] ?? 'Vui lòng nhập tên mẫu đơn, tờ khai' } });
        await managedProcedure(actor, procedureId);
        received = await receiveTemplate(part);
        const upload = received;
        const template = await repository.transaction(async (tx) => {
          const head = await managedProcedure(actor, procedureId, tx);
          const file = await storedFileOf(upload, actor, tx);
          const row = toAdminTemplate(await repository.createTemplate(procedureId, title.data, file.id, tx));
          await changes.record(actor, { action: 'procedure.template.create', entityType: 'procedure', entityId: procedureId, agencyId: head.agencyId, after: row }, tx);
          return row;
        });
        changes.published();
        return template;
      } catch (error) {
        if (received) await forget(received.key);
        else discard(part.file);
        throw error;
      }
    },

    async removeTemplate(actor: AdminActor, procedureId: string, templateId: string): Promise<void> {
      const unusedKey = await repository.transaction(async (tx) => {
        const head = await managedProcedure(actor, procedureId, tx);
        const template = await repository.findTemplate(procedureId, templateId, tx);
        if (!template) throw new DomainError('NOT_FOUND');
        await repository.deleteTemplate(templateId, tx);
        const key = await repository.deleteStoredFileIfUnused(template.fileId, tx);
        await changes.record(actor, { action: 'procedure.template.delete', entityType: 'procedure', entityId: procedureId, agencyId: head.agencyId, before: toAdminTemplate(template) }, tx);
        return key;
      });
      changes.published();
      if (unusedKey) await forget(unusedKey);
    },
  };
}

export type ComponentAdministration = ReturnType<typeof createComponentAdministration>;
