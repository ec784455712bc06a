/**
 * The typed client (`@portal/api-client`: openapi-typescript types of /api/openapi.json,
 * called through openapi-fetch) with the Bearer token added to every request, and one
 * helper that turns an error answer (application/problem+json) into an exception.
 */
import { createPortalClient, type PortalClient, type Problem } from '@portal/api-client';
import type { Middleware } from 'openapi-fetch';
import type { TokenSource } from './token.ts';

export type PortalApi = PortalClient;
export type { Problem };

/** A client that sends `Authorization: Bearer <token>`, refreshed by `tokens` before it expires. */
export function createPortalApi(baseUrl: string, tokens?: TokenSource): PortalApi {
  const api = createPortalClient({ baseUrl });
  if (tokens) {
    const bearer: Middleware = {
      async onRequest({ request }) {
        request.headers.set('authorization', `Bearer ${await tokens.get()}`);
        return request;
      },
      async onResponse({ response }) {
        // A token revoked or expired early: ask for a new one next time.
        if (response.status === 401) tokens.invalidate();
        return response;
      },
    };
    api.use(bearer);
  }
  return api;
}

export class PortalError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Partial<Problem>,
    what: string,
  ) {
    super(`${what}: HTTP ${status} ${problem.code ?? ''} ${problem.detail ?? problem.title ?? ''}${problem.errors ? ` ${JSON.stringify(problem.errors)}` : ''}`.trim());
  }
}

/** `data` of an openapi-fetch answer, or a PortalError naming the call and the problem's code */
export function ok<T>(what: string, result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || result.data === undefined) {
    throw new PortalError(result.response.status, (result.error ?? {}) as Partial<Problem>, what);
  }
  return result.data;
}
