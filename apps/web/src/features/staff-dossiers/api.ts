import {
  ZStaffColleagueList,
  ZStaffDossier,
  ZStaffDossierPage,
  ZStaffInboxSummary,
  type TStaffActionRequest,
  type TStaffDossierListQuery,
} from '@portal/domain';
import { z } from 'zod';
import { apiGet, apiSend, buildUrl, csrfToken, refreshSession } from '../../lib/api-client.ts';
import type { UploadTarget } from '../dossiers/dossier-client.ts';

/** The staff workspace's API (`/api/v1/staff/dossiers…`, `/api/v1/staff/colleagues`). */
const base = '/api/v1/staff/dossiers';
const one = (id: string) => `${base}/${encodeURIComponent(id)}`;

export type StaffListParams = Pick<TStaffDossierListQuery, 'view' | 'q' | 'procedureId' | 'fieldId' | 'sort' | 'cursor'> & { limit?: number | undefined };

export const listStaffDossiers = (query: StaffListParams, signal?: AbortSignal) =>
  apiGet(base, ZStaffDossierPage, { query: { ...query }, signal });

export const getInboxSummary = (signal?: AbortSignal) => apiGet(`${base}/summary`, ZStaffInboxSummary, { signal });

export const getStaffDossier = (id: string, signal?: AbortSignal) => apiGet(one(id), ZStaffDossier, { signal });

/** Active leaders, specialists and clerks of my agency (me excluded): the forward picker. */
export const listColleagues = (signal?: AbortSignal) => apiGet('/api/v1/staff/colleagues', ZStaffColleagueList, { signal });

export const performAction = (id: string, body: TStaffActionRequest) => apiSend('POST', `${one(id)}/actions`, body, ZStaffDossier);

export const deleteResultFile = (id: string, fileId: string) =>
  apiSend('DELETE', `${one(id)}/result-files/${encodeURIComponent(fileId)}`, undefined, z.unknown()).then(() => undefined);

/** Opens in the browser (PDF, images) or downloads: the API chooses Content-Disposition. */
export const staffFileUrl = (id: string, fileId: string) => buildUrl(`${one(id)}/files/${encodeURIComponent(fileId)}`);

/** Result documents go up one by one with progress (XMLHttpRequest), under the staff session and CSRF token. */
export const resultUploadTarget = (id: string): UploadTarget => ({
  url: buildUrl(`${one(id)}/result-files`),
  headers: async (): Promise<Record<string, string>> => {
    const token = await csrfToken();
    return token ? { 'X-CSRF-Token': token } : {};
  },
  renew: refreshSession,
});
