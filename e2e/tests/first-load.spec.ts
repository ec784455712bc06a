import { expect, test, type Response } from '@playwright/test';
import { accountNav, signIn } from './support/portal.ts';

const PROCEDURE = '1.009994.H18';

/**
 * An anonymous first visit: no request answered 401 (no GET /me or /auth/refresh without
 * the session hint cookie), the portal's identity comes with the HTML (no wait for GET
 * /api/v1/portal), and the built assets arrive compressed.
 */
test('an anonymous visit to the home page and a procedure page asks for no session and gets no 401', async ({ page }) => {
  const unauthorized: string[] = [];
  const asked: string[] = [];
  const assets: Response[] = [];
  page.on('response', (response) => {
    const { pathname } = new URL(response.url());
    if (response.status() === 401) unauthorized.push(pathname);
    if (pathname.startsWith('/api/')) asked.push(pathname);
    if (pathname.startsWith('/assets/') && pathname.endsWith('.js')) assets.push(response);
  });

  const home = await page.goto('/');
  expect(home?.status()).toBe(200);
  await expect(page.locator('#portal-config')).toHaveCount(1);
  await expect(page.getByRole('navigation', { name: /chính|main/i })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Đăng nhập' }).first()).toBeVisible();

  await page.goto(`/thu-tuc/${PROCEDURE}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForLoadState('networkidle');

  expect(unauthorized).toEqual([]);
  expect(asked).not.toContain('/api/v1/me');
  expect(asked).not.toContain('/api/v1/auth/refresh');
  expect(asked).not.toContain('/api/v1/portal');
  // Chromium asks for br: the build's siblings are sent.
  expect(assets.length).toBeGreaterThan(0);
  for (const asset of assets) expect(await asset.headerValue('content-encoding'), asset.url()).toBe('br');
});

test('signing in sets the session hint, and a signed-in page still finds the session after it is lost', async ({ page, context }) => {
  await signIn(page, '/dang-nhap', 'congdan');
  await expect(accountNav(page).getByRole('button', { name: /Xin chào/ })).toBeVisible();
  const hint = (await context.cookies()).find((cookie) => cookie.name === 'session_hint');
  expect(hint).toMatchObject({ value: '1', httpOnly: false, path: '/' });

  // A session from before the hint existed: a signed-in page asks GET /me anyway, which gives the hint back.
  await context.clearCookies({ name: 'session_hint' });
  await page.goto('/ca-nhan/thong-tin');
  await expect(page).toHaveURL(/\/ca-nhan\/thong-tin/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect((await context.cookies()).some((cookie) => cookie.name === 'session_hint')).toBe(true);
});
