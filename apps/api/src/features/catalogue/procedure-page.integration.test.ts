import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFormDataSchema, ZProcedureDetail, type TProcedureDetail } from '@portal/domain';
import { createTestApp, type TestContext } from '../../../test/helpers/test-app.ts';

describe('procedure page, templates and HTTP caching', () => {
  let ctx: TestContext;
  let permit: TProcedureDetail;
  beforeAll(async () => {
    ctx = await createTestApp();
    permit = (await ctx.app.inject({ method: 'GET', url: '/api/v1/procedures/1.009994.H18' })).json();
  });
  afterAll(() => ctx.close());

  const get = (url: string, headers: Record<string, string> = {}) => ctx.app.inject({ method: 'GET', url, headers });

  it('has every section of the procedure page', () => {
    expect(permit).toMatchObject({
      code: '1.009994.H18',
      name: 'Cấp giấy phép xây dựng',
      serviceLevel: 'partial_online',
      legacyLevel: 3,
      onlineEnabled: true,
      processingDays: 20,
      agency: { name: 'Sở Xây dựng tỉnh Điện Biên' },
      field: { name: expect.any(String) },
    });
    expect(permit.steps.length).toBeGreaterThanOrEqual(3);
    expect(permit.fees[0]).toMatchObject({ amountVnd: 150000 });
    expect(permit.legalBasis.map((law) => law.number)).toContain('50/2014/QH13');
    expect(permit.applicants).toMatch(/chủ đầu tư/);
    expect(permit.resultDescription).toMatch(/Giấy phép xây dựng/);
    expect(permit.components[0]).toMatchObject({ name: 'Đơn đề nghị cấp giấy phép xây dựng', required: true, originals: 1, copies: 0 });
    expect(permit.components.some((component) => !component.required)).toBe(true);
  });

  it('is exactly the documented shape (the route writes it as built)', () => {
    expect(ZProcedureDetail.parse(permit)).toEqual(permit);
  });

  it('comes with a sample dossier that is valid for its online form', () => {
    expect(permit.sampleFormData).toMatchObject({ tenChuDauTu: expect.stringMatching(/Công ty/) });
    expect(() => buildFormDataSchema(permit.form, 'submit').parse(permit.sampleFormData)).not.toThrow();
  });

  it('lists its templates, shared with the component that needs them', () => {
    expect(permit.templates.map((t) => t.title)).toEqual([
      'Mẫu đơn đề nghị cấp giấy phép xây dựng',
      'Hướng dẫn thành phần bản vẽ hồ sơ cấp phép xây dựng',
    ]);
    expect(permit.templates[0]!.name).toBe('Mẫu đơn đề nghị cấp giấy phép xây dựng.docx');
    expect(permit.components[0]!.template?.id).toBe(permit.templates[0]!.id);
  });

  it('downloads a template: Word document, Vietnamese file name (RFC 5987), the stored bytes', async () => {
    const template = permit.templates[0]!;
    const response = await get(`/api/v1/procedures/${permit.id}/templates/${template.id}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const disposition = String(response.headers['content-disposition']);
    expect(disposition).toMatch(/^attachment; filename="Mau don de nghi cap giay phep xay dung\.docx"; filename\*=UTF-8''/);
    expect(decodeURIComponent(disposition.split("filename*=UTF-8''")[1]!)).toBe('Mẫu đơn đề nghị cấp giấy phép xây dựng.docx');

    const body = response.rawPayload;
    expect(body.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04])); // a ZIP: DOCX
    expect(Number(response.headers['content-length'])).toBe(body.length);
    expect(body.length).toBe(template.size);
    const stored = await ctx.prisma.storedFile.findUniqueOrThrow({ where: { id: template.id } });
    const sha256 = createHash('sha256').update(body).digest('hex');
    expect(sha256).toBe(stored.sha256);
    expect(response.headers.etag).toBe(`"${sha256}"`);
    // The document says what it is for.
    expect(body.toString('latin1')).toContain('word/document.xml');
  });

  it('answers 304 to a template the browser already has', async () => {
    const template = permit.templates[0]!;
    const first = await get(`/api/v1/procedures/${permit.id}/templates/${template.id}`);
    const again = await get(`/api/v1/procedures/${permit.id}/templates/${template.id}`, { 'if-none-match': String(first.headers.etag) });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });

  it('refuses a file that is not this procedure’s, and unknown ids, with 404 problem+json', async () => {
    const other: TProcedureDetail = (await get('/api/v1/procedures?q=khai%20sinh')).json().items[0];
    const otherDetail: TProcedureDetail = (await get(`/api/v1/procedures/${other.id}`)).json();
    expect(otherDetail.templates.length).toBeGreaterThan(0);
    for (const url of [
      `/api/v1/procedures/${permit.id}/templates/${otherDetail.templates[0]!.id}`,
      `/api/v1/procedures/${permit.id}/templates/0190f3c4-0000-7000-8000-000000000000`,
      `/api/v1/procedures/0190f3c4-0000-7000-8000-000000000000/templates/${permit.templates[0]!.id}`,
      `/api/v1/procedures/${permit.id}/templates/not-a-uuid`,
    ]) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(404);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json()).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    }
  });

  it('lets browsers revalidate the catalogue with ETag / If-None-Match', async () => {
    for (const url of [`/api/v1/procedures/${permit.id}`, '/api/v1/procedures?q=giay%20phep', '/api/v1/fields']) {
      const first = await get(url);
      expect(first.statusCode).toBe(200);
      expect(first.headers.etag).toMatch(/^"[^"]+"$/);
      expect(first.headers['cache-control']).toMatch(/^public, max-age=\d+/);
      const again = await get(url, { 'if-none-match': String(first.headers.etag) });
      expect(again.statusCode, url).toBe(304);
      expect(again.body).toBe('');
      expect(again.headers['cache-control']).toMatch(/^public, max-age=\d+/);
      const changed = await get(url, { 'if-none-match': '"something-else"' });
      expect(changed.statusCode).toBe(200);
      expect(changed.body).toBe(first.body);
    }
  });

  it('keeps catalogue answers for the cache lifetime; whoever changes the catalogue clears them', async () => {
    const url = '/api/v1/procedures?q=xay%20dung&limit=100';
    const before = (await get(url)).json();
    await ctx.prisma.procedure.update({ where: { id: permit.id }, data: { active: false } });
    try {
      expect((await get(url)).json()).toEqual(before);
      ctx.app.catalogueCache.clear();
      const after = (await get(url)).json();
      expect(after.items.map((i: { id: string }) => i.id)).not.toContain(permit.id);
      expect((await get(`/api/v1/procedures/${permit.id}`)).statusCode).toBe(404);
    } finally {
      await ctx.prisma.procedure.update({ where: { id: permit.id }, data: { active: true } });
      ctx.app.catalogueCache.clear();
    }
  });
});

describe('catalogue without the in-memory cache', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp({ CATALOGUE_CACHE_SECONDS: '0' });
  });
  afterAll(() => ctx.close());

  it('shows a change at once', async () => {
    const url = '/api/v1/procedures?q=giay%20phep%20xay%20dung';
    const first = (await ctx.app.inject({ method: 'GET', url })).json();
    const target = first.items[0];
    await ctx.prisma.procedure.update({ where: { id: target.id }, data: { name: 'Cấp giấy phép xây dựng công trình' } });
    const second = (await ctx.app.inject({ method: 'GET', url })).json();
    expect(second.items.find((i: { id: string }) => i.id === target.id).name).toBe('Cấp giấy phép xây dựng công trình');
  });
});
