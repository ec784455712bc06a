import { expect, type Browser, type Page, type TestInfo } from '@playwright/test';
import { PNG, pdfBytes } from './files.ts';
import { accountNav, signIn } from './portal.ts';

/**
 * What journeys prepare through the API instead of the browser (each has its own journey
 * where it is the subject): signed-in people side by side, and dossiers drafted or sent.
 */

/** The CSRF token a write through the API needs (the SPA copies the cookie into a header). */
export async function csrfHeader(page: Page): Promise<Record<string, string>> {
  await page.request.get('/api/v1/auth/csrf');
  const token = (await page.context().cookies()).find((cookie) => cookie.name === 'csrf_token')?.value ?? '';
  return { 'X-CSRF-Token': token };
}

/** A signed-in person in a browser of their own: citizen and staff act side by side. */
export async function personFor(browser: Browser, testInfo: TestInfo, entry: '/dang-nhap' | '/can-bo/dang-nhap', username: string): Promise<Page> {
  const { baseURL, locale, timezoneId } = testInfo.project.use;
  const context = await browser.newContext({ baseURL, locale, timezoneId });
  const page = await context.newPage();
  await signIn(page, entry, username);
  await expect(accountNav(page).getByRole('button', { name: /^Xin chào/ })).toBeVisible();
  return page;
}

export interface DraftedDossier {
  id: string;
  processingDays: number;
}

/** The citizen's draft of a procedure: its sample declaration and one file per required component. */
export async function draftDossier(page: Page, procedureCode: string): Promise<DraftedDossier> {
  const procedure = (await (await page.request.get(`/api/v1/procedures/${procedureCode}`)).json()) as {
    id: string;
    processingDays: number;
    sampleFormData: Record<string, unknown>;
    components: { id: string; required: boolean; acceptedTypes: string[] }[];
  };
  const headers = await csrfHeader(page);
  const created = await page.request.post('/api/v1/dossiers', { headers, data: { procedureId: procedure.id, formData: procedure.sampleFormData } });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  for (const component of procedure.components.filter((c) => c.required)) {
    const file = component.acceptedTypes.includes('pdf')
      ? { name: `thanh-phan-${component.id.slice(0, 8)}.pdf`, mimeType: 'application/pdf', buffer: pdfBytes('Thanh phan ho so') }
      : { name: `thanh-phan-${component.id.slice(0, 8)}.png`, mimeType: 'image/png', buffer: PNG };
    const uploaded = await page.request.post(`/api/v1/dossiers/${id}/files`, { headers, multipart: { componentId: component.id, file } });
    expect(uploaded.ok()).toBe(true);
  }
  return { id, processingDays: procedure.processingDays };
}

/** The citizen's dossier drafted and sent: its id and code. */
export async function sendDossier(page: Page, procedureCode: string): Promise<{ id: string; code: string }> {
  const { id } = await draftDossier(page, procedureCode);
  const sent = await page.request.post(`/api/v1/dossiers/${id}/submit`, { headers: await csrfHeader(page), data: {} });
  expect(sent.status()).toBe(200);
  return { id, code: ((await sent.json()) as { code: string }).code };
}

/** A staff action through the API with the dossier's current version. */
export async function staffAct(page: Page, id: string, action: Record<string, unknown>): Promise<void> {
  const current = (await (await page.request.get(`/api/v1/staff/dossiers/${id}`)).json()) as { version: number };
  const done = await page.request.post(`/api/v1/staff/dossiers/${id}/actions`, { headers: await csrfHeader(page), data: { ...action, version: current.version } });
  expect(done.status(), await done.text()).toBe(200);
}
