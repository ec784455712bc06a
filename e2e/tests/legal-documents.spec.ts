import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { pdfBytes } from './support/files.ts';
import { signIn } from './support/portal.ts';

/**
 * Văn bản pháp luật: a visitor opens VĂN BẢN from the header, searches without
 * diacritics, opens Nghị định 45/2020/NĐ-CP and downloads its PDF; the procedure page
 * links its legal basis to the document. quantri then adds a document with its PDF and a
 * visitor finds it and downloads exactly that file.
 */

const downloadOf = async (page: Page, link: ReturnType<Page['getByRole']>) => {
  const downloading = page.waitForEvent('download');
  await link.click();
  const download = await downloading;
  return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
};

test('a visitor searches without diacritics, opens a document and downloads its PDF', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Văn bản' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Văn bản pháp luật' })).toBeVisible();

  const search = page.getByRole('search', { name: 'Tìm kiếm văn bản' });
  await search.getByLabel(/^Từ khóa/).fill('thu tuc hanh chinh tren moi truong dien tu');
  await search.getByLabel('Loại văn bản').selectOption('Nghị định');
  await search.getByRole('button', { name: 'Tìm kiếm' }).click();
  await expect(page).toHaveURL(/loai=Ngh/);
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: '45/2020/NĐ-CP', exact: true }) });
  await expect(row).toContainText('Chính phủ');
  await expect(row).toContainText('Còn hiệu lực');

  await row.getByRole('link', { name: '45/2020/NĐ-CP', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nghị định 45/2020/NĐ-CP' })).toBeVisible();
  await expect(page.getByText('Nghị định về thực hiện thủ tục hành chính trên môi trường điện tử')).toBeVisible();
  const pdf = await downloadOf(page, page.getByRole('main').getByRole('link', { name: 'Tải về PDF' }));
  expect(pdf.name).toBe('Nghị định 45-2020-NĐ-CP.pdf');
  expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

  // The procedure page links its legal basis to the documents.
  await page.goto('/thu-tuc/1.001193.H18');
  const legal = page.getByRole('region', { name: 'Căn cứ pháp lý' });
  await legal.getByRole('link', { name: '60/2014/QH13' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Luật 60/2014/QH13' })).toBeVisible();
  // One date format everywhere: dd/MM/yyyy.
  await expect(page.locator('dt', { hasText: 'Ngày ban hành' }).locator('xpath=following-sibling::dd[1]')).toHaveText(/^\d{2}\/\d{2}\/\d{4}$/);
});

test('a missing document is a plain not-found page, without an error code', async ({ page }) => {
  await page.goto('/van-ban/01a2b3c4-0000-7000-8000-0000000000ff');
  await expect(page.getByRole('heading', { level: 1, name: 'Không tìm thấy văn bản' })).toBeVisible();
  await expect(page.getByText(/Mã tra cứu lỗi/)).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('main').getByRole('link', { name: 'Quay lại danh sách văn bản' })).toBeVisible();
});

test('an administrator adds a document with its PDF, and it appears publicly', async ({ page, browser, baseURL }) => {
  test.setTimeout(120_000);
  const token = `Mường Phăng ${Date.now().toString(36)}`;
  const number = `${String(Date.now()).slice(-4)}/2026/QĐ-UBND`;
  const content = pdfBytes('Quyet dinh cong bo danh muc thu tuc hanh chinh');

  await signIn(page, '/can-bo/dang-nhap', 'quantri');
  await expect(page).toHaveURL(/\/can-bo$/);
  await page.goto('/can-bo/quan-tri');
  await page.getByRole('navigation', { name: 'Điều hướng quản trị' }).getByRole('link', { name: 'Văn bản' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Văn bản pháp luật' })).toBeVisible();
  await page.getByRole('link', { name: 'Thêm văn bản' }).click();

  const form = page.getByRole('form', { name: 'Thông tin văn bản' });
  await form.getByLabel(/^Số ký hiệu/).fill(number);
  await form.getByLabel(/^Loại văn bản/).fill('Quyết định');
  await form.getByLabel(/^Cơ quan ban hành/).fill('Ủy ban nhân dân tỉnh Điện Biên');
  await form.getByLabel(/^Ngày ban hành/).fill('2026-03-16');
  await form.getByLabel(/^Ngày có hiệu lực/).fill('2026-04-01');
  await form.getByLabel(/^Lĩnh vực/).selectOption({ label: 'Hộ tịch' });
  await form.getByLabel(/^Trích yếu/).fill(`Quyết định công bố danh mục thủ tục hành chính lĩnh vực hộ tịch tại xã ${token}`);
  await form.getByLabel(/^Tóm tắt nội dung/).fill(`Công bố danh mục thủ tục hành chính được sửa đổi, thực hiện tại xã ${token}.`);
  await expect(form.getByLabel('Công khai trên trang Văn bản của Cổng')).toBeChecked();
  await form.getByLabel('Tệp PDF của văn bản').setInputFiles({ name: 'quyet-dinh-cong-bo.pdf', mimeType: 'application/pdf', buffer: content });
  await form.getByRole('button', { name: 'Thêm văn bản' }).click();

  await expect(page.getByRole('heading', { level: 1, name: `Sửa văn bản ${number}` })).toBeVisible();
  await expect(page.getByText('Đã thêm văn bản.', { exact: false })).toBeVisible();
  await expect(page.getByText('quyet-dinh-cong-bo.pdf')).toBeVisible();

  // A visitor, in another browser, finds it by words typed without diacritics.
  const visitorContext = await browser.newContext({ baseURL, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const visitor = await visitorContext.newPage();
  await visitor.goto('/van-ban');
  await visitor.getByLabel(/^Từ khóa/).fill(`cong bo ho tich ${token.replace('Mường Phăng', 'muong phang')}`);
  await visitor.getByRole('button', { name: 'Tìm kiếm' }).click();
  const row = visitor.getByRole('row').filter({ has: visitor.getByRole('link', { name: number, exact: true }) });
  await expect(row).toContainText('Ủy ban nhân dân tỉnh Điện Biên');
  const file = await downloadOf(visitor, row.getByRole('link', { name: `Tải về PDF văn bản ${number}` }));
  expect(file.name).toBe(`Quyết định ${number.replace(/\//g, '-')}.pdf`);
  expect(file.bytes.equals(content)).toBe(true);
  await visitorContext.close();
});
