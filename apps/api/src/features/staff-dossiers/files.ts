import type { Readable } from 'node:stream';
import type { MultipartFile } from '@fastify/multipart';
import type { FastifyBaseLogger } from 'fastify';
import type { TPrismaClient } from '@portal/db';
import type { FileStorage } from '@portal/db/storage';
import { ACCEPTED_FILE_KINDS, DomainError, MAX_FILE_BYTES, type TDossierFile } from '@portal/domain';
import type { Audit } from '../../plugins/app/audit.ts';
import { receiveUpload, type ReceivedUpload } from '../../lib/uploads/receive-upload.ts';
import type { RequestContext } from '../auth/service.ts';
import { lockDossier } from '../dossiers/access.ts';
import { toDomainStatus, toDossierFile } from '../dossiers/present.ts';
import { DOSSIER_TRANSACTION_OPTIONS } from '../dossiers/repository.ts';
import { actingRole, auditActorOf, findStaffDossier, isMachineActor, type ProcessingActor } from './access.ts';

/** Result documents of one dossier: enough for a decision and its annexes. */
export const MAX_RESULT_FILES = 20;

const MESSAGES = {
  noFile: 'Vui lòng chọn tệp kết quả cần tải lên',
  tooMany: `Mỗi hồ sơ có tối đa ${MAX_RESULT_FILES} tệp kết quả`,
} as const;

const discard = (stream: Readable) => {
  stream.on('error', () => {});
  stream.resume();
};

/**
 * Files in the staff workspace: result documents (kết quả giải quyết) uploaded while the
 * dossier is processed, by a role that may complete it (streamed, checked by content like
 * citizens' uploads), and the download of any file of a dossier of the agency.
 */
export function createStaffFileService({ prisma, storage, audit, log }: { prisma: TPrismaClient; storage: FileStorage; audit: Audit; log: FastifyBaseLogger }) {
  const forget = (key: string) =>
    storage.remove(key).catch((error: unknown) => log.error({ err: error, key }, 'could not remove a result file from storage'));

  /** Results change only while processing, by whoever may complete (lifecycle `complete`). */
  const assertMayChangeResults = (status: Parameters<typeof toDomainStatus>[0], actor: ProcessingActor) => actingRole(toDomainStatus(status), 'complete', actor.roles);

  return {
    async uploadResult(actor: ProcessingActor, dossierId: string, part: MultipartFile | undefined, ctx: RequestContext): Promise<TDossierFile> {
      if (!part) throw new DomainError('VALIDATION_FAILED', { fieldErrors: { file: MESSAGES.noFile } });
      let received: ReceivedUpload | null = null;
      try {
        const dossier = await findStaffDossier(prisma, actor, dossierId, { id: true, code: true, status: true });
        assertMayChangeResults(dossier.status, actor);
        const count = await prisma.dossierFile.count({ where: { dossierId, role: 'result' } });
        if (count >= MAX_RESULT_FILES) throw new DomainError('COMPONENT_FILE_LIMIT', { fieldErrors: { file: MESSAGES.tooMany }, details: { max: MAX_RESULT_FILES } });
        received = await receiveUpload(part.file, { storage, maxBytes: MAX_FILE_BYTES, allowedKinds: ACCEPTED_FILE_KINDS, fileName: part.filename });
        const upload = received;
        const row = await prisma.$transaction(async (tx) => {
          await lockDossier(tx, dossierId);
          const current = await tx.dossier.findUniqueOrThrow({ where: { id: dossierId }, select: { status: true } });
          assertMayChangeResults(current.status, actor);
          const stored = await tx.storedFile.create({
            data: {
              kind: 'result',
              storageKey: upload.key,
              originalName: upload.fileName,
              mimeType: upload.mimeType,
              size: BigInt(upload.size),
              sha256: upload.sha256,
              uploadedById: isMachineActor(actor) ? null : actor.userId,
            },
            select: { id: true },
          });
          const created = await tx.dossierFile.create({
            data: { dossierId, componentId: null, fileId: stored.id, role: 'result' },
            select: {
              id: true,
              componentId: true,
              role: true,
              createdAt: true,
              file: { select: { originalName: true, mimeType: true, size: true, sha256: true, storageKey: true } },
            },
          });
          await audit.record(
            {
              action: isMachineActor(actor) ? 'dossier.integration.result-upload' : 'dossier.staff.result-upload',
              ...auditActorOf(actor),
              entityType: 'dossier',
              entityId: dossierId,
              agencyId: actor.agencyId,
              ip: ctx.ip,
              requestId: ctx.requestId,
              metadata: { code: dossier.code, fileId: created.id, name: upload.fileName, sha256: upload.sha256 },
            },
            tx,
          );
          return created;
        }, DOSSIER_TRANSACTION_OPTIONS);
        return toDossierFile(row);
      } catch (error) {
        if (received) await forget(received.key);
        else discard(part.file);
        throw error;
      }
    },

    /** A result uploaded by mistake, before the dossier is completed. */
    async removeResult(actor: ProcessingActor, dossierId: string, fileId: string, ctx: RequestContext): Promise<void> {
      const dossier = await findStaffDossier(prisma, actor, dossierId, { id: true, code: true, status: true });
      assertMayChangeResults(dossier.status, actor);
      const file = await prisma.dossierFile.findFirst({
        where: { id: fileId, dossierId, role: 'result' },
        select: { id: true, fileId: true, file: { select: { storageKey: true, originalName: true } } },
      });
      if (!file) throw new DomainError('DOSSIER_FILE_NOT_FOUND');
      await prisma.$transaction(async (tx) => {
        await lockDossier(tx, dossierId);
        const current = await tx.dossier.findUniqueOrThrow({ where: { id: dossierId }, select: { status: true } });
        assertMayChangeResults(current.status, actor);
        await tx.dossierFile.delete({ where: { id: file.id } });
        await tx.storedFile.delete({ where: { id: file.fileId } });
        await audit.record(
          {
            action: isMachineActor(actor) ? 'dossier.integration.result-delete' : 'dossier.staff.result-delete',
            ...auditActorOf(actor),
            entityType: 'dossier',
            entityId: dossierId,
            agencyId: actor.agencyId,
            ip: ctx.ip,
            requestId: ctx.requestId,
            metadata: { code: dossier.code, fileId: file.id, name: file.file.originalName },
          },
          tx,
        );
      });
      await forget(file.file.storageKey);
    },

    /**
     * A file of the dossier to open or download: `fileId` is a dossier file's id
     * (attachments, results) or the stored file id a history row lists as attachment.
     */
    async open(actor: Pick<ProcessingActor, 'agencyId'>, dossierId: string, fileId: string) {
      await findStaffDossier(prisma, actor, dossierId, { id: true });
      const select = { storageKey: true, originalName: true, mimeType: true, size: true, sha256: true } as const;
      const file =
        (await prisma.dossierFile.findFirst({ where: { dossierId, OR: [{ id: fileId }, { fileId }] }, select: { file: { select } } }))?.file ??
        (await prisma.historyAttachment.findFirst({ where: { fileId, event: { dossierId } }, select: { file: { select } } }))?.file;
      if (!file) throw new DomainError('DOSSIER_FILE_NOT_FOUND');
      const content = await storage.get(file.storageKey);
      return { content, name: file.originalName, mimeType: file.mimeType, size: Number(file.size), sha256: file.sha256 };
    },
  };
}

export type StaffFileService = ReturnType<typeof createStaffFileService>;
