import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ERROR_CODES, type TDossierLookup, type TProcedureDetail, type TStaffColleague } from '@portal/domain';
import { signedIn, type TestBrowser } from '../../../test/helpers/browser.ts';
import { createTestApp, type TestContext } from '../../../test/helpers/test-app.ts';
import { BUILDING_PERMIT, DEMO_PASSWORD, createDossier, freshDataDir, procedureOf } from '../dossiers/dossier-test-kit.ts';
import { actOk, sentDossier, staff, uploadResult } from '../staff-dossiers/staff-test-kit.ts';
import { LOOKUP_LIMITS } from './routes.ts';

/** The applicant as typed on the form: every value below must stay out of the public view. */
const APPLICANT = {
  fullName: 'Nguyễn Tuấn Anh',
  idNumber: '011090123456',
  phone: '0987654321',
  email: 'tuananh.tracuu@example.vn',
  address: 'Số 7, đường Võ Nguyên Giáp, tổ dân phố 2, phường Him Lam',
};
const NOTES = {
  forward: 'Kính chuyển lãnh đạo, chủ hồ sơ hẹn gọi 0987654321',
  complete: 'Đủ điều kiện cấp phép cho anh Tuấn Anh',
  returnReason: 'Thiếu bản vẽ mặt bằng, liên hệ chị Hạnh 0983112233',
};
const RESULT_FILE = 'Giấy phép xây dựng Tuấn Anh.pdf';
const STAFF_NAMES = ['Đỗ Thị Hạnh', 'Lê Văn Dũng', 'Lò Thị Mai'];
const STAFF_POSITIONS = ['Phó Giám đốc Sở', 'Văn thư Sở (Bộ phận Một cửa)', 'Chuyên viên Phòng Quản lý xây dựng'];

let ipCounter = 0;
/** A fresh client IP per test, so the per-IP limits of one test never touch another. */
const nextIp = () => `192.0.2.${++ipCounter}`;

describe('public dossier lookup (Tra cứu hồ sơ)', () => {
  let ctx: TestContext;
  let dataDir: string;
  let permit: TProcedureDetail;
  let citizen: TestBrowser;
  let motcua: TestBrowser;
  let lanhdao: TestBrowser;
  let chuyenvien: TestBrowser;
  /** Sent, received, forwarded to the leader then the specialist, completed with a result file */
  let done: { id: string; code: string };

  const lookup = (query: Record<string, string>, remoteAddress = nextIp()) =>
    ctx.app.inject({ method: 'GET', url: '/api/v1/lookup', query, remoteAddress });

  beforeAll(async () => {
    dataDir = await freshDataDir();
    ctx = await createTestApp({ DATA_DIR: dataDir });
    permit = await procedureOf(ctx.app, BUILDING_PERMIT);
    citizen = await signedIn(ctx.app, 'congdan', DEMO_PASSWORD);
    motcua = await staff(ctx.app, 'motcua');
    lanhdao = await staff(ctx.app, 'lanhdao');
    chuyenvien = await staff(ctx.app, 'chuyenvien');

    done = await sentDossier(citizen, permit, APPLICANT);
    await actOk(motcua, done.id, { type: 'receive' });
    const leaders = (await motcua.get('/api/v1/staff/colleagues?role=leader')).json().items as TStaffColleague[];
    await actOk(motcua, done.id, { type: 'forward', toUserId: leaders.find((person) => person.name === 'Lê Văn Dũng')!.id, note: NOTES.forward });
    const specialists = (await lanhdao.get('/api/v1/staff/colleagues?role=specialist')).json().items as TStaffColleague[];
    await actOk(lanhdao, done.id, { type: 'forward', toUserId: specialists.find((person) => person.name === 'Lò Thị Mai')!.id });
    expect((await uploadResult(chuyenvien, done.id, RESULT_FILE)).statusCode).toBe(201);
    await actOk(chuyenvien, done.id, { type: 'complete', note: NOTES.complete });
  });
  afterAll(async () => {
    await ctx?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('shows the dossier with the owner’s name masked and the history as roles and units', async () => {
    const response = await lookup({ code: done.code });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const view: TDossierLookup = response.json();
    expect(view).toMatchObject({
      code: done.code,
      applicantName: 'Nguyễn T*** A**',
      procedure: { code: BUILDING_PERMIT, name: permit.name },
      agency: { name: permit.agency.name },
      status: 'result',
    });
    for (const date of [view.submittedAt, view.receivedAt, view.dueAt, view.finishedAt]) expect(date).toMatch(/^\d{4}-\d{2}-\d{2}T/);

    const unit = permit.agency.name;
    const desk = { role: 'clerk', unit };
    const applicant = { role: 'applicant', unit: null };
    expect(view.history.map((row) => [row.action.code, row.sender, row.receiver])).toEqual([
      ['submit', applicant, desk],
      ['receive', desk, null],
      ['forward', desk, { role: 'leader', unit }],
      ['forward', { role: 'leader', unit }, { role: 'specialist', unit }],
      // The result goes back to the one-stop desk, which hands it over
      ['complete', { role: 'specialist', unit }, desk],
    ]);
    expect(view.history[1]!.action.label).toEqual({ vi: 'Tiếp nhận hồ sơ', en: 'Receive dossier' });
  });

  it('never puts personal data, files, notes or staff names in the answer', async () => {
    const returned = await sentDossier(citizen, permit, APPLICANT);
    await actOk(motcua, returned.id, { type: 'return', reason: NOTES.returnReason });

    for (const code of [done.code, returned.code]) {
      const response = await lookup({ code });
      expect(response.statusCode, response.body).toBe(200);
      const body = response.body;
      const forbidden = [
        ...Object.values(APPLICANT),
        'Tuấn Anh',
        ...Object.values(NOTES),
        RESULT_FILE,
        'ho-so.pdf',
        ...STAFF_NAMES,
        ...STAFF_POSITIONS,
        // The demo citizen's own profile, in case the applicant fell back to it
        'Nguyễn Văn An',
        '011085012345',
        '0912345678',
        'congdan@example.com',
      ];
      for (const text of forbidden) expect(body, text).not.toContain(text);
      // Nor any id a caller could use elsewhere
      expect(body).not.toContain(returned.id);
      expect(body).not.toContain(done.id);
    }

    const view: TDossierLookup = (await lookup({ code: returned.code })).json();
    expect(view.status).toBe('returned');
    expect(view.finishedAt).not.toBeNull();
    expect(view.history.at(-1)!.action.code).toBe('return');
  });

  it('finds a code in any letter case, with spaces around it', async () => {
    const lower = await lookup({ code: ` ${done.code.toLowerCase()} ` });
    expect(lower.statusCode, lower.body).toBe(200);
    expect(lower.json().code).toBe(done.code);
  });

  it('finds it by the receipt number with the applicant’s CCCD, and answers a wrong CCCD exactly like an unknown code', async () => {
    const byReceipt = await lookup({ receiptNo: done.code.toLowerCase(), idNumber: '011 090 123 456' });
    expect(byReceipt.statusCode, byReceipt.body).toBe(200);
    expect(byReceipt.json()).toEqual((await lookup({ code: done.code })).json());

    const stripVolatile = (body: string) => {
      const { requestId: _requestId, instance: _instance, ...rest } = JSON.parse(body) as Record<string, unknown>;
      return rest;
    };
    const wrongCccd = await lookup({ receiptNo: done.code, idNumber: '011085012345' });
    const [unit, date] = done.code.split('-');
    const unknown = await lookup({ code: `${unit}-${date}-9999` });
    const unknownReceipt = await lookup({ receiptNo: `${unit}-${date}-9999`, idNumber: APPLICANT.idNumber });
    for (const miss of [wrongCccd, unknown, unknownReceipt]) {
      expect(miss.statusCode).toBe(404);
      expect(miss.headers['content-type']).toContain('application/problem+json');
      expect(stripVolatile(miss.body)).toEqual({
        type: 'about:blank#LOOKUP_NOT_FOUND',
        title: ERROR_CODES.LOOKUP_NOT_FOUND.vi,
        status: 404,
        code: 'LOOKUP_NOT_FOUND',
      });
    }
  });

  it('does not find a dossier that has not been sent, even one holding a code', async () => {
    // Codes are given when a dossier is sent, so a draft normally has none; give one to a
    // draft (as imported or future data might) to see that the status alone keeps it hidden.
    const draft = await createDossier(citizen, permit, { applicant: APPLICANT });
    const code = `${permit.agency.unitCode}-261122-0777`;
    await ctx.prisma.dossier.update({ where: { id: draft.id }, data: { code, applicantIdNumber: APPLICANT.idNumber } });
    const unknown = await lookup({ code: `${permit.agency.unitCode}-261122-0778` });
    for (const query of [{ code }, { receiptNo: code, idNumber: APPLICANT.idNumber }] as Record<string, string>[]) {
      const response = await lookup(query);
      expect(response.statusCode).toBe(404);
      expect(response.json().code).toBe('LOOKUP_NOT_FOUND');
      expect(response.json().title).toBe(unknown.json().title);
    }
  });

  it('refuses a malformed query with field errors', async () => {
    const both = await lookup({ code: done.code, receiptNo: done.code, idNumber: APPLICANT.idNumber });
    expect(both.statusCode).toBe(400);
    expect(both.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: { code: expect.any(String) } });
    const shortCccd = await lookup({ receiptNo: done.code, idNumber: '12345' });
    expect(shortCccd.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: { idNumber: 'Số CCCD gồm đúng 12 chữ số' } });
  });

  it('answers 429 after too many lookups from one IP, and only to that IP', async () => {
    const busy = nextIp();
    const statuses: number[] = [];
    for (let attempt = 0; attempt < LOOKUP_LIMITS.perMinute + 2; attempt++) {
      statuses.push((await lookup({ code: done.code }, busy)).statusCode);
    }
    expect(statuses.slice(0, LOOKUP_LIMITS.perMinute)).toEqual(Array(LOOKUP_LIMITS.perMinute).fill(200));
    expect(statuses.slice(LOOKUP_LIMITS.perMinute)).toEqual([429, 429]);
    const refused = await lookup({ code: done.code }, busy);
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.json().code).toBe('RATE_LIMITED');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);

    const other = await lookup({ code: done.code }, nextIp());
    expect(other.statusCode).toBe(200);
  });

  it('spends the hourly budget twice as fast on misses as on hits', async () => {
    // The per-minute window is passed by moving the clock a minute on between bursts; the
    // hourly window keeps counting.
    const [unit, date] = done.code.split('-');
    const bursts = LOOKUP_LIMITS.perHour / LOOKUP_LIMITS.missCost / LOOKUP_LIMITS.perMinute;
    expect(Number.isInteger(bursts)).toBe(true);
    const spend = async (ip: string, query: (attempt: number) => Record<string, string>) => {
      const statuses = new Set<number>();
      for (let burst = 0; burst < bursts; burst++) {
        for (let attempt = 0; attempt < LOOKUP_LIMITS.perMinute; attempt++) {
          statuses.add((await lookup(query(burst * 100 + attempt), ip)).statusCode);
        }
        vi.setSystemTime(Date.now() + 61_000);
      }
      return statuses;
    };
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() });
    try {
      const reader = nextIp();
      const guesser = nextIp();
      expect(await spend(reader, () => ({ code: done.code }))).toEqual(new Set([200]));
      expect(await spend(guesser, (attempt) => ({ code: `${unit}-${date}-${String(5000 + attempt)}` }))).toEqual(new Set([404]));
      // Same number of lookups each, in fresh minute windows: the guesser has used up the hour.
      expect((await lookup({ code: done.code }, reader)).statusCode).toBe(200);
      const refused = await lookup({ code: done.code }, guesser);
      expect(refused.statusCode).toBe(429);
      expect(refused.json().code).toBe('RATE_LIMITED');
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(60);
    } finally {
      vi.useRealTimers();
    }
  });
});
