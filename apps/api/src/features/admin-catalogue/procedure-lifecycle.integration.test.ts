import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TAdminAgency, TAdminComponent, TAdminField, TAdminProcedure, TDossier, TFormDefinitionInput } from '@portal/domain';
import { TestBrowser, signedIn } from '../../../test/helpers/browser.ts';
import { createTestApp, type TestContext } from '../../../test/helpers/test-app.ts';
import { htmlPage, samplePdf } from '../../../test/fixtures/upload-samples.ts';
import { freshDataDir, multipart } from '../dossiers/dossier-test-kit.ts';
import { DEMO_PASSWORD, TWO_FIELD_FORM, admin, agenciesOf, agencyNamed, createProcedure, fieldsOf, procedureFacts, saveForm } from './admin-catalogue-kit.ts';

const NAME = 'Đăng ký khai thác giếng khoan Mường Phăng';

describe('catalogue administration: a new procedure reaches citizens, and its form is versioned', () => {
  let ctx: TestContext;
  let dataDir: string;
  let quantri: TestBrowser;
  let citizen: TestBrowser;
  let construction: TAdminAgency;
  let field: TAdminField;
  let procedure: TAdminProcedure;

  const publicGet = (url: string) => ctx.app.inject({ method: 'GET', url });

  beforeAll(async () => {
    dataDir = await freshDataDir();
    ctx = await createTestApp({ DATA_DIR: dataDir });
    quantri = await admin(ctx.app, 'quantri');
    citizen = await signedIn(ctx.app, 'congdan', DEMO_PASSWORD);
    construction = agencyNamed(await agenciesOf(quantri), 'Sở Xây dựng');
    field = (await fieldsOf(quantri))[0]!;
  });
  afterAll(async () => {
    await ctx.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('creates a procedure with an optional component and a two-field form; once published, citizens find it at once', async () => {
    procedure = await createProcedure(quantri, procedureFacts(construction.id, field.id, { name: NAME }));
    expect(procedure).toMatchObject({ published: false, formVersion: 1, components: [] });

    const component = await quantri.post(`/api/v1/admin/procedures/${procedure.id}/components`, {
      name: 'Sơ đồ vị trí giếng khoan',
      required: false,
      originals: 1,
      copies: 0,
      acceptedTypes: ['pdf', 'jpeg'],
    });
    expect(component.statusCode, component.body).toBe(201);
    const saved = await saveForm(quantri, procedure, 1, TWO_FIELD_FORM);
    expect(saved.version).toBe(2);

    // Unpublished: not in the public catalogue. These answers are now in the response cache.
    const search = `/api/v1/procedures?q=${encodeURIComponent('gieng khoan muong phang')}`;
    expect((await publicGet(search)).json().items).toEqual([]);
    expect((await publicGet(search)).headers['x-cache']).toBe('hit');
    expect((await publicGet(`/api/v1/procedures/${procedure.code}`)).statusCode).toBe(404);

    const published = await quantri.post(`/api/v1/admin/procedures/${procedure.id}/publish`);
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json().published).toBe(true);

    // The cache was dropped: the same URLs answer with the new procedure.
    const found = await publicGet(search);
    expect(found.headers['x-cache']).toBeUndefined();
    expect(found.json().items.map((item: { code: string }) => item.code)).toEqual([procedure.code]);
    const page = await publicGet(`/api/v1/procedures/${procedure.code}`);
    expect(page.statusCode).toBe(200);
    expect(page.json()).toMatchObject({
      name: NAME,
      onlineEnabled: true,
      formVersion: 2,
      form: { sections: [{ fields: [{ key: 'doSau', kind: 'number' }, { key: 'ghiChu', kind: 'text' }] }] },
      components: [{ name: 'Sơ đồ vị trí giếng khoan', required: false, acceptedTypes: ['pdf', 'jpeg'] }],
    });

    // Every change is in the audit trail with what it changed.
    const events = await ctx.prisma.auditEvent.findMany({ where: { entityId: procedure.id }, orderBy: { id: 'asc' } });
    expect(events.map((event) => event.action)).toEqual(['procedure.create', 'procedure.component.create', 'procedure.form.update', 'procedure.publish']);
    expect(events[2]!.before).toMatchObject({ version: 1 });
    expect(events[2]!.after).toMatchObject({ version: 2, form: TWO_FIELD_FORM });
    expect(events[3]).toMatchObject({ before: { published: false }, after: { published: true }, actorName: 'quantri', agencyId: construction.id });
  });

  it('a citizen sends a dossier for it straight away', async () => {
    const created = await citizen.post('/api/v1/dossiers', { procedureId: procedure.id });
    expect(created.statusCode, created.body).toBe(201);
    const dossier = created.json() as TDossier;
    const filled = await citizen.patch(`/api/v1/dossiers/${dossier.id}`, { version: dossier.version, formData: { doSau: 35, ghiChu: 'Giếng cũ' } });
    expect(filled.statusCode, filled.body).toBe(200);
    const sent = await citizen.post(`/api/v1/dossiers/${dossier.id}/submit`, {});
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json().status).toBe('sent');
  });

  it('a new form version leaves a draft dossier on its own version, valid; new dossiers get the new one', async () => {
    const draft = (await citizen.post('/api/v1/dossiers', { procedureId: procedure.id })).json() as TDossier;
    expect(draft.form.version).toBe(2);

    // v3 drops the depth and asks for a required purpose instead.
    const v3: TFormDefinitionInput = {
      sections: [{ title: { vi: 'Mục đích' }, fields: [{ key: 'mucDich', kind: 'textarea', label: { vi: 'Mục đích sử dụng nước' }, required: true }] }],
    };
    // An editor that loaded version 1 is told someone saved since.
    const stale = await quantri.request('PUT', `/api/v1/admin/procedures/${procedure.id}/form`, { baseVersion: 1, definition: v3 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'VERSION_CONFLICT', details: { currentVersion: 2 } });
    expect((await saveForm(quantri, procedure, 2, v3)).version).toBe(3);

    // The draft still fills and sends against version 2.
    const filled = await citizen.patch(`/api/v1/dossiers/${draft.id}`, { version: draft.version, formData: { doSau: 12 } });
    expect(filled.statusCode, filled.body).toBe(200);
    expect(filled.json().form.version).toBe(2);
    const sent = await citizen.post(`/api/v1/dossiers/${draft.id}/submit`, {});
    expect(sent.statusCode, sent.body).toBe(200);

    // Version 2 itself is unchanged; a new dossier gets version 3 and its rules.
    const versions = await ctx.prisma.procedureFormVersion.findMany({ where: { procedureId: procedure.id }, orderBy: { version: 'asc' } });
    expect(versions.map((version) => version.version)).toEqual([1, 2, 3]);
    expect(versions[1]!.definition).toMatchObject(TWO_FIELD_FORM);
    const fresh = (await citizen.post('/api/v1/dossiers', { procedureId: procedure.id })).json() as TDossier;
    expect(fresh.form.version).toBe(3);
    const incomplete = await citizen.post(`/api/v1/dossiers/${fresh.id}/submit`, {});
    expect(incomplete.statusCode).toBe(422);
    expect(incomplete.json().errors).toHaveProperty('formData.mucDich');

    const editor = (await quantri.get(`/api/v1/admin/procedures/${procedure.id}`)).json() as TAdminProcedure;
    expect(editor.formVersions.map((version) => [version.version, version.dossierCount])).toEqual([
      [3, 1],
      [2, 2],
      [1, 0],
    ]);
  });

  it('edits every fact with a revision; a stale revision is refused; an unpublished procedure leaves the search', async () => {
    const current = (await quantri.get(`/api/v1/admin/procedures/${procedure.id}`)).json() as TAdminProcedure;
    const { id: _id, agency, field: currentField, handlingAgencies: _h, published: _p, components: _c, templates: _t, form: _f, formVersion: _v, formVersions: _vs, dossiersInFlight: _d, ...facts } = current;
    const renamed = await quantri.request('PUT', `/api/v1/admin/procedures/${procedure.id}`, {
      ...facts,
      agencyId: agency.id,
      fieldId: currentField.id,
      name: 'Cấp phép giếng khoan nước dưới đất Mường Phăng',
      processingDays: 7,
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    const stale = await quantri.request('PUT', `/api/v1/admin/procedures/${procedure.id}`, { ...facts, agencyId: agency.id, fieldId: currentField.id });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('VERSION_CONFLICT');

    const byNewName = await publicGet(`/api/v1/procedures?q=${encodeURIComponent('nuoc duoi dat muong phang')}`);
    expect(byNewName.json().items).toMatchObject([{ code: procedure.code, processingDays: 7 }]);
    const update = await ctx.prisma.auditEvent.findFirst({ where: { entityId: procedure.id, action: 'procedure.update' } });
    expect(update?.before).toMatchObject({ name: NAME, processingDays: 10 });
    expect(update?.after).toMatchObject({ processingDays: 7 });

    expect((await quantri.post(`/api/v1/admin/procedures/${procedure.id}/unpublish`)).statusCode).toBe(200);
    expect((await publicGet(`/api/v1/procedures?q=${encodeURIComponent('nuoc duoi dat muong phang')}`)).json().items).toEqual([]);
    const refused = await citizen.post('/api/v1/dossiers', { procedureId: procedure.id });
    expect(refused.statusCode).toBe(404);
    expect((await quantri.post(`/api/v1/admin/procedures/${procedure.id}/publish`)).statusCode).toBe(200);
  });

  it('component templates are checked by content; components reorder; a component with files cannot be removed', async () => {
    const second = await quantri.post(`/api/v1/admin/procedures/${procedure.id}/components`, { name: 'Bản sao giấy tờ đất', required: false });
    expect(second.statusCode).toBe(201);
    const editor = (await quantri.get(`/api/v1/admin/procedures/${procedure.id}`)).json() as TAdminProcedure;
    const [sketch, land] = editor.components as [TAdminComponent, TAdminComponent];

    const disguised = multipart({}, { name: 'mau-so-do.pdf', content: htmlPage() });
    const refused = await quantri.request('PUT', `/api/v1/admin/procedures/${procedure.id}/components/${sketch.id}/template`, disguised.payload, { headers: disguised.headers });
    expect(refused.statusCode).toBe(415);
    expect(refused.json().code).toBe('UNSUPPORTED_MEDIA_TYPE');

    const pdf = multipart({}, { name: 'Mẫu sơ đồ.pdf', content: await samplePdf('Mẫu sơ đồ vị trí') });
    const attached = await quantri.request('PUT', `/api/v1/admin/procedures/${procedure.id}/components/${sketch.id}/template`, pdf.payload, { headers: pdf.headers });
    expect(attached.statusCode, attached.body).toBe(200);
    const template = attached.json().template as { id: string; mimeType: string };
    expect(template.mimeType).toBe('application/pdf');
    const download = await publicGet(`/api/v1/procedures/${procedure.id}/templates/${template.id}`);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    const reordered = await quantri.request('PUT', `/api/v1/admin/procedures/${procedure.id}/components/order`, { ids: [land.id, sketch.id] });
    expect(reordered.statusCode, reordered.body).toBe(200);
    const page = await publicGet(`/api/v1/procedures/${procedure.code}`);
    expect(page.json().components.map((component: { id: string }) => component.id)).toEqual([land.id, sketch.id]);
    const partial = await quantri.request('PUT', `/api/v1/admin/procedures/${procedure.id}/components/order`, { ids: [land.id] });
    expect(partial.statusCode).toBe(400);

    // A citizen's dossier has a file under the sketch: it stays.
    const dossier = (await citizen.post('/api/v1/dossiers', { procedureId: procedure.id })).json() as TDossier;
    const upload = multipart({ componentId: sketch.id }, { name: 'so-do.pdf', content: await samplePdf() });
    expect((await citizen.request('POST', `/api/v1/dossiers/${dossier.id}/files`, upload.payload, { headers: upload.headers })).statusCode).toBe(201);
    const inUse = await quantri.request('DELETE', `/api/v1/admin/procedures/${procedure.id}/components/${sketch.id}`);
    expect(inUse.statusCode).toBe(409);
    expect(inUse.json().code).toBe('COMPONENT_IN_USE');
    const removed = await quantri.request('DELETE', `/api/v1/admin/procedures/${procedure.id}/components/${land.id}`);
    expect(removed.statusCode).toBe(204);
  });

  it('adds and removes a downloadable form (mẫu đơn) with a title', async () => {
    const untitled = multipart({}, { name: 'to-khai.pdf', content: await samplePdf() });
    const noTitle = await quantri.request('POST', `/api/v1/admin/procedures/${procedure.id}/templates`, untitled.payload, { headers: untitled.headers });
    expect(noTitle.statusCode).toBe(400);
    expect(noTitle.json().errors.title).toBe('Vui lòng nhập tên mẫu đơn, tờ khai');

    const body = multipart({ title: 'Tờ khai đề nghị cấp phép' }, { name: 'to-khai.pdf', content: await samplePdf('Tờ khai') });
    const added = await quantri.request('POST', `/api/v1/admin/procedures/${procedure.id}/templates`, body.payload, { headers: body.headers });
    expect(added.statusCode, added.body).toBe(201);
    const template = added.json() as { templateId: string; id: string; title: string };
    expect((await publicGet(`/api/v1/procedures/${procedure.code}`)).json().templates).toMatchObject([{ id: template.id, title: 'Tờ khai đề nghị cấp phép' }]);

    const removed = await quantri.request('DELETE', `/api/v1/admin/procedures/${procedure.id}/templates/${template.templateId}`);
    expect(removed.statusCode).toBe(204);
    expect((await publicGet(`/api/v1/procedures/${procedure.code}`)).json().templates).toEqual([]);
    expect(await ctx.prisma.storedFile.findUnique({ where: { id: template.id } })).toBeNull();
  });
});
