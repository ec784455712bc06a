import {
  ZDossier,
  ZDossierPage,
  ZDossierSummary,
  ZHistoryList,
  ZSubmitResult,
  type TDossierSort,
  type TDossierStatus,
  type TRatingRequest,
} from '@portal/domain';
import { z } from 'zod';
import { apiGet, apiSend, buildUrl, csrfToken, refreshSession } from '../../lib/api-client.ts';
import type { DossierClient } from './dossier-client.ts';

/** The signed-in citizen's dossiers (`/api/v1/dossiers`, api-contract.md). */
const base = '/api/v1/dossiers';
const one = (id: string) => `${base}/${encodeURIComponent(id)}`;

export interface DossierListParams {
  status?: TDossierStatus | undefined;
  q?: string | undefined;
  sort?: TDossierSort | undefined;
  limit?: number | undefined;
  cursor?: string | undefined;
}

export const listDossiers = (query: DossierListParams, signal?: AbortSignal) =>
  apiGet(base, ZDossierPage, { query: { ...query }, signal });

export const getDossierSummary = (signal?: AbortSignal) => apiGet(`${base}/summary`, ZDossierSummary, { signal });

export const getDossier = (id: string, signal?: AbortSignal) => apiGet(one(id), ZDossier, { signal });

export const getDossierHistory = (id: string, signal?: AbortSignal) => apiGet(`${one(id)}/history`, ZHistoryList, { signal });

export const deleteDossier = (id: string) => apiSend('DELETE', one(id), undefined, z.unknown()).then(() => undefined);

export const submitDossier = (id: string, version?: number) =>
  apiSend('POST', `${one(id)}/submit`, version === undefined ? {} : { version }, ZSubmitResult);

export const rateDossier = (id: string, body: TRatingRequest) => apiSend('POST', `${one(id)}/rating`, body, z.unknown());

export const dossierFileUrl = (id: string, fileId: string) => buildUrl(`${one(id)}/files/${encodeURIComponent(fileId)}`);

export const receiptUrl = (id: string) => buildUrl(`${one(id)}/receipt.pdf`);

/** The editor's client for a signed-in citizen: session cookie + CSRF token. */
export const citizenDossierClient: DossierClient = {
  create: (body) => apiSend('POST', base, body, ZDossier),
  get: getDossier,
  update: (id, body) => apiSend('PATCH', one(id), body, ZDossier),
  submit: (id, version) => submitDossier(id, version),
  supplement: (id, body) => apiSend('POST', `${one(id)}/supplement`, body, ZSubmitResult),
  deleteFile: (id, fileId) => apiSend('DELETE', `${one(id)}/files/${encodeURIComponent(fileId)}`, undefined, z.unknown()).then(() => undefined),
  uploadTarget: (id) => ({
    url: buildUrl(`${one(id)}/files`),
    headers: async (): Promise<Record<string, string>> => {
      const token = await csrfToken();
      return token ? { 'X-CSRF-Token': token } : {};
    },
    renew: refreshSession,
  }),
  fileUrl: dossierFileUrl,
};
