import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { signIn } from './support/portal.ts';

/**
 * Issue 14, machine clients: quantri (system administrator) creates an API client in the
 * admin section and sees its secret once; the test, as the integrating system, gets a
 * token with it (OAuth 2.0 client credentials) and reads the event feed, but nothing
 * outside its scopes; quantri rotates the secret without overlap (the old secret stops
 * working), then revokes the client (its tokens and secrets stop working).
 */

const stamp = Date.now().toString(36);
const name = `Hệ thống báo cáo tỉnh ${stamp}`;

const adminNav = (page: Page) => page.getByRole('navigation', { name: 'Điều hướng quản trị' });

/** POST /api/v1/oauth/token as an integrator does, with client_secret_post. */
const tokenRequest = (request: APIRequestContext, clientId: string, secret: string) =>
  request.post('/api/v1/oauth/token', { form: { grant_type: 'client_credentials', client_id: clientId, client_secret: secret } });

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** What the one-time dialog shows: the client id and the secret. */
async function readRevealed(page: Page, title: string) {
  const dialog = page.getByRole('dialog', { name: title });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Mật khẩu ứng dụng chỉ hiển thị một lần');
  const clientId = (await dialog.getByTestId('revealed-client-id').textContent())!.trim();
  const secret = (await dialog.getByTestId('revealed-secret').textContent())!.trim();
  await expect(dialog).toContainText('/api/v1/oauth/token');
  await expect(dialog).toContainText(`-u '${clientId}:${secret}'`);
  return { dialog, clientId, secret };
}

test('an administrator creates an API client, its secret gets a token once; rotation and revocation end the old credentials', async ({ page, request }) => {
  test.setTimeout(150_000);

  // 1. quantri opens Ứng dụng tích hợp from the admin navigation.
  await signIn(page, '/can-bo/dang-nhap', 'quantri');
  await expect(page).toHaveURL(/\/can-bo$/);
  await page.goto('/can-bo/quan-tri');
  await adminNav(page).getByRole('link', { name: 'Ứng dụng tích hợp' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ứng dụng tích hợp' })).toBeVisible();

  // 2. A province-wide client that reads the catalogue and the event feed.
  await page.getByRole('main').getByRole('link', { name: 'Tạo ứng dụng' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ứng dụng tích hợp mới' })).toBeVisible();
  const form = page.getByRole('form', { name: 'Thông tin ứng dụng tích hợp' });
  // Sent empty: the shared schema's messages, before anything reaches the API.
  await form.getByRole('button', { name: 'Tạo ứng dụng' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Vui lòng chọn ít nhất một quyền' })).toBeFocused();
  await form.getByLabel(/^Tên ứng dụng/).fill(name);
  await form.getByLabel(/^Mô tả/).fill('Tổng hợp tình hình giải quyết hồ sơ cho UBND tỉnh');
  await expect(form.getByLabel(/^Phạm vi dữ liệu/)).toHaveValue('');
  await form.getByRole('checkbox', { name: /catalogue:read/ }).check();
  await form.getByRole('checkbox', { name: /events:read/ }).check();
  await form.getByLabel(/^Giới hạn số yêu cầu mỗi phút/).fill('120');
  await form.getByRole('button', { name: 'Tạo ứng dụng' }).click();

  // 3. The secret, once; the integrator gets a token with it and reads the feed, nothing else.
  const first = await readRevealed(page, `Đã tạo ứng dụng “${name}”`);
  expect(first.secret).toMatch(/^cs_/);
  const issued = await tokenRequest(request, first.clientId, first.secret);
  expect(issued.status()).toBe(200);
  const token = (await issued.json()) as { access_token: string; token_type: string; scope: string };
  expect(token.token_type).toBe('Bearer');
  expect(token.scope.split(' ').sort()).toEqual(['catalogue:read', 'events:read']);
  expect((await request.get('/api/v1/events', { headers: bearer(token.access_token) })).status()).toBe(200);
  expect((await request.get('/api/v1/integrations/dossiers', { headers: bearer(token.access_token) })).status()).toBe(403);

  await first.dialog.getByRole('button', { name: 'Tôi đã lưu mật khẩu' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Ứng dụng: ${name}` })).toBeVisible();
  await expect(page).toHaveURL(/\/can-bo\/quan-tri\/ung-dung-tich-hop\/[0-9a-f-]{36}$/);
  // Never shown again: the page has the hint only, and the last use of the secret.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: `Ứng dụng: ${name}` })).toBeVisible();
  await expect(page.getByText(first.secret)).toHaveCount(0);
  const secrets = page.getByRole('table', { name: 'Các mật khẩu ứng dụng' });
  await expect(secrets.getByRole('row')).toHaveCount(2);
  await expect(secrets.getByRole('row').nth(1)).toContainText(first.secret.slice(0, 7));
  await expect(secrets.getByRole('row').nth(1)).toContainText(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);

  // 4. Rotation without overlap: the new secret works, the old one no longer does.
  await page.getByLabel('Mật khẩu cũ còn dùng được trong (giờ)').fill('0');
  await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  const second = await readRevealed(page, `Mật khẩu mới của ứng dụng “${name}”`);
  expect(second.clientId).toBe(first.clientId);
  expect(second.secret).not.toBe(first.secret);
  await second.dialog.getByRole('button', { name: 'Tôi đã lưu mật khẩu' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect((await tokenRequest(request, first.clientId, first.secret)).status()).toBe(401);
  const rotated = await tokenRequest(request, second.clientId, second.secret);
  expect(rotated.status()).toBe(200);
  const secondToken = ((await rotated.json()) as { access_token: string }).access_token;
  await expect(secrets.getByRole('row')).toHaveCount(3);

  // 5. Revocation, after a confirmation: every token and secret stops working.
  await page.getByRole('button', { name: 'Thu hồi ứng dụng' }).click();
  const confirm = page.getByRole('alertdialog', { name: `Thu hồi ứng dụng “${name}”?` });
  await expect(confirm.getByRole('button', { name: 'Không thu hồi' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Thu hồi', exact: true }).click();
  await expect(page.getByText(`Đã thu hồi ứng dụng ${name}.`)).toBeVisible();
  await expect(page).toHaveURL(/\/can-bo\/quan-tri\/ung-dung-tich-hop$/);
  const row = page.getByRole('row').filter({ hasText: name });
  await expect(row).toContainText('Đã thu hồi');
  await expect(row).toContainText('Toàn tỉnh');
  await expect(row).toContainText(first.clientId);
  expect((await request.get('/api/v1/events', { headers: bearer(token.access_token) })).status()).toBe(401);
  expect((await request.get('/api/v1/events', { headers: bearer(secondToken) })).status()).toBe(401);
  expect((await tokenRequest(request, second.clientId, second.secret)).status()).toBe(401);

  // 6. On a 360 px phone the list is a column of cards: nothing scrolls sideways.
  await page.setViewportSize({ width: 360, height: 740 });
  await page.reload();
  await expect(page.getByRole('row').filter({ hasText: name })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});
