import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  STRONG_PASSWORD,
  TestBrowser,
  newCitizen,
  registerActiveCitizen,
  signedIn,
  tokenFrom,
  waitForMail,
} from '../../../test/helpers/browser.ts';
import { createTestApp, type TestContext } from '../../../test/helpers/test-app.ts';

const DEMO_PASSWORD = 'Demo@2025';

describe('accounts: registration, activation, login, sessions', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp({ CAPTCHA_DISABLED: 'true' });
  });
  afterAll(() => ctx.close());

  const auditActions = async (username: string) =>
    (await ctx.prisma.auditEvent.findMany({ where: { actorName: username }, orderBy: { id: 'asc' }, select: { action: true, metadata: true } })).map(
      (event) => event.action,
    );

  describe('registration (Đăng ký)', () => {
    it('creates a pending account and sends the activation mail; login before activation says so', async () => {
      const citizen = newCitizen({ username: 'ThanhXuan123' });
      const browser = new TestBrowser(ctx.app);
      const response = await browser.post('/api/v1/auth/register', citizen);
      expect(response.statusCode, response.body).toBe(201);
      expect(response.json()).toEqual({ username: 'thanhxuan123', email: citizen.email, status: 'pending_activation' });

      const user = await ctx.prisma.user.findUniqueOrThrow({ where: { username: 'thanhxuan123' } });
      expect(user).toMatchObject({ kind: 'citizen', roles: ['citizen'], status: 'pending_activation', phone: '0912345678', fullName: 'Lò Văn Thắng' });
      expect(user.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);

      const login = await browser.post('/api/v1/auth/login', { username: 'thanhxuan123', password: STRONG_PASSWORD });
      expect(login.statusCode).toBe(403);
      expect(login.json().code).toBe('ACCOUNT_NOT_ACTIVATED');
      expect(login.headers['content-type']).toContain('application/problem+json');

      const mail = await waitForMail(ctx.app, citizen.email, /Kích hoạt tài khoản/);
      expect(mail.text).toContain('thanhxuan123');
      const activated = await browser.post('/api/v1/auth/activate', { token: tokenFrom(mail, 'kich-hoat') });
      expect(activated.statusCode).toBe(200);
      expect(activated.json()).toEqual({ status: 'active' });

      const again = await browser.post('/api/v1/auth/login', { username: 'ThanhXuan123', password: STRONG_PASSWORD });
      expect(again.statusCode, again.body).toBe(200);
      expect(again.json()).toMatchObject({ username: 'thanhxuan123', kind: 'citizen', emailVerified: true, fullName: 'Lò Văn Thắng' });
      expect(await auditActions('thanhxuan123')).toEqual(['auth.register', 'auth.login.failure', 'auth.activate', 'auth.login.success']);
    });

    it.each([
      ['a username taken in another letter case', { username: 'CongDan' }, 409, 'USERNAME_TAKEN', 'username'],
      ['an e-mail already in use', { email: 'CONGDAN@example.com' }, 409, 'EMAIL_TAKEN', 'email'],
      ['a landline instead of a mobile number', { phone: '02153825123' }, 400, 'VALIDATION_FAILED', 'phone'],
      ['a malformed phone number', { phone: '09123' }, 400, 'VALIDATION_FAILED', 'phone'],
      ['a username with diacritics or symbols', { username: 'thắng_1' }, 400, 'VALIDATION_FAILED', 'username'],
      ['a malformed e-mail', { email: 'an@' }, 400, 'VALIDATION_FAILED', 'email'],
      ['a short password', { password: 'Ab1!' }, 400, 'WEAK_PASSWORD', 'password'],
      ['a common password', { password: 'Password@123' }, 400, 'WEAK_PASSWORD', 'password'],
      ['a password of lower-case letters only', { password: 'hoabanxanh' }, 400, 'WEAK_PASSWORD', 'password'],
      ['a password containing the username', { username: 'hoabanxanh', password: 'Hoabanxanh#7' }, 400, 'WEAK_PASSWORD', 'password'],
      ['no captcha', { captcha: '' }, 400, 'CAPTCHA_INVALID', 'captcha'],
    ])('refuses %s with its code and a Vietnamese field message', async (_name, overrides, status, code, field) => {
      const response = await new TestBrowser(ctx.app).post('/api/v1/auth/register', newCitizen(overrides));
      expect(response.statusCode, response.body).toBe(status);
      const body = response.json();
      expect(body.code).toBe(code);
      expect(body.errors?.[field]).toMatch(/\p{L}/u);
      expect(body.title).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu);
    });

    it('refuses a second registration of the same name even in another case, and creates nothing', async () => {
      const citizen = newCitizen();
      expect((await new TestBrowser(ctx.app).post('/api/v1/auth/register', citizen)).statusCode).toBe(201);
      const twin = await new TestBrowser(ctx.app).post('/api/v1/auth/register', newCitizen({ username: citizen.username.toUpperCase() }));
      expect(twin.json().code).toBe('USERNAME_TAKEN');
      expect(await ctx.prisma.user.count({ where: { username: citizen.username } })).toBe(1);
    });
  });

  describe('activation (kích hoạt)', () => {
    it('the link works once; a reused, unknown, malformed or expired link gets its code', async () => {
      const citizen = newCitizen();
      const browser = new TestBrowser(ctx.app);
      await browser.post('/api/v1/auth/register', citizen);
      const token = tokenFrom(await waitForMail(ctx.app, citizen.email, /Kích hoạt/), 'kich-hoat');

      expect((await browser.post('/api/v1/auth/activate', { token })).statusCode).toBe(200);
      const reused = await browser.post('/api/v1/auth/activate', { token });
      expect([reused.statusCode, reused.json().code]).toEqual([400, 'TOKEN_USED']);
      const unknown = await browser.post('/api/v1/auth/activate', { token: 'A'.repeat(43) });
      expect(unknown.json().code).toBe('TOKEN_INVALID');
      const malformed = await browser.post('/api/v1/auth/activate', { token: 'not a token!' });
      expect(malformed.json().code).toBe('TOKEN_INVALID');

      const late = newCitizen();
      await browser.post('/api/v1/auth/register', late);
      const lateToken = tokenFrom(await waitForMail(ctx.app, late.email, /Kích hoạt/), 'kich-hoat');
      await ctx.prisma.oneTimeToken.updateMany({
        where: { user: { username: late.username }, purpose: 'activation' },
        data: { expiresAt: new Date(Date.now() - 1000) },
      });
      const expired = await browser.post('/api/v1/auth/activate', { token: lateToken });
      expect(expired.json().code).toBe('TOKEN_EXPIRED');
      expect((await ctx.prisma.user.findUniqueOrThrow({ where: { username: late.username } })).status).toBe('pending_activation');
    });

    it('"resend activation" mails a new working link, and answers the same for unknown accounts', async () => {
      const citizen = newCitizen();
      const browser = new TestBrowser(ctx.app);
      await browser.post('/api/v1/auth/register', citizen);
      await waitForMail(ctx.app, citizen.email, /Kích hoạt/);
      const before = Date.now();

      const resend = await browser.post('/api/v1/auth/activation/resend', { username: citizen.username });
      const unknown = await browser.post('/api/v1/auth/activation/resend', { username: 'khongtontai' });
      expect([resend.statusCode, unknown.statusCode]).toEqual([202, 202]);
      expect(resend.body).toBe(unknown.body);

      const second = await waitForMail(ctx.app, citizen.email, /Kích hoạt/, before);
      expect((await browser.post('/api/v1/auth/activate', { token: tokenFrom(second, 'kich-hoat') })).statusCode).toBe(200);
      expect((await browser.post('/api/v1/auth/login', { username: citizen.email, password: STRONG_PASSWORD })).statusCode).toBe(200);
    });
  });

  describe('login (Đăng nhập)', () => {
    it('accepts the username or the e-mail, in any case, and opens a session read by GET /me', async () => {
      const byEmail = await signedIn(ctx.app, 'CongDan@Example.com', DEMO_PASSWORD);
      const me = await byEmail.get('/api/v1/me');
      expect(me.statusCode).toBe(200);
      expect(me.json()).toMatchObject({ username: 'congdan', fullName: 'Nguyễn Văn An', kind: 'citizen', roles: ['citizen'], agency: null });
      expect(me.json()).not.toHaveProperty('passwordHash');
      expect((await signedIn(ctx.app, 'CONGDAN', DEMO_PASSWORD)).cookie('access_token')).toBeTruthy();
    });

    it('answers a wrong password and an unknown user with the same message', async () => {
      const browser = new TestBrowser(ctx.app);
      const wrongPassword = await browser.post('/api/v1/auth/login', { username: 'congdan2', password: 'Sai-mat-khau-1' });
      const unknownUser = await browser.post('/api/v1/auth/login', { username: 'khongcoai', password: DEMO_PASSWORD });
      expect(wrongPassword.statusCode).toBe(401);
      expect(unknownUser.statusCode).toBe(401);
      const strip = (body: Record<string, unknown>) => ({ ...body, requestId: undefined });
      expect(strip(wrongPassword.json())).toEqual(strip(unknownUser.json()));
      expect(wrongPassword.json()).toMatchObject({ code: 'INVALID_CREDENTIALS', title: 'Tên đăng nhập hoặc mật khẩu không đúng' });
      expect(browser.cookie('access_token')).toBeUndefined();
    });

    it('sets httpOnly SameSite cookies; "remember me" makes them outlive the browser', async () => {
      const response = await new TestBrowser(ctx.app).post('/api/v1/auth/login', { username: 'congdan', password: DEMO_PASSWORD, remember: true });
      const cookies = Object.fromEntries((response.cookies as { name: string }[]).map((cookie) => [cookie.name, cookie])) as Record<
        string,
        { httpOnly?: boolean; sameSite?: string; maxAge?: number; path?: string }
      >;
      expect(cookies.access_token).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/api', maxAge: 900 });
      expect(cookies.refresh_token).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/v1/auth', maxAge: 30 * 24 * 3600 });

      const brief = await new TestBrowser(ctx.app).post('/api/v1/auth/login', { username: 'congdan', password: DEMO_PASSWORD });
      for (const cookie of brief.cookies as { name: string; maxAge?: number; expires?: Date }[]) {
        if (cookie.name !== 'csrf_token') expect([cookie.name, cookie.maxAge, cookie.expires]).toEqual([cookie.name, undefined, undefined]);
      }
      const sessions = await ctx.prisma.session.findMany({ where: { user: { username: 'congdan' } }, orderBy: { createdAt: 'desc' }, take: 2 });
      expect(sessions.map((session) => session.remember)).toEqual([false, true]);
    });

    it('keeps citizens and staff at their own entry', async () => {
      const staffAtCitizenEntry = await new TestBrowser(ctx.app).post('/api/v1/auth/login', { username: 'motcua', password: DEMO_PASSWORD });
      expect([staffAtCitizenEntry.statusCode, staffAtCitizenEntry.json().code]).toEqual([403, 'WRONG_LOGIN_ENTRY']);
      const citizenAtStaffEntry = await new TestBrowser(ctx.app).post('/api/v1/staff/auth/login', { username: 'congdan', password: DEMO_PASSWORD });
      expect(citizenAtStaffEntry.json().code).toBe('WRONG_LOGIN_ENTRY');
      expect(citizenAtStaffEntry.cookies.map((cookie: { name: string }) => cookie.name)).not.toContain('access_token');

      const staff = await signedIn(ctx.app, 'motcua', DEMO_PASSWORD, { staff: true });
      const me = (await staff.get('/api/v1/me')).json();
      expect(me).toMatchObject({ username: 'motcua', kind: 'staff', roles: ['clerk'], fullName: 'Đỗ Thị Hạnh', agency: { name: expect.stringContaining('Xây dựng') } });
    });

    describe('login throttle (per account and address, plus an account-wide ceiling)', () => {
      const login = (ip: string, username: string, password: string, staff = false) =>
        new TestBrowser(ctx.app, ip).post(staff ? '/api/v1/staff/auth/login' : '/api/v1/auth/login', { username, password });
      /** What a client can compare: status, headers that matter, the body without the request's own id. */
      const visible = (response: { statusCode: number; headers: Record<string, unknown>; json(): Record<string, unknown>; cookies: unknown[] }) => {
        const { requestId: _requestId, ...body } = response.json();
        return {
          status: response.statusCode,
          type: response.headers['content-type'],
          retryAfter: response.headers['retry-after'],
          sessionCookies: (response.cookies as { name: string }[]).map((cookie) => cookie.name).filter((name) => name !== 'csrf_token'),
          body,
        };
      };
      const lockouts = async (username: string) =>
        ctx.prisma.auditEvent.findMany({ where: { actorName: username, action: { startsWith: 'auth.lockout' } }, orderBy: { id: 'asc' } });

      it('five wrong passwords from address A lock A only: the right password from B signs in, from A it is refused', async () => {
        const citizen = await registerActiveCitizen(ctx.app);
        const [a, b] = ['203.0.113.11', '198.51.100.12'];
        const codes: string[] = [];
        for (let attempt = 1; attempt <= 7; attempt++) codes.push((await login(a, citizen.username, `Sai-${attempt}-Mat-Khau`)).json().code);
        expect(codes).toEqual(Array(7).fill('INVALID_CREDENTIALS'));

        const rightFromA = await login(a, citizen.username, citizen.password);
        expect(rightFromA.statusCode).toBe(401);
        expect(rightFromA.json().code).toBe('INVALID_CREDENTIALS');
        expect(rightFromA.cookies.map((cookie: { name: string }) => cookie.name)).not.toContain('access_token');

        const rightFromB = await login(b, citizen.username, citizen.password);
        expect(rightFromB.statusCode, rightFromB.body).toBe(200);
        // The owner's success does not unlock the stranger's address.
        expect((await login(a, citizen.username, citizen.password)).statusCode).toBe(401);

        const events = await lockouts(citizen.username);
        expect(events.map((event) => [event.action, event.ip, (event.metadata as { scope: string }).scope])).toEqual([['auth.lockout', a, 'address']]);
        expect(events[0]!.metadata).toMatchObject({ scope: 'address', failures: 5, minutes: 1 });
        const failures = await ctx.prisma.auditEvent.findMany({ where: { actorName: citizen.username, action: 'auth.login.failure' }, select: { metadata: true } });
        expect(failures.map((event) => (event.metadata as { reason: string }).reason)).toEqual([
          ...Array(5).fill('wrong_password'),
          ...Array(4).fill('locked_address'),
        ]);
        // When the lock has run out the right password works from A too, and A's count starts again.
        await ctx.prisma.loginThrottle.updateMany({ where: { user: { username: citizen.username } }, data: { lockedUntil: new Date(Date.now() - 1000) } });
        expect((await login(a, citizen.username, citizen.password)).statusCode).toBe(200);
        expect(await ctx.prisma.loginThrottle.count({ where: { user: { username: citizen.username } } })).toBe(0);
      });

      it('a locked account answers exactly as a wrong password and as an account that does not exist (no 423)', async () => {
        const citizen = await registerActiveCitizen(ctx.app);
        const a = '203.0.113.21';
        const wrong = await login(a, citizen.username, 'Sai-Mat-Khau-1');
        for (let attempt = 2; attempt <= 5; attempt++) await login(a, citizen.username, `Sai-Mat-Khau-${attempt}`);
        const locked = await login(a, citizen.username, citizen.password);
        const unknown = await login(a, `khongco${Date.now().toString(36)}`, citizen.password);
        expect(visible(locked)).toEqual(visible(unknown));
        expect(visible(wrong)).toEqual(visible(unknown));
        expect(visible(unknown)).toMatchObject({ status: 401, body: { code: 'INVALID_CREDENTIALS', title: 'Tên đăng nhập hoặc mật khẩu không đúng' } });
        expect(locked.json()).not.toHaveProperty('details');

        // The staff entry, for the system administrator: same answer, and a stranger cannot lock them out.
        const stranger = '203.0.113.22';
        for (let attempt = 1; attempt <= 6; attempt++) await login(stranger, 'quantri', `Sai-${attempt}-Mat-Khau`, true);
        const lockedAdmin = await login(stranger, 'quantri', DEMO_PASSWORD, true);
        const unknownStaff = await login(stranger, 'khongcocanbo', DEMO_PASSWORD, true);
        expect(visible(lockedAdmin)).toEqual(visible(unknownStaff));
        expect((await login('198.51.100.23', 'quantri', DEMO_PASSWORD, true)).statusCode).toBe(200);
      });

      it('locks one address longer each time (progressive)', async () => {
        const citizen = await registerActiveCitizen(ctx.app);
        const a = '203.0.113.31';
        const lockedFor = async () => {
          const throttle = await ctx.prisma.loginThrottle.findFirstOrThrow({ where: { user: { username: citizen.username } } });
          return Math.round((throttle.lockedUntil!.getTime() - Date.now()) / 60_000);
        };
        for (let i = 0; i < 5; i++) await login(a, citizen.username, 'Sai-Mat-Khau-9');
        expect(await lockedFor()).toBe(1);
        await ctx.prisma.loginThrottle.updateMany({ where: { user: { username: citizen.username } }, data: { lockedUntil: new Date(Date.now() - 1000) } });
        for (let i = 0; i < 5; i++) await login(a, citizen.username, 'Sai-Mat-Khau-9');
        expect(await lockedFor()).toBe(5);
      });

      it('bounds guessing spread over many addresses (account-wide ceiling), except from addresses the owner signed in from; repeated lockouts are reported', async () => {
        const citizen = await registerActiveCitizen(ctx.app);
        const home = '198.51.100.41';
        expect((await login(home, citizen.username, citizen.password)).statusCode).toBe(200);

        const attackers = ['203.0.113.41', '203.0.113.42', '203.0.113.43', '203.0.113.44'];
        for (const ip of attackers) for (let i = 0; i < 5; i++) await login(ip, citizen.username, `Doan-Mo-${ip}-${i}`);
        const user = await ctx.prisma.user.findUniqueOrThrow({ where: { username: citizen.username } });
        expect(user.failedLoginCount).toBe(20);
        expect(user.lockedUntil!.getTime()).toBeGreaterThan(Date.now());

        // A fifth address, even with the right password, waits out the (short) account-wide delay…
        const fresh = await login('203.0.113.45', citizen.username, citizen.password);
        expect([fresh.statusCode, fresh.json().code]).toEqual([401, 'INVALID_CREDENTIALS']);
        // …the owner at home does not.
        expect((await login(home, citizen.username, citizen.password)).statusCode).toBe(200);

        const events = await lockouts(citizen.username);
        const scopes = events.filter((event) => event.action === 'auth.lockout').map((event) => [event.ip, (event.metadata as { scope: string }).scope]);
        expect(scopes).toEqual([...attackers.map((ip) => [ip, 'address']), [attackers[3], 'account']]);
        const repeated = events.filter((event) => event.action === 'auth.lockout.repeated');
        expect(repeated).toHaveLength(1);
        expect(repeated[0]).toMatchObject({ entityType: 'user', entityId: user.id, ip: attackers[2] });
        expect(repeated[0]!.metadata).toMatchObject({ lockouts: 3, windowHours: 24, addresses: attackers.slice(0, 3) });

        // Administrators see it in the audit log.
        const admin = await signedIn(ctx.app, 'quantri', DEMO_PASSWORD, { staff: true });
        const listed = (await admin.get(`/api/v1/admin/audit-events?action=auth.lockout.repeated&entityId=${user.id}`)).json() as { items: { action: string }[] };
        expect(listed.items.map((item) => item.action)).toEqual(['auth.lockout.repeated']);
      });
    });

    it('limits login attempts per IP address', async () => {
      const browser = new TestBrowser(ctx.app);
      const statuses: number[] = [];
      for (let i = 0; i < 21; i++) {
        statuses.push((await browser.post('/api/v1/auth/login', { username: `khongco${i}`, password: 'x' })).statusCode);
      }
      expect(statuses.slice(0, 20).every((status) => status === 401)).toBe(true);
      const limited = await browser.post('/api/v1/auth/login', { username: 'congdan', password: DEMO_PASSWORD });
      expect([limited.statusCode, limited.json().code]).toEqual([429, 'RATE_LIMITED']);
      expect(limited.headers['retry-after']).toBeTruthy();
    });

    it('limits registrations, reset requests and activation attempts per IP address', async () => {
      const browser = new TestBrowser(ctx.app);
      const last = async (times: number, send: (i: number) => Promise<{ statusCode: number; json(): { code: string } }>) => {
        let response;
        for (let i = 0; i < times; i++) response = await send(i);
        return response!;
      };
      expect((await last(11, () => browser.post('/api/v1/auth/register', newCitizen({ phone: '1' })))).json().code).toBe('RATE_LIMITED');
      expect((await last(6, () => browser.post('/api/v1/auth/password-reset', { email: 'a@example.vn' }))).json().code).toBe('RATE_LIMITED');
      expect((await last(21, () => browser.post('/api/v1/auth/activate', { token: 'B'.repeat(43) }))).json().code).toBe('RATE_LIMITED');
      expect((await last(6, () => browser.post('/api/v1/auth/activation/resend', { username: 'x' }))).json().code).toBe('RATE_LIMITED');
    });
  });

  describe('sessions', () => {
    it('refresh rotates the refresh token; reusing the old one revokes the whole session', async () => {
      const browser = await signedIn(ctx.app, 'congdan', DEMO_PASSWORD);
      const first = browser.cookie('refresh_token')!;

      const refreshed = await browser.post('/api/v1/auth/refresh');
      expect(refreshed.statusCode).toBe(204);
      const second = browser.cookie('refresh_token')!;
      expect(second).not.toBe(first);
      expect((await browser.get('/api/v1/me')).statusCode).toBe(200);

      // An attacker replays the first token.
      const thief = new TestBrowser(ctx.app);
      thief.cookies.set('refresh_token', { value: first, path: '/api/v1/auth' });
      const replay = await thief.post('/api/v1/auth/refresh');
      expect([replay.statusCode, replay.json().code]).toEqual([401, 'SESSION_EXPIRED']);

      // The legitimate browser is signed out too: its access and refresh tokens are dead.
      expect((await browser.get('/api/v1/me')).statusCode).toBe(401);
      const afterReuse = await browser.post('/api/v1/auth/refresh');
      expect(afterReuse.json().code).toBe('SESSION_EXPIRED');
      const session = await ctx.prisma.session.findFirstOrThrow({ where: { id: first.split('.')[0] } });
      expect(session.revokedReason).toBe('refresh_token_reuse');
      expect(await auditActions('congdan')).toContain('auth.session.reuse');
    });

    it('refuses a forged refresh token without touching the session', async () => {
      const browser = await signedIn(ctx.app, 'congdan', DEMO_PASSWORD);
      const [sessionId] = browser.cookie('refresh_token')!.split('.');
      const forger = new TestBrowser(ctx.app);
      forger.cookies.set('refresh_token', { value: `${sessionId}.forged.forged`, path: '/api/v1/auth' });
      expect((await forger.post('/api/v1/auth/refresh')).json().code).toBe('SESSION_EXPIRED');
      expect((await browser.post('/api/v1/auth/refresh')).statusCode).toBe(204);
    });

    it('logout (Thoát) revokes the session and clears the cookies', async () => {
      const browser = await signedIn(ctx.app, 'congdan', DEMO_PASSWORD);
      const access = browser.cookie('access_token')!;
      const refresh = browser.cookie('refresh_token')!;
      const logout = await browser.post('/api/v1/auth/logout');
      expect(logout.statusCode).toBe(204);
      expect(browser.cookie('access_token')).toBeUndefined();
      expect(browser.cookie('refresh_token')).toBeUndefined();

      // Even someone who kept copies of both tokens gets nothing.
      const copy = new TestBrowser(ctx.app);
      copy.cookies.set('access_token', { value: access, path: '/api' });
      copy.cookies.set('refresh_token', { value: refresh, path: '/api/v1/auth' });
      expect((await copy.get('/api/v1/me')).statusCode).toBe(401);
      expect((await copy.post('/api/v1/auth/refresh')).json().code).toBe('SESSION_EXPIRED');
    });

    it('GET /me without a session is 401 UNAUTHENTICATED; a forged access token is ignored', async () => {
      const anonymous = await new TestBrowser(ctx.app).get('/api/v1/me');
      expect([anonymous.statusCode, anonymous.json().code]).toEqual([401, 'UNAUTHENTICATED']);
      const forged = new TestBrowser(ctx.app);
      forged.cookies.set('access_token', { value: 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.', path: '/api' });
      expect((await forged.get('/api/v1/me')).statusCode).toBe(401);
    });
  });

  describe('CSRF', () => {
    it('refuses cookie-authenticated writes without the X-CSRF-Token copy of the cookie', async () => {
      const browser = await signedIn(ctx.app, 'congdan', DEMO_PASSWORD);
      const crossSite = await browser.request('PATCH', '/api/v1/me', { fullName: 'Kẻ gian' }, { csrf: false });
      expect([crossSite.statusCode, crossSite.json().code]).toEqual([403, 'CSRF_INVALID']);
      const wrongToken = await browser.request('PATCH', '/api/v1/me', { fullName: 'Kẻ gian' }, { csrf: false, headers: { 'x-csrf-token': 'abc.def' } });
      expect(wrongToken.json().code).toBe('CSRF_INVALID');
      const logout = await browser.post('/api/v1/auth/logout', {}, { csrf: false });
      expect(logout.json().code).toBe('CSRF_INVALID');
      expect((await browser.get('/api/v1/me')).json().fullName).toBe('Nguyễn Văn An');

      const sameSite = await browser.patch('/api/v1/me', { fullName: 'Nguyễn Văn An' });
      expect(sameSite.statusCode).toBe(200);
    });

    it('refuses a login form posted from another site (login CSRF)', async () => {
      const response = await new TestBrowser(ctx.app).post('/api/v1/auth/login', { username: 'congdan', password: DEMO_PASSWORD }, { csrf: false });
      expect(response.json().code).toBe('CSRF_INVALID');
    });

    it('publicly cacheable catalogue answers carry no cookie; GET /auth/csrf issues the token', async () => {
      const visitor = new TestBrowser(ctx.app);
      const catalogue = await visitor.get('/api/v1/procedures?q=giay%20phep');
      expect(catalogue.headers['cache-control']).toMatch(/public/);
      expect(catalogue.headers['set-cookie']).toBeUndefined();
      const issued = await visitor.get('/api/v1/auth/csrf');
      expect([issued.statusCode, issued.headers['cache-control']]).toEqual([204, 'no-store']);
      expect(String(issued.headers['set-cookie'])).toMatch(/^csrf_token=[^;]+;.*SameSite=Strict/);
      const again = await visitor.get('/api/v1/auth/csrf');
      expect(again.headers['set-cookie']).toBeUndefined();
    });

    it('a forged csrf cookie (not signed by the server) does not pass', async () => {
      const browser = await signedIn(ctx.app, 'congdan', DEMO_PASSWORD);
      browser.cookies.set('csrf_token', { value: 'attacker.chosen', path: '/' });
      const response = await browser.patch('/api/v1/me', { fullName: 'Kẻ gian' });
      expect(response.json().code).toBe('CSRF_INVALID');
    });
  });

  describe('guards for later features', () => {
    it('requireCitizen and requireStaff(roles) answer 401 signed out and 403 for the wrong kind or role', async () => {
      const probe = await createTestApp(
        { CAPTCHA_DISABLED: 'true' },
        {
          extend(app) {
            const ok = async () => ({ ok: true });
            app.get('/api/v1/__probe/citizen', { preHandler: app.requireCitizen, schema: { hide: true } }, ok);
            app.get('/api/v1/__probe/staff', { preHandler: app.requireStaff(), schema: { hide: true } }, ok);
            app.get('/api/v1/__probe/leader', { preHandler: app.requireStaff(['leader']), schema: { hide: true } }, ok);
          },
        },
      );
      try {
        const status = async (browser: TestBrowser) =>
          Promise.all(['citizen', 'staff', 'leader'].map(async (name) => (await browser.get(`/api/v1/__probe/${name}`)).statusCode));
        expect(await status(new TestBrowser(probe.app))).toEqual([401, 401, 401]);
        expect(await status(await signedIn(probe.app, 'congdan', DEMO_PASSWORD))).toEqual([200, 403, 403]);
        expect(await status(await signedIn(probe.app, 'motcua', DEMO_PASSWORD, { staff: true }))).toEqual([403, 200, 403]);
        expect(await status(await signedIn(probe.app, 'lanhdao', DEMO_PASSWORD, { staff: true }))).toEqual([403, 200, 200]);
      } finally {
        await probe.close();
      }
    });
  });
});
