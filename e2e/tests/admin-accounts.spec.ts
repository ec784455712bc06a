import { expect, test, type Page } from '@playwright/test';

/**
 * Issue 6, administration of staff accounts, the working-day calendar and the audit log:
 * quantri invites a new one-stop clerk of Sở Xây dựng; the invitation arrives as a real
 * e-mail in the embedded mailbox; the invitee chooses a password, signs in at
 * /can-bo/dang-nhap and reaches the staff workspace; quantri adds a holiday and sees it
 * in the calendar; the audit log lists these changes with before/after.
 */

const stamp = Date.now().toString(36);
const username = `vanthu${stamp}`;
const email = `${username}@soxaydung.dienbien.gov.vn`;
const fullName = 'Lò Thị Hoa';
const password = 'Hoa-Ban-Trang-2025';
const holiday = { date: '2027-11-19', name: `Ngày nghỉ của tỉnh Điện Biên ${stamp}` };

const accountNav = (page: Page) => page.getByRole('navigation', { name: 'Tài khoản' });
const adminNav = (page: Page) => page.getByRole('navigation', { name: 'Điều hướng quản trị' });

async function staffSignIn(page: Page, user: string, secret: string) {
  await page.goto('/can-bo/dang-nhap');
  await page.getByLabel('Tên tài khoản hoặc thư điện tử').fill(user);
  await page.getByLabel(/^Mật khẩu/).fill(secret);
  await page.getByRole('main').getByRole('button', { name: 'Đăng nhập' }).click();
}

test('an administrator invites a clerk who sets a password and signs in; a holiday is added; the audit log shows both', async ({ page, browser }) => {
  test.setTimeout(150_000);

  // 1. quantri reaches the admin section from the header.
  await staffSignIn(page, 'quantri', 'Demo@2025');
  await expect(page).toHaveURL(/\/can-bo$/);
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Quản trị' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Quản trị' })).toBeVisible();
  await adminNav(page).getByRole('link', { name: 'Cán bộ' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Cán bộ' })).toBeVisible();

  // 2. Invite a new clerk of Sở Xây dựng.
  await page.getByRole('button', { name: 'Mời cán bộ' }).click();
  const invite = page.getByRole('form', { name: 'Mời cán bộ mới' });
  // Sent empty: the shared schema's messages, before anything reaches the API.
  await invite.getByRole('button', { name: 'Gửi lời mời' }).click();
  await expect(invite.getByText('Chọn ít nhất một vai trò').first()).toBeVisible();
  await invite.getByLabel(/^Tên đăng nhập/).fill(username);
  await invite.getByLabel(/^Thư điện tử/).fill(email);
  await invite.getByLabel(/^Họ và tên/).fill(fullName);
  await invite.getByLabel(/^Chức vụ/).fill('Văn thư Sở');
  await invite.getByLabel(/^Đơn vị/).selectOption({ label: 'Sở Xây dựng tỉnh Điện Biên' });
  await invite.getByRole('checkbox', { name: 'Bộ phận một cửa' }).check();
  await invite.getByRole('button', { name: 'Gửi lời mời' }).click();
  await expect(page.getByText(`Đã gửi lời mời tới ${email}`)).toBeVisible();
  await page.getByLabel('Tìm theo tên đăng nhập, họ tên, thư điện tử').fill(username);
  await page.getByRole('search').getByRole('button', { name: 'Tìm kiếm' }).click();
  const row = page.getByRole('row').filter({ hasText: username });
  await expect(row).toContainText('Chờ nhận lời mời');
  await expect(row).toContainText('Bộ phận một cửa');

  // 3. The invitee, in their own browser: the mail, the password, the staff sign-in.
  const inviteeContext = await browser.newContext();
  const invitee = await inviteeContext.newPage();
  await invitee.goto('/dev/mailbox');
  const mailRow = invitee.getByRole('row').filter({ hasText: email }).filter({ hasText: /Lời mời sử dụng tài khoản cán bộ/ }).first();
  await expect(mailRow).toBeVisible({ timeout: 30_000 });
  await mailRow.getByRole('link').click();
  const message = invitee.frameLocator('iframe[title^="Nội dung thư"]');
  await expect(message.getByText(`tài khoản cán bộ “${username}” của Sở Xây dựng tỉnh Điện Biên`)).toBeVisible();
  await message.getByRole('link', { name: 'Đặt mật khẩu' }).click();
  await expect(invitee).toHaveURL(/\/can-bo\/nhan-loi-moi#token=/);
  await expect(invitee.getByRole('heading', { level: 1, name: 'Nhận lời mời tài khoản cán bộ' })).toBeVisible();
  await invitee.getByLabel(/^Mật khẩu/).first().fill(password);
  await invitee.getByLabel(/^Nhập lại mật khẩu/).fill(password);
  await invitee.getByRole('button', { name: 'Đặt mật khẩu' }).click();
  await expect(invitee.getByText(`Đã kích hoạt tài khoản ${username}`)).toBeVisible();
  await invitee.getByRole('main').getByRole('link', { name: 'Cán bộ đăng nhập' }).click();
  await expect(invitee).toHaveURL(/\/can-bo\/dang-nhap/);
  await staffSignIn(invitee, username, password);
  await expect(invitee).toHaveURL(/\/can-bo$/);
  await expect(accountNav(invitee).getByRole('button', { name: `Xin chào, ${fullName}` })).toBeVisible();
  // A clerk has no administration.
  await expect(invitee.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Quản trị' })).toHaveCount(0);
  await invitee.goto('/can-bo/quan-tri');
  await expect(invitee.getByRole('heading', { level: 1, name: 'Không có quyền truy cập' })).toBeVisible();
  await inviteeContext.close();

  // The account is active now.
  await page.reload();
  await page.getByLabel('Tìm theo tên đăng nhập, họ tên, thư điện tử').fill(username);
  await page.getByRole('search').getByRole('button', { name: 'Tìm kiếm' }).click();
  await expect(page.getByRole('row').filter({ hasText: username })).toContainText('Đang hoạt động');

  // 4. quantri adds a holiday to 2027 and sees it in the calendar.
  await adminNav(page).getByRole('link', { name: 'Lịch làm việc' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Lịch làm việc năm \d{4}$/ })).toBeVisible();
  await page.goto('/can-bo/quan-tri/lich-lam-viec?nam=2027');
  await expect(page.getByRole('heading', { level: 1, name: 'Lịch làm việc năm 2027' })).toBeVisible();
  const november = page.getByRole('table', { name: 'Tháng 11/2027' });
  await expect(november.locator('td.month-grid__day--holiday')).toHaveCount(0);
  await page.getByRole('button', { name: 'Thêm ngày' }).click();
  await page.getByLabel(/^Ngày, dòng \d+$/).last().fill(holiday.date);
  await page.getByLabel(/^Tên ngày, dòng \d+$/).last().fill(holiday.name);
  await page.getByRole('button', { name: 'Lưu lịch năm 2027' }).click();
  await expect(page.getByText('Đã lưu thay đổi.')).toBeVisible();
  await page.reload();
  const marked = page.getByRole('table', { name: 'Tháng 11/2027' }).locator('td.month-grid__day--holiday');
  await expect(marked).toHaveCount(1);
  await expect(marked).toHaveText(/^19/);
  await expect(page.getByRole('region', { name: 'Danh sách ngày nghỉ và ngày làm bù năm 2027' })).toContainText(holiday.name);

  // 5. The audit log lists the invitation, its acceptance and the calendar change.
  await adminNav(page).getByRole('link', { name: 'Nhật ký' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nhật ký' })).toBeVisible();
  const calendarRow = page.getByRole('row').filter({ hasText: 'Sửa lịch làm việc' }).first();
  await expect(calendarRow).toContainText('quantri');
  await calendarRow.getByText('Xem trước / sau').click();
  await expect(calendarRow.getByRole('row').filter({ hasText: holiday.date })).toContainText(holiday.name);
  await expect(page.getByRole('row').filter({ hasText: 'Mời cán bộ' }).first()).toContainText('quantri');
  await expect(page.getByRole('row').filter({ hasText: 'Cán bộ nhận lời mời' }).first()).toContainText(username);

  // Filtered by the invitee: their own acceptance and sign-in.
  await page.getByLabel(/^Người thực hiện/).fill(username);
  await page.getByRole('button', { name: 'Lọc', exact: true }).click();
  await expect(page.getByRole('row').filter({ hasText: 'Sửa lịch làm việc' })).toHaveCount(0);
  await expect(page.getByRole('row').filter({ hasText: 'Cán bộ nhận lời mời' })).toHaveCount(1);
  await expect(page.getByRole('row').filter({ hasText: 'Đăng nhập' }).first()).toContainText(username);
});
