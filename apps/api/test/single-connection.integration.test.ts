import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TAdminProcedure } from '@portal/domain';
import { createPrismaClient } from '@portal/db';
import { signedIn, type TestBrowser } from './helpers/browser.ts';
import { createTestApp, type TestContext } from './helpers/test-app.ts';
import { TWO_FIELD_FORM, admin, agenciesOf, agencyNamed, createProcedure, fieldsOf, procedureFacts, saveForm } from '../src/features/admin-catalogue/admin-catalogue-kit.ts';
import { BUILDING_PERMIT, DEMO_PASSWORD, completeDossier, createDossier, freshDataDir, procedureOf } from '../src/features/dossiers/dossier-test-kit.ts';
import { actOk, staff } from '../src/features/staff-dossiers/staff-test-kit.ts';

/**
 * The embedded database (PGlite) is ONE session, so the app runs there on a pool of one
 * connection: a statement sent outside the transaction that holds it (a helper falling
 * back to the app's client instead of the transaction's) waits for that transaction,
 * which waits for it, until a timeout ends both in an error. The same flows run here on
 * a pool of one with short waits, so any such statement fails the test quickly instead
 * of stalling `pnpm start` for five seconds per request.
 */
describe('every statement of a transaction runs on its connection (pool of one, as on the embedded database)', () => {
  let ctx: TestContext;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await freshDataDir();
    ctx = await createTestApp(
      { DATA_DIR: dataDir },
      { createPrisma: (url) => createPrismaClient(url, { maxConnections: 1, connectTimeoutMs: 3_000, transactionTimeoutMs: 3_000, transactionMaxWaitMs: 3_000 }) },
    );
  });
  afterAll(async () => {
    await ctx?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('catalogue administration: create a procedure, save its form, edit it, publish and unpublish it', async () => {
    const quantri = await admin(ctx.app, 'quantri');
    const construction = agencyNamed(await agenciesOf(quantri), 'Sở Xây dựng');
    const field = (await fieldsOf(quantri))[0]!;
    const created = await createProcedure(quantri, procedureFacts(construction.id, field.id));
    // After a form saved through the API, the procedure has a version with a creator.
    const saved = await saveForm(quantri, created, created.formVersion, TWO_FIELD_FORM);
    expect(saved.version).toBe(2);

    const current = (await quantri.get(`/api/v1/admin/procedures/${created.id}`)).json() as TAdminProcedure;
    const { id: _id, agency, field: currentField, handlingAgencies: _h, published: _p, components: _c, templates: _t, form: _f, formVersion: _v, formVersions: _vs, dossiersInFlight: _d, ...facts } = current;
    const renamed = await quantri.request('PUT', `/api/v1/admin/procedures/${created.id}`, { ...facts, agencyId: agency.id, fieldId: currentField.id, processingDays: 7 });
    expect(renamed.statusCode, renamed.body).toBe(200);

    const published = await quantri.post(`/api/v1/admin/procedures/${created.id}/publish`);
    expect(published.statusCode, published.body).toBe(200);
    const unpublished = await quantri.post(`/api/v1/admin/procedures/${created.id}/unpublish`);
    expect(unpublished.statusCode, unpublished.body).toBe(200);
    expect(unpublished.json().published).toBe(false);
  });

  it('staff administration: invite, send the invitation again, disable, enable', async () => {
    const quantri = await admin(ctx.app, 'quantri');
    const agencyId = (await ctx.prisma.user.findUniqueOrThrow({ where: { username: 'motcua' }, select: { agencyId: true } })).agencyId!;
    const username = `canbo${Date.now().toString(36)}`;
    const created = await quantri.post('/api/v1/admin/staff', { username, email: `${username}@soxaydung.gov.vn`, fullName: 'Lò Thị Hoa', position: 'Văn thư Sở', agencyId, roles: ['clerk'] });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    const resent = await quantri.post(`/api/v1/admin/staff/${id}/invitation`);
    expect(resent.statusCode, resent.body).toBe(200);
    const disabled = await quantri.post(`/api/v1/admin/staff/${id}/disable`);
    expect(disabled.statusCode, disabled.body).toBe(200);
    const enabled = await quantri.post(`/api/v1/admin/staff/${id}/enable`);
    expect(enabled.statusCode, enabled.body).toBe(200);
    expect(enabled.json().status).toBe('pending_activation');
  });

  it('a citizen creates, saves and sends a dossier; the one-stop desk receives it', async () => {
    const citizen: TestBrowser = await signedIn(ctx.app, 'congdan', DEMO_PASSWORD);
    const permit = await procedureOf(ctx.app, BUILDING_PERMIT);
    const dossier = await completeDossier(citizen, permit, await createDossier(citizen, permit));
    const sent = await citizen.post(`/api/v1/dossiers/${dossier.id}/submit`, {});
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json().status).toBe('sent');

    const motcua = await staff(ctx.app, 'motcua');
    const received = await actOk(motcua, dossier.id, { type: 'receive' });
    expect(received.status).toBe('processing');
  });
});
