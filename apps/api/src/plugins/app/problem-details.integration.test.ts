/**
 * Errors raised outside the zod layer — by the router (malformed percent-escapes, overlong
 * path parameters) and by Fastify's body parsers — answer application/problem+json with
 * a stable code like every other error, never Fastify's own JSON.
 */
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translateDomainMessage } from '@portal/domain';
import { signedIn } from '../../../test/helpers/browser.ts';
import { createTestApp, type TestContext } from '../../../test/helpers/test-app.ts';

describe('errors outside the zod layer', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp();
  });
  afterAll(() => ctx.close());

  const expectProblem = (response: LightMyRequestResponse, status: number, code: string) => {
    expect(response.statusCode, response.body).toBe(status);
    expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    const body = response.json();
    expect(body).toMatchObject({ status, code, title: expect.any(String), requestId: expect.any(String) });
    expect(body).not.toHaveProperty('error');
    expect(body).not.toHaveProperty('statusCode');
    return body;
  };

  it.each(['/api/v1/agencies/%FF%FE', '/api/v1/procedures/%E0%A4%A', '/thu-tuc/%FF'])('answers 400 BAD_REQUEST to the malformed escape in %s', async (url) => {
    const response = await ctx.app.inject({ method: 'GET', url });
    const body = expectProblem(response, 400, 'BAD_REQUEST');
    expect(body).toMatchObject({ title: 'Yêu cầu không hợp lệ', detail: expect.stringMatching(/percent-encoding/), instance: url });
    expect(response.headers['x-request-id']).toBe(body.requestId);
  });

  it.each([`/api/v1/procedures/${'a'.repeat(150)}`, `/api/v1/agencies/${'a'.repeat(150)}`, `/api/v1/procedures/1.${'0'.repeat(120)}.H18`])(
    'lets a path parameter over 100 characters reach its route, whose validation answers (%s)',
    async (url) => {
      const response = await ctx.app.inject({ method: 'GET', url });
      // The route's own answer to a value that names nothing: 400 from its schema or 404
      expect([400, 404], response.body).toContain(response.statusCode);
      const body = expectProblem(response, response.statusCode, response.json().code);
      expect(body.code).toMatch(/^(VALIDATION_FAILED|[A-Z_]*NOT_FOUND)$/);
    },
  );

  it('answers 414 URI_TOO_LONG to a path parameter past the router’s limit', async () => {
    const body = expectProblem(await ctx.app.inject({ method: 'GET', url: `/api/v1/procedures/${'a'.repeat(1500)}` }), 414, 'URI_TOO_LONG');
    expect(body.title).toBe('Địa chỉ yêu cầu quá dài');
  });

  describe('body parsing', () => {
    // A public write without a session: no CSRF token needed, the body is parsed.
    const post = (payload: string | Buffer, headers: Record<string, string>) => ctx.app.inject({ method: 'POST', url: '/api/v1/auth/activate', payload, headers });

    it('answers 400 to an empty body sent as application/json', async () => {
      const body = expectProblem(await post('', { 'content-type': 'application/json' }), 400, 'BAD_REQUEST');
      expect(body.detail).toMatch(/empty/);
    });

    it('answers 400 to invalid JSON', async () => {
      const body = expectProblem(await post('{"token": ', { 'content-type': 'application/json' }), 400, 'BAD_REQUEST');
      expect(body.detail).toBe('Invalid JSON body');
    });

    it('answers 400 to a body whose size is not its Content-Length', async () => {
      expectProblem(await post('{}', { 'content-type': 'application/json', 'content-length': '5' }), 400, 'BAD_REQUEST');
    });

    it('answers 413 to a body over the limit', async () => {
      const body = expectProblem(await post(JSON.stringify({ token: 'x'.repeat(2 * 1024 * 1024) }), { 'content-type': 'application/json' }), 413, 'PAYLOAD_TOO_LARGE');
      expect(body.title).toBe('Dữ liệu gửi lên quá lớn');
    });

    it.each(['application/xml', 'application/x-www-form-urlencoded', ''])('answers 415 to Content-Type "%s"', async (type) => {
      expectProblem(await post('<token/>', { 'content-type': type }), 415, 'UNSUPPORTED_MEDIA_TYPE');
    });

    it('answers 400 to a prototype-poisoning JSON body', async () => {
      expectProblem(await post('{"__proto__": {"admin": true}}', { 'content-type': 'application/json' }), 400, 'BAD_REQUEST');
    });
  });

  it('answers an unknown API address and method with 404 problem+json', async () => {
    expectProblem(await ctx.app.inject({ method: 'GET', url: '/api/v1/khong-co' }), 404, 'NOT_FOUND');
    expectProblem(await ctx.app.inject({ method: 'PROPFIND', url: '/api/v1/procedures' }), 404, 'NOT_FOUND');
  });

  describe('validation messages', () => {
    const createDossier = async (language?: string) => {
      const citizen = await signedIn(ctx.app, 'congdan', 'Demo@2025');
      return citizen.request('POST', '/api/v1/dossiers', { procedureId: '' }, { headers: language ? { 'accept-language': language } : {} });
    };
    const libraryText = /expected|received|Too (small|big)|Invalid (input|option|string)|characters/;

    it('are Vietnamese, never zod’s English defaults', async () => {
      const body = expectProblem(await createDossier(), 400, 'VALIDATION_FAILED');
      expect(body.title).toBe('Dữ liệu không hợp lệ');
      expect(Object.keys(body.errors)).toContain('procedureId');
      for (const message of Object.values(body.errors) as string[]) expect(message).not.toMatch(libraryText);
      const citizen = await signedIn(ctx.app, 'congdan', 'Demo@2025');
      const malformed = expectProblem(
        await citizen.request('POST', '/api/v1/dossiers', { procedureId: '00000000-0000-4000-8000-000000000000', formData: 'x' }),
        400,
        'VALIDATION_FAILED',
      );
      expect(malformed.errors).toEqual({ formData: 'Phải là một đối tượng' });
      const english = expectProblem(
        await citizen.request('POST', '/api/v1/dossiers', { procedureId: '00000000-0000-4000-8000-000000000000', formData: 'x' }, { headers: { 'accept-language': 'en' } }),
        400,
        'VALIDATION_FAILED',
      );
      expect(english.errors).toEqual({ formData: 'Must be an object' });
    });

    it('are English when the request asks for it (Accept-Language: en)', async () => {
      const body = expectProblem(await createDossier('en-GB,en;q=0.9,vi;q=0.5'), 400, 'VALIDATION_FAILED');
      const vietnamese = expectProblem(await createDossier('vi'), 400, 'VALIDATION_FAILED');
      expect(body.errors.procedureId).toBe(translateDomainMessage(vietnamese.errors.procedureId, 'en'));
      expect(body.errors.procedureId).not.toBe(vietnamese.errors.procedureId);
    });
  });
});
