import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TProcedureDetail, TStaffColleague } from '@portal/domain';
import { signedIn, waitForMail, type TestBrowser } from '../../../test/helpers/browser.ts';
import { createTestApp, type TestContext } from '../../../test/helpers/test-app.ts';
import { BUILDING_PERMIT, DEMO_PASSWORD, createDossier, freshDataDir, procedureOf } from '../dossiers/dossier-test-kit.ts';
import { act, actOk, read, sentDossier, staff, staffUrl, uploadResult } from './staff-test-kit.ts';

describe('staff dossier workflow: the full chain, authorization, optimistic concurrency', () => {
  let ctx: TestContext;
  let dataDir: string;
  let permit: TProcedureDetail;
  let citizen: TestBrowser;
  let motcua: TestBrowser;
  let lanhdao: TestBrowser;
  let chuyenvien: TestBrowser;

  beforeAll(async () => {
    dataDir = await freshDataDir();
    ctx = await createTestApp({ DATA_DIR: dataDir });
    permit = await procedureOf(ctx.app, BUILDING_PERMIT);
    citizen = await signedIn(ctx.app, 'congdan', DEMO_PASSWORD);
    motcua = await staff(ctx.app, 'motcua');
    lanhdao = await staff(ctx.app, 'lanhdao');
    chuyenvien = await staff(ctx.app, 'chuyenvien');
  });
  afterAll(async () => {
    await ctx.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('runs the chain receive → transfer-records → register → forward leader → forward specialist → result + complete → hand-over', async () => {
    const { id, code } = await sentDossier(citizen, permit);

    const fresh = await read(motcua, id);
    expect(fresh).toMatchObject({ code, status: 'sent', allowedActions: ['receive', 'request-supplement', 'return'] });
    expect(fresh.applicant.idNumber).toBe('011085012345');
    expect(fresh.form.version).toBeGreaterThan(0);
    expect(fresh.components.some((component) => component.files.length > 0 && component.files[0]!.sha256.length === 64)).toBe(true);
    expect(new Date(fresh.receiveDeadlineAt).getTime()).toBeGreaterThan(new Date(fresh.submittedAt).getTime());

    const received = await actOk(motcua, id, { type: 'receive' });
    expect(received.status).toBe('processing');
    expect(received.receivedAt).not.toBeNull();
    expect(received.dueAt).not.toBeNull();
    expect(received.originalDueAt).toBe(received.dueAt);
    expect(received.assignee?.name).toBe('Đỗ Thị Hạnh');
    // The citizen is told, with the due date; the receipt now prints it
    const mail = await waitForMail(ctx.app, 'congdan@example.com', new RegExp(`${code.replace(/\./g, '\\.')}.*Đang xử lý`));
    expect(mail.text).toMatch(/Ngày hẹn trả kết quả: \d{2}\/\d{2}\/\d{4}/);
    const citizenView = (await citizen.get(`/api/v1/dossiers/${id}`)).json();
    expect(citizenView.dueAt).toBe(received.dueAt);

    await actOk(motcua, id, { type: 'transfer-records', note: 'Chuyển văn thư' });
    await actOk(motcua, id, { type: 'register', bookNumber: '125/SXD' });

    const leaders = (await motcua.get('/api/v1/staff/colleagues?role=leader')).json().items as TStaffColleague[];
    const leader = leaders.find((person) => person.name === 'Lê Văn Dũng')!;
    expect(leader).toMatchObject({ role: 'leader', position: 'Phó Giám đốc Sở' });
    await actOk(motcua, id, { type: 'forward', toUserId: leader.id, note: 'Kính chuyển lãnh đạo' });
    expect((await read(lanhdao, id)).assignee?.id).toBe(leader.id);

    const specialists = (await lanhdao.get('/api/v1/staff/colleagues?role=specialist')).json().items as TStaffColleague[];
    const specialist = specialists.find((person) => person.name === 'Lò Thị Mai')!;
    await actOk(lanhdao, id, { type: 'forward', toUserId: specialist.id, note: 'Giao chuyên viên thẩm định' });

    // Completing needs a result document
    const early = await act(chuyenvien, id, { type: 'complete', version: (await read(chuyenvien, id)).version });
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('DOSSIER_RESULT_REQUIRED');
    const uploaded = await uploadResult(chuyenvien, id, 'Giấy phép xây dựng.pdf');
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    // Not the citizen's yet
    expect((await citizen.get(`/api/v1/dossiers/${id}/files/${uploaded.json().id}`)).statusCode).toBe(404);
    expect((await citizen.get(`/api/v1/dossiers/${id}`)).json().files.some((file: { role: string }) => file.role === 'result')).toBe(false);

    const completed = await actOk(chuyenvien, id, { type: 'complete', note: 'Đủ điều kiện cấp phép' });
    expect(completed.status).toBe('result');
    expect(completed.finishedAt).not.toBeNull();
    expect(completed.resultFiles.map((file) => file.name)).toEqual(['Giấy phép xây dựng.pdf']);

    const handedOver = await actOk(motcua, id, { type: 'hand-over', note: 'Đã trả tại bộ phận một cửa' });
    expect(handedOver.status).toBe('result');

    const rows = handedOver.history.map((row) => [row.action.code, row.actor.name, row.actor.role, row.receiver?.name ?? null, row.receiver?.role ?? null]);
    expect(rows).toEqual([
      ['submit', 'Nguyễn Văn An', 'citizen', 'Bộ phận một cửa', 'clerk'],
      ['receive', 'Đỗ Thị Hạnh', 'clerk', null, null],
      ['transfer-records', 'Đỗ Thị Hạnh', 'clerk', null, null],
      ['register', 'Đỗ Thị Hạnh', 'clerk', null, null],
      ['forward', 'Đỗ Thị Hạnh', 'clerk', 'Lê Văn Dũng', 'leader'],
      ['forward', 'Lê Văn Dũng', 'leader', 'Lò Thị Mai', 'specialist'],
      ['complete', 'Lò Thị Mai', 'specialist', 'Bộ phận một cửa', 'clerk'],
      ['hand-over', 'Đỗ Thị Hạnh', 'clerk', 'Nguyễn Văn An', 'citizen'],
    ]);
    const byAction = Object.fromEntries(handedOver.history.map((row) => [row.action.code, row]));
    expect(byAction.receive!.action.label.vi).toBe('Tiếp nhận hồ sơ');
    expect(byAction.receive!.actor.unit).toBe('Văn thư Sở (Bộ phận Một cửa) – Sở Xây dựng tỉnh Điện Biên');
    expect(byAction['transfer-records']!.action.label.vi).toBe('Chuyển quản lý văn bản');
    expect(byAction.register!.note).toContain('125/SXD');
    expect(byAction.complete!.attachments.map((file) => file.name)).toEqual(['Giấy phép xây dựng.pdf']);
    expect(byAction.complete!.toStatus).toBe('result');

    // The citizen was told and downloads the result
    await waitForMail(ctx.app, 'congdan@example.com', new RegExp(`${code.replace(/\./g, '\\.')}.*Đã trả kết quả`));
    const citizenDossier = (await citizen.get(`/api/v1/dossiers/${id}`)).json();
    const result = citizenDossier.files.find((file: { role: string }) => file.role === 'result');
    expect(result.name).toBe('Giấy phép xây dựng.pdf');
    const download = await citizen.get(`/api/v1/dossiers/${id}/files/${result.id}`);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    // Every action is in the audit trail with the statuses and versions
    const audit = await ctx.prisma.auditEvent.findMany({ where: { entityId: id, action: { startsWith: 'dossier.staff.' } }, orderBy: { id: 'asc' } });
    expect(audit.map((event) => event.action)).toEqual([
      'dossier.staff.receive',
      'dossier.staff.transfer-records',
      'dossier.staff.register',
      'dossier.staff.forward',
      'dossier.staff.forward',
      'dossier.staff.result-upload',
      'dossier.staff.complete',
      'dossier.staff.hand-over',
    ]);
    expect(audit[0]).toMatchObject({
      actorName: 'motcua',
      before: { status: 'sent', version: fresh.version },
      after: { status: 'processing', version: fresh.version + 1 },
    });
  }, 60_000);

  it('opens PDFs inline and names files per RFC 5987, for staff of the agency only', async () => {
    const { id } = await sentDossier(citizen, permit);
    const dossier = await read(motcua, id);
    const file = dossier.files[0]!;
    const response = await motcua.get(`${staffUrl(id)}/files/${file.id}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toMatch(/^inline; filename="ho-so\.pdf"; filename\*=UTF-8''ho-so\.pdf$/);
    expect(response.headers['x-content-type-options']).toBe('nosniff');

    const motcuaxa = await staff(ctx.app, 'motcuaxa');
    expect((await motcuaxa.get(`${staffUrl(id)}/files/${file.id}`)).json().code).toBe('DOSSIER_OTHER_AGENCY');
    expect((await citizen.get(`${staffUrl(id)}`)).statusCode).toBe(403);
  });

  it('refuses another agency (403), the wrong role (403), the wrong state (409) and hides unsent dossiers (404)', async () => {
    const { id } = await sentDossier(citizen, permit);
    const { version } = await read(motcua, id);

    const motcuaxa = await staff(ctx.app, 'motcuaxa');
    const foreign = await act(motcuaxa, id, { type: 'receive', version });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().code).toBe('DOSSIER_OTHER_AGENCY');
    expect((await motcuaxa.get(staffUrl(id))).statusCode).toBe(403);

    const wrongRole = await act(chuyenvien, id, { type: 'receive', version });
    expect(wrongRole.statusCode).toBe(403);
    expect(wrongRole.json().code).toBe('DOSSIER_ROLE_NOT_ALLOWED');

    // Administrators do not act on dossiers (separation of duties)
    const admin = await staff(ctx.app, 'quantrixd');
    expect((await read(admin, id)).allowedActions).toEqual([]);
    expect((await act(admin, id, { type: 'receive', version })).json().code).toBe('DOSSIER_ROLE_NOT_ALLOWED');

    await actOk(motcua, id, { type: 'receive' });
    const twice = await act(motcua, id, { type: 'receive', version: version + 1 });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('DOSSIER_ACTION_NOT_ALLOWED');

    // A draft is private to its owner
    const draft = await createDossier(citizen, permit);
    expect((await motcua.get(staffUrl(draft.id))).json().code).toBe('DOSSIER_NOT_FOUND');
    expect((await motcua.get(staffUrl('00000000-0000-4000-8000-000000000000'))).statusCode).toBe(404);
  });

  it('refuses a stale version with the status and version that won', async () => {
    const { id } = await sentDossier(citizen, permit);
    const { version } = await read(motcua, id);
    await actOk(motcua, id, { type: 'receive' });
    const stale = await act(motcua, id, { type: 'transfer-records', version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'DOSSIER_VERSION_CONFLICT', details: { status: 'processing', version: version + 1 } });
  });

  it('lets exactly one of two clerks win a race (receive vs return), with one history row', async () => {
    const { id } = await sentDossier(citizen, permit);
    const { version } = await read(motcua, id);
    const otherClerk = await staff(ctx.app, 'motcua');
    const [a, b] = await Promise.all([
      act(motcua, id, { type: 'receive', version }),
      act(otherClerk, id, { type: 'return', version, reason: 'Hồ sơ không thuộc thẩm quyền' }),
    ]);
    const codes = [a.statusCode, b.statusCode].sort();
    expect(codes).toEqual([200, 409]);
    const loser = a.statusCode === 409 ? a : b;
    expect(loser.json().code).toBe('DOSSIER_VERSION_CONFLICT');
    expect(await ctx.prisma.dossierHistoryEvent.count({ where: { dossierId: id, action: { in: ['receive', 'return'] } } })).toBe(1);
  });

  it('of 10 parallel receives, exactly one succeeds and the rest get 409 DOSSIER_VERSION_CONFLICT', async () => {
    const { id } = await sentDossier(citizen, permit);
    const { version } = await read(motcua, id);
    const clerks = await Promise.all(Array.from({ length: 10 }, () => staff(ctx.app, 'motcua')));
    const responses = await Promise.all(clerks.map((clerk) => act(clerk, id, { type: 'receive', version })));
    const ok = responses.filter((response) => response.statusCode === 200);
    const conflicts = responses.filter((response) => response.statusCode === 409);
    expect(ok).toHaveLength(1);
    expect(conflicts).toHaveLength(9);
    for (const conflict of conflicts) expect(conflict.json()).toMatchObject({ code: 'DOSSIER_VERSION_CONFLICT', details: { status: 'processing', version: version + 1 } });
    expect(await ctx.prisma.dossierHistoryEvent.count({ where: { dossierId: id, action: 'receive' } })).toBe(1);
    expect((await read(motcua, id)).version).toBe(version + 1);
  });

  it('forwards only to an active handler of the same agency', async () => {
    const { id } = await sentDossier(citizen, permit);
    await actOk(motcua, id, { type: 'receive' });
    const { version } = await read(motcua, id);
    const commune = await ctx.prisma.user.findUniqueOrThrow({ where: { username: 'lanhdaoxa' }, select: { id: true } });
    const admin = await ctx.prisma.user.findUniqueOrThrow({ where: { username: 'quantrixd' }, select: { id: true } });
    for (const toUserId of [commune.id, admin.id, 'not-a-user']) {
      const refused = await act(motcua, id, { type: 'forward', version, toUserId });
      expect(refused.statusCode).toBe(422);
      expect(refused.json()).toMatchObject({ code: 'FORWARD_TARGET_INVALID', errors: { toUserId: 'Vui lòng chọn cán bộ nhận hồ sơ' } });
    }
    const people = (await motcua.get('/api/v1/staff/colleagues')).json().items as TStaffColleague[];
    expect(people.map((person) => person.name).sort()).toEqual(['Lê Văn Dũng', 'Lò Thị Mai']);
  });

  it('returns a dossier with its reason, shown to the citizen', async () => {
    const { id } = await sentDossier(citizen, permit);
    const missingReason = await act(motcua, id, { type: 'return', version: (await read(motcua, id)).version, reason: '  ' });
    expect(missingReason.statusCode).toBe(400);
    expect(missingReason.json().errors.reason).toBe('Vui lòng nhập lý do trả lại hồ sơ');
    const returned = await actOk(motcua, id, { type: 'return', reason: 'Thủ tục thuộc thẩm quyền UBND phường' });
    expect(returned.status).toBe('returned');
    const seen = (await citizen.get(`/api/v1/dossiers/${id}`)).json();
    expect(seen).toMatchObject({ status: 'returned', returnReason: 'Thủ tục thuộc thẩm quyền UBND phường' });
  });
});
