import { z } from 'zod';
import { describe, expect, it, vi } from 'vitest';
import { json, mockFetch, problem } from '../test/fetch-mock.ts';
import { apiGet, apiSend, ApiError, buildUrl } from './api-client.ts';

const ZDossier = z.object({ id: z.string(), status: z.string() });

describe('api-client', () => {
  it('turns a problem+json 409 into an ApiError with code, title and field errors', async () => {
    mockFetch({
      '/api/v1/dossiers/d1': () =>
        problem({
          type: 'https://dichvucong.example/problems/dossier-not-editable',
          title: 'Hồ sơ đã gửi, không thể chỉnh sửa',
          status: 409,
          code: 'DOSSIER_NOT_EDITABLE',
          errors: { formData: 'Không được thay đổi sau khi gửi' },
          requestId: 'req-1',
        }),
    });

    const error = await apiSend('PATCH', '/api/v1/dossiers/d1', { formData: {} }, ZDossier).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 409,
      code: 'DOSSIER_NOT_EDITABLE',
      title: 'Hồ sơ đã gửi, không thể chỉnh sửa',
      fieldErrors: { formData: 'Không được thay đổi sau khi gửi' },
      requestId: 'req-1',
      fromServer: true,
    });
  });

  it('asks for field errors in the language of the page (Accept-Language)', async () => {
    const { fetchMock } = mockFetch({ '/api/v1/dossiers': () => json({ id: 'd1', status: 'sent' }) });
    const previous = document.documentElement.lang;
    try {
      for (const language of ['en', 'vi']) {
        document.documentElement.lang = language;
        await apiGet('/api/v1/dossiers', ZDossier);
        expect(new Headers(fetchMock.mock.calls.at(-1)?.[1]?.headers).get('Accept-Language')).toBe(language);
      }
    } finally {
      document.documentElement.lang = previous;
    }
  });

  it('parses a successful response with the schema and sends cookies', async () => {
    const { fetchMock, requested } = mockFetch({
      '/api/v1/dossiers': () => json({ items: [{ id: 'd1', status: 'sent', extra: 'ignored' }], nextCursor: null }),
    });

    const page = await apiGet('/api/v1/dossiers', z.object({ items: z.array(ZDossier), nextCursor: z.string().nullable() }), {
      query: { status: 'sent', cursor: undefined, q: '' },
    });

    expect(page.items).toEqual([{ id: 'd1', status: 'sent' }]);
    expect(requested()[0]?.search).toBe('?status=sent');
    expect(fetchMock.mock.calls[0]?.[1]).toMatchObject({ method: 'GET', credentials: 'include' });
  });

  it('copies the csrf_token cookie into X-CSRF-Token on writes only', async () => {
    document.cookie = 'csrf_token=t%2Bk3n';
    const { fetchMock } = mockFetch({
      '/api/v1/dossiers': (_url, init) =>
        json({ id: 'd1', status: init?.method === 'POST' ? 'unsent' : 'sent' }, { status: init?.method === 'POST' ? 201 : 200 }),
    });

    await apiSend('POST', '/api/v1/dossiers', { procedureId: 'p1' }, ZDossier);
    await apiGet('/api/v1/dossiers', ZDossier);

    const [post, get] = fetchMock.mock.calls.map(([, init]) => new Headers(init?.headers));
    expect(post?.get('X-CSRF-Token')).toBe('t+k3n');
    expect(post?.get('Content-Type')).toBe('application/json');
    expect(get?.has('X-CSRF-Token')).toBe(false);
    expect(fetchMock.mock.calls[0]?.[1]?.body).toBe('{"procedureId":"p1"}');
  });

  it('asks for a CSRF token before the first write when only cached pages were read', async () => {
    document.cookie = 'csrf_token=; expires=Thu, 01 Jan 1970 00:00:00 GMT';
    const { fetchMock } = mockFetch({
      '/api/v1/auth/csrf': () => {
        document.cookie = 'csrf_token=fresh.token';
        return new Response(null, { status: 204 });
      },
      '/api/v1/dossiers': () => json({ id: 'd1', status: 'unsent' }, { status: 201 }),
    });

    await apiSend('POST', '/api/v1/dossiers', { procedureId: 'p1' }, ZDossier);

    expect(fetchMock.mock.calls.map(([url]) => new URL(String(url), 'http://x').pathname)).toEqual(['/api/v1/auth/csrf', '/api/v1/dossiers']);
    expect(new Headers(fetchMock.mock.calls[1]?.[1]?.headers).get('X-CSRF-Token')).toBe('fresh.token');
  });

  it('reports a network failure as NETWORK_ERROR', async () => {
    mockFetch({
      '/api/v1/portal': () => {
        throw new TypeError('Failed to fetch');
      },
    });
    await expect(apiGet('/api/v1/portal', z.object({}))).rejects.toMatchObject({ status: 0, code: 'NETWORK_ERROR' });
  });

  it('reports a non-problem error page (e.g. a proxy 502) without inventing a title', async () => {
    mockFetch({
      '/api/v1/portal': () => new Response('<html>Bad gateway</html>', { status: 502, headers: { 'Content-Type': 'text/html' } }),
    });
    await expect(apiGet('/api/v1/portal', z.object({}))).rejects.toMatchObject({
      status: 502,
      code: 'HTTP_ERROR',
      fromServer: false,
    });
  });

  it('rejects a response that does not match the schema', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    mockFetch({ '/api/v1/dossiers/d1': () => json({ id: 1 }) });
    await expect(apiGet('/api/v1/dossiers/d1', ZDossier)).rejects.toMatchObject({ code: 'INVALID_RESPONSE' });
    expect(consoleError).toHaveBeenCalled();
  });

  it('builds query strings without empty values', () => {
    expect(buildUrl('/api/v1/procedures', { q: 'giấy phép', limit: 8, agencyId: undefined, fieldId: null, level: '' })).toBe(
      '/api/v1/procedures?q=gi%E1%BA%A5y+ph%C3%A9p&limit=8',
    );
  });

  describe('an expired access token', () => {
    const unauthenticated = () => problem({ type: 'about:blank', title: 'Vui lòng đăng nhập', status: 401, code: 'UNAUTHENTICATED' });

    it('is renewed once with POST /auth/refresh (with the CSRF header) and the request is retried', async () => {
      document.cookie = 'csrf_token=abc.def';
      let renewed = false;
      const { fetchMock } = mockFetch({
        '/api/v1/dossiers': () => (renewed ? json({ id: 'd1', status: 'sent' }) : unauthenticated()),
        '/api/v1/auth/refresh': () => {
          renewed = true;
          return new Response(null, { status: 204 });
        },
      });
      await expect(apiGet('/api/v1/dossiers', ZDossier)).resolves.toEqual({ id: 'd1', status: 'sent' });
      const calls = fetchMock.mock.calls.map(([url, init]) => `${init?.method} ${new URL(String(url), 'http://localhost').pathname}`);
      expect(calls).toEqual(['GET /api/v1/dossiers', 'POST /api/v1/auth/refresh', 'GET /api/v1/dossiers']);
      expect(new Headers(fetchMock.mock.calls[1]?.[1]?.headers).get('X-CSRF-Token')).toBe('abc.def');
    });

    it('surfaces the 401 when the session cannot be renewed, and refreshes once for parallel calls', async () => {
      const { fetchMock } = mockFetch({
        '/api/v1/dossiers': unauthenticated,
        '/api/v1/auth/refresh': () => problem({ type: 'about:blank', title: 'Phiên đăng nhập đã hết hạn', status: 401, code: 'SESSION_EXPIRED' }),
      });
      const results = await Promise.allSettled([apiGet('/api/v1/dossiers', ZDossier), apiGet('/api/v1/dossiers', ZDossier)]);
      expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
      expect((results[0] as PromiseRejectedResult).reason).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
      expect(fetchMock.mock.calls.filter(([url]) => String(url).endsWith('/api/v1/auth/refresh'))).toHaveLength(1);
    });

    it('is not refreshed for the login itself: a wrong password stays a wrong password', async () => {
      document.cookie = 'csrf_token=abc.def';
      const { fetchMock } = mockFetch({
        '/api/v1/auth/login': () => problem({ type: 'about:blank', title: 'Sai', status: 401, code: 'INVALID_CREDENTIALS' }),
      });
      await expect(apiSend('POST', '/api/v1/auth/login', {}, ZDossier)).rejects.toMatchObject({ code: 'INVALID_CREDENTIALS' });
      expect(fetchMock).toHaveBeenCalledTimes(1);
    });
  });
});
