import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { PNG, pdfBytes } from './support/files.ts';
import { personFor, sendDossier } from './support/api.ts';
import { accountNav, attach } from './support/portal.ts';

/**
 * A citizen's dossier from the procedure page to the receipt, in the real portal (issue 5,
 * "What I will check"): log in as congdan, find the procedure, fill the online form,
 * upload two documents (real PDF and PNG bytes: the API checks content, not names),
 * Lưu lại, find it under Hồ sơ chưa gửi, edit it, Gửi đi, see it under Hồ sơ đã gửi with
 * its code and download the receipt (a PDF). Seed 003 (*Chọn thông tin bạn có*): on the
 * edit page the birth certificate becomes "bring the original to the one-stop desk"; the
 * sent dossier lists it to bring and the ward's clerk sees "Bản gốc nộp tại quầy".
 */

test('a citizen prepares a dossier, saves it, edits it from Hồ sơ chưa gửi, sends it and downloads the receipt', async ({ page, browser }, testInfo) => {
  test.setTimeout(150_000);

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
  // The birth certificate may be brought on paper: choose it; the uploaded scan stays.
  const how = page.getByRole('group', { name: 'Cách nộp: Giấy chứng sinh' });
  await expect(how.getByRole('radio', { name: 'Tải tệp lên' })).toBeChecked();
  await how.getByRole('radio', { name: 'Mang bản gốc đến bộ phận một cửa' }).check();
  await expect(how.getByText(/Các tệp đã tải lên vẫn được giữ lại/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Chọn tệp cho: Giấy chứng sinh' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Gửi đi' }).click();

  // 4. Sent: the dossier has its code; it is under Hồ sơ đã gửi; the receipt is a PDF.
  const sent = page.getByText(/^Đã gửi hồ sơ\. Mã hồ sơ của bạn là (\S+)\./);
  await expect(sent).toBeVisible();
  const code = /là (\S+)\./.exec((await sent.textContent()) ?? '')?.[1] ?? '';
  expect(code).toMatch(/^[\w.]+-\d{6}-\d{4}$/);
  await expect(page.getByRole('heading', { level: 1, name: `Hồ sơ ${code}` })).toBeVisible();
  await expect(page.getByText('Giấy tờ cần mang bản gốc đến bộ phận một cửa để đối chiếu:')).toBeVisible();
  const components = page.getByRole('region', { name: 'Thành phần hồ sơ' });
  await expect(components.getByRole('listitem').filter({ hasText: 'Giấy chứng sinh' }).getByText('Bản gốc nộp tại bộ phận một cửa')).toBeVisible();
  const dossierId = new URL(page.url()).pathname.split('/').pop() ?? '';

  // The ward's one-stop clerk sees the choice on the component.
  const clerk = await personFor(browser, testInfo, '/can-bo/dang-nhap', 'motcuaxa');
  await clerk.goto(`/can-bo/ho-so/${dossierId}`);
  await expect(clerk.getByRole('heading', { level: 1, name: `Hồ sơ ${code}` })).toBeVisible();
  const staffComponents = clerk.getByRole('region', { name: 'Thành phần hồ sơ' });
  await expect(staffComponents.getByRole('listitem').filter({ hasText: 'Giấy chứng sinh' }).getByText('Bản gốc nộp tại quầy')).toBeVisible();
  await clerk.context().close();

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

test('on a 360 px phone the dashboard and the dossier pages fit the screen, the history reads as cards, and years read 1999', async ({ browser }, testInfo) => {
  test.setTimeout(120_000);
  const citizen = await personFor(browser, testInfo, '/dang-nhap', 'congdan');
  // Phiếu lý lịch tư pháp: its sample has a repeating table of years (Từ năm / Đến năm).
  const criminalRecord = await sendDossier(citizen, '2.000505.H18');
  const building = await sendDossier(citizen, '1.009994.H18');
  const fits = async (page: import('@playwright/test').Page) =>
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  await citizen.goto(`/ca-nhan/ho-so/${criminalRecord.id}`);
  await expect(citizen.getByRole('cell', { name: '1999', exact: true })).toBeVisible();
  await expect(citizen.getByText('1.999', { exact: true })).toHaveCount(0);

  await citizen.setViewportSize({ width: 360, height: 740 });
  await citizen.goto('/ca-nhan');
  await expect(citizen.getByRole('main').getByRole('link', { name: 'Thông tin cá nhân' })).toBeVisible();
  await fits(citizen);
  await citizen.goto(`/ca-nhan/ho-so/${building.id}`);
  const step = citizen.getByRole('region', { name: 'Quá trình xử lý' }).first().getByRole('cell', { name: 'Nộp hồ sơ trực tuyến' });
  await expect(step).toBeVisible();
  const box = (await step.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(360);
  await fits(citizen);

  // Staff: the menu stays on one line at 1366 px; the dossier page fits a phone.
  const clerk = await personFor(browser, testInfo, '/can-bo/dang-nhap', 'motcua');
  await clerk.setViewportSize({ width: 1366, height: 800 });
  const menu = clerk.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('listitem');
  const tops = await menu.evaluateAll((items) => new Set(items.map((item) => Math.round(item.getBoundingClientRect().top))).size);
  expect(tops).toBe(1);
  await clerk.setViewportSize({ width: 360, height: 740 });
  await clerk.goto(`/can-bo/ho-so/${building.id}`);
  await expect(clerk.getByRole('region', { name: 'Quá trình xử lý' }).first().getByRole('cell', { name: 'Nộp hồ sơ trực tuyến' })).toBeVisible();
  await fits(clerk);
});
