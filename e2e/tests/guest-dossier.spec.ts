import { expect, test, type Page } from '@playwright/test';
import { PNG, pdfBytes } from './support/files.ts';

/**
 * Submission without an account (seed 004), in the real portal: the same form plus an
 * e-mail and the verification step, two documents, Gửi đi; the dossier takes effect only
 * once the e-mailed link is followed (seed 003), read here in the embedded mailbox.
 */

const stamp = Date.now().toString(36);
const email = `khach${stamp}@example.vn`;

async function attach(page: Page, component: string, file: { name: string; mimeType: string; buffer: Buffer }) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: `Chọn tệp cho: ${component}` }).click();
  await (await chooser).setFiles(file);
  // A guest cannot download through a plain link (the token travels in a header): the name is listed.
  await expect(page.getByRole('region', { name: new RegExp(`^${component}`) }).getByText(file.name)).toBeVisible();
}

test('a visitor submits without an account and confirms the dossier from the e-mail', async ({ page }) => {
  test.setTimeout(150_000);

  await page.goto('/thu-tuc/1.001193.H18');
  await expect(page.getByRole('heading', { level: 1, name: 'Đăng ký khai sinh' })).toBeVisible();
  await page.getByRole('link', { name: 'Nộp hồ sơ không cần tài khoản' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nộp hồ sơ không cần tài khoản: Đăng ký khai sinh' })).toBeVisible();

  // The e-mail that receives everything, and the verification step (proof-of-work in the browser).
  const contact = page.getByRole('region', { name: 'Thư điện tử nhận thông báo' });
  await contact.getByLabel(/^Thư điện tử/).fill(email);
  await page.getByRole('checkbox', { name: 'Tôi không phải là robot' }).click();
  await expect(page.getByRole('checkbox', { name: 'Đã xác minh' })).toBeChecked({ timeout: 60_000 });

  const applicant = page.getByRole('region', { name: 'Thông tin người nộp hồ sơ' });
  await applicant.getByLabel(/^Họ và tên/).fill('Lò Văn Thành');
  await applicant.getByLabel(/^Số căn cước công dân/).fill('011079003816');
  await applicant.getByLabel(/^Số điện thoại di động/).fill('0983456712');
  await applicant.getByLabel(/^Thư điện tử/).fill(email);
  await applicant.getByLabel(/^Địa chỉ liên hệ/).fill('Bản Hồng Lếch Cang, xã Thanh Nưa, tỉnh Điện Biên');

  const child = page.getByRole('region', { name: 'Người được khai sinh' });
  await child.getByLabel(/^Họ, chữ đệm và tên người được khai sinh/).fill('Lò Minh Đức');
  await child.getByLabel(/^Ngày, tháng, năm sinh/).fill('02/09/2025');
  await child.getByLabel(/^Giới tính/).selectOption({ label: 'Nam' });
  await child.getByLabel(/^Dân tộc/).selectOption({ label: 'Thái' });
  const birthplace = child.getByRole('group', { name: /^Nơi sinh/ });
  await birthplace.getByLabel(/^Tỉnh\/Thành phố/).selectOption({ label: 'Tỉnh Điện Biên' });
  await birthplace.getByLabel(/^Phường\/Xã/).fill('Xã Thanh Nưa');
  const parents = page.getByRole('region', { name: 'Cha, mẹ' });
  await parents.getByLabel(/^Họ, chữ đệm và tên người mẹ/).fill('Quàng Thị Lan');
  await parents.getByLabel(/^Số định danh cá nhân của người mẹ/).fill('011196004821');
  const declarant = page.getByRole('region', { name: 'Người đi đăng ký' });
  await declarant.getByLabel(/^Quan hệ với người được khai sinh/).selectOption({ label: 'Cha' });
  await declarant.getByRole('checkbox', { name: /^Tôi cam đoan/ }).check();

  // Lưu lại creates the dossier (the captcha is used here); files can then be attached.
  await page.getByRole('button', { name: 'Lưu lại' }).click();
  // A visitor without an account has no Hồ sơ chưa gửi list: the notice says where the dossier is kept
  await expect(page.getByText(/^Đã lưu hồ sơ\. Hãy hoàn thiện và bấm Gửi đi ngay trên trang này/)).toBeVisible();
  await expect(page.getByText('Hồ sơ nằm trong mục Hồ sơ chưa gửi', { exact: false })).toHaveCount(0);
  await expect(page).toHaveURL(/\?hoSo=/);
  await attach(page, 'Tờ khai đăng ký khai sinh', { name: 'to-khai.pdf', mimeType: 'application/pdf', buffer: pdfBytes('To khai') });
  await attach(page, 'Giấy chứng sinh', { name: 'giay-chung-sinh.png', mimeType: 'image/png', buffer: PNG });

  await page.getByRole('button', { name: 'Gửi đi' }).click();
  await expect(page.getByText('Vui lòng xác nhận hồ sơ qua thư điện tử')).toBeVisible();
  await expect(page.getByText(`Chúng tôi đã gửi thư tới ${email}`, { exact: false })).toBeVisible();

  // The confirmation mail, in the embedded mailbox.
  await page.goto('/dev/mailbox');
  const row = page.getByRole('row').filter({ hasText: email }).filter({ hasText: 'Xác nhận gửi hồ sơ trực tuyến' }).first();
  await expect(row).toBeVisible({ timeout: 30_000 });
  await row.getByRole('link').click();
  await page.frameLocator('iframe[title^="Nội dung thư"]').getByRole('link', { name: 'Xác nhận gửi hồ sơ' }).click();

  await expect(page).toHaveURL(/\/ho-so\/xac-nhan[?#]token=/);
  await expect(page.getByRole('heading', { level: 1, name: 'Hồ sơ đã được gửi' })).toBeVisible();
  const code = (await page.locator('.guest-confirmed__code strong').textContent()) ?? '';
  expect(code).toMatch(/^[\w.]+-\d{6}-\d{4}$/);
  await expect(page.getByRole('main').getByRole('link', { name: 'Tra cứu hồ sơ' })).toHaveAttribute('href', `/tra-cuu?code=${encodeURIComponent(code)}`);

  // The sent dossier's e-mail, with its code, follows.
  await page.goto('/dev/mailbox');
  await expect(page.getByRole('row').filter({ hasText: email }).filter({ hasText: `Hồ sơ ${code} đã được gửi thành công` }).first()).toBeVisible({ timeout: 30_000 });
});
