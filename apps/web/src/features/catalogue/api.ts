import {
  ZAgency,
  ZField,
  ZProcedureDetail,
  ZProcedurePage,
  zPage,
  type TAgencyLevel,
  type TProcedureSort,
  type TServiceLevel,
} from '@portal/domain';
import { apiGet } from '../../lib/api-client.ts';

export interface ProcedureListParams {
  q?: string | undefined;
  agencyId?: string | undefined;
  fieldId?: string | undefined;
  level?: TServiceLevel | undefined;
  /** Only procedures that accept online dossiers (the "Dịch vụ công trực tuyến" page). */
  online?: boolean | undefined;
  /** `popular`: most used first (home page). Default: relevance with `q`, else by name. */
  sort?: TProcedureSort | undefined;
  limit?: number | undefined;
  cursor?: string | undefined;
}

export const ZAgencyPage = zPage(ZAgency);
export const ZFieldPage = zPage(ZField);

export const listProcedures = (params: ProcedureListParams, signal?: AbortSignal) =>
  apiGet('/api/v1/procedures', ZProcedurePage, { query: { ...params }, signal });

export const getProcedure = (idOrCode: string, signal?: AbortSignal) =>
  apiGet(`/api/v1/procedures/${encodeURIComponent(idOrCode)}`, ZProcedureDetail, { signal });

export interface AgencyListParams {
  level?: TAgencyLevel | undefined;
  parentId?: string | undefined;
}

export const listAgencies = (params: AgencyListParams, signal?: AbortSignal) =>
  apiGet('/api/v1/agencies', ZAgencyPage, { query: { ...params }, signal });

export interface FieldListParams {
  agencyId?: string | undefined;
  /** Count only procedures accepting online dossiers */
  online?: boolean | undefined;
}

export const listFields = (params: FieldListParams, signal?: AbortSignal) =>
  apiGet('/api/v1/fields', ZFieldPage, { query: { ...params }, signal });

/** Download link for a form template (served by the API with Content-Disposition). */
export const templateDownloadUrl = (procedureId: string, fileId: string) =>
  `/api/v1/procedures/${encodeURIComponent(procedureId)}/templates/${encodeURIComponent(fileId)}`;
