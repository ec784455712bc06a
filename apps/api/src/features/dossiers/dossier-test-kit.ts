/**
 * Helpers of the dossier API tests (not loaded by the app): procedures of the demo data,
 * multipart bodies, a guest client, and a look at what the storage holds.
 */
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { TDossier, TProcedureDetail } from '@portal/domain';
import type { TestBrowser } from '../../../test/helpers/browser.ts';
import { samplePdf } from '../../../test/fixtures/upload-samples.ts';

export const DEMO_PASSWORD = 'Demo@2025';
/** Cấp giấy phép xây dựng, Sở Xây dựng (the agency of motcua/lanhdao): four required components */
export const BUILDING_PERMIT = '1.009994.H18';
/** Cấp Phiếu lý lịch tư pháp: one required component */
export const CRIMINAL_RECORD = '2.000505.H18';

/** A private DATA_DIR, so a test can count the files in storage. */
export const freshDataDir = () => mkdtemp(join(tmpdir(), 'portal-dossiers-'));

/** Every file under the storage root (temporary parts included). */
export async function filesInStorage(dataDir: string): Promise<string[]> {
  try {
    const entries = await readdir(join(dataDir, 'files'), { recursive: true, withFileTypes: true });
    return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

export async function procedureOf(app: FastifyInstance, code: string): Promise<TProcedureDetail> {
  const response = await app.inject({ method: 'GET', url: `/api/v1/procedures/${code}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

import { multipart } from '../../lib/multipart-body.ts';

export { multipart };

/** Who calls: a signed-in browser, or a guest holding a token. */
export type Caller = TestBrowser | { guestToken: string; app: FastifyInstance };

export async function call(
  caller: Caller,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  url: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  if ('guestToken' in caller) {
    return caller.app.inject({
      method,
      url,
      headers: { 'x-guest-token': caller.guestToken, ...headers },
      ...(body === undefined ? {} : { payload: body as string }),
    });
  }
  return caller.request(method, url, body, { headers });
}

export async function upload(caller: Caller, dossierId: string, componentId: string, file: { name: string; content: Buffer }) {
  const { payload, headers } = multipart({ componentId }, file);
  return call(caller, 'POST', `/api/v1/dossiers/${dossierId}/files`, payload, headers);
}

export async function createDossier(browser: TestBrowser, procedure: TProcedureDetail, body: Record<string, unknown> = {}): Promise<TDossier> {
  const response = await browser.post('/api/v1/dossiers', { procedureId: procedure.id, ...body });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

let onePagePdf: Promise<Buffer> | undefined;

/** A dossier ready to send: the procedure's sample form data and a PDF for each required component. */
export async function completeDossier(caller: Caller, procedure: TProcedureDetail, dossier: TDossier): Promise<TDossier> {
  const saved = await call(caller, 'PATCH', `/api/v1/dossiers/${dossier.id}`, { version: dossier.version, formData: procedure.sampleFormData ?? {} });
  expect(saved.statusCode, saved.body).toBe(200);
  const pdf = await (onePagePdf ??= samplePdf());
  for (const component of procedure.components.filter((candidate) => candidate.required)) {
    const uploaded = await upload(caller, dossier.id, component.id, { name: 'ho-so.pdf', content: pdf });
    expect(uploaded.statusCode, uploaded.body).toBe(201);
  }
  return (await call(caller, 'GET', `/api/v1/dossiers/${dossier.id}`)).json();
}
