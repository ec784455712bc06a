import type { z } from 'zod';
import { ZProblem, type TProblem } from '@portal/domain';

/**
 * Codes the client itself produces when it never got a problem+json answer.
 * Everything else in `ApiError.code` is a stable code sent by the API.
 */
export const CLIENT_ERROR_CODES = {
  network: 'NETWORK_ERROR',
  http: 'HTTP_ERROR',
  invalidResponse: 'INVALID_RESPONSE',
} as const;

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  /** Human title in Vietnamese, written by the API; a technical summary when `!fromServer`. */
  readonly title: string;
  readonly detail: string | undefined;
  readonly fieldErrors: Readonly<Record<string, string>>;
  /** Machine-readable context some codes carry, e.g. `kind` of WRONG_LOGIN_ENTRY */
  readonly details: Readonly<Record<string, unknown>> | undefined;
  readonly requestId: string | undefined;
  /** True when the title/fieldErrors come from a problem+json body the API wrote for people. */
  readonly fromServer: boolean;

  constructor(init: {
    status: number;
    code: string;
    title: string;
    detail?: string | undefined;
    fieldErrors?: Record<string, string> | undefined;
    details?: Record<string, unknown> | undefined;
    requestId?: string | undefined;
    fromServer: boolean;
    cause?: unknown;
  }) {
    super(`${init.status} ${init.code}: ${init.title}`, { cause: init.cause });
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.title = init.title;
    this.detail = init.detail;
    this.fieldErrors = init.fieldErrors ?? {};
    this.details = init.details;
    this.requestId = init.requestId;
    this.fromServer = init.fromServer;
  }

  static fromProblem(problem: TProblem): ApiError {
    return new ApiError({
      status: problem.status,
      code: problem.code,
      title: problem.title,
      detail: problem.detail,
      fieldErrors: problem.errors,
      details: problem.details,
      requestId: problem.requestId,
      fromServer: true,
    });
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;

export type QueryValue = string | number | boolean | null | undefined;
export type QueryParams = Readonly<Record<string, QueryValue>>;

/** Same-origin by default (Vite proxies /api in development); set VITE_API_ORIGIN to call another host. */
const API_ORIGIN: string = import.meta.env.VITE_API_ORIGIN ?? '';

const CSRF_COOKIE = 'csrf_token';
const CSRF_HEADER = 'X-CSRF-Token';

/** Builds `path?query`, leaving out empty values so URLs stay short and cacheable. */
export function buildUrl(path: string, query?: QueryParams): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    params.append(key, String(value));
  }
  const qs = params.toString();
  return `${API_ORIGIN}${path}${qs ? `?${qs}` : ''}`;
}

export function readCookie(name: string): string | undefined {
  if (typeof document === 'undefined') return undefined;
  for (const part of document.cookie.split(';')) {
    const [rawKey, ...rest] = part.trim().split('=');
    if (rawKey === name) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

/**
 * Publicly cacheable answers (the catalogue) carry no cookie, so a visitor who has only
 * read the catalogue asks for a CSRF token before the first write.
 */
async function fetchCsrfToken(): Promise<string | undefined> {
  try {
    await fetch(buildUrl('/api/v1/auth/csrf'), { credentials: 'include', headers: { Accept: 'application/json' } });
  } catch {
    return undefined; // the write itself will report the network failure
  }
  return readCookie(CSRF_COOKIE);
}

/** The CSRF token for a write: the cookie's, or a fresh one; also for writes this client does not make (XMLHttpRequest uploads). */
export async function csrfToken(): Promise<string | undefined> {
  return readCookie(CSRF_COOKIE) ?? (await fetchCsrfToken());
}

type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Auth endpoints whose 401 means "wrong credentials" or "no session", never "refresh and retry". */
const NO_REFRESH_PATHS = ['/api/v1/auth/', '/api/v1/staff/auth/'];

let refreshing: Promise<boolean> | null = null;

/**
 * POST /api/v1/auth/refresh once for all callers that hit a 401 at the same time (the
 * refresh token rotates: two parallel refreshes would look like token reuse).
 */
export function refreshSession(): Promise<boolean> {
  const refresh = async () => {
    const headers = new Headers({ Accept: 'application/json, application/problem+json' });
    const csrf = await csrfToken();
    if (csrf) headers.set(CSRF_HEADER, csrf);
    const response = await fetch(buildUrl('/api/v1/auth/refresh'), { method: 'POST', headers, credentials: 'include' });
    return response.ok;
  };
  refreshing ??= (async () => {
    try {
      // Other tabs share the cookies: one refresh at a time across tabs too, so the second
      // one sends the already-rotated token instead of looking like a reuse.
      const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
      return locks ? await locks.request('portal-session-refresh', refresh) : await refresh();
    } catch {
      return false;
    } finally {
      refreshing = null;
    }
  })();
  return refreshing;
}

async function request<S extends z.ZodType>(
  method: HttpMethod,
  url: string,
  schema: S,
  init: { body?: unknown; signal?: AbortSignal | undefined; noRefresh?: boolean },
): Promise<z.output<S>> {
  const headers = new Headers({ Accept: 'application/json, application/problem+json' });
  // Field errors in the language of the page, not of the browser
  if (typeof document !== 'undefined' && document.documentElement.lang) headers.set('Accept-Language', document.documentElement.lang);
  if (init.body !== undefined) headers.set('Content-Type', 'application/json');
  if (method !== 'GET') {
    // Double-submit cookie: the API compares this header with the cookie it set.
    const csrf = await csrfToken();
    if (csrf) headers.set(CSRF_HEADER, csrf);
  }

  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers,
      credentials: 'include',
      body: init.body === undefined ? null : JSON.stringify(init.body),
      signal: init.signal ?? null,
    });
  } catch (error) {
    // Cancellation is not a failure: let React Query (or the caller) see the AbortError.
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError({
      status: 0,
      code: CLIENT_ERROR_CODES.network,
      title: 'Network request failed',
      fromServer: false,
      cause: error,
    });
  }

  if (response.status === 401 && !init.noRefresh && (await refreshSession())) {
    // The access token had expired and the session was renewed: try once more.
    return request(method, url, schema, { ...init, noRefresh: true });
  }
  if (!response.ok) throw await toApiError(response);

  const payload: unknown = response.status === 204 ? undefined : await readJson(response);
  const parsed = schema.safeParse(payload);
  if (!parsed.success) {
    // The API and the SPA share schemas; a mismatch is a deployment bug worth seeing in the console.
    console.error(`[api] ${method} ${url}: response does not match schema`, parsed.error.issues);
    throw new ApiError({
      status: response.status,
      code: CLIENT_ERROR_CODES.invalidResponse,
      title: 'Response does not match the expected schema',
      fromServer: false,
      cause: parsed.error,
    });
  }
  return parsed.data;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new ApiError({
      status: response.status,
      code: CLIENT_ERROR_CODES.invalidResponse,
      title: 'Response is not JSON',
      fromServer: false,
      cause: error,
    });
  }
}

async function toApiError(response: Response): Promise<ApiError> {
  const contentType = response.headers.get('Content-Type') ?? '';
  if (contentType.includes('json')) {
    try {
      const problem = ZProblem.safeParse(await response.json());
      if (problem.success) return ApiError.fromProblem(problem.data);
    } catch {
      // fall through: a proxy or crash page, not our API
    }
  }
  return new ApiError({
    status: response.status,
    code: CLIENT_ERROR_CODES.http,
    title: `HTTP ${response.status} ${response.statusText}`.trim(),
    fromServer: false,
  });
}

const refreshAllowed = (path: string) => !NO_REFRESH_PATHS.some((prefix) => path.startsWith(prefix));

export function apiGet<S extends z.ZodType>(
  path: string,
  schema: S,
  options: { query?: QueryParams; signal?: AbortSignal } = {},
): Promise<z.output<S>> {
  return request('GET', buildUrl(path, options.query), schema, { signal: options.signal, noRefresh: !refreshAllowed(path) });
}

export function apiSend<S extends z.ZodType>(
  method: Exclude<HttpMethod, 'GET'>,
  path: string,
  body: unknown,
  schema: S,
  options: { signal?: AbortSignal } = {},
): Promise<z.output<S>> {
  return request(method, buildUrl(path), schema, { body, signal: options.signal, noRefresh: !refreshAllowed(path) });
}
