import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ZProcedureListQuery, ZStaffDossierListQuery, zText } from '@portal/domain';
import { TestBrowser, signedIn } from '../../../test/helpers/browser.ts';
import { createTestApp, type TestContext } from '../../../test/helpers/test-app.ts';
import { DEMO_PASSWORD } from '../../features/dossiers/dossier-test-kit.ts';
import { declaredKeys } from './strict-query.ts';

describe('declaredKeys', () => {
  it('reads the keys through optional, default, pipes, transforms, refinements, unions and intersections', () => {
    expect(declaredKeys(z.object({ a: z.string(), b: z.number().optional() }))).toEqual(new Set(['a', 'b']));
    expect(declaredKeys(z.object({ a: z.string() }).refine(() => true))).toEqual(new Set(['a']));
    expect(declaredKeys(z.object({ a: z.string() }).transform((value) => value.a))).toEqual(new Set(['a']));
    expect(declaredKeys(z.union([z.object({ a: z.string() }), z.object({ b: z.string() })]))).toEqual(new Set(['a', 'b']));
    expect(declaredKeys(z.intersection(z.object({ a: zText() }), z.object({ b: zText() })))).toEqual(new Set(['a', 'b']));
    expect(declaredKeys(z.object({ a: z.string() }).optional())).toEqual(new Set(['a']));
    expect(declaredKeys(ZStaffDossierListQuery)?.has('updatedSince')).toBe(true);
    expect(declaredKeys(ZProcedureListQuery)?.has('q')).toBe(true);
  });

  it('gives up (accepts any name) where the names are open', () => {
    expect(declaredKeys(z.any())).toBeNull();
    expect(declaredKeys(z.record(z.string(), z.string()))).toBeNull();
    expect(declaredKeys(z.looseObject({ a: z.string() }))).toBeNull();
    expect(declaredKeys(z.union([z.object({ a: z.string() }), z.any()]))).toBeNull();
  });
});

describe('unknown query parameters answer 400', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp();
  });
  afterAll(() => ctx.close());

  it('on a route with a querystring schema, naming each unknown parameter', async () => {
    const browser = new TestBrowser(ctx.app);
    const typo = await browser.get('/api/v1/procedures?q=giay&limt=5&page=2');
    expect(typo.statusCode, typo.body).toBe(400);
    expect(typo.headers['content-type']).toContain('application/problem+json');
    expect(typo.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: { limt: 'Tham số không được hỗ trợ', page: 'Tham số không được hỗ trợ' } });
    expect(Object.keys(typo.json().errors)).toEqual(['limt', 'page']);
    // In English for an English reader
    const english = await ctx.app.inject({ method: 'GET', url: '/api/v1/procedures?nope=1', headers: { 'accept-language': 'en' } });
    expect(english.json().errors).toEqual({ nope: 'Unknown parameter' });
    // The declared ones still work
    expect((await browser.get('/api/v1/procedures?q=giay&limit=5')).statusCode).toBe(200);
    expect((await browser.get('/api/v1/agencies?level=department')).statusCode).toBe(200);
  });

  it('on the staff list: updatedSince is declared, a misspelt one is refused instead of listing everything', async () => {
    const motcua = await signedIn(ctx.app, 'motcua', DEMO_PASSWORD, { staff: true });
    const all = await motcua.get('/api/v1/staff/dossiers?limit=100');
    expect(all.statusCode, all.body).toBe(200);
    const future = await motcua.get(`/api/v1/staff/dossiers?updatedSince=${encodeURIComponent(new Date(Date.now() + 3_600_000).toISOString())}`);
    expect(future.statusCode, future.body).toBe(200);
    expect(future.json()).toMatchObject({ items: [], total: 0 });
    const past = await motcua.get(`/api/v1/staff/dossiers?limit=100&updatedSince=${encodeURIComponent('2000-01-01T00:00:00+07:00')}`);
    expect(past.json().total).toBe(all.json().total);
    const misspelt = await motcua.get('/api/v1/staff/dossiers?updatedSnce=2000-01-01T00:00:00Z');
    expect(misspelt.statusCode).toBe(400);
    expect(misspelt.json().errors).toEqual({ updatedSnce: 'Tham số không được hỗ trợ' });
    const invalid = await motcua.get('/api/v1/staff/dossiers?updatedSince=yesterday');
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().errors).toHaveProperty('updatedSince');
  });

  it('on an API route that declares none; not on the SPA, static files or the OpenAPI document', async () => {
    const browser = new TestBrowser(ctx.app);
    const portal = await browser.get('/api/v1/procedures/00000000-0000-4000-8000-000000000000?x=1');
    expect(portal.statusCode).toBe(400);
    expect(portal.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: { x: 'Tham số không được hỗ trợ' } });
    expect((await browser.get('/api/openapi.json?v=2')).statusCode).toBe(200);
    expect((await browser.get('/api/health?x=1')).statusCode).not.toBe(400);
  });
});
