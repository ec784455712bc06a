import type { Readable } from 'node:stream';
import type { MultipartFile } from '@fastify/multipart';
import type { FastifyBaseLogger } from 'fastify';
import { Prisma } from '@portal/db';
import type { FileStorage } from '@portal/db/storage';
import {
  DomainError,
  LEGAL_DOCUMENT_FILE_MAX_BYTES,
  LEGAL_DOCUMENT_MESSAGES,
  compareDocTypes,
  compareIssuers,
  legalDocumentFileName,
  searchNormalize,
  searchWords,
  type TAdminLegalDocument,
  type TAdminLegalDocumentPage,
  type TAdminLegalDocumentQuery,
  type TLegalDocumentCreate,
  type TLegalDocumentFacets,
  type TLegalDocumentRefs,
  type TLegalDocumentUpdate,
  type TPublicLegalDocument,
  type TPublicLegalDocumentDetail,
  type TPublicLegalDocumentPage,
  type TPublicLegalDocumentQuery,
} from '@portal/domain';
import type { Audit, TAuditAction } from '../../plugins/app/audit.ts';
import { receiveUpload, type ReceivedUpload } from '../../lib/uploads/receive-upload.ts';
import { toAuditJson } from '../admin-catalogue/change-log.ts';
import { decodeCursor, encodeCursor, type Db, type Keyset, type LegalDocumentRepository, type LegalDocumentRow, type SearchSpec } from './repository.ts';

/** A system administrator changing the list, as the audit trail records them. */
export interface LegalDocumentActor {
  userId: string;
  username: string;
  ip: string;
  requestId: string;
}

export interface LegalDocumentServiceDeps {
  repository: LegalDocumentRepository;
  storage: FileStorage;
  audit: Audit;
  log: FastifyBaseLogger;
}

const isoDate = (date: Date) => date.toISOString().slice(0, 10);
const dateOf = (isoDay: string) => new Date(`${isoDay}T00:00:00Z`);

const facts = (row: LegalDocumentRow) => ({
  id: row.id,
  number: row.number,
  title: row.title,
  docType: row.docType,
  issuer: row.issuer,
  issuedOn: isoDate(row.issuedOn),
  effectiveOn: row.effectiveOn ? isoDate(row.effectiveOn) : null,
  validity: row.validity,
  summary: row.summary,
  field: row.field,
});

const toPublic = (row: LegalDocumentRow): TPublicLegalDocument => ({
  ...facts(row),
  file: row.file ? { name: legalDocumentFileName(row), size: Number(row.file.size) } : null,
});

const toAdmin = (row: LegalDocumentRow): TAdminLegalDocument => ({
  ...facts(row),
  file: row.file
    ? { id: row.file.id, name: row.file.originalName, mimeType: row.file.mimeType, size: Number(row.file.size), uploadedAt: row.file.createdAt.toISOString() }
    : null,
  published: row.published,
  revision: row.revision,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

type SearchQuery = Pick<TPublicLegalDocumentQuery, 'q' | 'docType' | 'issuer' | 'fieldId' | 'validity'> & { year?: number | undefined; from?: string | undefined; to?: string | undefined };

function specOf(query: SearchQuery, published: boolean | undefined): SearchSpec {
  const words = searchWords(query.q ?? '');
  return {
    words,
    numberPrefix: words.length ? searchNormalize(query.q ?? '') : '',
    docType: query.docType,
    issuer: query.issuer,
    fieldId: query.fieldId,
    validity: query.validity,
    from: query.year !== undefined ? `${query.year}-01-01` : query.from,
    to: query.year !== undefined ? `${query.year}-12-31` : query.to,
    published,
  };
}

const columnsOf = (input: TLegalDocumentCreate) => ({
  number: input.number,
  title: input.title,
  docType: input.docType,
  issuer: input.issuer,
  issuedOn: dateOf(input.issuedOn),
  effectiveOn: input.effectiveOn ? dateOf(input.effectiveOn) : null,
  validity: input.validity,
  summary: input.summary,
  fieldId: input.fieldId,
  published: input.published,
});

const numberTaken = (existing: string) =>
  new DomainError('LEGAL_DOCUMENT_NUMBER_TAKEN', { fieldErrors: { number: LEGAL_DOCUMENT_MESSAGES.numberTaken }, details: { existingNumber: existing } });

const notFound = () => new DomainError('LEGAL_DOCUMENT_NOT_FOUND');

const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';

const discard = (stream: Readable) => {
  stream.on('error', () => {});
  stream.resume();
};

/**
 * Văn bản pháp luật: the public search, the document page and its PDF, and the system
 * administrators' changes. Every change is one transaction holding the row lock, the
 * revision check and the audit event with the record before and after; files are stored
 * before the row that names them and removed once nothing refers to them.
 */
export function createLegalDocumentService({ repository, storage, audit, log }: LegalDocumentServiceDeps) {
  const forget = (key: string) => storage.remove(key).catch((error: unknown) => log.error({ err: error, key }, 'could not remove a file from storage'));

  const record = (actor: LegalDocumentActor, action: TAuditAction, id: string, change: { before?: unknown; after?: unknown }, db: Db) =>
    audit.record(
      {
        action,
        actorId: actor.userId,
        actorName: actor.username,
        entityType: 'legal_document',
        entityId: id,
        ip: actor.ip,
        requestId: actor.requestId,
        before: toAuditJson(change.before),
        after: toAuditJson(change.after),
      },
      db,
    );

  async function assertField(fieldId: string | null) {
    if (fieldId && !(await repository.fieldExists(fieldId))) {
      throw new DomainError('VALIDATION_FAILED', { fieldErrors: { fieldId: LEGAL_DOCUMENT_MESSAGES.fieldId } });
    }
  }

  /** The locked row at the revision the editor loaded. */
  async function lockedAt(id: string, revision: number, tx: Prisma.TransactionClient): Promise<LegalDocumentRow> {
    await repository.lock(id, tx);
    const current = await repository.find(id, tx);
    if (!current) throw notFound();
    if (current.revision !== revision) throw new DomainError('VERSION_CONFLICT', { details: { revision: current.revision } });
    return current;
  }

  async function pageOf(spec: SearchSpec, cursor: string | undefined, limit: number) {
    const after = decodeCursor(cursor);
    const [{ rows, ranks }, total] = await Promise.all([repository.page(spec, after, limit), repository.count(spec)]);
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    const key: Keyset | null = rows.length > limit && last ? { rank: ranks.get(last.id) ?? 0, issuedOn: isoDate(last.issuedOn), id: last.id } : null;
    return { page, total, nextCursor: key ? encodeCursor(key) : null };
  }

  return {
    // ─── Public ──────────────────────────────────────────────────────────────

    async publicPage(query: TPublicLegalDocumentQuery): Promise<TPublicLegalDocumentPage> {
      const [{ page, total, nextCursor }, facets] = await Promise.all([pageOf(specOf(query, true), query.cursor, query.limit), repository.facets()]);
      const ordered: TLegalDocumentFacets = {
        docTypes: facets.docTypes.sort((a, b) => compareDocTypes(a.value, b.value)),
        issuers: facets.issuers.sort((a, b) => compareIssuers(a.value, b.value)),
        years: facets.years.sort((a, b) => b.value - a.value),
        fields: facets.fields.sort((a, b) => a.name.localeCompare(b.name, 'vi')),
      };
      return { items: page.map(toPublic), nextCursor, total, facets: ordered };
    },

    async publicOne(id: string): Promise<TPublicLegalDocumentDetail> {
      const row = await repository.find(id);
      if (!row?.published) throw notFound();
      return { ...toPublic(row), procedures: await repository.citingProcedures(row.number), updatedAt: row.updatedAt.toISOString() };
    },

    /** What to stream for the public download: a published document's PDF. */
    async publicFile(id: string): Promise<{ storageKey: string; sha256: string; size: number; mimeType: string; fileName: string }> {
      const row = await repository.find(id);
      if (!row?.published) throw notFound();
      if (!row.file) throw new DomainError('LEGAL_DOCUMENT_FILE_NOT_FOUND');
      return { storageKey: row.file.storageKey, sha256: row.file.sha256, size: Number(row.file.size), mimeType: row.file.mimeType, fileName: legalDocumentFileName(row) };
    },

    async refs(numbers: string[]): Promise<TLegalDocumentRefs> {
      const found = await repository.publishedByNumbers(numbers);
      const byNumber = new Map<string, string>();
      for (const row of found) if (!byNumber.has(row.requested)) byNumber.set(row.requested, row.id);
      return { items: numbers.flatMap((number) => (byNumber.has(number) ? [{ id: byNumber.get(number)!, number }] : [])) };
    },

    // ─── Administration ──────────────────────────────────────────────────────

    async adminPage(query: TAdminLegalDocumentQuery): Promise<TAdminLegalDocumentPage> {
      const published = query.publication === 'all' ? undefined : query.publication === 'published';
      const { page, total, nextCursor } = await pageOf(specOf(query, published), query.cursor, query.limit);
      return { items: page.map(toAdmin), nextCursor, total };
    },

    async adminOne(id: string): Promise<TAdminLegalDocument> {
      const row = await repository.find(id);
      if (!row) throw notFound();
      return toAdmin(row);
    },

    async create(actor: LegalDocumentActor, input: TLegalDocumentCreate): Promise<TAdminLegalDocument> {
      await assertField(input.fieldId);
      try {
        return await repository.transaction(async (tx) => {
          const same = await repository.findSameNumber(input.number, null, tx);
          if (same) throw numberTaken(same.number);
          const after = toAdmin(await repository.create(columnsOf(input), tx));
          await record(actor, 'legal_document.create', after.id, { after }, tx);
          return after;
        });
      } catch (error) {
        // Two administrators adding the same number at once: the unique index decides.
        if (isUniqueViolation(error)) throw numberTaken(input.number);
        throw error;
      }
    },

    async update(actor: LegalDocumentActor, id: string, input: TLegalDocumentUpdate): Promise<TAdminLegalDocument> {
      await assertField(input.fieldId);
      try {
        return await repository.transaction(async (tx) => {
          const current = await lockedAt(id, input.revision, tx);
          const same = await repository.findSameNumber(input.number, id, tx);
          if (same) throw numberTaken(same.number);
          if (!(await repository.updateIfRevision(id, input.revision, columnsOf(input), tx))) throw new DomainError('VERSION_CONFLICT');
          const before = toAdmin(current);
          const after = toAdmin((await repository.find(id, tx))!);
          const action = before.published === after.published ? 'legal_document.update' : after.published ? 'legal_document.publish' : 'legal_document.unpublish';
          await record(actor, action, id, { before, after }, tx);
          return after;
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw numberTaken(input.number);
        throw error;
      }
    },

    async remove(actor: LegalDocumentActor, id: string, revision: number): Promise<void> {
      const unusedKey = await repository.transaction(async (tx) => {
        const current = await lockedAt(id, revision, tx);
        if (!(await repository.deleteIfRevision(id, revision, tx))) throw new DomainError('VERSION_CONFLICT');
        const key = current.fileId ? await repository.deleteStoredFileIfUnused(current.fileId, tx) : null;
        await record(actor, 'legal_document.delete', id, { before: toAdmin(current) }, tx);
        return key;
      });
      if (unusedKey) await forget(unusedKey);
    },

    /**
     * Attaches (or replaces) the PDF, proven a PDF by its content. The upload is read only
     * once the document is known to exist; a refused upload leaves neither file nor change.
     */
    async replaceFile(actor: LegalDocumentActor, id: string, part: MultipartFile | undefined): Promise<TAdminLegalDocument> {
      if (!part) throw new DomainError('VALIDATION_FAILED', { fieldErrors: { file: LEGAL_DOCUMENT_MESSAGES.fileMissing } });
      let received: ReceivedUpload | null = null;
      try {
        if (!(await repository.find(id))) throw notFound();
        received = await receiveUpload(part.file, { storage, maxBytes: LEGAL_DOCUMENT_FILE_MAX_BYTES, allowedKinds: ['pdf'], fileName: part.filename });
        const upload = received;
        const { document, unusedKey } = await repository.transaction(async (tx) => {
          await repository.lock(id, tx);
          const current = await repository.find(id, tx);
          if (!current) throw notFound();
          const file = await repository.createStoredFile(
            {
              kind: 'legal_document',
              storageKey: upload.key,
              originalName: upload.fileName,
              mimeType: upload.mimeType,
              size: BigInt(upload.size),
              sha256: upload.sha256,
              uploadedById: actor.userId,
            },
            tx,
          );
          await repository.updateIfRevision(id, current.revision, { fileId: file.id }, tx);
          const key = current.fileId ? await repository.deleteStoredFileIfUnused(current.fileId, tx) : null;
          const after = toAdmin((await repository.find(id, tx))!);
          await record(actor, 'legal_document.file', id, { before: { file: toAdmin(current).file }, after: { file: after.file } }, tx);
          return { document: after, unusedKey: key };
        });
        if (unusedKey) await forget(unusedKey);
        return document;
      } catch (error) {
        if (received) await forget(received.key);
        else discard(part.file);
        throw error;
      }
    },

    async removeFile(actor: LegalDocumentActor, id: string): Promise<TAdminLegalDocument> {
      const { document, unusedKey } = await repository.transaction(async (tx) => {
        await repository.lock(id, tx);
        const current = await repository.find(id, tx);
        if (!current) throw notFound();
        if (!current.fileId) return { document: toAdmin(current), unusedKey: null };
        await repository.updateIfRevision(id, current.revision, { fileId: null }, tx);
        const key = await repository.deleteStoredFileIfUnused(current.fileId, tx);
        const after = toAdmin((await repository.find(id, tx))!);
        await record(actor, 'legal_document.file', id, { before: { file: toAdmin(current).file }, after: { file: null } }, tx);
        return { document: after, unusedKey: key };
      });
      if (unusedKey) await forget(unusedKey);
      return document;
    },
  };
}

export type LegalDocumentService = ReturnType<typeof createLegalDocumentService>;
