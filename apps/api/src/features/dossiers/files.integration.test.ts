import { createHash, randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MAX_DOSSIER_BYTES, MAX_FILES_PER_COMPONENT, MAX_FILE_BYTES, type TDossier, type TProcedureDetail } from '@portal/domain';
import { signedIn, type TestBrowser } from '../../../test/helpers/browser.ts';
import { createTestApp, type TestContext } from '../../../test/helpers/test-app.ts';
import { pdfOfSize, samplePdf, samplePng, windowsExecutable } from '../../../test/fixtures/upload-samples.ts';
import { BUILDING_PERMIT, CRIMINAL_RECORD, DEMO_PASSWORD, createDossier, filesInStorage, freshDataDir, multipart, procedureOf, upload } from './dossier-test-kit.ts';

describe('dossier files: upload, download, delete, limits', () => {
  let ctx: TestContext;
  let dataDir: string;
  let permit: TProcedureDetail;
  let citizen: TestBrowser;
  let dossier: TDossier;
  /** Accepts pdf, doc, docx */
  let application: TProcedureDetail['components'][number];
  /** Accepts pdf only */
  let drawings: TProcedureDetail['components'][number];

  beforeAll(async () => {
    dataDir = await freshDataDir();
    ctx = await createTestApp({ DATA_DIR: dataDir });
    permit = await procedureOf(ctx.app, BUILDING_PERMIT);
    application = permit.components.find((component) => component.acceptedTypes.includes('docx'))!;
    drawings = permit.components.find((component) => component.acceptedTypes.join() === 'pdf')!;
    citizen = await signedIn(ctx.app, 'congdan', DEMO_PASSWORD);
  });
  afterAll(async () => {
    await ctx.close();
    await rm(dataDir, { recursive: true, force: true });
  });
  beforeEach(async () => {
    dossier = await createDossier(citizen, permit);
  });

  /** Rows and files on disk, to prove a refusal left nothing behind. */
  const stored = async () => ({
    rows: await ctx.prisma.storedFile.count({ where: { kind: 'attachment' } }),
    links: await ctx.prisma.dossierFile.count(),
    files: (await filesInStorage(dataDir)).length,
  });

  it('stores a PDF with its size and SHA-256, and serves it back inline under its Vietnamese name', async () => {
    const content = await samplePdf();
    const response = await upload(citizen, dossier.id, application.id, { name: 'Đơn đề nghị cấp phép.pdf', content });
    expect(response.statusCode, response.body).toBe(201);
    const file = response.json();
    expect(file).toMatchObject({
      componentId: application.id,
      role: 'attachment',
      name: 'Đơn đề nghị cấp phép.pdf',
      size: content.length,
      mimeType: 'application/pdf',
      sha256: createHash('sha256').update(content).digest('hex'),
    });
    const detail = (await citizen.get(`/api/v1/dossiers/${dossier.id}`)).json() as TDossier;
    expect(detail.components.find((component) => component.id === application.id)!.files.map((f) => f.id)).toEqual([file.id]);
    expect(detail.attachmentBytes).toBe(content.length);

    const download = await citizen.get(`/api/v1/dossiers/${dossier.id}/files/${file.id}`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toBe(
      `inline; filename="Don de nghi cap phep.pdf"; filename*=UTF-8''${encodeURIComponent('Đơn đề nghị cấp phép.pdf')}`,
    );
    expect(download.rawPayload.equals(content)).toBe(true);
  });

  it('refuses an oversize file with 413 and keeps nothing of it', async () => {
    const before = await stored();
    const response = await upload(citizen, dossier.id, drawings.id, { name: 'ban-ve.pdf', content: pdfOfSize(MAX_FILE_BYTES + 64 * 1024) });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
    expect(response.json().errors.file).toMatch(/vượt quá dung lượng/);
    expect(await stored()).toEqual(before);
  });

  it('refuses a Windows executable renamed .pdf with 415 and keeps nothing of it', async () => {
    const before = await stored();
    const response = await upload(citizen, dossier.id, drawings.id, { name: 'ban-ve.pdf', content: windowsExecutable() });
    expect(response.statusCode).toBe(415);
    expect(response.json().code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(response.json().errors.file).toMatch(/không đúng định dạng/);
    expect(await stored()).toEqual(before);
  });

  it('refuses a real image for a component that only accepts PDF', async () => {
    const before = await stored();
    const response = await upload(citizen, dossier.id, drawings.id, { name: 'anh.png', content: await samplePng() });
    expect(response.statusCode).toBe(415);
    expect(response.json().errors.file).toMatch(/PDF/);
    expect(await stored()).toEqual(before);
  });

  it('refuses a component of another procedure, and a file without its component', async () => {
    const other = await procedureOf(ctx.app, CRIMINAL_RECORD);
    const foreign = await upload(citizen, dossier.id, other.components[0]!.id, { name: 'x.pdf', content: await samplePdf() });
    expect(foreign.statusCode).toBe(422);
    expect(foreign.json().code).toBe('COMPONENT_NOT_FOUND');

    const { payload, headers } = multipart({}, { name: 'x.pdf', content: await samplePdf() });
    const missing = await citizen.request('POST', `/api/v1/dossiers/${dossier.id}/files`, payload, { headers });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors).toHaveProperty('componentId');
  });

  it(`accepts at most ${MAX_FILES_PER_COMPONENT} files per component`, async () => {
    const pdf = await samplePdf();
    for (let index = 0; index < MAX_FILES_PER_COMPONENT; index++) {
      expect((await upload(citizen, dossier.id, application.id, { name: `${index}.pdf`, content: pdf })).statusCode).toBe(201);
    }
    const before = await stored();
    const response = await upload(citizen, dossier.id, application.id, { name: 'extra.pdf', content: pdf });
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('COMPONENT_FILE_LIMIT');
    expect(await stored()).toEqual(before);
  });

  it('refuses a file that would take the dossier over its total with 413', async () => {
    // Files already on record, short of the total by 1 MB (rows only: their size is what counts)
    const big = await ctx.prisma.storedFile.create({
      data: {
        kind: 'attachment',
        storageKey: `2000/01/${randomUUID()}`,
        originalName: 'lon.pdf',
        mimeType: 'application/pdf',
        size: BigInt(MAX_DOSSIER_BYTES - 1024 * 1024),
        sha256: '0'.repeat(64),
      },
    });
    await ctx.prisma.dossierFile.create({ data: { dossierId: dossier.id, componentId: drawings.id, fileId: big.id } });
    const before = await stored();
    const response = await upload(citizen, dossier.id, application.id, { name: 'them.pdf', content: pdfOfSize(2 * 1024 * 1024) });
    expect(response.statusCode).toBe(413);
    expect(response.json().errors.file).toMatch(/Tổng dung lượng/);
    expect(await stored()).toEqual(before);
    expect((await upload(citizen, dossier.id, application.id, { name: 'nho.pdf', content: await samplePdf() })).statusCode).toBe(201);
  });

  it('deletes a file from the dossier and from storage', async () => {
    const uploaded = (await upload(citizen, dossier.id, application.id, { name: 'xoa.pdf', content: await samplePdf() })).json();
    const before = await stored();
    const response = await citizen.request('DELETE', `/api/v1/dossiers/${dossier.id}/files/${uploaded.id}`);
    expect(response.statusCode).toBe(204);
    expect(await stored()).toEqual({ rows: before.rows - 1, links: before.links - 1, files: before.files - 1 });
    expect((await citizen.get(`/api/v1/dossiers/${dossier.id}/files/${uploaded.id}`)).statusCode).toBe(404);
    const again = await citizen.request('DELETE', `/api/v1/dossiers/${dossier.id}/files/${uploaded.id}`);
    expect(again.json().code).toBe('DOSSIER_FILE_NOT_FOUND');
  });
});
