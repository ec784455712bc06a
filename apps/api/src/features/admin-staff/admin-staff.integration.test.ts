import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STRONG_PASSWORD, TestBrowser, signedIn, tokenFrom, waitForMail } from '../../../test/helpers/browser.ts';
import { createTestApp, type TestContext } from '../../../test/helpers/test-app.ts';

const DEMO_PASSWORD = 'Demo@2025';

describe('staff accounts and invitations (/api/v1/admin/staff, /api/v1/staff/invitations/accept)', () => {
  let ctx: TestContext;
  let soXayDung: string;
  let phuong: string;
  let counter = 0;
  const staff = (username: string) => signedIn(ctx.app, username, DEMO_PASSWORD, { staff: true });
  const newInvite = (overrides: Record<string, unknown> = {}) => {
    counter += 1;
    const username = `canbo${Date.now().toString(36)}${counter}`;
    return { username, email: `${username}@soxaydung.gov.vn`, fullName: 'Lò Thị Hoa', position: 'Văn thư Sở', agencyId: soXayDung, roles: ['clerk'], ...overrides };
  };

  beforeAll(async () => {
    ctx = await createTestApp();
    const agencies = await ctx.prisma.user.findMany({ where: { username: { in: ['motcua', 'motcuaxa'] } }, select: { username: true, agencyId: true } });
    soXayDung = agencies.find((user) => user.username === 'motcua')!.agencyId!;
    phuong = agencies.find((user) => user.username === 'motcuaxa')!.agencyId!;
  });
  afterAll(() => ctx.close());

  it('refuses citizens, clerks and signed-out visitors', async () => {
    expect((await new TestBrowser(ctx.app).get('/api/v1/admin/staff')).json().code).toBe('UNAUTHENTICATED');
    const citizen = await signedIn(ctx.app, 'congdan', DEMO_PASSWORD);
    expect((await citizen.get('/api/v1/admin/staff')).statusCode).toBe(403);
    const clerk = await staff('motcua');
    expect((await clerk.get('/api/v1/admin/staff')).statusCode).toBe(403);
    expect((await clerk.post('/api/v1/admin/staff', newInvite())).statusCode).toBe(403);
  });

  it('an agency administrator lists only their own agency and cannot look at another one', async () => {
    const admin = await staff('quantrixd');
    const list = await admin.get('/api/v1/admin/staff?limit=100');
    expect(list.statusCode, list.body).toBe(200);
    const usernames = list.json().items.map((item: { username: string }) => item.username);
    expect(usernames).toEqual(expect.arrayContaining(['motcua', 'lanhdao', 'chuyenvien', 'quantrixd']));
    expect(usernames).not.toContain('motcuaxa');
    expect((await admin.get(`/api/v1/admin/staff?agencyId=${phuong}`)).json().code).toBe('ADMIN_AGENCY_SCOPE');

    const motcuaxa = await ctx.prisma.user.findUniqueOrThrow({ where: { username: 'motcuaxa' } });
    expect((await admin.get(`/api/v1/admin/staff/${motcuaxa.id}`)).json().code).toBe('ADMIN_AGENCY_SCOPE');
    expect((await admin.patch(`/api/v1/admin/staff/${motcuaxa.id}`, { position: 'X' })).json().code).toBe('ADMIN_AGENCY_SCOPE');
    expect((await admin.post(`/api/v1/admin/staff/${motcuaxa.id}/disable`)).json().code).toBe('ADMIN_AGENCY_SCOPE');
    expect((await admin.post('/api/v1/admin/staff', newInvite({ agencyId: phuong }))).json().code).toBe('ADMIN_AGENCY_SCOPE');
  });

  it('a system administrator searches every agency; pages follow the cursor', async () => {
    const admin = await staff('quantri');
    const found = await admin.get('/api/v1/admin/staff?q=MOTCUA');
    expect(found.json().items.map((item: { username: string }) => item.username).sort()).toEqual(['motcua', 'motcuaxa']);
    const first = (await admin.get('/api/v1/admin/staff?limit=2')).json();
    expect(first.items).toHaveLength(2);
    const second = (await admin.get(`/api/v1/admin/staff?limit=2&cursor=${first.nextCursor}`)).json();
    expect(second.items[0].username > first.items[1].username).toBe(true);
  });

  it('an agency administrator cannot grant system_admin, nor touch a system administrator', async () => {
    const admin = await staff('quantrixd');
    const refused = await admin.post('/api/v1/admin/staff', newInvite({ roles: ['clerk', 'system_admin'] }));
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ code: 'ROLE_NOT_GRANTABLE', errors: { roles: expect.stringContaining('Quản trị hệ thống') } });
    const lanhdao = await ctx.prisma.user.findUniqueOrThrow({ where: { username: 'lanhdao' } });
    expect((await admin.patch(`/api/v1/admin/staff/${lanhdao.id}`, { roles: ['leader', 'system_admin'] })).json().code).toBe('ROLE_NOT_GRANTABLE');
    expect((await ctx.prisma.user.findUniqueOrThrow({ where: { id: lanhdao.id } })).roles).toEqual(['leader']);
  });

  it('invites by e-mail; the invitee sets a password once, signs in as staff; the link cannot be reused', async () => {
    const admin = await staff('quantri');
    const invite = newInvite({ roles: ['clerk', 'leader'] });
    const created = await admin.post('/api/v1/admin/staff', invite);
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ username: invite.username, status: 'pending_activation', roles: ['clerk', 'leader'], agency: { id: soXayDung, name: 'Sở Xây dựng tỉnh Điện Biên' } });
    expect(created.json().invitation).toMatchObject({ expired: false });

    // Nobody can sign in before the invitation is accepted.
    const early = await new TestBrowser(ctx.app).post('/api/v1/staff/auth/login', { username: invite.username, password: STRONG_PASSWORD });
    expect(early.statusCode).toBe(401);

    const mail = await waitForMail(ctx.app, invite.email, /Lời mời/);
    expect(mail.text).toContain(invite.username);
    expect(mail.text).toContain('Sở Xây dựng');
    expect(mail.text).toContain('Bộ phận một cửa, Lãnh đạo');
    const token = tokenFrom(mail, 'can-bo/nhan-loi-moi');

    const visitor = new TestBrowser(ctx.app);
    const weak = await visitor.post('/api/v1/staff/invitations/accept', { token, password: invite.username + '1' });
    expect(weak.json().code).toBe('WEAK_PASSWORD');
    const accepted = await visitor.post('/api/v1/staff/invitations/accept', { token, password: STRONG_PASSWORD });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toEqual({ username: invite.username });
    expect((await visitor.post('/api/v1/staff/invitations/accept', { token, password: STRONG_PASSWORD })).json().code).toBe('TOKEN_USED');

    const invitee = await signedIn(ctx.app, invite.username, STRONG_PASSWORD, { staff: true });
    expect((await invitee.get('/api/v1/me')).json()).toMatchObject({ kind: 'staff', roles: ['clerk', 'leader'], position: 'Văn thư Sở' });
    // Accepted: no invitation to resend.
    expect((await admin.post(`/api/v1/admin/staff/${created.json().id}/invitation`)).json().code).toBe('INVITATION_NOT_PENDING');

    const events = await ctx.prisma.auditEvent.findMany({ where: { entityId: created.json().id }, orderBy: { id: 'asc' } });
    expect(events.map((event) => event.action)).toEqual(['staff.invite', 'auth.login.failure', 'staff.invitation.accept', 'auth.login.success']);
    expect(events[0]).toMatchObject({ actorName: 'quantri', agencyId: soXayDung, after: expect.objectContaining({ username: invite.username, roles: ['clerk', 'leader'] }) });
  });

  it('an expired or unknown invitation link is refused with its own code; resending replaces the old link', async () => {
    const admin = await staff('quantrixd');
    const invite = newInvite();
    const created = (await admin.post('/api/v1/admin/staff', invite)).json();
    const first = tokenFrom(await waitForMail(ctx.app, invite.email, /Lời mời/), 'can-bo/nhan-loi-moi');
    const since = Date.now();
    const resent = await admin.post(`/api/v1/admin/staff/${created.id}/invitation`);
    expect(resent.statusCode, resent.body).toBe(200);
    const second = tokenFrom(await waitForMail(ctx.app, invite.email, /Lời mời/, since), 'can-bo/nhan-loi-moi');
    expect(second).not.toBe(first);

    const visitor = new TestBrowser(ctx.app);
    expect((await visitor.post('/api/v1/staff/invitations/accept', { token: first, password: STRONG_PASSWORD })).json().code).toBe('TOKEN_USED');
    await ctx.prisma.oneTimeToken.updateMany({ where: { userId: created.id, usedAt: null }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await visitor.post('/api/v1/staff/invitations/accept', { token: second, password: STRONG_PASSWORD })).json().code).toBe('TOKEN_EXPIRED');
    expect((await visitor.post('/api/v1/staff/invitations/accept', { token: 'x'.repeat(43), password: STRONG_PASSWORD })).json().code).toBe('TOKEN_INVALID');
    expect((await admin.get(`/api/v1/admin/staff/${created.id}`)).json().invitation).toMatchObject({ expired: true });
  });

  it('refuses a username or e-mail already in use, in any letter case', async () => {
    const admin = await staff('quantri');
    expect((await admin.post('/api/v1/admin/staff', newInvite({ username: 'MotCua' }))).json().code).toBe('USERNAME_TAKEN');
    expect((await admin.post('/api/v1/admin/staff', newInvite({ email: 'CONGDAN@example.com' }))).json().code).toBe('EMAIL_TAKEN');
    const bad = await admin.post('/api/v1/admin/staff', newInvite({ agencyId: '01900000-0000-7000-8000-000000000000' }));
    expect(bad.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: { agencyId: 'Đơn vị không tồn tại' } });
  });

  it('edits position and roles with before/after in the audit trail; nobody drops their own administrator role', async () => {
    const admin = await staff('quantrixd');
    const chuyenvien = await ctx.prisma.user.findUniqueOrThrow({ where: { username: 'chuyenvien' } });
    const updated = await admin.patch(`/api/v1/admin/staff/${chuyenvien.id}`, { position: 'Chuyên viên chính', roles: ['specialist', 'leader'] });
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json()).toMatchObject({ position: 'Chuyên viên chính', roles: ['leader', 'specialist'] });
    const event = await ctx.prisma.auditEvent.findFirstOrThrow({ where: { action: 'staff.update', entityId: chuyenvien.id } });
    expect(event.before).toMatchObject({ roles: ['specialist'], position: chuyenvien.position });
    expect(event.after).toMatchObject({ roles: ['leader', 'specialist'], position: 'Chuyên viên chính' });

    const self = await ctx.prisma.user.findUniqueOrThrow({ where: { username: 'quantrixd' } });
    expect((await admin.patch(`/api/v1/admin/staff/${self.id}`, { roles: ['clerk'] })).json().code).toBe('CANNOT_DISABLE_SELF');
    expect((await admin.post(`/api/v1/admin/staff/${self.id}/disable`)).json().code).toBe('CANNOT_DISABLE_SELF');
  });

  it('disabling ends the account’s sessions at once; enabling lets it sign in again', async () => {
    const lanhdao = await staff('lanhdao');
    expect((await lanhdao.get('/api/v1/me')).statusCode).toBe(200);
    const admin = await staff('quantrixd');
    const target = await ctx.prisma.user.findUniqueOrThrow({ where: { username: 'lanhdao' } });
    const disabled = await admin.post(`/api/v1/admin/staff/${target.id}/disable`);
    expect(disabled.json()).toMatchObject({ status: 'disabled' });

    expect((await lanhdao.get('/api/v1/me')).statusCode).toBe(401);
    expect((await lanhdao.post('/api/v1/auth/refresh')).json().code).toBe('SESSION_EXPIRED');
    const again = await new TestBrowser(ctx.app).post('/api/v1/staff/auth/login', { username: 'lanhdao', password: DEMO_PASSWORD });
    expect(again.json().code).toBe('ACCOUNT_DISABLED');

    expect((await admin.post(`/api/v1/admin/staff/${target.id}/enable`)).json()).toMatchObject({ status: 'active' });
    await staff('lanhdao');
    const actions = (await ctx.prisma.auditEvent.findMany({ where: { entityId: target.id, action: { startsWith: 'staff.' } }, orderBy: { id: 'asc' } })).map((event) => [event.action, event.after]);
    expect(actions).toEqual([
      ['staff.disable', { status: 'disabled' }],
      ['staff.enable', { status: 'active' }],
    ]);
  });
});
