import { rm } from 'node:fs/promises';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TApiScope, TDossierLookup, TIntegrationDossier, TIntegrationDossierPage, TProcedureDetail } from '@portal/domain';
import { createTestApiClient, bearerTokenFor } from '../../../test/api-client-kit.ts';
import { waitForMail } from '../../../test/helpers/browser.ts';
import { createTestApp, type TestContext } from '../../../test/helpers/test-app.ts';
import { samplePdf } from '../../../test/fixtures/upload-samples.ts';
import { BUILDING_PERMIT, CRIMINAL_RECORD, freshDataDir, multipart, procedureOf } from '../dossiers/dossier-test-kit.ts';

const APPLICANT = {
  fullName: 'Trần Minh Khoa',
  idNumber: '011092345678',
  phone: '0912345678',
  email: 'minhkhoa.kiosk@example.vn',
  address: 'Số 12, đường Trần Đăng Ninh, phường Thanh Bình',
};

const BASE = '/api/v1/integrations/dossiers';

/** An API client with a live token. */
interface Machine {
  id: string;
  name: string;
  call(method: 'GET' | 'POST' | 'DELETE', url: string, body?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
}

async function machine(app: FastifyInstance, scopes: TApiScope[], agencyId?: string): Promise<Machine> {
  const client = await createTestApiClient(app, { scopes, ...(agencyId ? { agencyId } : {}) });
  const token = await bearerTokenFor(app, client.clientId, client.secret);
  const row = await app.prisma.apiClient.findUniqueOrThrow({ where: { id: client.id }, select: { name: true } });
  return {
    id: client.id,
    name: row.name,
    call: (method, url, body, headers = {}) =>
      app.inject({
        method,
        url,
        headers: { authorization: `Bearer ${token}`, ...headers },
        ...(body === undefined ? {} : typeof body === 'object' && !Buffer.isBuffer(body) ? { payload: body as object } : { payload: body as Buffer }),
      }),
  };
}

const expectStatus = (response: LightMyRequestResponse, status: number) => expect(response.statusCode, response.body).toBe(status);

describe('dossiers for other systems: submit for an applicant, read, process as a back office', () => {
  let ctx: TestContext;
  let dataDir: string;
  let permit: TProcedureDetail;
  let record: TProcedureDetail;
  let pdf: Buffer;
  let kiosk: Machine;
  let backOfficeA: Machine;
  let backOfficeB: Machine;
  let reporting: Machine;
  let noScope: Machine;

  /** create → a PDF for each required component → send */
  async function submitted(procedure: TProcedureDetail): Promise<{ id: string; code: string; version: number }> {
    const created = await kiosk.call('POST', BASE, { procedureId: procedure.id, applicant: APPLICANT, formData: procedure.sampleFormData ?? {} });
    expectStatus(created, 201);
    const dossier = created.json() as TIntegrationDossier;
    for (const component of procedure.components.filter((candidate) => candidate.required)) {
      const { payload, headers } = multipart({ componentId: component.id }, { name: 'ho-so.pdf', content: pdf, type: 'application/pdf' });
      expectStatus(await kiosk.call('POST', `${BASE}/${dossier.id}/files`, payload, headers), 201);
    }
    const sent = await kiosk.call('POST', `${BASE}/${dossier.id}/send`, {});
    expectStatus(sent, 200);
    return sent.json();
  }

  const readAs = async (who: Machine, id: string): Promise<TIntegrationDossier> => {
    const response = await who.call('GET', `${BASE}/${id}`);
    expectStatus(response, 200);
    return response.json();
  };

  const lookup = async (code: string): Promise<TDossierLookup> => {
    const response = await ctx.app.inject({ method: 'GET', url: `/api/v1/lookup?code=${encodeURIComponent(code)}`, remoteAddress: '192.0.2.77' });
    expectStatus(response, 200);
    return response.json();
  };

  beforeAll(async () => {
    dataDir = await freshDataDir();
    ctx = await createTestApp({ DATA_DIR: dataDir });
    permit = await procedureOf(ctx.app, BUILDING_PERMIT);
    record = await procedureOf(ctx.app, CRIMINAL_RECORD);
    expect(record.agency.id).not.toBe(permit.agency.id);
    pdf = await samplePdf();
    kiosk = await machine(ctx.app, ['dossiers:submit', 'dossiers:read']);
    backOfficeA = await machine(ctx.app, ['dossiers:read', 'dossiers:process'], permit.agency.id);
    backOfficeB = await machine(ctx.app, ['dossiers:read', 'dossiers:process'], record.agency.id);
    reporting = await machine(ctx.app, ['dossiers:read']);
    noScope = await machine(ctx.app, ['catalogue:read'], permit.agency.id);
  });
  afterAll(async () => {
    await ctx?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('submits with files for an applicant, who is e-mailed and finds the dossier by public lookup', async () => {
    const { id, code } = await submitted(permit);
    expect(code).toMatch(/\S+/);

    const row = await ctx.prisma.dossier.findUniqueOrThrow({ where: { id }, select: { channel: true, submittedByClientId: true, ownerId: true, guestEmail: true } });
    expect(row).toEqual({ channel: 'integration', submittedByClientId: kiosk.id, ownerId: null, guestEmail: APPLICANT.email });

    const mail = await waitForMail(ctx.app, APPLICANT.email, new RegExp(code.replace(/\./g, '\\.')));
    expect(mail.links.some((link) => link.includes(`/tra-cuu?code=${encodeURIComponent(code)}`))).toBe(true);

    const found = await lookup(code);
    expect(found).toMatchObject({ code, status: 'sent', applicantName: 'Trần M*** K***' });

    const own = await readAs(kiosk, id);
    expect(own).toMatchObject({ status: 'sent', channel: 'integration', submittedByThisClient: true, access: 'full' });
    expect(own.applicant).toMatchObject({ fullName: APPLICANT.fullName, email: APPLICANT.email });
    expect(own.history[0]).toMatchObject({ action: { code: 'submit' }, actor: { name: kiosk.name, role: 'system' } });
    const history = await ctx.prisma.dossierHistoryEvent.findFirstOrThrow({ where: { dossierId: id, action: 'submit' }, select: { actorClientId: true } });
    expect(history.actorClientId).toBe(kiosk.id);
  });

  it('refuses invalid form data with field errors and saves nothing', async () => {
    const before = await ctx.prisma.dossier.count({ where: { submittedByClientId: kiosk.id } });
    const response = await kiosk.call('POST', BASE, {
      procedureId: permit.id,
      applicant: { ...APPLICANT, idNumber: '12', email: undefined },
      formData: {},
    });
    expectStatus(response, 400);
    const problem = response.json();
    expect(problem.code).toBe('VALIDATION_FAILED');
    expect(Object.keys(problem.errors)).toEqual(expect.arrayContaining(['applicant.idNumber', 'applicant.email']));
    expect(Object.keys(problem.errors).some((key) => key.startsWith('formData.'))).toBe(true);
    expect(await ctx.prisma.dossier.count({ where: { submittedByClientId: kiosk.id } })).toBe(before);

    // Sending without the required files: the SPA's completeness check
    const created = await kiosk.call('POST', BASE, { procedureId: permit.id, applicant: APPLICANT, formData: permit.sampleFormData ?? {} });
    expectStatus(created, 201);
    expect(created.json()).toMatchObject({ status: 'unsent', code: null });
    const incomplete = await kiosk.call('POST', `${BASE}/${created.json().id}/send`, {});
    expectStatus(incomplete, 422);
    expect(incomplete.json().code).toBe('DOSSIER_INCOMPLETE');
    // Nobody else sees an unsent dossier, and it is never listed
    expectStatus(await backOfficeA.call('GET', `${BASE}/${created.json().id}`), 404);
  });

  it('lets the agency back office receive, complete with a result and hand over; the history names the system', async () => {
    const { id, code, version } = await submitted(permit);

    const received = await backOfficeA.call('POST', `${BASE}/${id}/actions`, { type: 'receive', version, note: 'Tiếp nhận qua phần mềm một cửa' });
    expectStatus(received, 200);
    const processing = received.json() as TIntegrationDossier;
    expect(processing).toMatchObject({ status: 'processing', access: 'full', version: version + 1 });
    expect(processing.dueAt).not.toBeNull();
    expect(processing.allowedActions).toContain('complete');

    // A stale version loses
    const stale = await backOfficeA.call('POST', `${BASE}/${id}/actions`, { type: 'transfer-records', version });
    expectStatus(stale, 409);
    expect(stale.json()).toMatchObject({ code: 'DOSSIER_VERSION_CONFLICT', details: { status: 'processing', version: version + 1 } });

    // It may hand the dossier to a person of the agency, by the staff workspace's rule
    const leader = await ctx.prisma.user.findFirstOrThrow({ where: { username: 'lanhdao' }, select: { id: true, fullName: true } });
    const outsider = await ctx.prisma.user.findFirstOrThrow({ where: { username: 'congdan' }, select: { id: true } });
    const refused = await backOfficeA.call('POST', `${BASE}/${id}/actions`, { type: 'forward', version: processing.version, toUserId: outsider.id });
    expectStatus(refused, 422);
    expect(refused.json().code).toBe('FORWARD_TARGET_INVALID');
    const forwarded = await backOfficeA.call('POST', `${BASE}/${id}/actions`, { type: 'forward', version: processing.version, toUserId: leader.id });
    expectStatus(forwarded, 200);
    expect(forwarded.json().history.at(-1)).toMatchObject({ action: { code: 'forward' }, actor: { role: 'system' }, receiver: { name: leader.fullName, role: 'leader' } });

    const early = await backOfficeA.call('POST', `${BASE}/${id}/actions`, { type: 'complete', version: forwarded.json().version });
    expectStatus(early, 409);
    expect(early.json().code).toBe('DOSSIER_RESULT_REQUIRED');

    const { payload, headers } = multipart({}, { name: 'Giấy phép xây dựng.pdf', content: pdf, type: 'application/pdf' });
    const result = await backOfficeA.call('POST', `${BASE}/${id}/result-files`, payload, headers);
    expectStatus(result, 201);

    const completed = await backOfficeA.call('POST', `${BASE}/${id}/actions`, { type: 'complete', version: (await readAs(backOfficeA, id)).version, note: 'Đủ điều kiện' });
    expectStatus(completed, 200);
    expect(completed.json().status).toBe('result');
    const handedOver = await backOfficeA.call('POST', `${BASE}/${id}/actions`, { type: 'hand-over', version: completed.json().version });
    expectStatus(handedOver, 200);

    const final = handedOver.json() as TIntegrationDossier;
    expect(final.history.map((row) => [row.action.code, row.actor.role, row.actor.name])).toEqual([
      ['submit', 'system', kiosk.name],
      ['receive', 'system', backOfficeA.name],
      ['forward', 'system', backOfficeA.name],
      ['complete', 'system', backOfficeA.name],
      ['hand-over', 'system', backOfficeA.name],
    ]);
    const download = await backOfficeA.call('GET', `${BASE}/${id}/files/${result.json().id}`);
    expectStatus(download, 200);
    expect(download.rawPayload.subarray(0, 4).toString()).toBe('%PDF');

    const audits = await ctx.prisma.auditEvent.findMany({ where: { entityId: id, action: { startsWith: 'dossier.integration.' } }, select: { action: true, actorClientId: true } });
    expect(audits.filter((event) => event.actorClientId === backOfficeA.id).map((event) => event.action)).toEqual(
      expect.arrayContaining(['dossier.integration.receive', 'dossier.integration.result-upload', 'dossier.integration.complete', 'dossier.integration.hand-over']),
    );

    // The applicant sees the result by public lookup
    expect((await lookup(code)).status).toBe('result');
  });

  it('keeps each client to its agencies and scopes: 404 outside, 403 without the scope, 401 without a token', async () => {
    const { id, version } = await submitted(permit);
    expectStatus(await backOfficeB.call('GET', `${BASE}/${id}`), 404);
    const foreign = await backOfficeB.call('POST', `${BASE}/${id}/actions`, { type: 'receive', version });
    expectStatus(foreign, 404);
    expect(foreign.json().code).toBe('DOSSIER_NOT_FOUND');
    // The same answer as a dossier that does not exist
    expectStatus(await backOfficeB.call('GET', `${BASE}/0190a0b0-0000-7000-8000-000000000000`), 404);

    const denied = await noScope.call('GET', `${BASE}/${id}`);
    expectStatus(denied, 403);
    expect(denied.json().code).toBe('INSUFFICIENT_SCOPE');
    expectStatus(await backOfficeA.call('POST', BASE, { procedureId: permit.id, applicant: APPLICANT }), 403);
    expectStatus(await ctx.app.inject({ method: 'GET', url: `${BASE}/${id}` }), 401);

    // A client of one agency submits only to its own agencies
    const kioskB = await machine(ctx.app, ['dossiers:submit'], record.agency.id);
    const elsewhere = await kioskB.call('POST', BASE, { procedureId: permit.id, applicant: APPLICANT, formData: permit.sampleFormData ?? {} });
    expectStatus(elsewhere, 403);
    expect(elsewhere.json().code).toBe('CLIENT_AGENCY_OUT_OF_SCOPE');

    // The kiosk may not act as a back office
    expectStatus(await kiosk.call('POST', `${BASE}/${id}/actions`, { type: 'receive', version }), 403);

    // A reporting client sees a summary without personal data and cannot download
    const summary = await readAs(reporting, id);
    expect(summary).toMatchObject({ access: 'summary', applicant: null, formData: null, applicantName: 'Trần M*** K***', allowedActions: [] });
    const file = summary.files[0]!;
    const withheld = await reporting.call('GET', `${BASE}/${id}/files/${file.id}`);
    expectStatus(withheld, 403);
    expect(withheld.json().code).toBe('DOSSIER_PERSONAL_DATA_WITHHELD');

    // A back office of another agency lists none of agency A's dossiers
    const listed = await backOfficeB.call('GET', `${BASE}?limit=200`);
    expectStatus(listed, 200);
    expect((listed.json() as TIntegrationDossierPage).items.every((item) => item.agency.id !== permit.agency.id)).toBe(true);
    expectStatus(await backOfficeB.call('GET', `${BASE}?agencyId=${permit.agency.id}`), 403);
  });

  it('lists changes since a time in (updatedAt, id) order, page by page, never unsent ones', async () => {
    const since = new Date(Date.now() - 1000).toISOString();
    const first = await submitted(record);
    const second = await submitted(permit);
    const third = await submitted(permit);

    const seen: TIntegrationDossierPage['items'] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = new URLSearchParams({ updatedSince: since, limit: '1', ...(cursor ? { cursor } : {}) }).toString();
      const response = await reporting.call('GET', `${BASE}?${query}`);
      expectStatus(response, 200);
      const page = response.json() as TIntegrationDossierPage;
      seen.push(...page.items);
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor && pages < 50);

    const ids = seen.map((item) => item.id);
    expect(ids).toEqual(expect.arrayContaining([first.id, second.id, third.id]));
    expect(new Set(ids).size).toBe(ids.length);
    expect(seen.every((item) => item.updatedAt >= since && item.status !== ('unsent' as string))).toBe(true);
    const keys = seen.map((item) => `${item.updatedAt}|${item.id}`);
    expect([...keys].sort()).toEqual(keys);

    // The back office of agency A sees only its own agency's
    const own = await backOfficeA.call('GET', `${BASE}?updatedSince=${encodeURIComponent(since)}&limit=200`);
    expect((own.json() as TIntegrationDossierPage).items.map((item) => item.id)).toEqual(expect.arrayContaining([second.id, third.id]));
    expect((own.json() as TIntegrationDossierPage).items.map((item) => item.id)).not.toContain(first.id);

    const unknown = await reporting.call('GET', `${BASE}?since=${encodeURIComponent(since)}`);
    expectStatus(unknown, 400);
  });
});
