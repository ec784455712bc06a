import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { PNG, pdfBytes } from './support/files.ts';
import { accountNav, attach } from './support/portal.ts';

/**
 * A citizen's dossier from the procedure page to the receipt, in the real portal (issue 5,
 * "What I will check"): log in as congdan, find the procedure, fill the online form,
 * upload two documents (real PDF and PNG bytes: the API checks content, not names),
 * Lưu lại, find it under Hồ sơ chưa gửi, edit it, Gửi đi, see it under Hồ sơ đã gửi with
 * its code and download the receipt (a PDF).
 */

test('a citizen prepares a dossier, saves it, edits it from Hồ sơ chưa gửi, sends it and downloads the receipt', async ({ page }) => {
  test.setTimeout(120_000);

  // 1. Log in as congdan and find the procedure.
  await page.goto('/dang-nhap');
  await page.getByLabel('Tên tài khoản hoặc thư điện tử').fill('congdan');
  await page.getByLabel(/^Mật khẩu/).fill('Demo@2025');
  await page.getByRole('main').getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(accountNav(page).getByRole('button', { name: 'Xin chào, Nguyễn Văn An' })).toBeVisible();

  await page.getByRole('searchbox', { name: 'Tìm kiếm thủ tục hành chính' }).fill('dang ky khai sinh');
  await page.getByRole('button', { name: 'Tìm kiếm', exact: true }).click();
  await page.getByRole('link', { name: 'Đăng ký khai sinh', exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Đăng ký khai sinh' })).toBeVisible();
  await page.getByRole('link', { name: 'Đăng ký trực tuyến' }).first().click();

  // 2. The form: the applicant comes from the profile; fill the declaration.
  await expect(page.getByRole('heading', { level: 1, name: 'Nộp hồ sơ: Đăng ký khai sinh' })).toBeVisible();
  const applicant = page.getByRole('region', { name: 'Thông tin người nộp hồ sơ' });
  await expect(applicant.getByLabel(/^Họ và tên/)).toHaveValue('Nguyễn Văn An');
  await expect(applicant.getByLabel(/^Số căn cước công dân/)).toHaveValue('011085012345');

  const child = page.getByRole('region', { name: 'Người được khai sinh' });
  await child.getByLabel(/^Họ, chữ đệm và tên người được khai sinh/).fill('Nguyễn Minh Khang');
  await child.getByLabel(/^Ngày, tháng, năm sinh/).fill('20/08/2025');
  await child.getByLabel(/^Giới tính/).selectOption({ label: 'Nam' });
  await child.getByLabel(/^Dân tộc/).selectOption({ label: 'Kinh' });
  const birthplace = child.getByRole('group', { name: /^Nơi sinh/ });
  await birthplace.getByLabel(/^Tỉnh\/Thành phố/).selectOption({ label: 'Tỉnh Điện Biên' });
  await birthplace.getByLabel(/^Phường\/Xã/).fill('Phường Điện Biên Phủ');
  await birthplace.getByLabel(/^Số nhà/).fill('Bệnh viện Đa khoa tỉnh Điện Biên');
  const parents = page.getByRole('region', { name: 'Cha, mẹ' });
  await parents.getByLabel(/^Họ, chữ đệm và tên người mẹ/).fill('Lò Thị Hương');
  await parents.getByLabel(/^Số định danh cá nhân của người mẹ/).fill('011195007314');
  const declarant = page.getByRole('region', { name: 'Người đi đăng ký' });
  await declarant.getByLabel(/^Quan hệ với người được khai sinh/).selectOption({ label: 'Cha' });
  await declarant.getByRole('checkbox', { name: /^Tôi cam đoan/ }).check();

  // Two documents: the declaration as a PDF, the birth certificate as a PNG scan.
  await attach(page, 'Tờ khai đăng ký khai sinh', { name: 'to-khai-khai-sinh.pdf', mimeType: 'application/pdf', buffer: pdfBytes('To khai dang ky khai sinh') });
  await attach(page, 'Giấy chứng sinh', { name: 'giay-chung-sinh.png', mimeType: 'image/png', buffer: PNG });

  await page.getByRole('button', { name: 'Lưu lại' }).click();
  await expect(page.getByText('Đã lưu hồ sơ. Hồ sơ nằm trong mục Hồ sơ chưa gửi.')).toBeVisible();
  await expect(page.getByText(/^Đã lưu lúc \d{2}:\d{2}$/)).toBeVisible();

  // 3. Hồ sơ cá nhân → Hồ sơ chưa gửi → Sửa.
  await accountNav(page).getByRole('button', { name: 'Xin chào, Nguyễn Văn An' }).click();
  await accountNav(page).getByRole('link', { name: 'Hồ sơ cá nhân' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hồ sơ cá nhân' })).toBeVisible();
  await page.getByRole('link', { name: 'Xem danh sách hồ sơ: Hồ sơ chưa gửi' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hồ sơ chưa gửi' })).toBeVisible();
  const unsentRow = page.getByRole('row').filter({ hasText: 'Đăng ký khai sinh' }).first();
  await expect(unsentRow.getByText('Chưa có mã')).toBeVisible();
  await unsentRow.getByRole('link', { name: /^Sửa/ }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Sửa hồ sơ: Đăng ký khai sinh' })).toBeVisible();
  // Everything typed and attached before is still there.
  await expect(page.getByRole('region', { name: 'Người được khai sinh' }).getByLabel(/^Ngày, tháng, năm sinh/)).toHaveValue('20/08/2025');
  await expect(page.getByRole('link', { name: 'Tải về giay-chung-sinh.png' })).toBeVisible();
  await page.getByRole('region', { name: 'Cha, mẹ' }).getByLabel(/^Họ, chữ đệm và tên người cha/).fill('Nguyễn Văn An');
  await page.getByRole('button', { name: 'Gửi đi' }).click();

  // 4. Sent: the dossier has its code; it is under Hồ sơ đã gửi; the receipt is a PDF.
  const sent = page.getByText(/^Đã gửi hồ sơ\. Mã hồ sơ của bạn là (\S+)\./);
  await expect(sent).toBeVisible();
  const code = /là (\S+)\./.exec((await sent.textContent()) ?? '')?.[1] ?? '';
  expect(code).toMatch(/^[\w.]+-\d{6}-\d{4}$/);
  await expect(page.getByRole('heading', { level: 1, name: `Hồ sơ ${code}` })).toBeVisible();

  await page.goto('/ca-nhan');
  await page.getByRole('link', { name: 'Xem danh sách hồ sơ: Hồ sơ đã gửi' }).click();
  const sentRow = page.getByRole('row').filter({ hasText: code });
  await expect(sentRow).toBeVisible();
  await expect(sentRow.getByText('Đã gửi', { exact: true })).toBeVisible();
  await expect(sentRow.getByRole('link', { name: /^Sửa/ })).toHaveCount(0);

  const downloading = page.waitForEvent('download');
  await sentRow.getByRole('link', { name: /^Tải giấy tiếp nhận/ }).click();
  const download = await downloading;
  const receipt = readFileSync(await download.path());
  expect(receipt.subarray(0, 5).toString('latin1')).toBe('%PDF-');

  // The processing history already has the submission.
  await sentRow.getByRole('button', { name: /^Quá trình XL/ }).click();
  const history = page.getByRole('dialog', { name: `Quá trình xử lý hồ sơ ${code}` });
  await expect(history.getByRole('cell', { name: 'Nộp hồ sơ trực tuyến' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(history).toBeHidden();
});
