import {
  ZAdminAgency,
  ZAdminAgencyList,
  ZAdminComponent,
  ZAdminField,
  ZAdminFieldList,
  ZAdminProcedure,
  ZAdminProcedurePage,
  ZAdminTemplate,
  ZFormSaved,
  ZProblem,
  type TAdminProcedureListQuery,
  type TAgencyInput,
  type TAgencyUpdate,
  type TComponentInput,
  type TFieldInput,
  type TFormSaveInput,
  type TProcedureFactsInput,
  type TProcedureUpdateInput,
} from '@portal/domain';
import { z } from 'zod';
import { ApiError, CLIENT_ERROR_CODES, apiGet, apiSend, buildUrl, readCookie } from '../../lib/api-client.ts';

/** Catalogue administration (`/api/v1/admin/…`, packages/domain/src/admin-catalogue.ts). */
const base = '/api/v1/admin';
const procedurePath = (id: string) => `${base}/procedures/${encodeURIComponent(id)}`;
const componentPath = (id: string, componentId: string) => `${procedurePath(id)}/components/${encodeURIComponent(componentId)}`;

export const listAdminAgencies = (signal?: AbortSignal) => apiGet(`${base}/agencies`, ZAdminAgencyList, { signal });
export const createAgency = (body: TAgencyInput) => apiSend('POST', `${base}/agencies`, body, ZAdminAgency);
export const updateAgency = (id: string, body: TAgencyUpdate) => apiSend('PUT', `${base}/agencies/${encodeURIComponent(id)}`, body, ZAdminAgency);

export const listAdminFields = (signal?: AbortSignal) => apiGet(`${base}/fields`, ZAdminFieldList, { signal });
export const createField = (body: TFieldInput) => apiSend('POST', `${base}/fields`, body, ZAdminField);
export const updateField = (id: string, body: TFieldInput) => apiSend('PUT', `${base}/fields/${encodeURIComponent(id)}`, body, ZAdminField);

export type AdminProcedureListParams = Partial<Record<keyof TAdminProcedureListQuery, string>>;
export const listAdminProcedures = (params: AdminProcedureListParams, signal?: AbortSignal) =>
  apiGet(`${base}/procedures`, ZAdminProcedurePage, { query: params, signal });
export const getAdminProcedure = (id: string, signal?: AbortSignal) => apiGet(procedurePath(id), ZAdminProcedure, { signal });
export const createProcedure = (body: TProcedureFactsInput) => apiSend('POST', `${base}/procedures`, body, ZAdminProcedure);
export const updateProcedure = (id: string, body: TProcedureUpdateInput) => apiSend('PUT', procedurePath(id), body, ZAdminProcedure);
export const setPublished = (id: string, published: boolean) =>
  apiSend('POST', `${procedurePath(id)}/${published ? 'publish' : 'unpublish'}`, undefined, ZAdminProcedure);
export const saveForm = (id: string, body: TFormSaveInput) => apiSend('PUT', `${procedurePath(id)}/form`, body, ZFormSaved);

export const addComponent = (id: string, body: TComponentInput) => apiSend('POST', `${procedurePath(id)}/components`, body, ZAdminComponent);
export const updateComponent = (id: string, componentId: string, body: TComponentInput) =>
  apiSend('PUT', componentPath(id, componentId), body, ZAdminComponent);
export const removeComponent = (id: string, componentId: string) =>
  apiSend('DELETE', componentPath(id, componentId), undefined, z.unknown()).then(() => undefined);
export const reorderComponents = (id: string, ids: string[]) =>
  apiSend('PUT', `${procedurePath(id)}/components/order`, { ids }, z.object({ items: z.array(ZAdminComponent) }));
export const removeComponentTemplate = (id: string, componentId: string) =>
  apiSend('DELETE', `${componentPath(id, componentId)}/template`, undefined, ZAdminComponent);
export const uploadComponentTemplate = (id: string, componentId: string, file: File) =>
  sendMultipart('PUT', `${componentPath(id, componentId)}/template`, [['file', file]], ZAdminComponent);

export const addTemplate = (id: string, title: string, file: File) =>
  sendMultipart('POST', `${procedurePath(id)}/templates`, [['title', title], ['file', file]], ZAdminTemplate);
export const removeTemplate = (id: string, templateId: string) =>
  apiSend('DELETE', `${procedurePath(id)}/templates/${encodeURIComponent(templateId)}`, undefined, z.unknown()).then(() => undefined);

/** Where a procedure's published files download (public route; the procedure must be published). */
export const templateDownloadUrl = (procedureId: string, fileId: string) =>
  buildUrl(`/api/v1/procedures/${encodeURIComponent(procedureId)}/templates/${encodeURIComponent(fileId)}`);

/**
 * A multipart upload (fields in order, the file last), with the CSRF header the API
 * wants on writes; refusals arrive as ApiError like every other call.
 */
async function sendMultipart<S extends z.ZodType>(method: 'POST' | 'PUT', path: string, parts: [string, string | File][], schema: S): Promise<z.output<S>> {
  const body = new FormData();
  for (const [name, value] of parts) body.append(name, value);
  const headers = new Headers({ Accept: 'application/json, application/problem+json' });
  let csrf = readCookie('csrf_token');
  if (!csrf) {
    await fetch(buildUrl('/api/v1/auth/csrf'), { credentials: 'include' }).catch(() => undefined);
    csrf = readCookie('csrf_token');
  }
  if (csrf) headers.set('X-CSRF-Token', csrf);
  let response: Response;
  try {
    response = await fetch(buildUrl(path), { method, body, headers, credentials: 'include' });
  } catch (error) {
    throw new ApiError({ status: 0, code: CLIENT_ERROR_CODES.network, title: 'Network request failed', fromServer: false, cause: error });
  }
  const payload: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const problem = ZProblem.safeParse(payload);
    if (problem.success) throw ApiError.fromProblem(problem.data);
    throw new ApiError({ status: response.status, code: CLIENT_ERROR_CODES.http, title: `HTTP ${response.status}`, fromServer: false });
  }
  return schema.parse(payload);
}
