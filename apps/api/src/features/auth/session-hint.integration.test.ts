/**
 * The non-secret `session_hint` cookie: "a session may exist", so the SPA asks GET /me
 * (and /auth/refresh) only then and an anonymous visit answers no 401. It lives as long
 * as the session's cookies, and goes with them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestBrowser, signedIn } from '../../../test/helpers/browser.ts';
import { createTestApp, type TestContext } from '../../../test/helpers/test-app.ts';

const DEMO_PASSWORD = 'Demo@2025';

type Cookie = { name: string; value: string; httpOnly?: boolean; sameSite?: string; maxAge?: number; path?: string; secure?: boolean };
const cookieOf = (response: { cookies: unknown }, name: string) => (response.cookies as Cookie[]).find((cookie) => cookie.name === name);

describe('the session hint cookie', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp({ CAPTCHA_DISABLED: 'true' });
  });
  afterAll(() => ctx.close());

  it('is set at login, readable by the SPA, for the whole site, as long as the session', async () => {
    const brief = await new TestBrowser(ctx.app).post('/api/v1/auth/login', { username: 'congdan', password: DEMO_PASSWORD });
    expect(brief.statusCode).toBe(200);
    const hint = cookieOf(brief, 'session_hint');
    expect(hint).toMatchObject({ value: '1', path: '/', sameSite: 'Lax' });
    expect(hint?.httpOnly).toBeFalsy();
    expect(hint?.maxAge).toBeUndefined();

    const remembered = await new TestBrowser(ctx.app).post('/api/v1/auth/login', { username: 'congdan', password: DEMO_PASSWORD, remember: true });
    expect(cookieOf(remembered, 'session_hint')).toMatchObject({ value: '1', maxAge: 30 * 24 * 3600 });
    expect(cookieOf(remembered, 'refresh_token')?.maxAge).toBe(30 * 24 * 3600);
  });

  it('is set again at refresh and cleared at logout', async () => {
    const browser = await signedIn(ctx.app, 'congdan', DEMO_PASSWORD, { remember: true });
    expect(browser.cookie('session_hint')).toBe('1');
    const refreshed = await browser.post('/api/v1/auth/refresh');
    expect(refreshed.statusCode).toBe(204);
    expect(cookieOf(refreshed, 'session_hint')).toMatchObject({ value: '1', maxAge: 30 * 24 * 3600 });

    expect((await browser.post('/api/v1/auth/logout')).statusCode).toBe(204);
    expect(browser.cookie('session_hint')).toBeUndefined();
  });

  it('is cleared when the session is found revoked or expired', async () => {
    const browser = await signedIn(ctx.app, 'congdan', DEMO_PASSWORD);
    const sessionId = browser.cookie('refresh_token')!.split('.')[0]!;
    await ctx.prisma.session.update({ where: { id: sessionId }, data: { revokedAt: new Date() } });
    expect((await browser.get('/api/v1/me')).statusCode).toBe(401);
    const refresh = await browser.post('/api/v1/auth/refresh');
    expect(refresh.json().code).toBe('SESSION_EXPIRED');
    expect(cookieOf(refresh, 'session_hint')?.value).toBe('');
    expect(browser.cookie('session_hint')).toBeUndefined();
  });

  it('is given by GET /me to a session from before it existed, and not sent again once there', async () => {
    const browser = await signedIn(ctx.app, 'congdan', DEMO_PASSWORD);
    browser.cookies.delete('session_hint');
    const me = await browser.get('/api/v1/me');
    expect(me.statusCode).toBe(200);
    expect(cookieOf(me, 'session_hint')).toMatchObject({ value: '1', path: '/' });
    expect(cookieOf(await browser.get('/api/v1/me'), 'session_hint')).toBeUndefined();
  });

  it('is never set for an anonymous visitor', async () => {
    const browser = new TestBrowser(ctx.app);
    const me = await browser.get('/api/v1/me');
    expect(me.statusCode).toBe(401);
    expect(cookieOf(me, 'session_hint')).toBeUndefined();
    expect(cookieOf(await browser.get('/api/v1/portal'), 'session_hint')).toBeUndefined();
  });
});
