import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TDossier, TProcedureDetail } from '@portal/domain';
import { inspectPdf } from '../../../test/fixtures/pdf-inspect.ts';
import { samplePdf } from '../../../test/fixtures/upload-samples.ts';
import { signedIn, type TestBrowser } from '../../../test/helpers/browser.ts';
import { createTestApp, type TestContext } from '../../../test/helpers/test-app.ts';
import { read, staff } from '../staff-dossiers/staff-test-kit.ts';
import { BUILDING_PERMIT, CRIMINAL_RECORD, DEMO_PASSWORD, createDossier, freshDataDir, procedureOf, upload } from './dossier-test-kit.ts';

/**
 * Seed 003, *Chọn thông tin bạn có*: per component, "I will bring the original to the
 * one-stop desk" instead of uploading, where the procedure allows it; staff see the choice.
 */
describe('bringing an original to the one-stop desk instead of uploading', () => {
  let ctx: TestContext;
  let dataDir: string;
  let permit: TProcedureDetail;
  let citizen: TestBrowser;
  /** Giấy tờ hợp pháp về quyền sử dụng đất: required, may be brought on paper (demo data) */
  let land: TProcedureDetail['components'][number];
  /** Đơn đề nghị cấp giấy phép xây dựng: required, upload only */
  let application: TProcedureDetail['components'][number];

  beforeAll(async () => {
    dataDir = await freshDataDir();
    ctx = await createTestApp({ DATA_DIR: dataDir });
    permit = await procedureOf(ctx.app, BUILDING_PERMIT);
    citizen = await signedIn(ctx.app, 'congdan', DEMO_PASSWORD);
    land = permit.components.find((component) => component.name === 'Giấy tờ hợp pháp về quyền sử dụng đất')!;
    application = permit.components.find((component) => component.name === 'Đơn đề nghị cấp giấy phép xây dựng')!;
  });
  afterAll(async () => {
    await ctx.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const patch = (dossier: TDossier, body: Record<string, unknown>) => citizen.patch(`/api/v1/dossiers/${dossier.id}`, { version: dossier.version, ...body });

  it('shows on the procedure page which components may be brought on paper', () => {
    expect(land.paperOriginalAllowed).toBe(true);
    expect(application.paperOriginalAllowed).toBe(false);
  });

  it('saves the choice with the dossier and refuses it for a component that does not allow it', async () => {
    const created = await createDossier(citizen, permit, { bringOriginals: [land.id] });
    expect(created.components.find((component) => component.id === land.id)).toMatchObject({ paperOriginalAllowed: true, bringOriginal: true });
    expect(created.components.find((component) => component.id === application.id)).toMatchObject({ paperOriginalAllowed: false, bringOriginal: false });

    const refused = await patch(created, { bringOriginals: [land.id, application.id] });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().code).toBe('VALIDATION_FAILED');
    expect(Object.keys(refused.json().errors)).toEqual([`components.${application.id}`]);
    const refusedCreate = await citizen.post('/api/v1/dossiers', { procedureId: permit.id, bringOriginals: [application.id] });
    expect(refusedCreate.statusCode).toBe(400);
    // Nothing changed by the refusal
    const unchanged: TDossier = (await citizen.get(`/api/v1/dossiers/${created.id}`)).json();
    expect(unchanged.version).toBe(created.version);
    expect(unchanged.components.filter((component) => component.bringOriginal).map((component) => component.id)).toEqual([land.id]);

    // An empty list clears the choice; leaving it out keeps it.
    const cleared: TDossier = (await patch(created, { bringOriginals: [] })).json();
    expect(cleared.components.some((component) => component.bringOriginal)).toBe(false);
    const chosen: TDossier = (await patch(cleared, { bringOriginals: [land.id] })).json();
    const kept: TDossier = (await patch(chosen, { formData: {} })).json();
    expect(kept.components.find((component) => component.id === land.id)!.bringOriginal).toBe(true);
  });

  it('keeps the files uploaded before the choice', async () => {
    const dossier = await createDossier(citizen, permit);
    expect((await upload(citizen, dossier.id, land.id, { name: 'so-do.pdf', content: await samplePdf() })).statusCode).toBe(201);
    const chosen: TDossier = (await patch(dossier, { bringOriginals: [land.id] })).json();
    expect(chosen.components.find((component) => component.id === land.id)).toMatchObject({ bringOriginal: true, files: [{ name: 'so-do.pdf' }] });
  });

  it('sends without a file for a required component brought on paper; staff and the receipt list it', async () => {
    const dossier = await createDossier(citizen, permit, { bringOriginals: [land.id] });
    const saved = await patch(dossier, { formData: permit.sampleFormData ?? {} });
    expect(saved.statusCode, saved.body).toBe(200);
    const pdf = await samplePdf();
    for (const component of permit.components.filter((candidate) => candidate.required && candidate.id !== land.id)) {
      expect((await upload(citizen, dossier.id, component.id, { name: 'ho-so.pdf', content: pdf })).statusCode).toBe(201);
    }
    const sent = await citizen.post(`/api/v1/dossiers/${dossier.id}/submit`, {});
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json().status).toBe('sent');

    const motcua = await staff(ctx.app, 'motcua');
    const seen = await read(motcua, dossier.id);
    expect(seen.components.find((component) => component.id === land.id)).toMatchObject({ bringOriginal: true, files: [] });
    expect(seen.components.filter((component) => component.bringOriginal)).toHaveLength(1);

    const receipt = await citizen.get(`/api/v1/dossiers/${dossier.id}/receipt.pdf`);
    expect(receipt.statusCode).toBe(200);
    const text = inspectPdf(receipt.rawPayload).pages.join('').replace(/\n/g, '');
    expect(text).toContain('Bản gốc cần mang đến bộ phận một cửa để đối chiếu: Giấy tờ hợp pháp về quyền sử dụng đất.');
  });

  it('still requires a file for a required component that does not allow paper', async () => {
    const dossier = await createDossier(citizen, permit, { bringOriginals: [land.id] });
    await patch(dossier, { formData: permit.sampleFormData ?? {} });
    const refused = await citizen.post(`/api/v1/dossiers/${dossier.id}/submit`, {});
    expect(refused.statusCode).toBe(422);
    const errors = Object.keys(refused.json().errors);
    expect(errors).toContain(`components.${application.id}`);
    expect(errors).not.toContain(`components.${land.id}`);
  });

  it('lets administrators allow paper for a component; the procedure page shows it', async () => {
    const record = await procedureOf(ctx.app, CRIMINAL_RECORD);
    const form = record.components.find((component) => component.required)!;
    expect(form.paperOriginalAllowed).toBe(false);
    const quantri = await signedIn(ctx.app, 'quantri', DEMO_PASSWORD, { staff: true });
    const updated = await quantri.request('PUT', `/api/v1/admin/procedures/${record.id}/components/${form.id}`, {
      name: form.name,
      description: form.description ?? undefined,
      required: form.required,
      originals: form.originals,
      copies: form.copies,
      acceptedTypes: form.acceptedTypes,
      paperOriginalAllowed: true,
    });
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json().paperOriginalAllowed).toBe(true);
    const after = await procedureOf(ctx.app, CRIMINAL_RECORD);
    expect(after.components.find((component) => component.id === form.id)!.paperOriginalAllowed).toBe(true);
  });
});
