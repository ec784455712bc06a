/**
 * Helpers of the staff dossier API tests (not loaded by the app): sent dossiers of the
 * demo citizens, staff sessions, actions and result uploads.
 */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { TProcedureDetail, TStaffActionRequest, TStaffDossier } from '@portal/domain';
import { signedIn, type TestBrowser } from '../../../test/helpers/browser.ts';
import { samplePdf } from '../../../test/fixtures/upload-samples.ts';
import { DEMO_PASSWORD, completeDossier, createDossier, multipart } from '../dossiers/dossier-test-kit.ts';

export const staff = (app: FastifyInstance, username: string) => signedIn(app, username, DEMO_PASSWORD, { staff: true });

/** A dossier the citizen filled in and sent: it waits in the agency's `new` view. */
export async function sentDossier(citizen: TestBrowser, procedure: TProcedureDetail, applicant?: Record<string, string>): Promise<{ id: string; code: string }> {
  const dossier = await completeDossier(citizen, procedure, await createDossier(citizen, procedure, applicant ? { applicant } : {}));
  const sent = await citizen.post(`/api/v1/dossiers/${dossier.id}/submit`, {});
  expect(sent.statusCode, sent.body).toBe(200);
  return { id: dossier.id, code: sent.json().code };
}

export const staffUrl = (id: string) => `/api/v1/staff/dossiers/${id}`;

export async function read(browser: TestBrowser, id: string): Promise<TStaffDossier> {
  const response = await browser.get(staffUrl(id));
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

export const act = (browser: TestBrowser, id: string, body: TStaffActionRequest): Promise<LightMyRequestResponse> =>
  browser.post(`${staffUrl(id)}/actions`, body);

/** An action request without its version (each member of the union keeps its own fields). */
type WithoutVersion<T> = T extends unknown ? Omit<T, 'version'> : never;

/** Performs an action with the dossier's current version and expects it to succeed. */
export async function actOk(browser: TestBrowser, id: string, body: WithoutVersion<TStaffActionRequest>): Promise<TStaffDossier> {
  const { version } = await read(browser, id);
  const response = await act(browser, id, { ...body, version } as TStaffActionRequest);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

let pdf: Promise<Buffer> | undefined;
export async function uploadResult(browser: TestBrowser, id: string, name = 'quyet-dinh.pdf'): Promise<LightMyRequestResponse> {
  const { payload, headers } = multipart({}, { name, content: await (pdf ??= samplePdf()), type: 'application/pdf' });
  return browser.request('POST', `${staffUrl(id)}/result-files`, payload, { headers });
}
