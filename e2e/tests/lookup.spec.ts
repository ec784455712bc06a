import { expect, test } from '@playwright/test';
import { personFor, sendDossier, staffAct } from './support/api.ts';

/**
 * Issue "Tra cứu hồ sơ", "What I will check": congdan sends a dossier and motcua receives
 * it; then anyone holding the receipt opens its QR address in a browser that has never
 * signed in, and sees the masked owner, the procedure and the processing history with
 * roles and units instead of people — never the full name, phone or CCCD. The receipt
 * number with a wrong CCCD finds nothing.
 *
 * The dossier is prepared and sent through the citizen's own API and received through the
 * clerk's (the online form and the staff workspace have journeys of their own).
 */

const PROCEDURE = '1.009995.H18'; // Điều chỉnh giấy phép xây dựng (Sở Xây dựng, motcua's agency)
const PROCEDURE_NAME = 'Điều chỉnh giấy phép xây dựng';
/** congdan's profile (prisma/src/seed/demo-data/users.ts), which the applicant block copies */
const CITIZEN = { fullName: 'Nguyễn Văn An', masked: 'Nguyễn V** A*', phone: '0912345678', idNumber: '011085012345', street: 'Nguyễn Chí Thanh' };
const CLERK_NAME = 'Đỗ Thị Hạnh';

test('the receipt’s QR address shows the dossier to anyone, masked, and a wrong CCCD finds nothing', async ({ browser, baseURL }, testInfo) => {
  test.setTimeout(120_000);

  // 1. congdan sends a dossier; motcua receives it.
  const citizen = await personFor(browser, testInfo, '/dang-nhap', 'congdan');
  const { id, code } = await sendDossier(citizen, PROCEDURE);
  const motcua = await personFor(browser, testInfo, '/can-bo/dang-nhap', 'motcua');
  await staffAct(motcua, id, { type: 'receive' });
  await motcua.context().close();

  // 2. The receipt carries the lookup address (its QR code encodes the same link); so does
  //    the citizen's dossier page.
  const qrUrl = `${baseURL}/tra-cuu?code=${encodeURIComponent(code)}`;
  const receipt = await citizen.request.get(`/api/v1/dossiers/${id}/receipt.pdf`);
  expect(receipt.status()).toBe(200);
  expect((await receipt.body()).toString('latin1')).toContain(`/URI (${qrUrl})`);
  await citizen.goto(`/ca-nhan/ho-so/${id}`);
  const publicLink = citizen.getByRole('link', { name: 'Tra cứu công khai' });
  await expect(publicLink).toHaveAttribute('href', `/tra-cuu?code=${encodeURIComponent(code)}`);
  await citizen.context().close();

  // 3. Anyone, never signed in, opens the QR address.
  const { locale, timezoneId } = testInfo.project.use;
  const stranger = await (await browser.newContext({ locale, timezoneId })).newPage();
  await stranger.goto(qrUrl);
  await expect(stranger.getByRole('heading', { level: 1, name: 'Tra cứu hồ sơ' })).toBeVisible();
  await expect(stranger.getByRole('search', { name: 'Tra cứu theo mã hồ sơ' }).getByLabel(/^Mã hồ sơ/)).toHaveValue(code);
  const info = stranger.getByRole('region', { name: 'Thông tin hồ sơ' });
  await expect(info).toContainText(CITIZEN.masked);
  await expect(info).toContainText(PROCEDURE_NAME);
  await expect(info).toContainText('Đang xử lý');
  await expect(info.locator('dt', { hasText: 'Ngày hẹn trả' }).locator('xpath=following-sibling::dd[1]')).toHaveText(/^\d{2}\/\d{2}\/\d{4}$/);

  const history = stranger.getByRole('table', { name: new RegExp(`^Các bước xử lý hồ sơ ${code.replace(/\./g, '\\.')}`) });
  const rows = history.getByRole('row');
  await expect(rows).toHaveCount(3); // header, sent, received
  await expect(rows.nth(1)).toContainText('Người nộp hồ sơ');
  await expect(rows.nth(1)).toContainText('Nộp hồ sơ trực tuyến');
  await expect(rows.nth(1)).toContainText(/Bộ phận một cửa – Sở Xây dựng/);
  await expect(rows.nth(2)).toContainText(/Bộ phận một cửa – Sở Xây dựng/);
  await expect(rows.nth(2)).toContainText('Tiếp nhận hồ sơ');

  const everything = stranger.locator('body');
  for (const secret of [CITIZEN.fullName, CITIZEN.phone, CITIZEN.idNumber, CITIZEN.street, CLERK_NAME]) {
    await expect(everything).not.toContainText(secret);
  }

  // 4. The receipt number with a CCCD that is not the applicant's: the same friendly miss as an unknown code.
  const byReceipt = stranger.getByRole('search', { name: 'Tra cứu theo số biên nhận và số CCCD' });
  await byReceipt.getByLabel(/^Số biên nhận/).fill(code);
  await byReceipt.getByLabel(/^Số CCCD/).fill('011085012346');
  await byReceipt.getByRole('button', { name: 'Tra cứu' }).click();
  await expect(stranger.getByRole('heading', { level: 2, name: 'Không tìm thấy hồ sơ' })).toBeVisible();
  await expect(info).toBeHidden();
  expect(new URL(stranger.url()).search).toBe(`?receiptNo=${encodeURIComponent(code)}`);

  // …and with the right one, the same masked view.
  await byReceipt.getByLabel(/^Số CCCD/).fill(CITIZEN.idNumber);
  await byReceipt.getByRole('button', { name: 'Tra cứu' }).click();
  await expect(info).toContainText(CITIZEN.masked);
  expect(stranger.url()).not.toContain(CITIZEN.idNumber);
  await stranger.context().close();
});
