import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDossierCode, type TDossier, type TProcedureDetail } from '@portal/domain';
import { TestBrowser, signedIn, waitForMail } from '../../../test/helpers/browser.ts';
import { createTestApp, type TestContext } from '../../../test/helpers/test-app.ts';
import {
  BUILDING_PERMIT,
  DEMO_PASSWORD,
  completeDossier,
  createDossier,
  filesInStorage,
  freshDataDir,
  procedureOf,
  upload,
} from './dossier-test-kit.ts';
import { samplePdf } from '../../../test/fixtures/upload-samples.ts';

describe('citizen dossiers: create, save, send, authorization', () => {
  let ctx: TestContext;
  let dataDir: string;
  let permit: TProcedureDetail;
  let citizen: TestBrowser;
  let otherCitizen: TestBrowser;

  beforeAll(async () => {
    dataDir = await freshDataDir();
    ctx = await createTestApp({ DATA_DIR: dataDir });
    permit = await procedureOf(ctx.app, BUILDING_PERMIT);
    citizen = await signedIn(ctx.app, 'congdan', DEMO_PASSWORD);
    otherCitizen = await signedIn(ctx.app, 'congdan2', DEMO_PASSWORD);
  });
  afterAll(async () => {
    await ctx.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  describe('creating (Đăng ký trực tuyến)', () => {
    it('creates an unsent dossier with the applicant prefilled from the profile and the current form version', async () => {
      const dossier = await createDossier(citizen, permit);
      expect(dossier).toMatchObject({
        status: 'unsent',
        code: null,
        version: 1,
        procedure: { id: permit.id, code: BUILDING_PERMIT, name: 'Cấp giấy phép xây dựng' },
        agency: { id: permit.agency.id },
        applicant: {
          fullName: 'Nguyễn Văn An',
          idNumber: '011085012345',
          dateOfBirth: '1985-03-15',
          gender: 'male',
          phone: '0912345678',
          email: 'congdan@example.com',
        },
        form: { version: permit.formVersion },
        guest: false,
        awaitingConfirmation: false,
        allowedActions: ['view', 'edit', 'delete', 'submit'],
      });
      expect(dossier.form.definition).toEqual(permit.form);
      expect(dossier.components.map((component) => [component.id, component.required])).toEqual(
        permit.components.map((component) => [component.id, component.required]),
      );
    });

    it('refuses a procedure that is not offered online, an unknown one, and staff accounts', async () => {
      const infoOnly = await ctx.prisma.procedure.findFirstOrThrow({ where: { serviceLevel: 'info_only' }, select: { id: true } });
      const offline = await citizen.post('/api/v1/dossiers', { procedureId: infoOnly.id });
      expect(offline.statusCode).toBe(409);
      expect(offline.json().code).toBe('PROCEDURE_NOT_ONLINE');

      const unknown = await citizen.post('/api/v1/dossiers', { procedureId: '01a20128-0000-7000-8000-000000000000' });
      expect(unknown.statusCode).toBe(404);
      expect(unknown.json().code).toBe('PROCEDURE_NOT_FOUND');

      const clerk = await signedIn(ctx.app, 'motcua', DEMO_PASSWORD, { staff: true });
      expect((await clerk.post('/api/v1/dossiers', { procedureId: permit.id })).statusCode).toBe(403);
      expect((await new TestBrowser(ctx.app).post('/api/v1/dossiers', { procedureId: permit.id })).statusCode).toBe(401);
    });

    it('refuses a handling agency the procedure does not have', async () => {
      const other = await ctx.prisma.agency.findFirstOrThrow({ where: { unitCode: '000.21.31.H18' }, select: { id: true } });
      const response = await citizen.post('/api/v1/dossiers', { procedureId: permit.id, agencyId: other.id });
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toHaveProperty('agencyId');
    });
  });

  describe('saving (Lưu lại, autosave)', () => {
    it('saves partial data, bumps the version and refuses a stale version with the current one', async () => {
      const dossier = await createDossier(citizen, permit);
      const first = await citizen.patch(`/api/v1/dossiers/${dossier.id}`, {
        version: 1,
        applicant: { fullName: 'Nguyễn Văn An', idNumber: '0110' },
        formData: { tenChuDauTu: 'Công ty Hoa Ban' },
      });
      expect(first.statusCode, first.body).toBe(200);
      expect(first.json()).toMatchObject({ version: 2, applicant: { idNumber: '0110' }, formData: { tenChuDauTu: 'Công ty Hoa Ban' } });
      expect(Date.parse(first.json().updatedAt)).toBeGreaterThan(Date.parse(dossier.updatedAt));

      const stale = await citizen.patch(`/api/v1/dossiers/${dossier.id}`, { version: 1, formData: { tenChuDauTu: 'Cũ' } });
      expect(stale.statusCode).toBe(409);
      expect(stale.json()).toMatchObject({ code: 'VERSION_CONFLICT', details: { currentVersion: 2 } });
      expect((await citizen.get(`/api/v1/dossiers/${dossier.id}`)).json().formData.tenChuDauTu).toBe('Công ty Hoa Ban');
    });

    it('refuses values the form could not have produced, keyed by formData path', async () => {
      const dossier = await createDossier(citizen, permit);
      const response = await citizen.patch(`/api/v1/dossiers/${dossier.id}`, { version: 1, formData: { tenChuDauTu: 42 } });
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toHaveProperty(['formData.tenChuDauTu']);
    });
  });

  describe('authorization', () => {
    let dossier: TDossier;
    let fileId: string;
    beforeAll(async () => {
      dossier = await createDossier(citizen, permit);
      const uploaded = await upload(citizen, dossier.id, permit.components[0]!.id, { name: 'Đơn đề nghị.pdf', content: await samplePdf() });
      expect(uploaded.statusCode, uploaded.body).toBe(201);
      fileId = uploaded.json().id;
    });

    it('answers 404 DOSSIER_NOT_FOUND to another citizen for the dossier, its files, history and every change', async () => {
      const base = `/api/v1/dossiers/${dossier.id}`;
      const attempts = [
        await otherCitizen.get(base),
        await otherCitizen.get(`${base}/files/${fileId}`),
        await otherCitizen.get(`${base}/history`),
        await otherCitizen.get(`${base}/receipt.pdf`),
        await otherCitizen.patch(base, { version: 1, formData: {} }),
        await otherCitizen.request('DELETE', base),
        await otherCitizen.request('DELETE', `${base}/files/${fileId}`),
        await otherCitizen.post(`${base}/submit`, {}),
        await upload(otherCitizen, dossier.id, permit.components[0]!.id, { name: 'x.pdf', content: await samplePdf() }),
      ];
      for (const response of attempts) {
        expect(response.statusCode, response.body).toBe(404);
        expect(response.json().code).toBe('DOSSIER_NOT_FOUND');
      }
      // Nothing changed
      const own = (await citizen.get(base)).json();
      expect(own).toMatchObject({ version: 1, status: 'unsent' });
      expect(own.files).toHaveLength(1);
    });

    it('asks an anonymous caller to sign in, and a wrong guest token sees nothing', async () => {
      expect((await ctx.app.inject({ method: 'GET', url: `/api/v1/dossiers/${dossier.id}` })).statusCode).toBe(401);
      const guessed = await ctx.app.inject({ method: 'GET', url: `/api/v1/dossiers/${dossier.id}`, headers: { 'x-guest-token': 'A'.repeat(43) } });
      expect(guessed.statusCode).toBe(404);
    });

    it('lets staff of the handling agency read a sent dossier (not a draft), and nobody else', async () => {
      const clerk = await signedIn(ctx.app, 'motcua', DEMO_PASSWORD, { staff: true });
      const communeClerk = await signedIn(ctx.app, 'motcuaxa', DEMO_PASSWORD, { staff: true });
      const ready = await completeDossier(citizen, permit, await createDossier(citizen, permit));
      expect((await clerk.get(`/api/v1/dossiers/${ready.id}`)).statusCode).toBe(404);

      expect((await citizen.post(`/api/v1/dossiers/${ready.id}/submit`, {})).statusCode).toBe(200);
      const read = await clerk.get(`/api/v1/dossiers/${ready.id}`);
      expect(read.statusCode).toBe(200);
      expect(read.json().status).toBe('sent');
      const file = read.json().files[0];
      expect((await clerk.get(`/api/v1/dossiers/${ready.id}/files/${file.id}`)).statusCode).toBe(200);
      expect((await clerk.get(`/api/v1/dossiers/${ready.id}/history`)).statusCode).toBe(200);
      expect((await clerk.patch(`/api/v1/dossiers/${ready.id}`, { version: 2 })).statusCode).toBe(403);

      expect((await communeClerk.get(`/api/v1/dossiers/${ready.id}`)).statusCode).toBe(404);
      expect((await communeClerk.get(`/api/v1/dossiers/${ready.id}/files/${file.id}`)).statusCode).toBe(404);
    });
  });

  describe('sending (Gửi đi)', () => {
    it('lists everything missing at once: applicant, form fields and required components', async () => {
      const dossier = await createDossier(citizen, permit, { applicant: { fullName: 'Nguyễn Văn An', phone: '0912' } });
      await upload(citizen, dossier.id, permit.components[0]!.id, { name: 'don.pdf', content: await samplePdf() });
      const response = await citizen.post(`/api/v1/dossiers/${dossier.id}/submit`, {});
      expect(response.statusCode).toBe(422);
      const problem = response.json();
      expect(problem.code).toBe('DOSSIER_INCOMPLETE');
      expect(response.headers['content-type']).toContain('application/problem+json');
      const keys = Object.keys(problem.errors);
      expect(keys).toEqual(expect.arrayContaining(['applicant.idNumber', 'applicant.phone', 'applicant.email', 'applicant.address', 'formData.tenChuDauTu']));
      const requiredLeft = permit.components.filter((component) => component.required).slice(1);
      for (const component of requiredLeft) expect(problem.errors[`components.${component.id}`]).toMatch(/bắt buộc/);
      expect(keys).not.toContain(`components.${permit.components[0]!.id}`);
      const optional = permit.components.find((component) => !component.required)!;
      expect(keys).not.toContain(`components.${optional.id}`);
      expect((await citizen.get(`/api/v1/dossiers/${dossier.id}`)).json().status).toBe('unsent');
    });

    it('sends: code of the agency and day, history row, confirmation e-mail, receipt; then edits and deletes get 409', async () => {
      const dossier = await completeDossier(citizen, permit, await createDossier(citizen, permit));
      const sentAt = Date.now();
      const response = await citizen.post(`/api/v1/dossiers/${dossier.id}/submit`, { version: dossier.version });
      expect(response.statusCode, response.body).toBe(200);
      const result = response.json();
      expect(result).toMatchObject({ status: 'sent', version: dossier.version + 1, awaitingConfirmation: false });
      expect(parseDossierCode(result.code)).toMatchObject({ unitCode: permit.agency.unitCode });

      const sent = (await citizen.get(`/api/v1/dossiers/${dossier.id}`)).json();
      expect(sent).toMatchObject({ status: 'sent', code: result.code, allowedActions: ['view', 'history', 'receipt'] });
      expect(Date.parse(sent.submittedAt)).toBeGreaterThanOrEqual(sentAt - 1000);

      const history = (await citizen.get(`/api/v1/dossiers/${dossier.id}/history`)).json().items;
      expect(history).toHaveLength(1);
      expect(history[0]).toMatchObject({
        action: { code: 'submit', label: { vi: 'Nộp hồ sơ trực tuyến' } },
        actor: { name: 'Nguyễn Văn An', role: 'citizen' },
        receiver: { name: 'Bộ phận một cửa', role: 'clerk', unit: permit.agency.name },
        fromStatus: 'unsent',
        toStatus: 'sent',
      });

      const mail = await waitForMail(ctx.app, 'congdan@example.com', new RegExp(`Hồ sơ ${result.code.replaceAll('.', '\\.')} đã được gửi`));
      expect(mail.text).toContain('Cấp giấy phép xây dựng');
      expect(mail.links.some((link) => link.endsWith(`/ca-nhan/ho-so/${dossier.id}`))).toBe(true);

      const receipt = await citizen.get(`/api/v1/dossiers/${dossier.id}/receipt.pdf`);
      expect(receipt.statusCode).toBe(200);
      expect(receipt.headers['content-type']).toBe('application/pdf');
      expect(receipt.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

      const edit = await citizen.patch(`/api/v1/dossiers/${dossier.id}`, { version: result.version, formData: {} });
      expect(edit.statusCode).toBe(409);
      expect(edit.json().code).toBe('DOSSIER_NOT_EDITABLE');
      const removal = await citizen.request('DELETE', `/api/v1/dossiers/${dossier.id}`);
      expect(removal.statusCode).toBe(409);
      expect(removal.json().code).toBe('DOSSIER_NOT_DELETABLE');
      const uploadLate = await upload(citizen, dossier.id, permit.components[0]!.id, { name: 'muon.pdf', content: await samplePdf() });
      expect(uploadLate.statusCode).toBe(409);
      expect(uploadLate.json().code).toBe('DOSSIER_NOT_EDITABLE');
      const fileId = sent.files[0].id;
      const fileRemoval = await citizen.request('DELETE', `/api/v1/dossiers/${dossier.id}/files/${fileId}`);
      expect(fileRemoval.statusCode).toBe(409);
      const again = await citizen.post(`/api/v1/dossiers/${dossier.id}/submit`, {});
      expect(again.statusCode).toBe(409);
      expect(again.json().code).toBe('DOSSIER_ACTION_NOT_ALLOWED');
      expect(await ctx.prisma.auditEvent.count({ where: { action: 'dossier.submit', entityId: dossier.id } })).toBe(1);
    });

    it('has no receipt before it is sent', async () => {
      const dossier = await createDossier(citizen, permit);
      const response = await citizen.get(`/api/v1/dossiers/${dossier.id}/receipt.pdf`);
      expect(response.statusCode).toBe(409);
      expect(response.json().code).toBe('RECEIPT_NOT_AVAILABLE');
    });

    it('writes the confirmation in the citizen’s language', async () => {
      await ctx.prisma.user.update({ where: { username: 'congdan2' }, data: { locale: 'en' } });
      const dossier = await completeDossier(otherCitizen, permit, await createDossier(otherCitizen, permit));
      const result = (await otherCitizen.post(`/api/v1/dossiers/${dossier.id}/submit`, {})).json();
      const mail = await waitForMail(ctx.app, 'quanghoa92@example.com', new RegExp(`Dossier ${result.code.replaceAll('.', '\\.')} has been sent`));
      expect(mail.text).toContain('Hello Quàng Thị Hoa');
      expect(mail.text).not.toContain('Xin chào');
    });
  });

  describe('deleting (Xóa)', () => {
    it('removes an unsent dossier with its rows and its files in storage', async () => {
      const dossier = await createDossier(citizen, permit);
      const before = (await filesInStorage(dataDir)).length;
      for (const name of ['a.pdf', 'b.pdf']) {
        expect((await upload(citizen, dossier.id, permit.components[0]!.id, { name, content: await samplePdf(name) })).statusCode).toBe(201);
      }
      expect((await filesInStorage(dataDir)).length).toBe(before + 2);
      const response = await citizen.request('DELETE', `/api/v1/dossiers/${dossier.id}`);
      expect(response.statusCode).toBe(204);
      expect((await citizen.get(`/api/v1/dossiers/${dossier.id}`)).statusCode).toBe(404);
      expect(await ctx.prisma.dossierFile.count({ where: { dossierId: dossier.id } })).toBe(0);
      expect((await filesInStorage(dataDir)).length).toBe(before);
      expect(await ctx.prisma.auditEvent.count({ where: { action: 'dossier.delete', entityId: dossier.id } })).toBe(1);
    });
  });
});
