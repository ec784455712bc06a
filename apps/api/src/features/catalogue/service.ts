import {
  DomainError,
  highlighter,
  isOnlineServiceLevel,
  searchWords,
  ZFee,
  ZFormDefinition,
  ZLegalBasis,
  ZProcedureSort,
  type TAgency,
  type TPortalInfo,
  type TProcedureDetail,
  type TProcedureListQuery,
  type TProcedurePage,
  type TProcedureSort,
  type TProcedureSummary,
} from '@portal/domain';
import { z } from 'zod';
import { createCursorCodec, ZCursorText, ZCursorUuid } from '../../lib/cursor.ts';
import type { CatalogueRepository, ProcedureListRow } from './repository.ts';

type AgencyRow = Awaited<ReturnType<CatalogueRepository['listAgencies']>>[number];
type FileRow = { id: string; originalName: string; mimeType: string; size: number | bigint };

const toAgency = (row: AgencyRow): TAgency => ({
  id: row.id,
  unitCode: row.unitCode,
  name: row.name,
  shortName: row.shortName,
  level: row.level,
  parentId: row.parentId,
  address: row.address,
  phone: row.phone,
  email: row.email,
});

const toFileRef = (file: FileRow) => ({
  id: file.id,
  name: file.originalName,
  mimeType: file.mimeType,
  size: Number(file.size),
});

const toSummary = (row: ProcedureListRow): TProcedureSummary => ({
  id: row.id,
  code: row.code,
  name: row.name,
  serviceLevel: row.serviceLevel,
  legacyLevel: row.legacyLevel,
  onlineEnabled: isOnlineServiceLevel(row.serviceLevel),
  processingDays: row.processingDays,
  agency: { id: row.agencyId, name: row.agencyName, unitCode: row.agencyUnitCode },
  field: { id: row.fieldId, name: row.fieldName, code: row.fieldCode },
});

// ─── Cursors: opaque to clients, base64url JSON of the keyset ───────────────────────

const ZCursor = z.object({
  /** sort the cursor belongs to */
  s: ZProcedureSort,
  /** sort key of the last row */
  k: ZCursorText,
  /** id of the last row */
  i: ZCursorUuid,
  /** the results allow for typos */
  a: z.boolean().optional(),
});
type TCursor = z.infer<typeof ZCursor>;

const INVALID_CURSOR_MESSAGE = 'Con trỏ trang không hợp lệ hoặc không thuộc cách sắp xếp này';
const CURSOR = createCursorCodec(ZCursor, INVALID_CURSOR_MESSAGE);
const encodeCursor = (cursor: TCursor) => CURSOR.encode(cursor);

const invalidCursor = () => new DomainError('VALIDATION_FAILED', { fieldErrors: { cursor: INVALID_CURSOR_MESSAGE } });

function decodeCursor(raw: string, sort: TProcedureSort, integerKey: boolean): TCursor {
  const cursor = CURSOR.decode(raw);
  if (!cursor || cursor.s !== sort) throw invalidCursor();
  if (integerKey && !/^-?\d{1,18}$/.test(cursor.k)) throw invalidCursor();
  return cursor;
}

// ─── Search queries ─────────────────────────────────────────────────────────────────

/** "1.009994.H18", "1.0099": a code, or its beginning (lower case), else null. */
function codePrefixOf(query: string): string | null {
  const raw = query.trim().toLowerCase();
  return /\d/.test(raw) && /^[a-z0-9.\-]+$/.test(raw) ? raw : null;
}

/** Use cases of the public catalogue. */
export function createCatalogueService(repository: CatalogueRepository) {
  return {
    async listAgencies(filter: Parameters<CatalogueRepository['listAgencies']>[0]) {
      return (await repository.listAgencies(filter)).map(toAgency);
    },

    async getAgency(id: string) {
      const agency = await repository.findAgency(id);
      if (!agency) throw new DomainError('NOT_FOUND');
      return toAgency(agency);
    },

    listFields(agencyId?: string, online?: boolean) {
      return repository.listFields(agencyId, online).then((fields) =>
        fields.map(({ id, code, name, procedureCount }) => ({ id, code, name, procedureCount })),
      );
    },

    /**
     * Browsing and search. With `q`, procedures having every word (diacritics ignored,
     * the last word as a prefix) come first by relevance; when none has them all, words
     * are corrected one typo away against the catalogue's dictionary and the page says
     * it is approximate.
     */
    async listProcedures(query: TProcedureListQuery): Promise<TProcedurePage> {
      const q = query.q ?? '';
      const words = searchWords(q);
      const sort: TProcedureSort = query.sort ?? (words.length > 0 ? 'relevance' : 'name');
      // Relevance (of a search) and popularity order by integers, names by text.
      const cursor = query.cursor ? decodeCursor(query.cursor, sort, sort === 'popular' || (sort === 'relevance' && words.length > 0)) : undefined;
      if (q && words.length === 0) return { items: [], nextCursor: null, total: 0, approximate: false };

      const base = {
        agencyId: query.agencyId,
        fieldId: query.fieldId,
        level: query.level,
        online: query.online,
        sort,
        limit: query.limit,
        after: cursor ? { key: cursor.k, id: cursor.i } : undefined,
        // The documented rule (ZProcedurePage): every first page carries the total, filtered or not.
        withTotal: !cursor,
      };

      if (words.length === 0) {
        const rows = await repository.listProcedures(base);
        const page = rows.slice(0, query.limit);
        const last = page[page.length - 1];
        return {
          items: page.map(toSummary),
          nextCursor: rows.length > query.limit && last ? encodeCursor({ s: sort, k: last.sortKey, i: last.id }) : null,
          total: base.withTotal ? (rows[0]?.total ?? 0) : null,
          approximate: false,
        };
      }

      // One round trip: the words, or their spelling corrections when no name has them all.
      const result = await repository.searchProcedures({ ...base, words, codePrefix: codePrefixOf(q), approximate: cursor?.a ?? false });
      const page = result.items.slice(0, query.limit);
      const last = page[page.length - 1];
      const highlight = highlighter(q, result.corrections);
      return {
        items: page.map((item) => ({
          id: item.id,
          code: item.code,
          name: item.name,
          serviceLevel: item.serviceLevel,
          legacyLevel: item.legacyLevel,
          onlineEnabled: isOnlineServiceLevel(item.serviceLevel),
          processingDays: item.processingDays,
          agency: item.agency,
          field: item.field,
          highlight: highlight(item.name),
        })),
        nextCursor:
          result.items.length > query.limit && last
            ? encodeCursor({ s: sort, k: last.sortKey, i: last.id, ...(result.approximate ? { a: true } : {}) })
            : null,
        total: result.total,
        approximate: result.approximate,
      };
    },

    /** A file of the procedure (template or sample), or 404. */
    async getProcedureFile(procedureId: string, fileId: string) {
      const isUuid = (value: string) => z.uuid().safeParse(value).success;
      const file = isUuid(procedureId) && isUuid(fileId) ? await repository.findProcedureFile(procedureId, fileId) : null;
      if (!file) throw new DomainError('NOT_FOUND');
      return { ...file, size: Number(file.size) };
    },

    async getProcedure(idOrCode: string): Promise<TProcedureDetail> {
      const row = await repository.findProcedure(idOrCode);
      if (!row) throw new DomainError('PROCEDURE_NOT_FOUND');
      if (row.formVersion === null) throw new Error(`procedure ${row.code} has no form version`);
      return {
        id: row.id,
        code: row.code,
        name: row.name,
        serviceLevel: row.serviceLevel,
        legacyLevel: row.legacyLevel,
        onlineEnabled: isOnlineServiceLevel(row.serviceLevel),
        processingDays: row.processingDays,
        agency: row.agency,
        field: row.field,
        steps: z.array(z.string()).parse(row.steps),
        processingNote: row.processingNote,
        fees: z.array(ZFee).parse(row.fees),
        legalBasis: z.array(ZLegalBasis).parse(row.legalBasis),
        applicants: row.applicants,
        conditions: row.conditions,
        resultDescription: row.resultDescription,
        submissionChannels: row.submissionChannels,
        handlingAgencies: row.handlingAgencies,
        components: row.components.map((component) => ({
          id: component.id,
          name: component.name,
          description: component.description,
          required: component.required,
          originals: component.originals,
          copies: component.copies,
          acceptedTypes: component.acceptedTypes as TProcedureDetail['components'][number]['acceptedTypes'],
          paperOriginalAllowed: component.paperOriginalAllowed,
          template: component.templateFile ? toFileRef(component.templateFile) : null,
        })),
        templates: row.templates.map((template) => ({ ...toFileRef(template.file), title: template.title })),
        sample: row.sampleFile ? toFileRef(row.sampleFile) : null,
        formVersion: row.formVersion,
        form: ZFormDefinition.parse(row.formDefinition),
        sampleFormData: row.sampleFormData ? z.record(z.string(), z.unknown()).parse(row.sampleFormData) : null,
      };
    },

    async getPortalInfo(): Promise<TPortalInfo> {
      const root = await repository.findRootAgency();
      const authorityName = root?.name ?? null;
      // "Ủy ban nhân dân tỉnh Điện Biên" → "Điện Biên"
      const provinceName = (authorityName ?? '').replace(/^Ủy ban nhân dân\s+(tỉnh|thành phố)\s+/i, '').trim();
      return {
        portalName: 'Cổng Dịch vụ công trực tuyến',
        provinceName,
        authorityName,
        agencyName: authorityName,
        address: root?.address ?? null,
        hotline: root?.phone ?? null,
        email: root?.email ?? null,
      };
    },
  };
}

export type CatalogueService = ReturnType<typeof createCatalogueService>;
