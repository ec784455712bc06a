import {
  ZAccepted,
  ZAccount,
  ZActivationResult,
  ZRegisterResponse,
  type TAccount,
  type TLoginRequest,
  type TPasswordResetConfirm,
  type TRegisterRequest,
  type TUserKind,
} from '@portal/domain';
import { z } from 'zod';
import { apiGet, apiSend, isApiError, readCookie } from '../../lib/api-client.ts';

const ZEmpty = z.unknown();

/** The API's non-secret "a session may exist" cookie (apps/api/src/plugins/app/auth.ts), set and cleared with the session's. */
export const SESSION_HINT_COOKIE = 'session_hint';

export const hasSessionHint = (): boolean => readCookie(SESSION_HINT_COOKIE) !== undefined;

/**
 * The signed-in account, or null when signed out (GET /me answers 401 even after a refresh
 * attempt). Without the session hint the visitor is anonymous and nothing is asked — no
 * 401 on public pages — unless `evenWithoutHint` (the signed-in areas: a session from
 * before the hint existed is still found there, and GET /me then sets the hint).
 */
export async function fetchSession(signal?: AbortSignal, { evenWithoutHint = false }: { evenWithoutHint?: boolean } = {}): Promise<TAccount | null> {
  if (!evenWithoutHint && !hasSessionHint()) return null;
  try {
    return await apiGet('/api/v1/me', ZAccount, signal ? { signal } : {});
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

export const login = (body: TLoginRequest, entry: TUserKind) =>
  apiSend('POST', entry === 'staff' ? '/api/v1/staff/auth/login' : '/api/v1/auth/login', body, ZAccount);

export const logout = () => apiSend('POST', '/api/v1/auth/logout', {}, ZEmpty);

export const register = (body: TRegisterRequest) => apiSend('POST', '/api/v1/auth/register', body, ZRegisterResponse);

export const activate = (token: string) => apiSend('POST', '/api/v1/auth/activate', { token }, ZActivationResult);

export const resendActivation = (username: string) => apiSend('POST', '/api/v1/auth/activation/resend', { username }, ZAccepted);

export const requestPasswordReset = (email: string) => apiSend('POST', '/api/v1/auth/password-reset', { email }, ZAccepted);

export const confirmPasswordReset = (body: TPasswordResetConfirm) => apiSend('POST', '/api/v1/auth/password-reset/confirm', body, ZEmpty);

/** Where the captcha widget fetches its challenge. */
export const CAPTCHA_CHALLENGE_PATH = '/api/v1/auth/captcha';
