import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { csrfHeader, personFor, sendDossier, staffAct } from './support/api.ts';
import { pdfBytes } from './support/files.ts';

/**
 * Issue "Public pages", "What I will check": open the statistics page and see charts and
 * the table. congdan sends a dossier that motcua receives and completes with a result, and
 * congdan rates it; a visitor then sees this month's figures of Sở Xây dựng on Thống kê —
 * the key figures, the two charts, the table by month and by agency — and downloads the CSV.
 */

const PROCEDURE = '1.009994.H18'; // Cấp giấy phép xây dựng (Sở Xây dựng, motcua's agency)
const AGENCY = 'Sở Xây dựng tỉnh Điện Biên';

test('Thống kê shows this month’s dossiers of an agency in charts and a table, and exports them as CSV', async ({ browser, page }, testInfo) => {
  test.setTimeout(120_000);
  const citizen = await personFor(browser, testInfo, '/dang-nhap', 'congdan');
  const clerk = await personFor(browser, testInfo, '/can-bo/dang-nhap', 'motcua');
  const { id } = await sendDossier(citizen, PROCEDURE);
  await staffAct(clerk, id, { type: 'receive' });
  const uploaded = await clerk.request.post(`/api/v1/staff/dossiers/${id}/result-files`, {
    headers: await csrfHeader(clerk),
    multipart: { file: { name: 'giay-phep.pdf', mimeType: 'application/pdf', buffer: pdfBytes('Giay phep xay dung') } },
  });
  expect(uploaded.status()).toBe(201);
  await staffAct(clerk, id, { type: 'complete' });
  const rated = await citizen.request.post(`/api/v1/dossiers/${id}/rating`, { headers: await csrfHeader(citizen), data: { score: 5 } });
  expect(rated.status()).toBe(201);

  // A visitor, never signed in, from the main menu.
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Thống kê' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Thống kê tình hình giải quyết hồ sơ' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Cơ quan' }).selectOption({ label: AGENCY });
  await page.getByRole('button', { name: 'Xem thống kê' }).click();
  await expect(page).toHaveURL(/coQuan=/);
  await expect(page.getByRole('status').filter({ hasText: AGENCY })).toBeVisible();

  const keyFigures = page.getByRole('region', { name: 'Số liệu chính' });
  const figure = (label: string) => keyFigures.locator('dt', { hasText: label }).locator('xpath=following-sibling::dd[1]');
  await expect(figure('Hồ sơ đã giải quyết')).not.toHaveText('0');
  await expect(figure('Tỷ lệ giải quyết đúng hạn')).toHaveText(/%$/);
  await expect(figure('Mức độ hài lòng')).toHaveText(/\/ 5$/);

  // Both charts are drawn, and say in words what they show.
  const bars = page.getByRole('img', { name: 'Hồ sơ đã giải quyết theo tháng' });
  await expect(bars).toBeVisible();
  await expect(bars.locator('rect.stats-chart__bar--early, rect.stats-chart__bar--on-time').first()).toBeVisible();
  await expect(page.getByRole('img', { name: /Tỷ lệ đúng hạn và tỷ lệ trực tuyến/ })).toBeVisible();
  // Each chart scrolls sideways on a phone in a region the keyboard reaches (axe scrollable-region-focusable).
  const scroller = page.getByRole('region', { name: 'Hồ sơ đã giải quyết theo tháng' });
  await expect(scroller).toHaveAttribute('tabindex', '0');

  // The same data as a table: this month has the dossier; by agency, the agency is listed.
  const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit' }).format(new Date());
  const [year, monthNumber] = month.split('-');
  const byMonth = page.getByRole('table', { name: /theo tháng/ });
  const thisMonth = byMonth.getByRole('row').filter({ has: page.getByRole('rowheader', { name: `${monthNumber}/${year}` }) });
  await expect(thisMonth.getByRole('cell').nth(1)).not.toHaveText('0'); // received
  await page.getByRole('radio', { name: 'Cơ quan' }).check();
  const byAgency = page.getByRole('table', { name: /theo cơ quan/ });
  await expect(byAgency.getByRole('rowheader', { name: AGENCY })).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Tải bảng số liệu (CSV)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^thong-ke-agency-\d{4}-\d{2}-\d{4}-\d{2}\.csv$/);
  const csv = readFileSync((await file.path())!, 'utf8').replace(/^\uFEFF/, '');
  const [header, first] = csv.split('\r\n');
  expect(header).toMatch(/^Cơ quan giải quyết,Đã nộp,Đã tiếp nhận,/);
  expect(first).toMatch(new RegExp(`^${AGENCY},\\d+,\\d+,`));

  // A 360 px phone: nothing wider than the screen; the chart's region scrolls with the keyboard.
  await page.setViewportSize({ width: 360, height: 740 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await scroller.focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await expect.poll(() => scroller.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
});
