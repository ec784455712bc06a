import {
  GUEST_TOKEN_HEADER,
  ZDossier,
  ZGuestConfirmResult,
  ZGuestDossierCreated,
  ZProblem,
  ZSubmitResult,
  type TDossierCreate,
} from '@portal/domain';
import { z } from 'zod';
import { ApiError, CLIENT_ERROR_CODES, apiSend, buildUrl, readCookie } from '../../lib/api-client.ts';
import type { DossierClient } from '../dossiers/dossier-client.ts';

/**
 * Submission without an account (seed 004, contract in @portal/domain dossiers.ts): the
 * dossier is created with the e-mail and the captcha, and the API answers with a secret
 * `guestToken`. Every later call sends it as `X-Guest-Token`. The token is kept in
 * sessionStorage for this tab only, so a reload continues the dossier and closing the
 * browser forgets it.
 */
const STORAGE_PREFIX = 'portal.guestDossier.';

export const guestTokenStore = {
  get(dossierId: string): string | null {
    try {
      return sessionStorage.getItem(STORAGE_PREFIX + dossierId);
    } catch {
      return null;
    }
  },
  set(dossierId: string, token: string): void {
    try {
      sessionStorage.setItem(STORAGE_PREFIX + dossierId, token);
    } catch {
      // storage disabled: the dossier still works until the page is reloaded
    }
  },
  remove(dossierId: string): void {
    try {
      sessionStorage.removeItem(STORAGE_PREFIX + dossierId);
    } catch {
      // nothing stored
    }
  },
};

const one = (id: string) => `/api/v1/dossiers/${encodeURIComponent(id)}`;

/** Headers of a guest call: the token, and the CSRF copy in case the browser also holds a session cookie. */
const guestHeaders = (token: string): Record<string, string> => {
  const headers: Record<string, string> = { [GUEST_TOKEN_HEADER]: token };
  const csrf = readCookie('csrf_token');
  if (csrf) headers['X-CSRF-Token'] = csrf;
  return headers;
};

async function guestRequest<S extends z.ZodType>(method: string, path: string, token: string, schema: S, body?: unknown, signal?: AbortSignal): Promise<z.output<S>> {
  const headers = new Headers({ Accept: 'application/json, application/problem+json', ...guestHeaders(token) });
  if (body !== undefined) headers.set('Content-Type', 'application/json');
  let response: Response;
  try {
    response = await fetch(buildUrl(path), { method, headers, body: body === undefined ? null : JSON.stringify(body), signal: signal ?? null });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError({ status: 0, code: CLIENT_ERROR_CODES.network, title: 'Network request failed', fromServer: false, cause: error });
  }
  const text = await response.text();
  let payload: unknown;
  try {
    payload = text === '' ? undefined : JSON.parse(text);
  } catch {
    payload = undefined;
  }
  if (!response.ok) {
    const problem = ZProblem.safeParse(payload);
    if (problem.success) throw ApiError.fromProblem(problem.data);
    throw new ApiError({ status: response.status, code: CLIENT_ERROR_CODES.http, title: `HTTP ${response.status}`, fromServer: false });
  }
  const parsed = schema.safeParse(payload);
  if (!parsed.success) {
    throw new ApiError({ status: response.status, code: CLIENT_ERROR_CODES.invalidResponse, title: 'Response does not match the expected schema', fromServer: false, cause: parsed.error });
  }
  return parsed.data;
}

export interface GuestCredentials {
  email: string;
  captcha: string;
  locale: 'vi' | 'en';
}

/**
 * The editor's client for a guest. `credentials()` gives the e-mail and captcha at the
 * moment the dossier is created; `tokenOf` finds the token of an existing one.
 */
export function guestDossierClient({ credentials, tokenOf }: { credentials: () => GuestCredentials; tokenOf: (dossierId: string) => string | null }): DossierClient {
  const token = (id: string): string => {
    const value = tokenOf(id);
    // Without the token the API would answer 404: say it the same way.
    if (!value) throw new ApiError({ status: 404, code: 'DOSSIER_NOT_FOUND', title: 'Không tìm thấy hồ sơ', fromServer: false });
    return value;
  };
  return {
    async create(body: TDossierCreate) {
      const created = await apiSend('POST', '/api/v1/guest-dossiers', { ...body, ...credentials() }, ZGuestDossierCreated);
      guestTokenStore.set(created.dossier.id, created.guestToken);
      return created.dossier;
    },
    get: (id, signal) => guestRequest('GET', one(id), token(id), ZDossier, undefined, signal),
    update: (id, body) => guestRequest('PATCH', one(id), token(id), ZDossier, body),
    submit: (id, version) => guestRequest('POST', `${one(id)}/submit`, token(id), ZSubmitResult, { version }),
    supplement: () => Promise.reject(new Error('A guest dossier cannot be supplemented: a new dossier is needed (seed 004)')),
    deleteFile: async (id, fileId) => {
      await guestRequest('DELETE', `${one(id)}/files/${encodeURIComponent(fileId)}`, token(id), z.unknown());
    },
    uploadTarget: (id) => ({ url: buildUrl(`${one(id)}/files`), headers: async () => guestHeaders(token(id)) }),
    // A plain link cannot carry the token header.
    fileUrl: () => null,
  };
}

export const confirmGuestDossier = (token: string) => apiSend('POST', '/api/v1/guest-dossiers/confirm', { token }, ZGuestConfirmResult);
