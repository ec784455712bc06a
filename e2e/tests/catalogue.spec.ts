import { expect, test } from '@playwright/test';

test('a visitor opens the home page and reaches the list of procedures', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/Dịch vụ công/);
  const nav = page.getByRole('navigation', { name: /chính|main/i });
  await nav.getByRole('link', { name: 'Thủ tục hành chính' }).click();
  await expect(page).toHaveURL(/\/thu-tuc/);
  await expect(page.getByRole('heading', { level: 1, name: 'Thủ tục hành chính' })).toBeVisible();
  // The demo catalogue is listed, with a well-known procedure among the first page or findable.
  await expect(page.getByRole('link', { name: /Đăng ký/ }).first()).toBeVisible();
});

test('the skip link is the first thing the keyboard reaches and leads to the main content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: /Bỏ qua/ });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeVisible();
  expect(await page.evaluate(() => document.activeElement?.closest('main') !== null || document.activeElement?.id === 'main')).toBe(true);
});

test('the portal and its API share one port; the API documentation is served', async ({ request }) => {
  const health = await request.get('/api/health');
  expect(health.status()).toBe(200);
  const docs = await request.get('/api/openapi.json');
  expect((await docs.json()).openapi).toMatch(/^3\./);
});
