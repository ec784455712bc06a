import type { Readable } from 'node:stream';
import type { MultipartFile } from '@fastify/multipart';
import type { FastifyBaseLogger } from 'fastify';
import type { Prisma, TPrismaClient } from '@portal/db';
import type { FileStorage } from '@portal/db/storage';
import {
  ACCEPTED_FILE_KINDS,
  DomainError,
  MAX_DOSSIER_BYTES,
  MAX_FILES_PER_COMPONENT,
  MAX_FILE_BYTES,
  type TDossierFile,
  type TDossierStatus,
} from '@portal/domain';
import { receiveUpload, formatSize, type ReceivedUpload } from '../../lib/uploads/receive-upload.ts';
import type { TAcceptedFileKind } from '../../lib/uploads/file-kinds.ts';
import { findDossierForOwnerWrite, findDossierForRead, lockDossier, ownedWhere, type Db, type DossierActor, type DossierOwnerActor } from './access.ts';
import { toDomainStatus, toDossierFile } from './present.ts';
import { DOSSIER_TRANSACTION_OPTIONS, type DossierRepository } from './repository.ts';
import { assertEditableBy } from './service.ts';

export interface DossierFileServiceDeps {
  prisma: TPrismaClient;
  repository: DossierRepository;
  storage: FileStorage;
  log: FastifyBaseLogger;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MESSAGES = {
  component: 'Vui lòng chọn thành phần hồ sơ trước khi tải tệp lên',
  unknownComponent: 'Thành phần hồ sơ không thuộc thủ tục này',
  noFile: 'Vui lòng chọn tệp cần tải lên',
  componentFull: (max: number) => `Mỗi thành phần hồ sơ có tối đa ${max} tệp`,
  dossierFull: (max: number) => `Tổng dung lượng tệp của hồ sơ không được vượt quá ${formatSize(max)}`,
  sentFile: 'Không thể xóa tệp đã nộp trước khi cơ quan yêu cầu bổ sung; hãy tải thêm tệp mới',
} as const;

/** Who adds an attachment: which dossiers they may write, in which states, and who is named as uploader. */
export interface AttachmentWriter {
  where: Prisma.DossierWhereInput;
  assertEditable(status: TDossierStatus): void;
  uploaderId: string | null;
}

/** Files of kinds a browser can show safely open in the page; the rest download. */
const INLINE_TYPES = new Set(['application/pdf', 'image/jpeg', 'image/png']);
export const isInlineType = (mimeType: string): boolean => INLINE_TYPES.has(mimeType);

/** The attachments' count for one component and their total size, for the limits. */
async function usageOf(db: Db, dossierId: string, componentId: string): Promise<{ componentFiles: number; totalBytes: number }> {
  const [row] = await db.$queryRaw<[{ component_files: number; total_bytes: bigint | number | null }]>`
    SELECT count(*) FILTER (WHERE df.component_id = ${componentId}::uuid)::int AS component_files,
           coalesce(sum(sf.size), 0)::bigint AS total_bytes
    FROM dossier_file df JOIN stored_file sf ON sf.id = df.file_id
    WHERE df.dossier_id = ${dossierId}::uuid AND df.role = 'attachment'`;
  return { componentFiles: row.component_files, totalBytes: Number(row.total_bytes ?? 0) };
}

function assertWithinLimits(usage: { componentFiles: number; totalBytes: number }, adding: number) {
  if (usage.componentFiles >= MAX_FILES_PER_COMPONENT) {
    throw new DomainError('COMPONENT_FILE_LIMIT', { fieldErrors: { file: MESSAGES.componentFull(MAX_FILES_PER_COMPONENT) }, details: { max: MAX_FILES_PER_COMPONENT } });
  }
  if (usage.totalBytes + adding > MAX_DOSSIER_BYTES) throw dossierFull(usage.totalBytes);
}

const dossierFull = (usedBytes: number) =>
  new DomainError('PAYLOAD_TOO_LARGE', {
    fieldErrors: { file: MESSAGES.dossierFull(MAX_DOSSIER_BYTES) },
    details: { maxDossierBytes: MAX_DOSSIER_BYTES, usedBytes },
  });

const fieldValue = (field: unknown): string | null => {
  const value = (Array.isArray(field) ? field[0] : field) as { type?: string; value?: unknown } | undefined;
  return value?.type === 'field' && typeof value.value === 'string' ? value.value.trim() : null;
};

/** Reads and throws away what is left of a refused upload, so the client gets its answer. */
const discard = (stream: Readable) => {
  stream.on('error', () => {});
  stream.resume();
};

/**
 * Attachments of a dossier: uploaded per component (streamed, checked by content, limits
 * per file, per component and per dossier), listed with the dossier, downloaded by those
 * who may read it, deleted by the owner while the dossier is editable. A refused or
 * aborted upload leaves no row and no file.
 */
export function createDossierFileService({ prisma, repository, storage, log }: DossierFileServiceDeps) {
  const forget = (key: string) =>
    storage.remove(key).catch((error: unknown) => log.error({ err: error, key }, 'could not remove a refused upload from storage'));

  /** The upload for any writer: the owner side, or a submitting system (features/integration-dossiers). */
  async function uploadAs(writer: AttachmentWriter, dossierId: string, part: MultipartFile | undefined): Promise<TDossierFile> {
    if (!part) throw new DomainError('VALIDATION_FAILED', { fieldErrors: { file: MESSAGES.noFile } });
    let received: ReceivedUpload | null = null;
    try {
      const componentId = fieldValue(part.fields.componentId);
      if (!componentId || !UUID.test(componentId)) throw new DomainError('VALIDATION_FAILED', { fieldErrors: { componentId: MESSAGES.component } });
      const dossier = await prisma.dossier.findFirst({
        where: { id: dossierId, ...writer.where },
        select: {
          id: true,
          status: true,
          procedure: { select: { components: { where: { id: componentId }, select: { id: true, acceptedTypes: true } } } },
        },
      });
      if (!dossier) throw new DomainError('DOSSIER_NOT_FOUND');
      writer.assertEditable(toDomainStatus(dossier.status));
      const component = dossier.procedure.components[0];
      if (!component) throw new DomainError('COMPONENT_NOT_FOUND', { fieldErrors: { componentId: MESSAGES.unknownComponent } });
      const usage = await usageOf(prisma, dossierId, componentId);
      assertWithinLimits(usage, 1);

      const roomLeft = MAX_DOSSIER_BYTES - usage.totalBytes;
      const accepted = component.acceptedTypes.filter((kind): kind is TAcceptedFileKind => (ACCEPTED_FILE_KINDS as readonly string[]).includes(kind));
      try {
        received = await receiveUpload(part.file, {
          storage,
          maxBytes: Math.min(MAX_FILE_BYTES, roomLeft),
          allowedKinds: accepted.length > 0 ? accepted : ACCEPTED_FILE_KINDS,
          fileName: part.filename,
        });
      } catch (error) {
        // Cut off by what is left of the dossier's allowance rather than by the per-file limit
        if (error instanceof DomainError && error.code === 'PAYLOAD_TOO_LARGE' && roomLeft < MAX_FILE_BYTES) throw dossierFull(usage.totalBytes);
        throw error;
      }
      const upload = received;
      const uploaderId = writer.uploaderId;
      const row = await prisma.$transaction(async (tx) => {
        // Under the row lock, nothing else can add files: the limits hold exactly.
        await lockDossier(tx, dossierId);
        const current = await tx.dossier.findUniqueOrThrow({ where: { id: dossierId }, select: { status: true } });
        writer.assertEditable(toDomainStatus(current.status));
        assertWithinLimits(await usageOf(tx, dossierId, componentId), upload.size);
        const stored = await tx.storedFile.create({
          data: {
            kind: 'attachment',
            storageKey: upload.key,
            originalName: upload.fileName,
            mimeType: upload.mimeType,
            size: BigInt(upload.size),
            sha256: upload.sha256,
            uploadedById: uploaderId,
          },
          select: { id: true },
        });
        return tx.dossierFile.create({
          data: { dossierId, componentId, fileId: stored.id, role: 'attachment' },
          select: {
            id: true,
            componentId: true,
            role: true,
            createdAt: true,
            file: { select: { originalName: true, mimeType: true, size: true, sha256: true, storageKey: true } },
          },
        });
      }, DOSSIER_TRANSACTION_OPTIONS);
      return toDossierFile(row);
    } catch (error) {
      if (received) await forget(received.key);
      else discard(part.file);
      throw error;
    }
  }

  return {
    uploadAs,

    /** `file` is the multipart file part; its `componentId` field must come before it. */
    upload(actor: DossierOwnerActor, dossierId: string, part: MultipartFile | undefined): Promise<TDossierFile> {
      return uploadAs(
        { where: ownedWhere(actor), assertEditable: (status) => assertEditableBy(actor, status), uploaderId: actor.kind === 'citizen' ? actor.userId : null },
        dossierId,
        part,
      );
    },

    /** The owner removes an attachment while the dossier is editable. */
    async remove(actor: DossierOwnerActor, dossierId: string, fileId: string): Promise<void> {
      const dossier = await findDossierForOwnerWrite(prisma, actor, dossierId, { id: true, status: true });
      const status: TDossierStatus = toDomainStatus(dossier.status);
      assertEditableBy(actor, status);
      const file = await prisma.dossierFile.findFirst({
        where: { id: fileId, dossierId, role: 'attachment' },
        select: { id: true, fileId: true, createdAt: true, file: { select: { storageKey: true } } },
      });
      if (!file) throw new DomainError('DOSSIER_FILE_NOT_FOUND');
      // What the agency received stays on record; a supplement adds files.
      if (status === 'supplement-requested') {
        const requestedAt = await repository.openPauseStart(dossierId);
        if (!requestedAt || file.createdAt <= requestedAt) {
          throw new DomainError('DOSSIER_NOT_EDITABLE', { fieldErrors: { file: MESSAGES.sentFile }, details: { status } });
        }
      }
      await prisma.$transaction(async (tx) => {
        await lockDossier(tx, dossierId);
        const current = await tx.dossier.findUniqueOrThrow({ where: { id: dossierId }, select: { status: true } });
        assertEditableBy(actor, toDomainStatus(current.status));
        await tx.dossierFile.delete({ where: { id: file.id } });
        await tx.storedFile.delete({ where: { id: file.fileId } });
      });
      await forget(file.file.storageKey);
    },

    /** A file to download (attachment or result), for whoever may read the dossier. */
    async open(actor: DossierActor, dossierId: string, fileId: string) {
      const dossier = await findDossierForRead(prisma, actor, dossierId, { id: true, status: true });
      const row = await prisma.dossierFile.findFirst({
        // Result documents are drafts of the agency until the result is out.
        where: { id: fileId, dossierId, ...(dossier.status === 'result' ? {} : { role: 'attachment' as const }) },
        select: { file: { select: { storageKey: true, originalName: true, mimeType: true, size: true, sha256: true } } },
      });
      if (!row) throw new DomainError('DOSSIER_FILE_NOT_FOUND');
      const content = await storage.get(row.file.storageKey);
      return { content, name: row.file.originalName, mimeType: row.file.mimeType, size: Number(row.file.size), sha256: row.file.sha256 };
    },
  };
}

export type DossierFileService = ReturnType<typeof createDossierFileService>;
