import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ZAdminLegalDocument,
  ZPublicLegalDocumentDetail,
  ZPublicLegalDocumentPage,
  type TAdminLegalDocument,
  type TLegalDocumentCreateInput,
  type TPublicLegalDocumentPage,
} from '@portal/domain';
import { TestBrowser, signedIn } from '../../../test/helpers/browser.ts';
import { createTestApp, type TestContext } from '../../../test/helpers/test-app.ts';
import { htmlPage, samplePdf, samplePng } from '../../../test/fixtures/upload-samples.ts';
import { DEMO_PASSWORD, multipart } from '../dossiers/dossier-test-kit.ts';
import { staff } from '../staff-dossiers/staff-test-kit.ts';

const ADMIN = '/api/v1/admin/legal-documents';

let counter = 0;
/** A document no seed has: a fresh number each time. */
const newDocument = (overrides: Partial<TLegalDocumentCreateInput> = {}): TLegalDocumentCreateInput => {
  counter += 1;
  return {
    number: `${100 + counter}/2026/QĐ-UBND`,
    title: 'Quyết định công bố danh mục thủ tục hành chính lĩnh vực hộ tịch thuộc thẩm quyền của Ủy ban nhân dân cấp xã',
    docType: 'Quyết định',
    issuer: 'Ủy ban nhân dân tỉnh Điện Biên',
    issuedOn: '2026-03-16',
    effectiveOn: '2026-03-16',
    validity: 'in_force',
    summary: 'Công bố kèm theo Quyết định này danh mục thủ tục hành chính được sửa đổi trong lĩnh vực hộ tịch ở bản Nà Tấu.',
    fieldId: '',
    published: true,
    ...overrides,
  };
};

const page = async (query: string): Promise<TPublicLegalDocumentPage> => {
  const response = await new TestBrowser(ctxRef!.app).get(`/api/v1/legal-documents?${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return ZPublicLegalDocumentPage.parse(response.json());
};
const numbersOf = (result: { items: { number: string }[] }) => result.items.map((item) => item.number);

let ctxRef: TestContext | undefined;

describe('Văn bản pháp luật: public search, document page and PDF', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = ctxRef = await createTestApp();
  });
  afterAll(() => ctx.close());

  it('finds a document by words typed without diacritics, and a number typed in full comes first', async () => {
    const byWords = await page(`q=${encodeURIComponent('thu tuc hanh chinh moi truong dien tu')}`);
    expect(numbersOf(byWords)).toContain('45/2020/NĐ-CP');
    expect(byWords.total).toBe(byWords.items.length);
    const byNumber = await page(`q=${encodeURIComponent('45/2020')}`);
    expect(byNumber.items[0]).toMatchObject({ number: '45/2020/NĐ-CP', docType: 'Nghị định', issuer: 'Chính phủ', issuedOn: '2020-04-08', validity: 'in_force' });
    // Documents citing it (summaries that name 45/2020) follow; everything found has both words.
    const civil = await page('q=ho%20tich');
    expect(numbersOf(civil)).toContain('60/2014/QH13');
    expect(await page('q=khong%20co%20van%20ban%20nao%20nhu%20vay')).toMatchObject({ items: [], total: 0, nextCursor: null });
  });

  it('filters by type, issuer, field, validity, year and date range, and offers what exists as facets', async () => {
    const all = await page('limit=1');
    expect(all.facets.docTypes.map((facet) => facet.value).slice(0, 4)).toEqual(['Bộ luật', 'Luật', 'Pháp lệnh', 'Nghị định']);
    expect(all.facets.issuers[0]).toMatchObject({ value: 'Quốc hội' });
    expect(all.facets.years.map((year) => year.value)).toEqual([...all.facets.years.map((year) => year.value)].sort((a, b) => b - a));
    const civilField = all.facets.fields.find((field) => field.name === 'Hộ tịch');
    expect(civilField).toBeDefined();

    const laws = await page(`docType=${encodeURIComponent('Luật')}&limit=100`);
    expect(laws.items.length).toBe(all.facets.docTypes.find((facet) => facet.value === 'Luật')!.count);
    expect(new Set(laws.items.map((item) => item.docType))).toEqual(new Set(['Luật']));

    const finance = await page(`issuer=${encodeURIComponent('Bộ Tài chính')}&year=2016&limit=100`);
    expect(finance.items.length).toBeGreaterThan(3);
    for (const item of finance.items) expect(item).toMatchObject({ issuer: 'Bộ Tài chính', issuedOn: expect.stringMatching(/^2016-/) });

    const civil = await page(`fieldId=${civilField!.id}&limit=100`);
    expect(numbersOf(civil)).toEqual(expect.arrayContaining(['60/2014/QH13', '123/2015/NĐ-CP', '04/2020/TT-BTP']));
    expect(civil.items.every((item) => item.field?.name === 'Hộ tịch')).toBe(true);

    const expired = await page('validity=expired&limit=100');
    expect(numbersOf(expired)).toEqual(expect.arrayContaining(['15/2021/NĐ-CP', '01/2021/NĐ-CP']));
    expect(numbersOf(expired)).not.toContain('175/2024/NĐ-CP');

    const range = await page('from=2024-12-01&to=2024-12-31&limit=100');
    expect(numbersOf(range).sort()).toEqual(['175/2024/NĐ-CP', '24/2024/TT-BGDĐT']);

    const both = await new TestBrowser(ctx.app).get('/api/v1/legal-documents?year=2020&from=2020-01-01');
    expect(both.statusCode).toBe(400);
    expect(both.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: { year: expect.any(String) } });
  });

  it('pages by issue date, newest first, without losing or repeating a document', async () => {
    const seen: string[] = [];
    const dates: string[] = [];
    let cursor: string | null = null;
    let total = 0;
    for (let guard = 0; guard < 20; guard++) {
      const result: TPublicLegalDocumentPage = await page(`docType=${encodeURIComponent('Thông tư')}&limit=7${cursor ? `&cursor=${cursor}` : ''}`);
      total = result.total;
      seen.push(...result.items.map((item) => item.id));
      dates.push(...result.items.map((item) => item.issuedOn));
      cursor = result.nextCursor;
      if (!cursor) break;
    }
    expect(seen.length).toBe(total);
    expect(new Set(seen).size).toBe(total);
    expect(dates).toEqual([...dates].sort().reverse());
    expect((await new TestBrowser(ctx.app).get('/api/v1/legal-documents?cursor=bm90LWEtY3Vyc29y')).statusCode).toBe(400);
  });

  it('answers the same to everyone: cacheable, with an ETag, and without a cookie', async () => {
    const visitor = new TestBrowser(ctx.app);
    const first = await visitor.get('/api/v1/legal-documents?q=xay%20dung');
    expect(first.headers['set-cookie']).toBeUndefined();
    expect(first.headers['cache-control']).toContain('public');
    const again = await visitor.request('GET', '/api/v1/legal-documents?q=xay%20dung', undefined, { headers: { 'if-none-match': String(first.headers.etag) } });
    expect(again.statusCode).toBe(304);
  });

  it('shows a document with the procedures citing it, tells the procedure page which numbers are documents, and downloads the PDF', async () => {
    const [civilLaw] = (await page(`q=${encodeURIComponent('60/2014/QH13')}`)).items;
    expect(civilLaw?.file).toMatchObject({ name: 'Luật 60-2014-QH13.pdf', size: expect.any(Number) });
    const detail = await new TestBrowser(ctx.app).get(`/api/v1/legal-documents/${civilLaw!.id}`);
    expect(detail.statusCode).toBe(200);
    const parsed = ZPublicLegalDocumentDetail.parse(detail.json());
    expect(parsed.procedures.map((procedure) => procedure.name)).toEqual(expect.arrayContaining([expect.stringMatching(/khai sinh/i)]));

    const refs = await new TestBrowser(ctx.app).get(`/api/v1/legal-documents/refs?numbers=${encodeURIComponent('60/2014/QH13,999/2099/NĐ-CP,45/2020/nđ-cp')}`);
    expect(refs.json()).toEqual({ items: [{ id: civilLaw!.id, number: '60/2014/QH13' }, { id: expect.any(String), number: '45/2020/nđ-cp' }] });

    const file = await new TestBrowser(ctx.app).get(`/api/v1/legal-documents/${civilLaw!.id}/file`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['content-disposition']).toBe(`attachment; filename="Luat 60-2014-QH13.pdf"; filename*=UTF-8''${encodeURIComponent('Luật 60-2014-QH13.pdf')}`);
    expect(file.headers['set-cookie']).toBeUndefined();
    expect(file.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const cached = await new TestBrowser(ctx.app).request('GET', `/api/v1/legal-documents/${civilLaw!.id}/file`, undefined, { headers: { 'if-none-match': String(file.headers.etag) } });
    expect(cached.statusCode).toBe(304);
  });
});

describe('Văn bản pháp luật: administration by the system administrator', () => {
  let ctx: TestContext;
  let admin: TestBrowser;
  beforeAll(async () => {
    ctx = ctxRef = await createTestApp();
    admin = await staff(ctx.app, 'quantri');
  });
  afterAll(() => ctx.close());

  async function create(overrides: Partial<TLegalDocumentCreateInput> = {}): Promise<TAdminLegalDocument> {
    const response = await admin.post(ADMIN, newDocument(overrides));
    expect(response.statusCode, response.body).toBe(201);
    return ZAdminLegalDocument.parse(response.json());
  }
  const upload = async (id: string, file: { name: string; content: Buffer; type?: string }) => {
    const { payload, headers } = multipart({}, file);
    return admin.request('PUT', `${ADMIN}/${id}/file`, payload, { headers });
  };
  const auditOf = (id: string) =>
    ctx.prisma.auditEvent.findMany({ where: { entityType: 'legal_document', entityId: id }, orderBy: [{ at: 'asc' }, { id: 'asc' }], select: { action: true, actorName: true, before: true, after: true } });

  it('keeps an unpublished document and its PDF away from the public until it is published', async () => {
    const token = `zqx${Date.now().toString(36)}`;
    const created = await create({ published: false, summary: `Văn bản thử nghiệm ${token} chưa công khai trên cổng.` });
    expect(created).toMatchObject({ published: false, revision: 1, file: null });
    const uploaded = await upload(created.id, { name: 'quyet-dinh.pdf', content: await samplePdf('Quyet dinh'), type: 'application/pdf' });
    expect(uploaded.statusCode, uploaded.body).toBe(200);

    const visitor = new TestBrowser(ctx.app);
    expect((await page(`q=${token}`)).items).toEqual([]);
    expect((await visitor.get(`/api/v1/legal-documents/${created.id}`)).json()).toMatchObject({ code: 'LEGAL_DOCUMENT_NOT_FOUND' });
    const hiddenFile = await visitor.get(`/api/v1/legal-documents/${created.id}/file`);
    expect(hiddenFile.statusCode).toBe(404);
    expect((await visitor.get(`/api/v1/legal-documents/refs?numbers=${encodeURIComponent(created.number)}`)).json()).toEqual({ items: [] });

    const { id, revision, ...fields } = ZAdminLegalDocument.parse(uploaded.json());
    const published = await admin.request('PUT', `${ADMIN}/${id}`, { ...newDocument(), number: fields.number, summary: fields.summary, published: true, revision });
    expect(published.statusCode, published.body).toBe(200);
    expect(numbersOf(await page(`q=${token}`))).toEqual([created.number]);
    const file = await visitor.get(`/api/v1/legal-documents/${id}/file`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-disposition']).toContain(encodeURIComponent('Quyết định'));

    expect((await auditOf(id)).map((event) => event.action)).toEqual(['legal_document.create', 'legal_document.file', 'legal_document.publish']);
  });

  it('saves an edit with the loaded revision, refuses a stale one with 409, and audits before and after', async () => {
    const created = await create();
    const first = await admin.request('PUT', `${ADMIN}/${created.id}`, { ...newDocument(), number: created.number, title: `${created.title} (sửa đổi)`, revision: 1 });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ revision: 2, title: `${created.title} (sửa đổi)` });

    const stale = await admin.request('PUT', `${ADMIN}/${created.id}`, { ...newDocument(), number: created.number, title: 'Ghi đè của người khác', revision: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'VERSION_CONFLICT', details: { revision: 2 } });
    expect((await admin.get(`${ADMIN}/${created.id}`)).json()).toMatchObject({ title: `${created.title} (sửa đổi)`, revision: 2 });

    const events = await auditOf(created.id);
    expect(events.map((event) => event.action)).toEqual(['legal_document.create', 'legal_document.update']);
    expect(events[1]).toMatchObject({ actorName: 'quantri', before: { title: created.title, revision: 1 }, after: { title: `${created.title} (sửa đổi)`, revision: 2 } });
  });

  it('refuses a number another document already has, also typed in another case or without diacritics', async () => {
    for (const number of ['45/2020/NĐ-CP', '45/2020/nđ-cp', '45/2020/ND-CP']) {
      const response = await admin.post(ADMIN, newDocument({ number }));
      expect(response.statusCode, number).toBe(409);
      expect(response.json()).toMatchObject({ code: 'LEGAL_DOCUMENT_NUMBER_TAKEN', errors: { number: expect.any(String) }, details: { existingNumber: '45/2020/NĐ-CP' } });
    }
    const mine = await create();
    const renamed = await admin.request('PUT', `${ADMIN}/${mine.id}`, { ...newDocument(), number: '60/2014/QH13', revision: mine.revision });
    expect(renamed.json()).toMatchObject({ code: 'LEGAL_DOCUMENT_NUMBER_TAKEN' });
    const invalid = await admin.post(ADMIN, newDocument({ number: 'Số: 12', issuedOn: '2026-02-30', summary: '' }));
    expect(invalid.statusCode).toBe(400);
    expect(Object.keys(invalid.json().errors).sort()).toEqual(['issuedOn', 'number', 'summary']);
  });

  it('accepts only a PDF, judged by its content: anything else is 415 and changes nothing', async () => {
    const created = await create();
    const before = await ctx.prisma.storedFile.count({ where: { kind: 'legal_document' } });
    for (const file of [
      { name: 'van-ban.pdf', content: htmlPage(), type: 'application/pdf' },
      { name: 'anh.png', content: await samplePng(), type: 'image/png' },
    ]) {
      const refused = await upload(created.id, file);
      expect(refused.statusCode, file.name).toBe(415);
      expect(refused.json()).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE', errors: { file: expect.stringContaining('PDF') } });
    }
    expect(await ctx.prisma.storedFile.count({ where: { kind: 'legal_document' } })).toBe(before);
    expect((await admin.get(`${ADMIN}/${created.id}`)).json()).toMatchObject({ file: null, revision: 1 });

    const first = ZAdminLegalDocument.parse((await upload(created.id, { name: 'ban-goc.pdf', content: await samplePdf('Ban goc') })).json());
    const replaced = ZAdminLegalDocument.parse((await upload(created.id, { name: 'ban-sua-doi.pdf', content: await samplePdf('Ban sua doi') })).json());
    expect(replaced).toMatchObject({ file: { name: 'ban-sua-doi.pdf', mimeType: 'application/pdf' }, revision: 3 });
    // The replaced file is gone with its row.
    expect(await ctx.prisma.storedFile.findUnique({ where: { id: first.file!.id } })).toBeNull();
    expect(await ctx.prisma.storedFile.count({ where: { kind: 'legal_document' } })).toBe(before + 1);
  });

  it('deletes with the loaded revision, and the document and its PDF disappear', async () => {
    const created = await create();
    const withFile = ZAdminLegalDocument.parse((await upload(created.id, { name: 'x.pdf', content: await samplePdf() })).json());
    expect((await admin.request('DELETE', `${ADMIN}/${created.id}?revision=1`)).statusCode).toBe(409);
    const deleted = await admin.request('DELETE', `${ADMIN}/${created.id}?revision=${withFile.revision}`);
    expect(deleted.statusCode).toBe(204);
    expect((await admin.get(`${ADMIN}/${created.id}`)).statusCode).toBe(404);
    expect((await new TestBrowser(ctx.app).get(`/api/v1/legal-documents/${created.id}/file`)).statusCode).toBe(404);
    expect(await ctx.prisma.storedFile.findUnique({ where: { id: withFile.file!.id } })).toBeNull();
    const events = await auditOf(created.id);
    expect(events.at(-1)).toMatchObject({ action: 'legal_document.delete', before: { number: created.number }, after: null });
  });

  it('lists unpublished documents for the administrator, filtered like the public list', async () => {
    const token = `qzk${Date.now().toString(36)}`;
    const hidden = await create({ published: false, summary: `Văn bản nội bộ ${token} chưa công bố.` });
    const list = await admin.get(`${ADMIN}?publication=unpublished&q=${token}`);
    expect(list.statusCode).toBe(200);
    expect(list.json()).toMatchObject({ total: 1, items: [{ id: hidden.id, published: false }] });
    expect(list.headers['cache-control']).toBe('no-store');
  });

  it('is for system administrators only: an agency administrator and a citizen get 403, a visitor 401', async () => {
    const agencyAdmin = await staff(ctx.app, 'quantrixd');
    for (const response of [await agencyAdmin.get(ADMIN), await agencyAdmin.post(ADMIN, newDocument())]) {
      expect(response.statusCode).toBe(403);
      expect(response.json()).toMatchObject({ code: 'FORBIDDEN' });
    }
    const citizen = await signedIn(ctx.app, 'congdan', DEMO_PASSWORD);
    expect((await citizen.get(ADMIN)).statusCode).toBe(403);
    expect((await new TestBrowser(ctx.app).get(ADMIN)).statusCode).toBe(401);
  });
});
