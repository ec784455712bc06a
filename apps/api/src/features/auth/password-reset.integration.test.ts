import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STRONG_PASSWORD, TestBrowser, registerActiveCitizen, signedIn, tokenFrom, waitForMail } from '../../../test/helpers/browser.ts';
import { createTestApp, type TestContext } from '../../../test/helpers/test-app.ts';

const NEW_PASSWORD = 'Ruong-Bac-Thang-Ba-9';

describe('forgotten password (Quên mật khẩu)', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp({ CAPTCHA_DISABLED: 'true' });
  });
  afterAll(() => ctx.close());

  it('answers exactly the same whether or not the address has an account, and mails only a real one', async () => {
    const citizen = await registerActiveCitizen(ctx.app);
    const browser = new TestBrowser(ctx.app);
    const before = Date.now();
    const known = await browser.post('/api/v1/auth/password-reset', { email: citizen.email.toUpperCase() });
    const unknown = await browser.post('/api/v1/auth/password-reset', { email: 'nobody-here@example.vn' });
    expect([known.statusCode, unknown.statusCode]).toEqual([202, 202]);
    expect(known.body).toBe(unknown.body);
    expect(known.headers['content-type']).toBe(unknown.headers['content-type']);

    const mail = await waitForMail(ctx.app, citizen.email, /Đặt lại mật khẩu/, before);
    expect(mail.text).toContain('60 phút');
    await ctx.app.mail.processDue();
    expect(ctx.app.devMailbox!.list().some((message) => message.to.some((to) => to.includes('nobody-here')))).toBe(false);
  });

  it('the e-mailed token sets a new password once, ends every session and clears a lockout', async () => {
    const citizen = await registerActiveCitizen(ctx.app);
    const session = await signedIn(ctx.app, citizen.username, STRONG_PASSWORD);
    // Locked out from the owner's own address (five wrong guesses), and account-wide too.
    const home = '198.51.100.77';
    const loginFromHome = (password: string) => new TestBrowser(ctx.app, home).post('/api/v1/auth/login', { username: citizen.username, password });
    for (let attempt = 1; attempt <= 5; attempt++) await loginFromHome(`Quen-Mat-Khau-${attempt}`);
    expect((await loginFromHome(STRONG_PASSWORD)).statusCode).toBe(401);
    await ctx.prisma.user.update({ where: { username: citizen.username }, data: { failedLoginCount: 20, lockedUntil: new Date(Date.now() + 3600_000) } });

    const browser = new TestBrowser(ctx.app);
    const before = Date.now();
    await browser.post('/api/v1/auth/password-reset', { email: citizen.email });
    const token = tokenFrom(await waitForMail(ctx.app, citizen.email, /Đặt lại mật khẩu/, before), 'dat-lai-mat-khau');

    const weak = await browser.post('/api/v1/auth/password-reset/confirm', { token, password: '12345678' });
    expect([weak.statusCode, weak.json().code]).toEqual([400, 'WEAK_PASSWORD']);
    const personal = await browser.post('/api/v1/auth/password-reset/confirm', { token, password: `${citizen.username}#A1` });
    expect(personal.json().code).toBe('WEAK_PASSWORD');

    const done = await browser.post('/api/v1/auth/password-reset/confirm', { token, password: NEW_PASSWORD });
    expect(done.statusCode, done.body).toBe(204);
    const reused = await browser.post('/api/v1/auth/password-reset/confirm', { token, password: 'Another-Pass-77' });
    expect(reused.json().code).toBe('TOKEN_USED');

    expect((await session.get('/api/v1/me')).statusCode).toBe(401);
    expect((await new TestBrowser(ctx.app).post('/api/v1/auth/login', { username: citizen.username, password: STRONG_PASSWORD })).json().code).toBe(
      'INVALID_CREDENTIALS',
    );
    // The reset ended both locks: the new password works at once, from the locked address and from a new one.
    expect(await ctx.prisma.loginThrottle.count({ where: { user: { username: citizen.username }, address: home } })).toBe(0);
    expect((await loginFromHome(NEW_PASSWORD)).statusCode).toBe(200);
    expect((await new TestBrowser(ctx.app).post('/api/v1/auth/login', { username: citizen.username, password: NEW_PASSWORD })).statusCode).toBe(200);
    await waitForMail(ctx.app, citizen.email, /Mật khẩu tài khoản đã được thay đổi/, before);
    const actions = await ctx.prisma.auditEvent.findMany({ where: { actorName: citizen.username, action: 'auth.password.reset' } });
    expect(actions).toHaveLength(1);
  });

  it('an expired or wrong-purpose token does not reset the password', async () => {
    const citizen = await registerActiveCitizen(ctx.app);
    const browser = new TestBrowser(ctx.app);
    const before = Date.now();
    await browser.post('/api/v1/auth/password-reset', { email: citizen.email });
    const token = tokenFrom(await waitForMail(ctx.app, citizen.email, /Đặt lại mật khẩu/, before), 'dat-lai-mat-khau');
    await ctx.prisma.oneTimeToken.updateMany({ where: { user: { username: citizen.username }, purpose: 'password_reset' }, data: { expiresAt: new Date(Date.now() - 1) } });
    const expired = await browser.post('/api/v1/auth/password-reset/confirm', { token, password: NEW_PASSWORD });
    expect([expired.statusCode, expired.json().code]).toEqual([400, 'TOKEN_EXPIRED']);

    // An activation link is not a reset link.
    const other = await registerActiveCitizen(ctx.app);
    const activationMail = await waitForMail(ctx.app, other.email, /Kích hoạt/);
    const wrongPurpose = await browser.post('/api/v1/auth/password-reset/confirm', { token: tokenFrom(activationMail, 'kich-hoat'), password: NEW_PASSWORD });
    expect(wrongPurpose.json().code).toBe('TOKEN_INVALID');
    expect((await new TestBrowser(ctx.app).post('/api/v1/auth/login', { username: other.username, password: STRONG_PASSWORD })).statusCode).toBe(200);
  });

  it('sends at most 3 reset links per account and hour, still answering 202', async () => {
    const citizen = await registerActiveCitizen(ctx.app);
    for (let i = 0; i < 5; i++) {
      expect((await new TestBrowser(ctx.app).post('/api/v1/auth/password-reset', { email: citizen.email })).statusCode).toBe(202);
    }
    await ctx.app.mail.processDue();
    expect(await ctx.prisma.oneTimeToken.count({ where: { user: { username: citizen.username }, purpose: 'password_reset' } })).toBe(3);
  });
});
