import {
  ZAdminLegalDocument,
  ZAdminLegalDocumentPage,
  ZLegalDocumentRefs,
  ZPublicLegalDocumentDetail,
  ZPublicLegalDocumentPage,
  type TLegalDocumentCreateInput,
  type TLegalDocumentUpdateInput,
} from '@portal/domain';
import { z } from 'zod';
import { apiGet, apiSend, buildUrl } from '../../lib/api-client.ts';

/** Văn bản pháp luật: the public list (`/api/v1/legal-documents`) and its administration (`/api/v1/admin/legal-documents`). */
export interface LegalDocumentSearch {
  q?: string | undefined;
  docType?: string | undefined;
  issuer?: string | undefined;
  fieldId?: string | undefined;
  validity?: string | undefined;
  year?: string | undefined;
  limit?: number | undefined;
  cursor?: string | undefined;
}

export interface AdminLegalDocumentSearch {
  q?: string | undefined;
  publication?: string | undefined;
  cursor?: string | undefined;
}

const PUBLIC = '/api/v1/legal-documents';
const ADMIN = '/api/v1/admin/legal-documents';
const one = (base: string, id: string) => `${base}/${encodeURIComponent(id)}`;

export const listLegalDocuments = (params: LegalDocumentSearch, signal?: AbortSignal) =>
  apiGet(PUBLIC, ZPublicLegalDocumentPage, { query: { ...params }, signal });
export const getLegalDocument = (id: string, signal?: AbortSignal) => apiGet(one(PUBLIC, id), ZPublicLegalDocumentDetail, { signal });
export const legalDocumentRefs = (numbers: readonly string[], signal?: AbortSignal) =>
  apiGet(`${PUBLIC}/refs`, ZLegalDocumentRefs, { query: { numbers: numbers.join(',') }, signal });
/** Where the PDF of a published document downloads. */
export const legalDocumentFileUrl = (id: string) => buildUrl(`${one(PUBLIC, id)}/file`);

export const listAdminLegalDocuments = (params: AdminLegalDocumentSearch, signal?: AbortSignal) =>
  apiGet(ADMIN, ZAdminLegalDocumentPage, { query: { ...params }, signal });
export const getAdminLegalDocument = (id: string, signal?: AbortSignal) => apiGet(one(ADMIN, id), ZAdminLegalDocument, { signal });
export const createLegalDocument = (body: TLegalDocumentCreateInput) => apiSend('POST', ADMIN, body, ZAdminLegalDocument);
export const updateLegalDocument = (id: string, body: TLegalDocumentUpdateInput) => apiSend('PUT', one(ADMIN, id), body, ZAdminLegalDocument);
export const deleteLegalDocument = (id: string, revision: number) =>
  apiSend('DELETE', `${one(ADMIN, id)}?revision=${revision}`, undefined, z.unknown()).then(() => undefined);
export const removeLegalDocumentFile = (id: string) => apiSend('DELETE', `${one(ADMIN, id)}/file`, undefined, ZAdminLegalDocument);
/** `PUT …/file` target of the upload with progress (upload-pdf.ts). */
export const legalDocumentUploadUrl = (id: string) => buildUrl(`${one(ADMIN, id)}/file`);

export const legalDocumentKeys = {
  all: ['legal-documents'] as const,
  list: (params: LegalDocumentSearch) => ['legal-documents', 'list', params] as const,
  one: (id: string) => ['legal-documents', 'one', id] as const,
  refs: (numbers: readonly string[]) => ['legal-documents', 'refs', numbers] as const,
  admin: ['legal-documents', 'admin'] as const,
  adminList: (params: AdminLegalDocumentSearch) => ['legal-documents', 'admin', 'list', params] as const,
  adminOne: (id: string) => ['legal-documents', 'admin', 'one', id] as const,
};
