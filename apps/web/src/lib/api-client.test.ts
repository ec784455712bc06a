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
});
