import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../test/helpers/test-app.ts';

describe('public catalogue API', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp();
  });
  afterAll(() => ctx.close());

  const get = (url: string) => ctx.app.inject({ method: 'GET', url });

  it('lists the departments of the demo province', async () => {
    const response = await get('/api/v1/agencies?level=department');
    expect(response.statusCode).toBe(200);
    const { items, nextCursor } = response.json();
    expect(items.length).toBeGreaterThanOrEqual(8);
    expect(nextCursor).toBeNull();
    expect(items.every((agency: { level: string }) => agency.level === 'department')).toBe(true);
    expect(items.map((agency: { name: string }) => agency.name)).toContain('Sở Xây dựng tỉnh Điện Biên');
  });

  it('pages through procedures with a cursor, without repeats', async () => {
    const seen = new Set<string>();
    let cursor: string | null = null;
    for (let page = 0; page < 20; page++) {
      const response = await get(`/api/v1/procedures?limit=15${cursor ? `&cursor=${cursor}` : ''}`);
      expect(response.statusCode).toBe(200);
      const body = response.json();
      for (const item of body.items) {
        expect(seen.has(item.id)).toBe(false);
        seen.add(item.id);
      }
      cursor = body.nextCursor;
      if (!cursor) break;
    }
    expect(cursor).toBeNull();
    expect(seen.size).toBe(await ctx.prisma.procedure.count());
    expect(seen.size).toBeGreaterThanOrEqual(40);
  });

  it('finds "Cấp giấy phép xây dựng" when typed without diacritics', async () => {
    const response = await get(`/api/v1/procedures?q=${encodeURIComponent('giay phep xay dung')}`);
    expect(response.statusCode).toBe(200);
    const names = response.json().items.map((item: { name: string }) => item.name);
    expect(names).toContain('Cấp giấy phép xây dựng');
  });

  it('lists only online procedures for the online-services tab', async () => {
    const all = (await get('/api/v1/procedures?limit=100')).json().items;
    const online = (await get('/api/v1/procedures?limit=100&online=true')).json().items;
    expect(online.length).toBeGreaterThan(0);
    expect(online.length).toBeLessThan(all.length);
    expect(online.every((item: { onlineEnabled: boolean }) => item.onlineEnabled)).toBe(true);
  });

  it('fetches a procedure by code and by id, with components and its online form', async () => {
    const list = (await get(`/api/v1/procedures?q=${encodeURIComponent('Đăng ký khai sinh')}`)).json().items;
    const khaiSinh = list.find((item: { name: string }) => item.name === 'Đăng ký khai sinh');
    expect(khaiSinh).toBeDefined();
    const byId = await get(`/api/v1/procedures/${khaiSinh.id}`);
    expect(byId.statusCode).toBe(200);
    const detail = byId.json();
    expect(detail.components.length).toBeGreaterThan(0);
    expect(detail.form.sections[0].fields.length).toBeGreaterThan(0);
    expect(detail.steps.length).toBeGreaterThan(0);
    expect(detail.handlingAgencies.length).toBeGreaterThanOrEqual(4);
    const again = await get(`/api/v1/procedures/${encodeURIComponent(detail.code)}`);
    expect(again.json().id).toBe(detail.id);
  });

  it('answers 404 problem+json for an unknown procedure id or code', async () => {
    for (const key of ['0190f3c4-0000-7000-8000-000000000000', 'NO.SUCH.CODE']) {
      const response = await get(`/api/v1/procedures/${key}`);
      expect(response.statusCode).toBe(404);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json()).toMatchObject({ status: 404, code: 'PROCEDURE_NOT_FOUND' });
    }
  });

  it('answers 400 with field errors for bad query parameters', async () => {
    const response = await get('/api/v1/procedures?limit=abc&level=level9');
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(Object.keys(body.errors)).toEqual(expect.arrayContaining(['limit', 'level']));
  });

  it('lets browsers and proxies cache the public catalogue', async () => {
    const response = await get('/api/v1/fields');
    expect(response.headers['cache-control']).toMatch(/public, max-age=\d+/);
  });

  it('names the province that runs the portal', async () => {
    const response = await get('/api/v1/portal');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ provinceName: 'Điện Biên', authorityName: 'Ủy ban nhân dân tỉnh Điện Biên' });
  });
});
