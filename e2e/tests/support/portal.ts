import { expect, type Page } from '@playwright/test';

/** Password of every demo account (prisma/src/seed/demo-data/users.ts). */
export const DEMO_PASSWORD = 'Demo@2025';

export const accountNav = (page: Page) => page.getByRole('navigation', { name: 'Tài khoản' });

/** Signs in on a login page (/dang-nhap for citizens, /can-bo/dang-nhap for staff). */
export async function signIn(page: Page, entry: '/dang-nhap' | '/can-bo/dang-nhap', username: string) {
  await page.goto(entry);
  await page.getByLabel('Tên tài khoản hoặc thư điện tử').fill(username);
  await page.getByLabel(/^Mật khẩu/).fill(DEMO_PASSWORD);
  await page.getByRole('main').getByRole('button', { name: 'Đăng nhập' }).click();
}

/** Chooses a file for a component the way a person does: its "Chọn tệp" button opens the picker. */
export async function attach(page: Page, component: string, file: { name: string; mimeType: string; buffer: Buffer }) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: `Chọn tệp cho: ${component}` }).click();
  await (await chooser).setFiles(file);
  await expect(page.getByRole('link', { name: `Tải về ${file.name}` })).toBeVisible();
}
