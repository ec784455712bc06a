import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeDueDate, countWorkingDaysInclusive, localDateOf, workingDaysBetween, type TProcedureDetail } from '@portal/domain';
import { signedIn, waitForMail, type TestBrowser } from '../../../test/helpers/browser.ts';
import { createTestApp, type TestContext } from '../../../test/helpers/test-app.ts';
import { loadWorkingCalendar } from '../admin-calendar/working-calendar.ts';
import { BUILDING_PERMIT, DEMO_PASSWORD, freshDataDir, multipart, procedureOf } from '../dossiers/dossier-test-kit.ts';
import { act, actOk, read, sentDossier, staff, staffUrl, uploadResult } from './staff-test-kit.ts';

const DAY = 24 * 3600_000;

describe('staff dossiers: supplement pauses, apologies, deadlines, result files', () => {
  let ctx: TestContext;
  let dataDir: string;
  let permit: TProcedureDetail;
  let citizen: TestBrowser;
  let motcua: TestBrowser;
  let lanhdao: TestBrowser;

  beforeAll(async () => {
    dataDir = await freshDataDir();
    ctx = await createTestApp({ DATA_DIR: dataDir });
    permit = await procedureOf(ctx.app, BUILDING_PERMIT);
    citizen = await signedIn(ctx.app, 'congdan', DEMO_PASSWORD);
    motcua = await staff(ctx.app, 'motcua');
    lanhdao = await staff(ctx.app, 'lanhdao');
  });
  afterAll(async () => {
    await ctx.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('stops the clock while a supplement is awaited: the due date moves by the paused working days', async () => {
    const { id } = await sentDossier(citizen, permit);
    await actOk(motcua, id, { type: 'receive' });
    const requested = await actOk(lanhdao, id, { type: 'request-supplement', note: 'Bổ sung bản vẽ mặt bằng tỷ lệ 1/100' });
    expect(requested).toMatchObject({ status: 'supplement-requested', paused: true, supplementRequest: 'Bổ sung bản vẽ mặt bằng tỷ lệ 1/100' });
    expect(requested.pauses).toHaveLength(1);
    expect(requested.pauses[0]!.endedAt).toBeNull();

    // Received two weeks ago, asked for the supplement a week ago (the clock has been stopped since)
    const receivedAt = new Date(Date.now() - 14 * DAY);
    const pausedAt = new Date(Date.now() - 7 * DAY);
    await ctx.prisma.dossier.update({ where: { id }, data: { receivedAt } });
    await ctx.prisma.dossierPause.updateMany({ where: { dossierId: id }, data: { startedAt: pausedAt } });

    const seen = (await citizen.get(`/api/v1/dossiers/${id}`)).json();
    expect(seen.supplementRequest).toBe('Bổ sung bản vẽ mặt bằng tỷ lệ 1/100');
    const supplemented = await citizen.post(`/api/v1/dossiers/${id}/supplement`, { note: 'Đã bổ sung', version: seen.version });
    expect(supplemented.statusCode, supplemented.body).toBe(200);
    const resumedAt = new Date();

    const after = await read(motcua, id);
    expect(after.status).toBe('sent');
    expect(after.pauses[0]!.endedAt).not.toBeNull();
    const calendar = await loadWorkingCalendar(ctx.prisma);
    const withoutPause = computeDueDate({ receivedAt, workingDays: after.procedure.processingDays, calendar });
    const paused = countWorkingDaysInclusive(localDateOf(pausedAt), localDateOf(resumedAt), calendar);
    expect(paused).toBeGreaterThan(0);
    expect(workingDaysBetween(withoutPause, new Date(after.dueAt!), calendar)).toBe(paused);
    expect(after.originalDueAt).toBe(after.dueAt);

    // Received again, it keeps its receipt date and the moved due date
    const again = await actOk(motcua, id, { type: 'receive' });
    expect(again).toMatchObject({ status: 'processing', dueAt: after.dueAt, receivedAt: receivedAt.toISOString() });
  });

  it('asks a sent dossier for a supplement without pausing, naming the missing components', async () => {
    const { id } = await sentDossier(citizen, permit);
    const { version, components } = await read(motcua, id);
    const unknown = await act(motcua, id, { type: 'request-supplement', version, note: 'Thiếu giấy tờ', missingComponentIds: ['00000000-0000-4000-8000-000000000000'] });
    expect(unknown.statusCode).toBe(400);
    const empty = await act(motcua, id, { type: 'request-supplement', version, note: '' });
    expect(empty.json().errors.note).toBe('Vui lòng nhập đầy đủ nội dung yêu cầu bổ sung');

    // The citizen got an earlier supplement request in this file: this dossier's mail is the newer one
    const notBefore = Date.now();
    const requested = await actOk(motcua, id, { type: 'request-supplement', note: 'Thiếu giấy tờ về đất', missingComponentIds: [components[0]!.id] });
    expect(requested.pauses).toEqual([]);
    expect(requested.supplementRequest).toBe(`Thiếu giấy tờ về đất\n\nThành phần hồ sơ cần bổ sung:\n- ${components[0]!.name}`);
    const mail = await waitForMail(ctx.app, 'congdan@example.com', /Yêu cầu bổ sung/, notBefore);
    expect(mail.text).toContain('Thiếu giấy tờ về đất');
  });

  it('apologises only for an overdue dossier: new due date, original kept, the citizen e-mailed', async () => {
    const { id, code } = await sentDossier(citizen, permit);
    const received = await actOk(motcua, id, { type: 'receive' });
    expect(received.allowedActions).not.toContain('apologize');
    const newDueAt = new Date(Date.now() + 5 * DAY).toISOString();
    const early = await act(motcua, id, { type: 'apologize', version: received.version, newDueAt, apology: 'Xin lỗi' });
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('DOSSIER_NOT_OVERDUE');

    const passedDue = new Date(Date.now() - DAY);
    await ctx.prisma.dossier.update({ where: { id }, data: { dueAt: passedDue } });
    const overdue = await read(lanhdao, id);
    expect(overdue.overdue).toBe(true);
    expect(overdue.allowedActions).toContain('apologize');
    const past = await act(lanhdao, id, { type: 'apologize', version: overdue.version, newDueAt: new Date(Date.now() - 60_000).toISOString(), apology: 'Xin lỗi' });
    expect(past.statusCode).toBe(400);
    expect(past.json().errors.newDueAt).toBe('Ngày hẹn trả mới phải sau thời điểm hiện tại');

    const apology = 'Hồ sơ cần lấy thêm ý kiến của Sở Tài nguyên và Môi trường; chúng tôi thành thật xin lỗi.';
    const extended = await actOk(lanhdao, id, { type: 'apologize', newDueAt, apology });
    expect(extended).toMatchObject({ dueAt: newDueAt, originalDueAt: received.originalDueAt, apologyCount: 1, overdue: false });
    const row = extended.history.at(-1)!;
    expect(row).toMatchObject({ action: { code: 'apologize' }, note: apology, actor: { name: 'Lê Văn Dũng', role: 'leader' } });
    const mail = await waitForMail(ctx.app, 'congdan@example.com', new RegExp(`Thư xin lỗi.*${code.replace(/\./g, '\\.')}`));
    expect(mail.text).toContain(apology);
    expect(mail.text).toMatch(/Ngày hẹn trả kết quả mới: \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}/);
  });

  it('flags a dossier not received within 8 working hours', async () => {
    const { id } = await sentDossier(citizen, permit);
    expect((await read(motcua, id)).receiveDeadlinePassed).toBe(false);
    await ctx.prisma.dossier.update({ where: { id }, data: { submittedAt: new Date(Date.now() - 7 * DAY) } });
    const late = await read(motcua, id);
    expect(late.receiveDeadlinePassed).toBe(true);
    const listed = (await motcua.get('/api/v1/staff/dossiers?view=new&limit=100')).json().items.find((item: { id: string }) => item.id === id);
    expect(listed.receiveDeadlinePassed).toBe(true);
  });

  it('takes result files only while processing, checked by content, removable before completion', async () => {
    const { id } = await sentDossier(citizen, permit);
    const tooEarly = await uploadResult(motcua, id);
    expect(tooEarly.statusCode).toBe(409);
    expect(tooEarly.json().code).toBe('DOSSIER_ACTION_NOT_ALLOWED');
    await actOk(motcua, id, { type: 'receive' });

    const { payload, headers } = multipart({}, { name: 'ket-qua.pdf', content: Buffer.from('not really a pdf, just text'), type: 'application/pdf' });
    const fake = await motcua.request('POST', `${staffUrl(id)}/result-files`, payload, { headers });
    expect(fake.statusCode).toBe(415);

    const first = (await uploadResult(motcua, id, 'du-thao.pdf')).json();
    const second = await uploadResult(motcua, id, 'quyet-dinh.pdf');
    expect(second.statusCode).toBe(201);
    const removed = await motcua.request('DELETE', `${staffUrl(id)}/result-files/${first.id}`);
    expect(removed.statusCode).toBe(204);
    expect((await read(motcua, id)).resultFiles.map((file) => file.name)).toEqual(['quyet-dinh.pdf']);

    await actOk(motcua, id, { type: 'complete' });
    const afterCompletion = await motcua.request('DELETE', `${staffUrl(id)}/result-files/${second.json().id}`);
    expect(afterCompletion.statusCode).toBe(409);
    const download = await motcua.get(`${staffUrl(id)}/files/${second.json().id}`);
    expect(download.headers['content-disposition']).toMatch(/^inline; /);
  });
});
