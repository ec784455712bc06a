import { vi } from 'vitest';

type Handler = (url: URL, init: RequestInit | undefined) => Response | Promise<Response>;

export const json = (body: unknown, init: ResponseInit = {}) =>
  new Response(JSON.stringify(body), {
    status: 200,
    ...init,
    headers: { 'Content-Type': 'application/json', ...init.headers },
  });

export const problem = (body: Record<string, unknown>) =>
  new Response(JSON.stringify(body), {
    status: Number(body.status),
    headers: { 'Content-Type': 'application/problem+json' },
  });

/**
 * Replaces global fetch with a router keyed by pathname ("/api/v1/procedures").
 * Unknown paths answer 404 problem+json, like the API would.
 */
export function mockFetch(routes: Record<string, Handler>) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, 'http://localhost');
    const handler = routes[url.pathname];
    if (handler) return handler(url, init);
    return problem({ type: 'about:blank', title: 'Không tìm thấy', status: 404, code: 'NOT_FOUND' });
  });
  vi.stubGlobal('fetch', fetchMock);
  // A test that answers GET /me plays a browser that may have a session: the API's hint
  // cookie is there, so the SPA asks (features/auth/api.ts). Tests of anonymous visits remove it.
  if (routes['/api/v1/me']) document.cookie = 'session_hint=1; path=/';
  /** URLs requested so far, as URL objects, for asserting query parameters. */
  const requested = () => fetchMock.mock.calls.map(([input]) => new URL(String(input), 'http://localhost'));
  return { fetchMock, requested };
}
