import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDossierCode, type TDossier, type TProcedureDetail } from '@portal/domain';
import { TestBrowser, registerActiveCitizen, signedIn, waitForMail } from '../../../test/helpers/browser.ts';
import { createTestApp, type TestContext } from '../../../test/helpers/test-app.ts';
import { samplePdf } from '../../../test/fixtures/upload-samples.ts';
import {
  BUILDING_PERMIT,
  CRIMINAL_RECORD,
  DEMO_PASSWORD,
  call,
  completeDossier,
  createDossier,
  freshDataDir,
  procedureOf,
  upload,
  type Caller,
} from './dossier-test-kit.ts';
import { notifyDossierStatusChanged } from './notifications.ts';

describe('dossier workflow: concurrency, dashboard, supplement, result, guests', () => {
  let ctx: TestContext;
  let dataDir: string;
  let permit: TProcedureDetail;
  let record: TProcedureDetail;

  beforeAll(async () => {
    dataDir = await freshDataDir();
    ctx = await createTestApp({ DATA_DIR: dataDir, CAPTCHA_DISABLED: 'true' });
    permit = await procedureOf(ctx.app, BUILDING_PERMIT);
    record = await procedureOf(ctx.app, CRIMINAL_RECORD);
  });
  afterAll(async () => {
    await ctx.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('gives 50 dossiers sent in parallel 50 distinct, consecutive codes of their agency and day', async () => {
    const citizen = await signedIn(ctx.app, 'congdan', DEMO_PASSWORD);
    const dossiers: TDossier[] = [];
    for (let batch = 0; batch < 5; batch++) {
      const prepared = Array.from({ length: 10 }, async () => completeDossier(citizen, record, await createDossier(citizen, record)));
      dossiers.push(...(await Promise.all(prepared)));
    }

    const responses = await Promise.all(dossiers.map((dossier) => citizen.post(`/api/v1/dossiers/${dossier.id}/submit`, {})));
    for (const response of responses) expect(response.statusCode, response.body).toBe(200);
    const codes = responses.map((response) => response.json().code as string);
    expect(new Set(codes).size).toBe(50);
    const parsed = codes.map((code) => parseDossierCode(code)!);
    expect(new Set(parsed.map((code) => `${code.unitCode}/${code.date}`)).size).toBe(1);
    expect(parsed[0]!.unitCode).toBe(record.agency.unitCode);
    const sequences = parsed.map((code) => code.sequence).sort((a, b) => a - b);
    expect(sequences).toEqual(Array.from({ length: 50 }, (_, index) => sequences[0]! + index));
  }, 60_000);

  describe('the dashboard (Hồ sơ cá nhân)', () => {
    let citizen: TestBrowser;
    beforeAll(async () => {
      const account = await registerActiveCitizen(ctx.app, { fullName: 'Lò Văn Thắng' });
      citizen = await signedIn(ctx.app, account.username, account.password);
      for (let index = 0; index < 3; index++) await createDossier(citizen, permit);
      for (let index = 0; index < 2; index++) await createDossier(citizen, record);
      // A new account has no CCCD or address in its profile yet: the form asks for them
      const applicant = { fullName: 'Lò Văn Thắng', idNumber: '011095003344', phone: '0912345678', email: account.email, address: 'Phường Tân Thanh' };
      const toSend = await completeDossier(citizen, record, await createDossier(citizen, record, { applicant }));
      expect((await citizen.post(`/api/v1/dossiers/${toSend.id}/submit`, {})).statusCode).toBe(200);
    });

    it('counts dossiers per status for the six cards', async () => {
      const response = await citizen.get('/api/v1/dossiers/summary');
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({
        counts: { unsent: 5, sent: 1, 'supplement-requested': 0, processing: 0, result: 0, returned: 0 },
        total: 6,
      });
    });

    it('pages through a category without gaps or repeats, last changed first', async () => {
      const first = (await citizen.get('/api/v1/dossiers?status=unsent&limit=2')).json();
      expect(first.total).toBe(5);
      expect(first.items).toHaveLength(2);
      const seen = [...first.items];
      let cursor = first.nextCursor;
      while (cursor) {
        const page = (await citizen.get(`/api/v1/dossiers?status=unsent&limit=2&cursor=${cursor}`)).json();
        seen.push(...page.items);
        cursor = page.nextCursor;
      }
      expect(seen.map((item) => item.id)).toHaveLength(5);
      expect(new Set(seen.map((item) => item.id)).size).toBe(5);
      const updated = seen.map((item) => Date.parse(item.updatedAt));
      expect(updated).toEqual([...updated].sort((a, b) => b - a));
      expect(seen.every((item) => item.status === 'unsent' && item.allowedActions.includes('delete'))).toBe(true);
    });

    it('finds dossiers by procedure name without diacritics, and by code', async () => {
      const byName = (await citizen.get(`/api/v1/dossiers?q=${encodeURIComponent('giay phep xay dung')}`)).json();
      expect(byName.total).toBe(3);
      expect(byName.items.every((item: { procedure: { code: string } }) => item.procedure.code === BUILDING_PERMIT)).toBe(true);
      const sent = (await citizen.get('/api/v1/dossiers?status=sent')).json().items[0];
      const byCode = (await citizen.get(`/api/v1/dossiers?q=${encodeURIComponent(sent.code.slice(-11))}`)).json();
      expect(byCode.items.map((item: { id: string }) => item.id)).toEqual([sent.id]);
      expect(sent.allowedActions).toEqual(['view', 'history', 'receipt']);
    });

    it('orders by code with the unsent ones last, across pages', async () => {
      const ids: (string | null)[] = [];
      let url = '/api/v1/dossiers?sort=code&limit=4';
      for (;;) {
        const page = (await citizen.get(url)).json();
        ids.push(...page.items.map((item: { code: string | null }) => item.code));
        if (!page.nextCursor) break;
        url = `/api/v1/dossiers?sort=code&limit=4&cursor=${page.nextCursor}`;
      }
      expect(ids).toHaveLength(6);
      expect(ids[0]).not.toBeNull();
      expect(ids.slice(1)).toEqual([null, null, null, null, null]);
    });

    it('shows nobody else’s dossiers', async () => {
      const other = await signedIn(ctx.app, 'congdan2', DEMO_PASSWORD);
      expect((await other.get('/api/v1/dossiers/summary')).json().total).toBe(0);
      expect((await other.get('/api/v1/dossiers')).json()).toEqual({ items: [], nextCursor: null, total: 0 });
    });
  });

  it('goes round a supplement: the request text, edits and new files, back to sent, pause ended, history and e-mail', async () => {
    const citizen = await signedIn(ctx.app, 'congdan', DEMO_PASSWORD);
    const dossier = await completeDossier(citizen, permit, await createDossier(citizen, permit));
    const sent = (await citizen.post(`/api/v1/dossiers/${dossier.id}/submit`, {})).json();
    // What the staff feature will do: ask for a supplement (the clock pauses)
    const requestedAt = new Date();
    await ctx.prisma.dossier.update({
      where: { id: dossier.id },
      data: { status: 'supplement_requested', supplementRequest: 'Bổ sung bản vẽ mặt cắt có chữ ký', version: { increment: 1 } },
    });
    await ctx.prisma.dossierPause.create({ data: { dossierId: dossier.id, startedAt: requestedAt } });

    const waiting = (await citizen.get(`/api/v1/dossiers/${dossier.id}`)).json();
    expect(waiting).toMatchObject({ status: 'supplement-requested', supplementRequest: 'Bổ sung bản vẽ mặt cắt có chữ ký' });
    expect(waiting.allowedActions).toEqual(expect.arrayContaining(['edit', 'supplement']));
    expect(waiting.allowedActions).not.toContain('delete');

    // A file sent before the request stays on record; new ones can be added and removed
    const earlier = waiting.files[0];
    const removeEarlier = await citizen.request('DELETE', `/api/v1/dossiers/${dossier.id}/files/${earlier.id}`);
    expect(removeEarlier.statusCode).toBe(409);
    const drawings = permit.components.find((component) => component.name.startsWith('Bản vẽ'))!;
    const added = await upload(citizen, dossier.id, drawings.id, { name: 'mat-cat.pdf', content: await samplePdf('Mat cat') });
    expect(added.statusCode, added.body).toBe(201);
    const edited = await citizen.patch(`/api/v1/dossiers/${dossier.id}`, {
      version: waiting.version,
      formData: { ...permit.sampleFormData, tenChuDauTu: 'Công ty Hoa Ban Điện Biên' },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    // Deleting in supplement-requested stays refused
    expect((await citizen.request('DELETE', `/api/v1/dossiers/${dossier.id}`)).json().code).toBe('DOSSIER_NOT_DELETABLE');

    const response = await citizen.post(`/api/v1/dossiers/${dossier.id}/supplement`, { note: 'Đã bổ sung bản vẽ mặt cắt', version: edited.json().version });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ status: 'sent', code: sent.code });

    const after = (await citizen.get(`/api/v1/dossiers/${dossier.id}`)).json();
    expect(after).toMatchObject({ status: 'sent', formData: { tenChuDauTu: 'Công ty Hoa Ban Điện Biên' } });
    const pause = await ctx.prisma.dossierPause.findFirstOrThrow({ where: { dossierId: dossier.id } });
    expect(pause.endedAt).not.toBeNull();
    const history = (await citizen.get(`/api/v1/dossiers/${dossier.id}/history`)).json().items;
    expect(history.at(-1)).toMatchObject({
      action: { code: 'submit-supplement', label: { vi: 'Gửi bổ sung hồ sơ' } },
      fromStatus: 'supplement-requested',
      toStatus: 'sent',
      note: 'Đã bổ sung bản vẽ mặt cắt',
      actor: { name: 'Nguyễn Văn An', role: 'citizen' },
    });
    await waitForMail(ctx.app, 'congdan@example.com', new RegExp(`Hồ sơ ${sent.code.replaceAll('.', '\\.')}: Đã gửi`));
    expect(await ctx.prisma.auditEvent.count({ where: { action: 'dossier.supplement', entityId: dossier.id } })).toBe(1);

    const twice = await citizen.post(`/api/v1/dossiers/${dossier.id}/supplement`, {});
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('DOSSIER_ACTION_NOT_ALLOWED');
  });

  it('offers the result files and one rating once the result is out', async () => {
    const citizen = await signedIn(ctx.app, 'congdan', DEMO_PASSWORD);
    const dossier = await completeDossier(citizen, record, await createDossier(citizen, record));
    await citizen.post(`/api/v1/dossiers/${dossier.id}/submit`, {});
    const early = await citizen.post(`/api/v1/dossiers/${dossier.id}/rating`, { score: 5 });
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('DOSSIER_ACTION_NOT_ALLOWED');

    // What the staff feature will do: finish with a result document
    const resultFile = (await ctx.prisma.dossierFile.findFirstOrThrow({ where: { dossierId: dossier.id }, select: { fileId: true } })).fileId;
    const result = await ctx.prisma.dossierFile.create({ data: { dossierId: dossier.id, fileId: resultFile, role: 'result' } });
    await ctx.prisma.dossier.update({ where: { id: dossier.id }, data: { status: 'result', finishedAt: new Date() } });

    const done = (await citizen.get(`/api/v1/dossiers/${dossier.id}`)).json();
    expect(done.allowedActions).toEqual(expect.arrayContaining(['view-result', 'rate']));
    expect(done.files.filter((file: { role: string }) => file.role === 'result').map((file: { id: string }) => file.id)).toEqual([result.id]);
    expect((await citizen.get(`/api/v1/dossiers/${dossier.id}/files/${result.id}`)).statusCode).toBe(200);
    const other = await signedIn(ctx.app, 'congdan2', DEMO_PASSWORD);
    expect((await other.get(`/api/v1/dossiers/${dossier.id}/files/${result.id}`)).statusCode).toBe(404);

    const rated = await citizen.post(`/api/v1/dossiers/${dossier.id}/rating`, { score: 4, comment: 'Nhanh, đúng hẹn' });
    expect(rated.statusCode, rated.body).toBe(201);
    expect(rated.json()).toMatchObject({ score: 4, comment: 'Nhanh, đúng hẹn' });
    const again = await citizen.post(`/api/v1/dossiers/${dossier.id}/rating`, { score: 1 });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('DOSSIER_ALREADY_RATED');
    expect((await citizen.get(`/api/v1/dossiers/${dossier.id}`)).json()).toMatchObject({ rating: { score: 4 } });
    expect((await citizen.post(`/api/v1/dossiers/${dossier.id}/rating`, { score: 9 })).statusCode).toBe(400);
  });

  describe('without an account (seed 004)', () => {
    const email = 'khach.le@example.vn';

    async function createGuestDossier(procedure: TProcedureDetail, locale: 'vi' | 'en' = 'vi') {
      const response = await new TestBrowser(ctx.app).post('/api/v1/guest-dossiers', {
        procedureId: procedure.id,
        email,
        captcha: 'test-captcha',
        locale,
        applicant: { fullName: 'Lê Thị Khách', idNumber: '011190001234', phone: '0987654321', address: 'Bản Him Lam, phường Him Lam' },
        formData: procedure.sampleFormData ?? {},
      });
      expect(response.statusCode, response.body).toBe(201);
      return response.json() as { dossier: TDossier; guestToken: string };
    }

    it('creates, uploads, asks for confirmation by e-mail, and sends only once the link is followed', async () => {
      const { dossier, guestToken } = await createGuestDossier(record);
      expect(dossier).toMatchObject({ status: 'unsent', guest: true, applicant: { email, fullName: 'Lê Thị Khách' } });
      const stored = await ctx.prisma.dossier.findUniqueOrThrow({ where: { id: dossier.id } });
      expect(stored.ownerId).toBeNull();
      expect(stored.guestTokenHash).not.toContain(guestToken);

      const guest: Caller = { app: ctx.app, guestToken };
      const uploaded = await upload(guest, dossier.id, record.components[0]!.id, { name: 'ly-lich.pdf', content: await samplePdf() });
      expect(uploaded.statusCode, uploaded.body).toBe(201);
      expect((await call({ app: ctx.app, guestToken: `${guestToken.slice(0, -2)}xx` }, 'GET', `/api/v1/dossiers/${dossier.id}`)).statusCode).toBe(404);

      const submitted = await call(guest, 'POST', `/api/v1/dossiers/${dossier.id}/submit`, {});
      expect(submitted.statusCode, submitted.body).toBe(200);
      expect(submitted.json()).toMatchObject({ status: 'unsent', code: null, awaitingConfirmation: true, confirmationEmail: email });
      expect((await call(guest, 'GET', `/api/v1/dossiers/${dossier.id}`)).json()).toMatchObject({ status: 'unsent', awaitingConfirmation: true });

      const mail = await waitForMail(ctx.app, email, /Xác nhận gửi hồ sơ/);
      const link = mail.links.find((candidate) => candidate.includes('/ho-so/xac-nhan#token='))!;
      expect(link).toBeDefined();
      const token = new URL(link).hash.replace('#token=', '');

      const confirmed = await new TestBrowser(ctx.app).post('/api/v1/guest-dossiers/confirm', { token });
      expect(confirmed.statusCode, confirmed.body).toBe(200);
      const result = confirmed.json();
      expect(result).toMatchObject({ id: dossier.id, status: 'sent', procedureName: record.name });
      expect(result.trackingUrl).toMatch(/\/tra-cuu\?code=/);
      expect(parseDossierCode(result.code)?.unitCode).toBe(record.agency.unitCode);

      const history = (await call(guest, 'GET', `/api/v1/dossiers/${dossier.id}/history`)).json().items;
      expect(history[0]).toMatchObject({ action: { code: 'submit' }, actor: { name: 'Lê Thị Khách', role: 'guest' } });
      const sentMail = await waitForMail(ctx.app, email, new RegExp(`Hồ sơ ${result.code.replaceAll('.', '\\.')} đã được gửi`));
      expect(sentMail.links.some((candidate) => candidate.includes(`/tra-cuu?code=${encodeURIComponent(result.code)}`))).toBe(true);

      const reused = await new TestBrowser(ctx.app).post('/api/v1/guest-dossiers/confirm', { token });
      expect(reused.json().code).toBe('TOKEN_USED');
      // A guest edits nothing once sent
      expect((await call(guest, 'PATCH', `/api/v1/dossiers/${dossier.id}`, { version: 2, formData: {} })).json().code).toBe('DOSSIER_NOT_EDITABLE');
    });

    it('refuses to ask for a confirmation while the dossier is incomplete, listing what is missing', async () => {
      const { dossier, guestToken } = await createGuestDossier(record);
      const response = await call({ app: ctx.app, guestToken }, 'POST', `/api/v1/dossiers/${dossier.id}/submit`, {});
      expect(response.statusCode).toBe(422);
      expect(Object.keys(response.json().errors)).toEqual([`components.${record.components.find((c) => c.required)!.id}`]);
    });

    it('tells a guest, in their language, that a supplement request means a new dossier', async () => {
      const { dossier, guestToken } = await createGuestDossier(record, 'en');
      const guest: Caller = { app: ctx.app, guestToken };
      await upload(guest, dossier.id, record.components[0]!.id, { name: 'ly-lich.pdf', content: await samplePdf() });
      await call(guest, 'POST', `/api/v1/dossiers/${dossier.id}/submit`, {});
      const mail = await waitForMail(ctx.app, email, /Confirm sending your dossier/);
      const token = new URL(mail.links.find((candidate) => candidate.includes('#token='))!).hash.replace('#token=', '');
      const { code } = (await new TestBrowser(ctx.app).post('/api/v1/guest-dossiers/confirm', { token })).json();

      await ctx.prisma.dossier.update({ where: { id: dossier.id }, data: { status: 'supplement_requested', supplementRequest: 'Thiếu bản sao CCCD' } });
      await notifyDossierStatusChanged(ctx.app, dossier.id);
      const news = await waitForMail(ctx.app, email, new RegExp(`Dossier ${code.replaceAll('.', '\\.')}: Supplement requested`));
      expect(news.text).toContain('submit a new dossier');
      expect(news.text).toContain('Thiếu bản sao CCCD');
      expect(news.links.some((candidate) => candidate.includes('/tra-cuu?code='))).toBe(true);
      const supplement = await call(guest, 'POST', `/api/v1/dossiers/${dossier.id}/supplement`, {});
      expect(supplement.statusCode).toBe(403);
    });

    it('needs the captcha', async () => {
      const response = await new TestBrowser(ctx.app).post('/api/v1/guest-dossiers', { procedureId: record.id, email, captcha: '' });
      expect(response.statusCode).toBe(400);
      expect(response.json().code).toBe('CAPTCHA_INVALID');
    });
  });
});
