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

test('a citizen searches without diacritics, opens the procedure, downloads its form and sees where to apply online', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('searchbox', { name: 'Tìm kiếm thủ tục hành chính' }).fill('giay phep xay dung');
  await page.getByRole('button', { name: 'Tìm kiếm', exact: true }).click();

  // The query lives in the URL, so the search can be shared.
  await expect(page).toHaveURL(/\/thu-tuc\?q=giay\+phep\+xay\+dung$/);
  const results = page.getByRole('region', { name: 'Kết quả cho từ khóa “giay phep xay dung”' });
  const first = results.getByRole('listitem').first();
  await expect(first.getByRole('link', { name: 'Cấp giấy phép xây dựng', exact: true })).toBeVisible();
  // The matched words are highlighted, with their diacritics.
  await expect(first.locator('mark')).toHaveText('giấy phép xây dựng');

  await first.getByRole('link', { name: 'Cấp giấy phép xây dựng', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Cấp giấy phép xây dựng' })).toBeVisible();
  await expect(page.getByText('1.009994.H18').first()).toBeVisible();

  const templates = page.getByRole('region', { name: 'Mẫu đơn, tờ khai' });
  const downloading = page.waitForEvent('download');
  await templates.getByRole('link', { name: 'Mẫu đơn đề nghị cấp giấy phép xây dựng' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('Mẫu đơn đề nghị cấp giấy phép xây dựng.docx');
  const path = await download.path();
  const { readFileSync } = await import('node:fs');
  expect(readFileSync(path).subarray(0, 2).toString('latin1')).toBe('PK'); // a Word (DOCX) file

  const apply = page.getByRole('link', { name: 'Đăng ký trực tuyến' }).first();
  await expect(apply).toBeVisible();
  await expect(apply).toHaveAttribute('href', '/ca-nhan/nop-ho-so/1.009994.H18');
});

test('on a 360 px phone the first result is near the top, and the procedure page fits the screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const fits = async () => expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await page.goto('/thu-tuc?q=giay+phep+xay+dung');
  const results = page.getByRole('region', { name: 'Kết quả cho từ khóa “giay phep xay dung”' });
  const first = results.getByRole('listitem').first();
  await expect(first).toBeVisible();
  // The filters fold into a "Bộ lọc" toggle after a search: the first result is on the first screen.
  await expect(page.getByText('Bộ lọc (đang áp dụng 1)')).toBeVisible();
  expect((await first.boundingBox())!.y).toBeLessThan(740);
  await fits();

  await page.goto('/thu-tuc/1.009994.H18');
  await expect(page.getByRole('heading', { level: 1, name: 'Cấp giấy phép xây dựng' })).toBeVisible();
  await fits();
});

test('in English, the Vietnamese content keeps lang="vi" (WCAG 3.1.2)', async ({ page }) => {
  await page.goto('/thu-tuc/1.009994.H18');
  await page.getByRole('button', { name: 'English' }).click();
  const title = page.getByRole('heading', { level: 1, name: 'Cấp giấy phép xây dựng' });
  await expect(title).toHaveAttribute('lang', 'vi');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('link', { name: 'Apply online' }).first()).toBeVisible();
});

test('a keyboard user browses agency → field → procedure', async ({ page }) => {
  await page.goto('/');
  /** Tab until `target` has focus (bounded), as a keyboard user would. */
  const tabTo = async (target: import('@playwright/test').Locator, max = 120) => {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press('Tab');
      if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    }
    throw new Error(`could not reach ${target} with Tab`);
  };

  const nav = page.getByRole('navigation', { name: /chính|main/i });
  await tabTo(nav.getByRole('link', { name: 'Thủ tục hành chính' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/thu-tuc$/);

  const departments = page.getByRole('region', { name: 'Sở, ban, ngành' });
  await expect(departments).toBeVisible();
  await expect(page.getByRole('region', { name: 'Xã, phường' })).toBeVisible();
  await tabTo(departments.getByRole('link', { name: 'Sở Xây dựng tỉnh Điện Biên' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/thu-tuc\?agencyId=/);

  const fields = page.getByRole('region', { name: 'Lĩnh vực của Sở Xây dựng tỉnh Điện Biên' });
  // Focus moved to the step the user chose: Tab continues from there.
  await expect(fields.getByRole('heading', { level: 2 })).toBeFocused();
  await tabTo(fields.getByRole('link', { name: /^Hoạt động xây dựng/ }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/thu-tuc\?agencyId=[^&]+&fieldId=/);

  const results = page.getByRole('region', { name: 'Hoạt động xây dựng' });
  await tabTo(results.getByRole('link', { name: 'Cấp giấy phép xây dựng', exact: true }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Cấp giấy phép xây dựng' })).toBeVisible();
  await expect(page).toHaveURL(/\/thu-tuc\/1\.009994\.H18$/);
});

test('the online-services tab lists procedures with an “Đăng ký trực tuyến” button, and a typo still finds them', async ({ page }) => {
  await page.goto('/dich-vu-cong-truc-tuyen?q=khai%20sihn');
  await expect(page.getByText(/kết quả gần đúng/)).toBeVisible();
  const item = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Đăng ký khai sinh', exact: true }) });
  await expect(item.getByRole('link', { name: 'Đăng ký trực tuyến: Đăng ký khai sinh' })).toHaveAttribute(
    'href',
    /\/ca-nhan\/nop-ho-so\//,
  );
});
