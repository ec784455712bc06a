import { expect, test, type Page } from '@playwright/test';

/**
 * A citizen's account from registration to password reset, in the real portal: the
 * captcha is solved by the browser (ALTCHA proof-of-work), the e-mails are real SMTP
 * messages read in the embedded mailbox (/dev/mailbox), and every link is followed.
 */

const stamp = Date.now().toString(36);
const username = `dan${stamp}`;
const email = `${username}@example.vn`;
const fullName = 'Lò Văn Thắng';
const firstPassword = 'Hoa-Ban-Trang-2025';
const secondPassword = 'Mua-Xuan-Tay-Bac-1';
const thirdPassword = 'Ruong-Bac-Thang-Ba-9';

/** Opens the newest message to `email` whose subject matches, and follows its button link. */
async function followMailLink(page: Page, subject: RegExp, button: string) {
  await page.goto('/dev/mailbox');
  await expect(page.getByRole('heading', { level: 1, name: 'Hộp thư phát triển' })).toBeVisible();
  // The page polls the mailbox: the message shows up once the outbox has sent it.
  const row = page.getByRole('row').filter({ hasText: email }).filter({ hasText: subject }).first();
  await expect(row).toBeVisible({ timeout: 30_000 });
  await row.getByRole('link').click();
  const message = page.frameLocator('iframe[title^="Nội dung thư"]');
  await message.getByRole('link', { name: button }).click();
}

async function logIn(page: Page, password: string) {
  await page.goto('/dang-nhap');
  await page.getByLabel('Tên tài khoản hoặc thư điện tử').fill(username);
  await page.getByLabel(/^Mật khẩu/).fill(password);
  await page.getByRole('main').getByRole('button', { name: 'Đăng nhập' }).click();
}

const accountNav = (page: Page) => page.getByRole('navigation', { name: 'Tài khoản' });

test('register, activate from the mail, edit the profile, change and reset the password', async ({ page }) => {
  test.setTimeout(120_000);

  // 1. Register, with the captcha solved by the browser.
  await page.goto('/');
  await accountNav(page).getByRole('link', { name: 'Đăng ký' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Đăng ký tài khoản' })).toBeVisible();
  await page.getByLabel('Tên tài khoản').fill(username);
  await page.getByLabel(/^Mật khẩu/).fill(firstPassword);
  await page.getByLabel(/^Nhập lại mật khẩu/).fill(firstPassword);
  await page.getByLabel(/^Thư điện tử/).fill(email);
  await page.getByLabel(/^Số điện thoại di động/).fill('0912 345 678');
  await page.getByLabel('Họ và tên').fill(fullName);
  // The widget's checkbox starts the proof-of-work; it ticks itself once solved.
  await page.getByRole('checkbox', { name: 'Tôi không phải là robot' }).click();
  await expect(page.getByRole('checkbox', { name: 'Đã xác minh' })).toBeChecked({ timeout: 60_000 });
  await expect(page.locator('altcha-widget input[name="captcha"]')).not.toHaveValue('');
  await page.getByRole('button', { name: 'Đăng ký', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Đăng ký thành công' })).toBeVisible();
  await expect(page.getByText(`đã gửi thư kích hoạt tới ${email}`)).toBeVisible();

  // Before activation, login says so.
  await logIn(page, firstPassword);
  await expect(page.getByText('Tài khoản chưa được kích hoạt, vui lòng kiểm tra thư điện tử')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Gửi lại thư kích hoạt' })).toBeVisible();

  // 2. Open the activation mail in the embedded mailbox and activate.
  await followMailLink(page, /Kích hoạt tài khoản/, 'Kích hoạt tài khoản');
  await expect(page).toHaveURL(/\/kich-hoat#token=/);
  await expect(page.getByText('Tài khoản đã được kích hoạt')).toBeVisible();

  // 3. Log in, edit the profile, change the password, log out.
  await logIn(page, firstPassword);
  const greeting = accountNav(page).getByRole('button', { name: `Xin chào, ${fullName}` });
  await expect(greeting).toBeVisible();
  await greeting.click();
  await accountNav(page).getByRole('link', { name: 'Thông tin cá nhân' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Thông tin cá nhân' })).toBeVisible();

  const profile = page.getByRole('form', { name: 'Thông tin cá nhân' });
  await profile.getByLabel('Số căn cước công dân (CCCD)').fill('011088004321');
  await profile.getByLabel('Ngày sinh').fill('1988-07-20');
  await profile.getByLabel('Giới tính').selectOption({ label: 'Nam' });
  await profile.getByLabel('Địa chỉ').fill('Tổ 5, phường Mường Thanh, tỉnh Điện Biên');
  await profile.getByRole('button', { name: 'Lưu thông tin' }).click();
  await expect(profile.getByText('Đã lưu thông tin cá nhân.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('form', { name: 'Thông tin cá nhân' }).getByLabel('Địa chỉ')).toHaveValue('Tổ 5, phường Mường Thanh, tỉnh Điện Biên');
  await expect(page.getByRole('form', { name: 'Thông tin cá nhân' }).getByLabel('Số căn cước công dân (CCCD)')).toHaveValue('011088004321');

  const passwordForm = page.getByRole('form', { name: 'Đổi mật khẩu' });
  await passwordForm.getByLabel(/^Mật khẩu hiện tại/).fill(firstPassword);
  await passwordForm.getByLabel(/^Mật khẩu mới/).fill(secondPassword);
  await passwordForm.getByLabel(/^Nhập lại mật khẩu mới/).fill(secondPassword);
  await passwordForm.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await expect(passwordForm.getByText(/Đã đổi mật khẩu/)).toBeVisible();

  await accountNav(page).getByRole('button', { name: 'Thoát' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(accountNav(page).getByRole('link', { name: 'Đăng nhập', exact: true })).toBeVisible();
  // Signed out means the citizen area asks for a login again.
  await page.goto('/ca-nhan/thong-tin');
  await expect(page).toHaveURL(/\/dang-nhap\?next=%2Fca-nhan%2Fthong-tin/);

  // 4. The old password no longer works; the new one does.
  await logIn(page, firstPassword);
  await expect(page.getByText('Tên đăng nhập hoặc mật khẩu không đúng')).toBeVisible();
  await logIn(page, secondPassword);
  await expect(accountNav(page).getByRole('button', { name: `Xin chào, ${fullName}` })).toBeVisible();
  await accountNav(page).getByRole('button', { name: 'Thoát' }).click();
  await expect(accountNav(page).getByRole('link', { name: 'Đăng nhập', exact: true })).toBeVisible();

  // 5. Forgotten password: request a reset and complete it from the mail.
  await page.goto('/dang-nhap');
  await page.getByRole('link', { name: 'Quên mật khẩu?' }).click();
  await page.getByLabel(/^Thư điện tử/).fill(email);
  await page.getByRole('button', { name: 'Gửi liên kết đặt lại mật khẩu' }).click();
  await expect(page.getByText(`Nếu địa chỉ ${email} thuộc một tài khoản`)).toBeVisible();

  await followMailLink(page, /Đặt lại mật khẩu/, 'Đặt lại mật khẩu');
  await expect(page).toHaveURL(/\/dat-lai-mat-khau#token=/);
  await page.getByLabel(/^Mật khẩu mới/).fill(thirdPassword);
  await page.getByLabel(/^Nhập lại mật khẩu mới/).fill(thirdPassword);
  await page.getByRole('button', { name: 'Đặt mật khẩu mới' }).click();
  await expect(page.getByText('Mật khẩu đã được thay đổi. Vui lòng đăng nhập bằng mật khẩu mới.')).toBeVisible();

  await logIn(page, thirdPassword);
  await expect(accountNav(page).getByRole('button', { name: `Xin chào, ${fullName}` })).toBeVisible();
});

test('staff sign in at their own entry and reach the workspace; the citizen entry refuses them', async ({ page }) => {
  await page.goto('/dang-nhap');
  await page.getByLabel('Tên tài khoản hoặc thư điện tử').fill('motcua');
  await page.getByLabel(/^Mật khẩu/).fill('Demo@2025');
  await page.getByRole('main').getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByText(/Tài khoản này không đăng nhập tại đây/)).toBeVisible();
  await page.getByRole('link', { name: 'Đến trang Cán bộ đăng nhập' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Cán bộ đăng nhập' })).toBeVisible();
  await page.getByLabel('Tên tài khoản hoặc thư điện tử').fill('motcua');
  await page.getByLabel(/^Mật khẩu/).fill('Demo@2025');
  await page.getByRole('main').getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page).toHaveURL(/\/can-bo$/);
  const greeting = accountNav(page).getByRole('button', { name: 'Xin chào, Đỗ Thị Hạnh' });
  await greeting.click();
  await expect(accountNav(page).getByRole('link', { name: 'Không gian làm việc' })).toBeVisible();
});

test('the registration form works at 360 px, with the keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/dang-ky');
  await page.getByRole('button', { name: 'Đăng ký', exact: true }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'Vui lòng kiểm tra lại các thông tin sau' });
  await expect(summary).toBeFocused();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
