import { localDateOf } from '@portal/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestBrowser, signedIn } from '../../../test/helpers/browser.ts';
import { createTestApp, type TestContext } from '../../../test/helpers/test-app.ts';

const DEMO_PASSWORD = 'Demo@2025';
const URL = '/api/v1/admin/audit-events';

describe('audit log (/api/v1/admin/audit-events)', () => {
  let ctx: TestContext;
  let soXayDung: string;
  let phuong: string;
  const staff = (username: string) => signedIn(ctx.app, username, DEMO_PASSWORD, { staff: true });
  type Event = { id: string; action: string; actorName: string | null; entityId: string | null; agencyId: string | null; at: string };
  const items = (response: { json(): { items: Event[] } }) => response.json().items;

  beforeAll(async () => {
    ctx = await createTestApp();
    const users = await ctx.prisma.user.findMany({ where: { username: { in: ['motcua', 'motcuaxa'] } } });
    soXayDung = users.find((user) => user.username === 'motcua')!.agencyId!;
    phuong = users.find((user) => user.username === 'motcuaxa')!.agencyId!;
    // Changes in two agencies, and a calendar change.
    const system = await staff('quantri');
    const motcuaxa = users.find((user) => user.username === 'motcuaxa')!;
    expect((await system.patch(`/api/v1/admin/staff/${motcuaxa.id}`, { position: 'Công chức một cửa phường' })).statusCode).toBe(200);
    const chuyenvien = await ctx.prisma.user.findUniqueOrThrow({ where: { username: 'chuyenvien' } });
    expect((await (await staff('quantrixd')).patch(`/api/v1/admin/staff/${chuyenvien.id}`, { position: 'Chuyên viên phòng Quản lý xây dựng' })).statusCode).toBe(200);
    expect((await system.request('PUT', '/api/v1/admin/calendar/2030', { days: [{ date: '2030-01-01', kind: 'holiday', name: 'Tết Dương lịch' }] })).statusCode).toBe(200);
  });
  afterAll(() => ctx.close());

  it('clerks and citizens are refused', async () => {
    expect((await (await staff('motcua')).get(URL)).statusCode).toBe(403);
    expect((await (await signedIn(ctx.app, 'congdan', DEMO_PASSWORD)).get(URL)).statusCode).toBe(403);
    expect((await new TestBrowser(ctx.app).get(URL)).statusCode).toBe(401);
  });

  it('a system administrator filters by action prefix, actor, entity and Vietnam-date range, newest first', async () => {
    const admin = await staff('quantri');
    const staffChanges = items(await admin.get(`${URL}?action=staff.`));
    expect(staffChanges.map((event) => event.action)).toEqual(['staff.update', 'staff.update']);
    expect(staffChanges.map((event) => event.actorName)).toEqual(['quantrixd', 'quantri']);
    expect(Number(staffChanges[0]!.id)).toBeGreaterThan(Number(staffChanges[1]!.id));

    expect(items(await admin.get(`${URL}?actor=QUANTRIXD&action=staff.update`))).toHaveLength(1);
    const calendar = items(await admin.get(`${URL}?entityType=calendar_year&entityId=2030`));
    expect(calendar).toHaveLength(1);
    expect(calendar[0]).toMatchObject({ action: 'calendar.update', before: {}, after: { '2030-01-01': { kind: 'holiday', name: 'Tết Dương lịch' } } });

    const today = localDateOf(new Date());
    expect(items(await admin.get(`${URL}?action=staff.&from=${today}&to=${today}`))).toHaveLength(2);
    expect(items(await admin.get(`${URL}?action=staff.&to=2020-01-01`))).toHaveLength(0);
    expect(items(await admin.get(`${URL}?action=staff.&agencyId=${phuong}`)).map((event) => event.actorName)).toEqual(['quantri']);
    expect((await admin.get(`${URL}?from=2026-02-30`)).statusCode).toBe(400);
  });

  it('pages with a cursor without gaps or repeats', async () => {
    const admin = await staff('quantri');
    const all = items(await admin.get(`${URL}?limit=100`)).map((event) => event.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: Event[]; nextCursor: string | null } = (await admin.get(`${URL}?limit=3${cursor ? `&cursor=${cursor}` : ''}`)).json();
      seen.push(...page.items.map((event) => event.id));
      cursor = page.nextCursor;
    } while (cursor && seen.length < 200);
    // Signing in above added events after `all` was read: compare the common part.
    expect(seen.filter((id) => all.includes(id))).toEqual(all);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('an agency administrator sees only their agency’s events, and never another agency’s', async () => {
    const admin = await staff('quantrixd');
    const events = items(await admin.get(`${URL}?limit=100`));
    expect(events.length).toBeGreaterThan(0);
    const sxdStaff = (await ctx.prisma.user.findMany({ where: { agencyId: soXayDung }, select: { id: true, username: true } })).map((user) => user.username);
    for (const event of events) expect(event.agencyId === soXayDung || sxdStaff.includes(event.actorName ?? ''), JSON.stringify(event)).toBe(true);
    expect(events.some((event) => event.action === 'staff.update' && event.actorName === 'quantrixd')).toBe(true);
    expect(events.some((event) => event.action === 'calendar.update')).toBe(false);
    expect(events.some((event) => event.agencyId === phuong)).toBe(false);
    expect((await admin.get(`${URL}?agencyId=${phuong}`)).json().code).toBe('ADMIN_AGENCY_SCOPE');
  });

  it('audit_event stays append-only', async () => {
    await expect(ctx.prisma.auditEvent.deleteMany({ where: { action: 'staff.update' } })).rejects.toThrow();
  });
});
