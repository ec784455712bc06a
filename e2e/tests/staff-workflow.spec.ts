import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { formatDateVn } from '../../packages/domain/src/common.ts';
import { vnInstantOf } from '../../packages/domain/src/vietnam-time.ts';
import { addLocalDays } from '../../packages/domain/src/vietnam-time.ts';
import { computeDueDate, isWorkingDay, localDateOf, workingCalendarOf, type TWorkingCalendar } from '../../packages/domain/src/working-days.ts';
import { csrfHeader, draftDossier, personFor } from './support/api.ts';
import { pdfBytes } from './support/files.ts';
import { accountNav, attach } from './support/portal.ts';

/**
 * Issue 6, "What I will check": the two-sided journey in Chromium. congdan sends a dossier
 * to Sở Xây dựng; motcua asks for a supplement; congdan supplements it; motcua receives it
 * (the due date skips weekends and the seeded holidays), moves it through the records desk
 * and forwards it to lanhdao, who forwards it to chuyenvien; chuyenvien uploads the result
 * PDF and completes it; congdan finds it under Hồ sơ đã trả kết quả, downloads the result
 * and reads every step, with actors and receivers, in the processing history.
 *
 * The dossier's draft is created through the citizen's own API (the online form is covered
 * by dossiers.spec.ts); sending it, and everything after, happens in the browser.
 */

const PROCEDURE = '1.009995.H18'; // Điều chỉnh giấy phép xây dựng (Sở Xây dựng, 20 working days)
const PROCEDURE_NAME = 'Điều chỉnh giấy phép xây dựng';
const SUPPLEMENT_TEXT = 'Bổ sung bản vẽ thiết kế xây dựng điều chỉnh có chữ ký của chủ nhiệm thiết kế.';
const RESULT_FILE = 'giay-phep-xay-dung-dieu-chinh.pdf';

type CalendarDay = { date: string; kind: 'holiday' | 'makeup_workday'; name: string };

/** The portal's working-day calendar as it stands (the public API), this year and the next. */
async function portalCalendar(page: Page): Promise<TWorkingCalendar> {
  const thisYear = Number(localDateOf(new Date()).slice(0, 4));
  const days: CalendarDay[] = [];
  for (const year of [thisYear, thisYear + 1]) {
    const answer = await page.request.get(`/api/v1/calendar/${year}`);
    expect(answer.status()).toBe(200);
    days.push(...((await answer.json()) as { days: CalendarDay[] }).days);
  }
  return workingCalendarOf({
    holidays: days.filter((day) => day.kind === 'holiday').map((day) => day.date),
    makeupWorkdays: days.filter((day) => day.kind === 'makeup_workday').map((day) => day.date),
  });
}

/**
 * The system administrator declares a one-off holiday on a working day a few days ahead,
 * inside the dossier's processing window (as a province does for a local event), through
 * the calendar administration API. Returns its date.
 */
async function declareHolidayAhead(admin: Page): Promise<string> {
  const calendar = await portalCalendar(admin);
  let date = addLocalDays(localDateOf(new Date()), 3);
  while (!isWorkingDay(date, calendar)) date = addLocalDays(date, 1);
  const year = date.slice(0, 4);
  const current = (await (await admin.request.get(`/api/v1/admin/calendar/${year}`)).json()) as { days: CalendarDay[] };
  const saved = await admin.request.put(`/api/v1/admin/calendar/${year}`, {
    headers: await csrfHeader(admin),
    data: { days: [...current.days, { date, kind: 'holiday', name: 'Nghỉ lễ địa phương (kiểm thử e2e)' }] },
  });
  expect(saved.status()).toBe(200);
  return date;
}

const actionPanel = (page: Page) => page.getByRole('complementary', { name: 'Xử lý hồ sơ' });

/** Opens an action's dialog from the panel and confirms it; the page reports the outcome. */
async function act(page: Page, action: string, fill?: (dialog: Locator) => Promise<unknown>) {
  await actionPanel(page).getByRole('button', { name: action, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: action });
  await expect(dialog).toBeVisible();
  if (fill) await fill(dialog);
  await dialog.getByRole('button', { name: action, exact: true }).click();
  await expect(page.getByText(`Đã thực hiện: ${action}.`)).toBeVisible();
  await expect(dialog).toBeHidden();
}

/** The value of a fact (<dt>label</dt><dd>value</dd>) on the staff dossier page. */
const fact = (page: Page, label: string) => page.locator('dt', { hasText: new RegExp(`^${label}$`) }).locator('xpath=following-sibling::dd[1]');

/** From the staff home, through one inbox view, to the dossier. */
async function openFromInbox(page: Page, view: string, code: string) {
  await page.goto('/can-bo');
  await page.getByRole('link', { name: `Xem danh sách: ${view}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: view })).toBeVisible();
  await page.getByRole('row').filter({ hasText: code }).getByRole('link', { name: code }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Hồ sơ ${code}` })).toBeVisible();
}

test('a dossier goes from the citizen through the one-stop desk, the leader and the specialist, and back with its result', async ({ browser }, testInfo) => {
  test.setTimeout(240_000);

  // 1. congdan sends the dossier from Hồ sơ chưa gửi.
  const citizen = await personFor(browser, testInfo, '/dang-nhap', 'congdan');
  const { id, processingDays } = await draftDossier(citizen, PROCEDURE);
  await citizen.goto('/ca-nhan/ho-so?status=unsent');
  const draftRow = citizen.getByRole('row').filter({ has: citizen.getByRole('link', { name: /^Sửa/ }) }).filter({ hasText: PROCEDURE_NAME }).first();
  await draftRow.getByRole('button', { name: /^Gửi/ }).click();
  await citizen.getByRole('alertdialog', { name: 'Gửi hồ sơ' }).getByRole('button', { name: 'Gửi hồ sơ' }).click();
  const sent = citizen.getByText(/^Đã gửi hồ sơ (\S+)\.$/);
  await expect(sent).toBeVisible();
  const code = /hồ sơ (\S+)\.$/.exec((await sent.textContent()) ?? '')?.[1] ?? '';
  expect(code).toMatch(/^[\w.]+-\d{6}-\d{4}$/);

  // 2. motcua finds it among Hồ sơ mới, with the 8-working-hour receive deadline, and asks for a supplement.
  const motcua = await personFor(browser, testInfo, '/can-bo/dang-nhap', 'motcua');
  await expect(motcua.getByRole('region', { name: 'Xin chào, Đỗ Thị Hạnh' })).toContainText('Bộ phận một cửa · Sở Xây dựng');
  await motcua.getByRole('link', { name: 'Xem danh sách: Hồ sơ mới' }).click();
  const newRow = motcua.getByRole('row').filter({ hasText: code });
  await expect(newRow.getByText(/^Hạn tiếp nhận: \d{2}\/\d{2}\/\d{4} \d{2}:\d{2} \(còn /)).toBeVisible();
  await newRow.getByRole('link', { name: code }).click();
  await expect(motcua.getByRole('heading', { level: 1, name: `Hồ sơ ${code}` })).toBeVisible();
  await expect(actionPanel(motcua).getByRole('button')).toHaveText(['Tiếp nhận hồ sơ', 'Yêu cầu bổ sung', 'Trả lại hồ sơ']);
  await act(motcua, 'Yêu cầu bổ sung', async (dialog) => {
    await dialog.getByRole('textbox', { name: /^Nội dung yêu cầu bổ sung/ }).fill(SUPPLEMENT_TEXT);
    await dialog.getByRole('checkbox', { name: 'Bản vẽ thiết kế xây dựng điều chỉnh' }).check();
  });
  await expect(motcua.getByRole('region', { name: 'Nội dung yêu cầu bổ sung' })).toContainText(SUPPLEMENT_TEXT);

  // 3. congdan reads the request and sends the supplement with a new drawing.
  await citizen.goto(`/ca-nhan/ho-so/${id}`);
  await expect(citizen.getByRole('region', { name: 'Nội dung yêu cầu bổ sung' })).toContainText(SUPPLEMENT_TEXT);
  await citizen.getByRole('link', { name: 'Bổ sung hồ sơ', exact: true }).click();
  await expect(citizen.getByRole('heading', { level: 1, name: `Bổ sung hồ sơ: ${PROCEDURE_NAME}` })).toBeVisible();
  await attach(citizen, 'Bản vẽ thiết kế xây dựng điều chỉnh', { name: 'ban-ve-dieu-chinh-co-chu-ky.pdf', mimeType: 'application/pdf', buffer: pdfBytes('Ban ve dieu chinh') });
  await citizen.getByRole('button', { name: 'Gửi bổ sung' }).click();
  await expect(citizen.getByText(`Đã gửi bổ sung hồ sơ ${code}.`)).toBeVisible();

  // The province declares a one-off holiday inside the processing window before motcua receives it.
  const quantri = await personFor(browser, testInfo, '/can-bo/dang-nhap', 'quantri');
  const holiday = await declareHolidayAhead(quantri);

  // 4. motcua receives it: the due date is the 20th working day, weekends and holidays skipped.
  await motcua.reload();
  await act(motcua, 'Tiếp nhận hồ sơ');
  const receivedText = (await fact(motcua, 'Ngày tiếp nhận').textContent()) ?? '';
  const [, day, month, year, hour, minute] = /^(\d{2})\/(\d{2})\/(\d{4}) (\d{2}):(\d{2})$/.exec(receivedText) ?? [];
  expect(day).toBeDefined();
  const receivedAt = vnInstantOf(`${year}-${month}-${day}`, Number(hour) * 60 + Number(minute));
  const calendar = await portalCalendar(motcua);
  expect(isWorkingDay(holiday, calendar)).toBe(false);
  const expectedDue = computeDueDate({ receivedAt, workingDays: processingDays, calendar });
  expect(isWorkingDay(localDateOf(expectedDue), calendar)).toBe(true);
  // The declared holiday is skipped: without it the due date would be one working day earlier.
  const withoutHoliday = workingCalendarOf({ holidays: [...calendar.holidays].filter((date) => date !== holiday), makeupWorkdays: [...(calendar.makeupWorkdays ?? [])] });
  expect(computeDueDate({ receivedAt, workingDays: processingDays, calendar: withoutHoliday }).getTime()).toBeLessThan(expectedDue.getTime());
  await expect(fact(motcua, 'Ngày hẹn trả')).toHaveText(`${formatDateVn(expectedDue)} 17:00`);

  // The records desk, then the leader.
  await act(motcua, 'Chuyển quản lý văn bản');
  await act(motcua, 'Vào sổ văn bản', async (dialog) => dialog.getByRole('textbox', { name: 'Số vào sổ' }).fill('125/SXD'));
  await act(motcua, 'Chuyển xử lý', async (dialog) => {
    await dialog.getByRole('combobox', { name: /^Chuyển cho/ }).selectOption({ label: 'Lê Văn Dũng — Lãnh đạo — Phó Giám đốc Sở' });
    await dialog.getByRole('textbox', { name: /^Ghi chú/ }).fill('Kính chuyển lãnh đạo phân công xử lý.');
  });
  await expect(fact(motcua, 'Người đang xử lý')).toHaveText('Lê Văn Dũng — Phó Giám đốc Sở');

  // 5. lanhdao finds it under Được giao cho tôi and forwards it to chuyenvien.
  const lanhdao = await personFor(browser, testInfo, '/can-bo/dang-nhap', 'lanhdao');
  await openFromInbox(lanhdao, 'Được giao cho tôi', code);
  await act(lanhdao, 'Chuyển xử lý', async (dialog) => {
    await dialog.getByRole('combobox', { name: /^Chuyển cho/ }).selectOption({ label: 'Lò Thị Mai — Chuyên viên — Chuyên viên Phòng Quản lý xây dựng' });
  });

  // 6. chuyenvien uploads the result PDF and completes the processing.
  const chuyenvien = await personFor(browser, testInfo, '/can-bo/dang-nhap', 'chuyenvien');
  await openFromInbox(chuyenvien, 'Được giao cho tôi', code);
  await act(chuyenvien, 'Kết thúc xử lý', async (dialog) => {
    const chooser = chuyenvien.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: 'Chọn tệp kết quả' }).click();
    await (await chooser).setFiles({ name: RESULT_FILE, mimeType: 'application/pdf', buffer: pdfBytes('Giay phep xay dung dieu chinh') });
    await expect(dialog.getByRole('link', { name: RESULT_FILE })).toBeVisible();
  });
  await expect(chuyenvien.getByRole('region', { name: 'Kết quả giải quyết' }).getByRole('link', { name: `Mở ${RESULT_FILE} (tab mới)` })).toBeVisible();

  // 7. congdan: Hồ sơ đã trả kết quả, the result downloads as the PDF that was uploaded.
  await citizen.goto('/ca-nhan');
  await citizen.getByRole('link', { name: 'Xem danh sách hồ sơ: Hồ sơ đã trả kết quả' }).click();
  await citizen.getByRole('row').filter({ hasText: code }).getByRole('link', { name: /^Xem kết quả/ }).click();
  const result = citizen.getByRole('region', { name: 'Kết quả giải quyết' });
  const downloading = citizen.waitForEvent('download');
  await result.getByRole('link', { name: RESULT_FILE }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(RESULT_FILE);
  expect(readFileSync(await download.path()).subarray(0, 5).toString('latin1')).toBe('%PDF-');

  // 8. The history: every step, who did it (name, role, unit) and to whom.
  const history = citizen.getByRole('region', { name: 'Quá trình xử lý' }).getByRole('table');
  const rows = history.getByRole('row').filter({ has: citizen.getByRole('cell') });
  const steps = await rows.evaluateAll((trs) =>
    trs.map((tr) => {
      const cells = Array.from(tr.querySelectorAll('td')).map((td) => td.textContent ?? '');
      return { sender: cells[2], action: cells[3], receiver: cells[4] };
    }),
  );
  expect(steps.map((step) => step.action)).toEqual([
    'Nộp hồ sơ trực tuyến',
    'Yêu cầu bổ sung',
    'Gửi bổ sung hồ sơ',
    'Tiếp nhận hồ sơ',
    'Chuyển quản lý văn bản',
    'Vào sổ văn bản',
    'Chuyển xử lý',
    'Chuyển xử lý',
    'Kết thúc xử lý',
  ]);
  // Name, then role · position – unit, as recorded at the time of the step.
  const clerkSender = /^Đỗ Thị HạnhBộ phận một cửa · .*Sở Xây dựng/;
  const leader = /^Lê Văn DũngLãnh đạo · .*Sở Xây dựng/;
  const specialist = /^Lò Thị MaiChuyên viên · .*Sở Xây dựng/;
  expect(steps[0]?.sender).toMatch(/^Nguyễn Văn An/);
  expect(steps[1]?.sender).toMatch(clerkSender);
  expect(steps[2]?.sender).toMatch(/^Nguyễn Văn An/);
  for (const index of [3, 4, 5, 6]) expect(steps[index]?.sender).toMatch(clerkSender);
  expect(steps[6]?.receiver).toMatch(leader);
  expect(steps[7]?.sender).toMatch(leader);
  expect(steps[7]?.receiver).toMatch(specialist);
  expect(steps[8]?.sender).toMatch(specialist);
});
