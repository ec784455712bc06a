import { expect, test, type Page } from '@playwright/test';

/**
 * Issue 6, "What I will check" (Admin): an administrator adds a procedure with a
 * two-field online form, and a citizen can submit a dossier for it straight away.
 * quantri creates the procedure (online, one optional component), builds the form in
 * the form builder (checking the live preview), publishes it; congdan then finds it by
 * search (without diacritics), fills the two fields, sends it and sees it under Hồ sơ đã gửi.
 */

const suffix = String(Date.now()).slice(-6);
const CODE = `9.${suffix}.E2E`;
const NAME = `Cấp phép khai thác giếng nước Mường Phăng ${suffix}`;

const accountNav = (page: Page) => page.getByRole('navigation', { name: 'Tài khoản' });

async function signIn(page: Page, entry: string, username: string) {
  await page.goto(entry);
  await page.getByLabel('Tên tài khoản hoặc thư điện tử').fill(username);
  await page.getByLabel(/^Mật khẩu/).fill('Demo@2025');
  await page.getByRole('main').getByRole('button', { name: 'Đăng nhập' }).click();
}

test('an admin adds a procedure with a two-field form, and a citizen submits a dossier for it straight away', async ({ page, browser }) => {
  test.setTimeout(150_000);

  // 1. quantri: Quản lý thủ tục hành chính → Thêm thủ tục, the facts.
  await signIn(page, '/can-bo/dang-nhap', 'quantri');
  await expect(page).toHaveURL(/\/can-bo$/);
  await page.goto('/can-bo/quan-tri/thu-tuc');
  await expect(page.getByRole('heading', { level: 1, name: 'Quản lý thủ tục hành chính' })).toBeVisible();
  await page.getByRole('link', { name: 'Thêm thủ tục' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Thêm thủ tục hành chính' })).toBeVisible();

  // Sent empty first: every missing fact is listed, in Vietnamese, and linked to its input.
  await page.getByRole('button', { name: 'Lưu và tiếp tục' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'Vui lòng kiểm tra lại các thông tin sau' });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link', { name: 'Vui lòng nhập tên thủ tục' })).toBeVisible();

  await page.getByLabel(/^Mã thủ tục/).fill(CODE);
  await page.getByLabel(/^Tên thủ tục/).fill(NAME);
  await page.getByLabel(/^Cơ quan quản lý/).selectOption({ label: 'Sở Xây dựng tỉnh Điện Biên' });
  await page.getByLabel(/^Lĩnh vực/).selectOption({ label: 'Hoạt động xây dựng' });
  await page.getByLabel(/^Mức độ dịch vụ công trực tuyến/).selectOption({ label: 'Toàn trình' });
  await page.getByLabel(/^Thời hạn giải quyết/).fill('5');
  await page.getByLabel(/^Trình tự thực hiện/).fill('Nộp hồ sơ trực tuyến\nSở Xây dựng thẩm định\nTrả kết quả');
  await page.getByLabel(/^Đối tượng thực hiện/).fill('Hộ gia đình, cá nhân');
  await page.getByLabel(/^Kết quả thực hiện/).fill('Giấy phép khai thác nước dưới đất');
  await page.getByRole('button', { name: 'Lưu và tiếp tục' }).click();

  // 2. Created, unpublished; on to its components: one optional document.
  await expect(page.getByRole('heading', { level: 1, name: NAME })).toBeVisible();
  await expect(page.getByText('Đã thêm thủ tục (chưa công bố).', { exact: false })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Thành phần hồ sơ và mẫu đơn' })).toHaveAttribute('aria-selected', 'true');
  await page.getByText('Thêm thành phần hồ sơ', { exact: true }).click();
  const addComponent = page.getByRole('form', { name: 'Thêm thành phần hồ sơ' });
  await addComponent.getByLabel(/^Tên giấy tờ/).fill('Sơ đồ vị trí giếng khoan');
  await addComponent.getByRole('checkbox', { name: 'Bắt buộc phải nộp' }).uncheck();
  await addComponent.getByRole('button', { name: 'Thêm thành phần' }).click();
  await expect(page.getByRole('heading', { level: 3, name: '1. Sơ đồ vị trí giếng khoan' })).toBeVisible();
  await expect(page.getByText('Không bắt buộc', { exact: false })).toBeVisible();

  // 3. The online form: rename the starter field, add a number, watch the live preview.
  await page.getByRole('tab', { name: 'Biểu mẫu trực tuyến' }).click();
  const preview = page.getByRole('form', { name: 'Xem trước biểu mẫu' });
  const first = page.getByRole('listitem', { name: /^Trường 1:/ });
  await first.getByLabel(/^Nhãn \(tiếng Việt\)/).fill('Mục đích sử dụng nước');
  await expect(preview.getByLabel(/^Mục đích sử dụng nước/)).toBeVisible();
  await page.getByLabel('Loại trường cần thêm').selectOption({ label: 'Số' });
  await page.getByRole('button', { name: 'Thêm trường' }).click();
  const second = page.getByRole('listitem', { name: /^Trường 2:/ });
  await expect(second.getByLabel(/^Nhãn \(tiếng Việt\)/)).toBeFocused();
  await second.getByLabel(/^Nhãn \(tiếng Việt\)/).fill('Độ sâu giếng');
  await second.getByLabel(/^Đơn vị tính/).fill('m');
  await second.getByRole('checkbox', { name: 'Bắt buộc nhập' }).check();
  await expect(preview.getByLabel(/^Độ sâu giếng/)).toBeVisible();
  await expect(preview.getByLabel(/^Độ sâu giếng/)).toHaveAttribute('aria-required', 'true');
  await page.getByRole('button', { name: 'Lưu biểu mẫu (tạo phiên bản mới)' }).click();
  await expect(page.getByText('Đã lưu biểu mẫu phiên bản 2.')).toBeVisible();

  // 4. Publish.
  await page.getByRole('button', { name: 'Công bố', exact: true }).click();
  await expect(page.getByText(`Đã công bố: công dân tìm thấy thủ tục ${CODE}`, { exact: false })).toBeVisible();

  // 5. congdan, in a browser of their own: search without diacritics, open, register online.
  const citizen = await (await browser.newContext()).newPage();
  await signIn(citizen, '/dang-nhap', 'congdan');
  await expect(accountNav(citizen).getByRole('button', { name: 'Xin chào, Nguyễn Văn An' })).toBeVisible();
  await citizen.getByRole('searchbox', { name: 'Tìm kiếm thủ tục hành chính' }).fill(`gieng nuoc muong phang ${suffix}`);
  await citizen.getByRole('button', { name: 'Tìm kiếm', exact: true }).click();
  await citizen.getByRole('link', { name: NAME, exact: true }).first().click();
  await expect(citizen.getByRole('heading', { level: 1, name: NAME })).toBeVisible();
  await citizen.getByRole('link', { name: 'Đăng ký trực tuyến' }).first().click();

  await expect(citizen.getByRole('heading', { level: 1, name: `Nộp hồ sơ: ${NAME}` })).toBeVisible();
  await citizen.getByLabel(/^Mục đích sử dụng nước/).fill('Nước sinh hoạt cho gia đình 5 người');
  await citizen.getByLabel(/^Độ sâu giếng/).fill('35');
  await citizen.getByRole('button', { name: 'Gửi đi' }).click();

  // 6. Sent with a code, and listed under Hồ sơ đã gửi.
  const sent = citizen.getByText(/^Đã gửi hồ sơ\. Mã hồ sơ của bạn là (\S+)\./);
  await expect(sent).toBeVisible();
  const code = /là (\S+)\./.exec((await sent.textContent()) ?? '')?.[1] ?? '';
  expect(code).toMatch(/^[\w.]+-\d{6}-\d{4}$/);
  await citizen.goto('/ca-nhan');
  await citizen.getByRole('link', { name: 'Xem danh sách hồ sơ: Hồ sơ đã gửi' }).click();
  const row = citizen.getByRole('row').filter({ hasText: code });
  await expect(row).toBeVisible();
  await expect(row).toContainText(NAME);
  await expect(row.getByText('Đã gửi', { exact: true })).toBeVisible();
});

test('on a 360 px phone the administration’s procedure list is a list of cards that fits the screen', async ({ page }) => {
  await signIn(page, '/can-bo/dang-nhap', 'quantri');
  await expect(accountNav(page).getByRole('button', { name: /^Xin chào/ })).toBeVisible();
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/can-bo/quan-tri/thu-tuc');
  const first = page.getByRole('table', { name: 'Quản lý thủ tục hành chính' }).getByRole('row').nth(1);
  await expect(first).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});
