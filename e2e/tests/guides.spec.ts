import { expect, test } from '@playwright/test';
import { signIn } from './support/portal.ts';

/**
 * Guides (Hướng dẫn sử dụng): a visitor reads the citizen guide and moves through it with
 * its table of contents; an administrator edits the staff guide with the live preview,
 * and the change (with a <script> that must stay text) appears on the public page.
 */

test('a visitor reads the citizen guide and follows its table of contents', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Hướng dẫn' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hướng dẫn sử dụng' })).toBeVisible();
  await page.getByRole('link', { name: 'Hướng dẫn sử dụng dành cho công dân, tổ chức' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hướng dẫn sử dụng dành cho công dân, tổ chức' })).toBeVisible();

  const toc = page.getByRole('navigation', { name: 'Mục lục' });
  await expect(toc.getByRole('link')).toHaveCount(20);
  await toc.getByRole('link', { name: '13. Tra cứu tình trạng hồ sơ' }).click();
  await expect(page).toHaveURL(/\/huong-dan\/cong-dan#muc-13-tra-cuu-tinh-trang-ho-so$/);
  const lookup = page.getByRole('heading', { level: 2, name: '13. Tra cứu tình trạng hồ sơ' });
  await expect(lookup).toBeFocused();
  await expect(lookup).toBeInViewport();
  await expect(page.getByText('Tra cứu theo số biên nhận và số CCCD', { exact: false }).first()).toBeVisible();

  // A link inside the text moves to its section too.
  await page.getByRole('article').getByRole('link', { name: 'mục 12' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '12. Nộp hồ sơ không cần tài khoản' })).toBeFocused();

  // Opened from a shared link to a section, the page lands on it.
  await page.goto('/huong-dan/cong-dan#muc-9-ho-so-ca-nhan-sau-nhom-ho-so');
  await expect(page.getByRole('heading', { level: 2, name: '9. Hồ sơ cá nhân: sáu nhóm hồ sơ' })).toBeInViewport();

  // The guide follows the interface language.
  await page.getByRole('group', { name: 'Ngôn ngữ' }).getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'User guide for citizens and organisations' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Contents' }).getByRole('link', { name: '13. Looking up a dossier' })).toBeVisible();
});

test('an administrator edits a guide with the live preview and the change appears publicly', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const suffix = Date.now().toString(36);
  const heading = `11. Liên hệ tổ hỗ trợ ${suffix}`;

  const adminContext = await browser.newContext({ baseURL, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const admin = await adminContext.newPage();
  await signIn(admin, '/can-bo/dang-nhap', 'quantri');
  await expect(admin).toHaveURL(/\/can-bo$/);
  await admin.goto('/can-bo/quan-tri');
  await admin.getByRole('navigation', { name: 'Điều hướng quản trị' }).getByRole('link', { name: 'Hướng dẫn' }).click();
  await expect(admin.getByRole('heading', { level: 1, name: 'Hướng dẫn' })).toBeVisible();
  await admin.getByRole('link', { name: 'Sửa trang “Hướng dẫn dành cho cán bộ tiếp nhận và giải quyết hồ sơ” (Tiếng Việt)' }).click();

  const markdown = admin.getByLabel(/^Nội dung \(Markdown\)/);
  await expect(markdown).toHaveValue(/## 1\. Đăng nhập và trang làm việc/);
  const preview = admin.getByTestId('guide-preview');
  await expect(preview.getByRole('heading', { level: 2, name: '1. Đăng nhập và trang làm việc' })).toBeVisible();

  await markdown.press('ControlOrMeta+End');
  await markdown.pressSequentially(`\n\n## ${heading}\n\nGọi đường dây nóng khi cần. <script>window.__guidePwned = 1</script>`, { delay: 5 });
  // The preview is the API's rendering, a moment after typing stops: the script stays text.
  await expect(preview.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  await expect(preview.getByText('Gọi đường dây nóng khi cần. <script>window.__guidePwned = 1</script>')).toBeVisible();
  await expect(preview.getByRole('navigation', { name: 'Mục lục' }).getByRole('link', { name: heading })).toBeVisible();
  expect(await admin.evaluate(() => (window as { __guidePwned?: number }).__guidePwned)).toBeUndefined();

  await admin.getByRole('button', { name: 'Lưu' }).click();
  await expect(admin.getByText('Đã lưu. Trang công khai được cập nhật trong vòng một phút.')).toBeVisible();
  await adminContext.close();

  // A citizen opens the staff guide: the new section is there, and inert.
  const visitorContext = await browser.newContext({ baseURL, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const visitor = await visitorContext.newPage();
  await visitor.goto('/huong-dan');
  await visitor.getByRole('link', { name: 'Hướng dẫn dành cho cán bộ tiếp nhận và giải quyết hồ sơ' }).click();
  const toc = visitor.getByRole('navigation', { name: 'Mục lục' });
  await toc.getByRole('link', { name: heading }).click();
  await expect(visitor.getByRole('heading', { level: 2, name: heading })).toBeFocused();
  await expect(visitor.getByText('Gọi đường dây nóng khi cần. <script>window.__guidePwned = 1</script>')).toBeVisible();
  expect(await visitor.evaluate(() => (window as { __guidePwned?: number }).__guidePwned)).toBeUndefined();
  await visitorContext.close();
});
