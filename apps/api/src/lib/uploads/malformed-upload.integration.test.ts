/**
 * Every upload route answers an unparseable multipart body — no boundary, a boundary the
 * body does not use, a body cut off before or inside the file — with 400 UPLOAD_MALFORMED
 * as problem+json, and keeps nothing: no file (nor `.part`) in storage, no row.
 */
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TProcedureDetail } from '@portal/domain';
import type { TestBrowser } from '../../../test/helpers/browser.ts';
import { createTestApp, type TestContext } from '../../../test/helpers/test-app.ts';
import { samplePdf } from '../../../test/fixtures/upload-samples.ts';
import { BUILDING_PERMIT, DEMO_PASSWORD, createDossier, filesInStorage, freshDataDir, multipart, procedureOf } from '../../features/dossiers/dossier-test-kit.ts';
import { actOk, sentDossier, staff } from '../../features/staff-dossiers/staff-test-kit.ts';
import { signedIn } from '../../../test/helpers/browser.ts';

interface UploadRoute {
  name: string;
  method: 'POST' | 'PUT';
  url: () => string;
  /** Fields the route reads before the file */
  fields: () => Record<string, string>;
  browser: () => TestBrowser;
}

type Body = { payload: Buffer; headers: Record<string, string> };

/** The malformed variants of one well-formed body whose file part holds `content`. */
const VARIANTS: [string, (body: Body, content: Buffer) => Body][] = [
  ['no boundary in Content-Type', ({ payload }) => ({ payload, headers: { 'content-type': 'multipart/form-data' } })],
  ['an empty boundary', ({ payload }) => ({ payload, headers: { 'content-type': 'multipart/form-data; boundary=' } })],
  ['a boundary the body does not use', ({ payload }) => ({ payload, headers: { 'content-type': 'multipart/form-data; boundary=----not-the-one' } })],
  ['a boundary longer than the parser takes', ({ payload }) => ({ payload, headers: { 'content-type': `multipart/form-data; boundary=${'b'.repeat(300)}` } })],
  ['a body cut off inside the file', ({ payload, headers }, content) => ({ payload: payload.subarray(0, payload.indexOf(content) + (content.length >> 1)), headers })],
  ['a body cut off in a part header', ({ payload, headers }) => ({ payload: payload.subarray(0, payload.indexOf('filename=')), headers })],
  ['a body without its closing boundary', ({ payload, headers }, content) => ({ payload: payload.subarray(0, payload.indexOf(content) + content.length), headers })],
];

describe('malformed multipart bodies on the upload routes', () => {
  let ctx: TestContext;
  let dataDir: string;
  let pdf: Buffer;
  let citizen: TestBrowser;
  let motcua: TestBrowser;
  let quantri: TestBrowser;
  let permit: TProcedureDetail;
  let dossierId: string;
  let processingId: string;
  let legalDocumentId: string;

  beforeAll(async () => {
    dataDir = await freshDataDir();
    ctx = await createTestApp({ DATA_DIR: dataDir });
    pdf = await samplePdf();
    permit = await procedureOf(ctx.app, BUILDING_PERMIT);
    citizen = await signedIn(ctx.app, 'congdan', DEMO_PASSWORD);
    motcua = await staff(ctx.app, 'motcua');
    quantri = await staff(ctx.app, 'quantri');
    dossierId = (await createDossier(citizen, permit)).id;
    processingId = (await sentDossier(citizen, permit)).id;
    await actOk(motcua, processingId, { type: 'receive' });
    const documents = await quantri.get('/api/v1/admin/legal-documents');
    expect(documents.statusCode, documents.body).toBe(200);
    legalDocumentId = documents.json().items[0].id;
  });
  afterAll(async () => {
    await ctx.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const routes: UploadRoute[] = [
    {
      name: 'POST /dossiers/:id/files (citizen attachment)',
      method: 'POST',
      url: () => `/api/v1/dossiers/${dossierId}/files`,
      fields: () => ({ componentId: permit.components[0]!.id }),
      browser: () => citizen,
    },
    {
      name: 'POST /staff/dossiers/:id/result-files (result document)',
      method: 'POST',
      url: () => `/api/v1/staff/dossiers/${processingId}/result-files`,
      fields: () => ({}),
      browser: () => motcua,
    },
    {
      name: 'PUT /admin/procedures/:id/components/:componentId/template',
      method: 'PUT',
      url: () => `/api/v1/admin/procedures/${permit.id}/components/${permit.components[0]!.id}/template`,
      fields: () => ({}),
      browser: () => quantri,
    },
    {
      name: 'POST /admin/procedures/:id/templates (downloadable form)',
      method: 'POST',
      url: () => `/api/v1/admin/procedures/${permit.id}/templates`,
      fields: () => ({ title: 'Mẫu đơn đề nghị' }),
      browser: () => quantri,
    },
    {
      name: 'PUT /admin/legal-documents/:id/file',
      method: 'PUT',
      url: () => `/api/v1/admin/legal-documents/${legalDocumentId}/file`,
      fields: () => ({}),
      browser: () => quantri,
    },
  ];

  /** Everything an upload could leave behind. */
  const snapshot = async () => ({
    files: await filesInStorage(dataDir),
    storedFiles: await ctx.prisma.storedFile.count(),
    dossierFiles: await ctx.prisma.dossierFile.count(),
    templates: await ctx.prisma.procedureTemplate.count(),
    componentTemplates: (await ctx.prisma.procedureComponent.findMany({ select: { templateFileId: true }, orderBy: { id: 'asc' } })).map((row) => row.templateFileId),
    legalDocumentFile: (await ctx.prisma.legalDocument.findUnique({ where: { id: legalDocumentId }, select: { fileId: true } }))?.fileId,
  });

  describe.each(routes)('$name', (route) => {
    it.each(VARIANTS)('answers 400 UPLOAD_MALFORMED to %s and keeps nothing', async (_variant, malform) => {
      const before = await snapshot();
      const { payload, headers } = malform(multipart(route.fields(), { name: 'don.pdf', content: pdf, type: 'application/pdf' }), pdf);
      const response = await route.browser().request(route.method, route.url(), payload, { headers });
      expect(response.statusCode, response.body).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json()).toMatchObject({ code: 'UPLOAD_MALFORMED', title: 'Dữ liệu tải lên không đúng định dạng', status: 400 });
      expect(await snapshot()).toEqual(before);
    });

    it('still takes a well-formed upload (the variants are malformed, not the route)', async () => {
      const { payload, headers } = multipart(route.fields(), { name: 'don.pdf', content: pdf, type: 'application/pdf' });
      const response = await route.browser().request(route.method, route.url(), payload, { headers });
      expect(response.statusCode, response.body).toBeLessThan(300);
    });
  });

  it('answers 415 to a JSON body on an upload route', async () => {
    const response = await citizen.request('POST', `/api/v1/dossiers/${dossierId}/files`, { componentId: permit.components[0]!.id });
    expect(response.statusCode, response.body).toBe(415);
    expect(response.json().code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });
});
