import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient } from '@portal/db';
import { ZEventPage, type TDossierEventData, type TEventPage, type TIntegrationEvent, type TProcedureDetail, type TStaffColleague } from '@portal/domain';
import { signedIn, type TestBrowser } from '../../../test/helpers/browser.ts';
import { createTestApp, type TestContext } from '../../../test/helpers/test-app.ts';
import { bearerTokenFor, createTestApiClient } from '../../../test/api-client-kit.ts';
import { buildApp } from '../../app.ts';
import { appendHistory, listHistory } from '../dossiers/history.ts';
import { BUILDING_PERMIT, CRIMINAL_RECORD, DEMO_PASSWORD, freshDataDir, procedureOf } from '../dossiers/dossier-test-kit.ts';
import { actOk, sentDossier, staff, uploadResult } from '../staff-dossiers/staff-test-kit.ts';
import { admin, agenciesOf, agencyNamed, createProcedure, fieldsOf, procedureFacts, saveForm, TWO_FIELD_FORM } from '../admin-catalogue/admin-catalogue-kit.ts';

/**
 * The event feed `GET /api/v1/events`: a dossier's whole lifecycle replays in order; the
 * feed never skips an event of a transaction that commits late; agency scoping; `types`;
 * resuming from a cursor; the same feed after a restart.
 *
 * The feed's horizon is the oldest running transaction of the whole PostgreSQL cluster,
 * which other test files share: a page may lag for a moment, so reads poll until they see
 * what they wait for.
 */

type FastifyApp = TestContext['app'];

async function page(app: FastifyApp, token: string, query = ''): Promise<TEventPage & { statusCode: number }> {
  const response = await app.inject({ method: 'GET', url: `/api/v1/events${query ? `?${query}` : ''}`, headers: { authorization: `Bearer ${token}` } });
  expect(response.statusCode, response.body).toBe(200);
  const body = ZEventPage.parse(response.json());
  return { ...body, statusCode: response.statusCode };
}

/** Every event after `after` the feed gives now, following nextCursor to the end. */
async function readAll(app: FastifyApp, token: string, options: { after?: string; types?: string; limit?: number } = {}) {
  const items: TIntegrationEvent[] = [];
  let after = options.after;
  for (;;) {
    const params = new URLSearchParams();
    if (after) params.set('after', after);
    if (options.types) params.set('types', options.types);
    params.set('limit', String(options.limit ?? 100));
    const got = await page(app, token, params.toString());
    items.push(...got.items);
    after = got.nextCursor;
    if (got.items.length < (options.limit ?? 100)) return { items, cursor: after };
  }
}

/** Reads until `done(items)` holds (the cluster-wide horizon may lag behind other tests' transactions). */
async function readUntil(app: FastifyApp, token: string, done: (items: TIntegrationEvent[]) => boolean, options: { after?: string; types?: string; limit?: number } = {}) {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const result = await readAll(app, token, options);
    if (done(result.items) || Date.now() > deadline) return result;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const ofSubject = (items: TIntegrationEvent[], id: string) => items.filter((event) => event.subject.id === id);

describe('the integration event feed', () => {
  let ctx: TestContext;
  let dataDir: string;
  let permit: TProcedureDetail;
  let criminal: TProcedureDetail;
  let citizen: TestBrowser;
  let motcua: TestBrowser;
  let lanhdao: TestBrowser;
  let provinceToken: string;

  beforeAll(async () => {
    dataDir = await freshDataDir();
    ctx = await createTestApp({ DATA_DIR: dataDir });
    permit = await procedureOf(ctx.app, BUILDING_PERMIT);
    criminal = await procedureOf(ctx.app, CRIMINAL_RECORD);
    citizen = await signedIn(ctx.app, 'congdan', DEMO_PASSWORD);
    motcua = await staff(ctx.app, 'motcua');
    lanhdao = await staff(ctx.app, 'lanhdao');
    const province = await createTestApiClient(ctx.app, { scopes: ['events:read'] });
    provinceToken = await bearerTokenFor(ctx.app, province.clientId, province.secret);
  });
  afterAll(async () => {
    await ctx?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('replays a dossier’s whole lifecycle in order, with no personal data', async () => {
    const { id, code } = await sentDossier(citizen, permit);
    await actOk(motcua, id, { type: 'request-supplement', note: 'Bổ sung bản vẽ mặt cắt' });
    const supplement = await citizen.post(`/api/v1/dossiers/${id}/supplement`, {});
    expect(supplement.statusCode, supplement.body).toBe(200);
    await actOk(motcua, id, { type: 'receive' });
    await actOk(motcua, id, { type: 'transfer-records' });
    await actOk(motcua, id, { type: 'register', bookNumber: '7/SXD' });
    const leaders = (await motcua.get('/api/v1/staff/colleagues?role=leader')).json().items as TStaffColleague[];
    await actOk(motcua, id, { type: 'forward', toUserId: leaders[0]!.id });
    expect((await uploadResult(lanhdao, id)).statusCode).toBe(201);
    await actOk(lanhdao, id, { type: 'complete' });
    await actOk(motcua, id, { type: 'hand-over' });
    const rated = await citizen.post(`/api/v1/dossiers/${id}/rating`, { score: 5, comment: 'Nhanh' });
    expect(rated.statusCode, rated.body).toBe(201);

    const expected = [
      'dossier.submitted',
      'dossier.supplement_requested',
      'dossier.supplement_submitted',
      'dossier.received',
      'dossier.forwarded',
      'dossier.result',
      'dossier.handed_over',
      'dossier.rated',
    ];
    const { items } = await readUntil(ctx.app, provinceToken, (all) => ofSubject(all, id).length >= expected.length);
    const events = ofSubject(items, id);
    expect(events.map((event) => event.type)).toEqual(expected);
    const data = events.map((event) => event.data as TDossierEventData);
    // Each payload is the dossier right after the change: versions go up, statuses follow the lifecycle
    expect(data.map((item) => item.status)).toEqual(['sent', 'supplement-requested', 'sent', 'processing', 'processing', 'result', 'result', 'result']);
    expect(data.map((item) => item.previousStatus)).toEqual(['unsent', 'sent', 'supplement-requested', 'sent', 'processing', 'processing', 'result', 'result']);
    for (let i = 1; i < data.length; i++) expect(data[i]!.version).toBeGreaterThanOrEqual(data[i - 1]!.version);
    expect(data[0]).toMatchObject({ id, code, action: 'submit', procedureId: permit.id, procedureCode: BUILDING_PERMIT, channel: 'online', actor: { role: 'citizen', clientId: null } });
    expect(data[3]!.dueAt).not.toBeNull();
    expect(data[5]!.finishedAt).not.toBeNull();
    expect(data[3]).toMatchObject({ action: 'receive', actor: { role: 'clerk', clientId: null } });
    const agencyId = (await ctx.prisma.dossier.findUniqueOrThrow({ where: { id }, select: { agencyId: true } })).agencyId;
    for (const event of events) {
      expect(event).toMatchObject({ agencyId, subject: { type: 'dossier', id } });
      expect(new Date(event.occurredAt).toISOString()).toBe(event.occurredAt);
    }
    // No applicant, no notes, no form data
    const text = JSON.stringify(events);
    expect(text).not.toMatch(/Nguyễn Văn An|011085012345|Bổ sung bản vẽ|Nhanh|formData|applicant/);
  }, 90_000);

  it('never returns a later transaction’s event before an earlier one that commits last', async () => {
    const start = (await readAll(ctx.app, provinceToken)).cursor;
    const first = new pg.Client({ connectionString: ctx.databaseUrl });
    const second = new pg.Client({ connectionString: ctx.databaseUrl });
    await first.connect();
    await second.connect();
    const insert = (client: pg.Client, subjectId: string) =>
      client.query(
        `INSERT INTO integration_event (type, agency_id, subject_type, subject_id, data)
         VALUES ('question.answered', NULL, 'question', $1::uuid, jsonb_build_object('id', $1::text, 'published', true, 'agencyId', NULL, 'fieldId', NULL, 'procedureId', NULL, 'answeredAt', '2026-01-02T03:04:05.678Z'))
         RETURNING tx_id::text`,
        [subjectId],
      );
    try {
      const earlyId = randomUUID();
      const lateId = randomUUID();
      await first.query('BEGIN');
      const earlyTx = BigInt((await insert(first, earlyId)).rows[0].tx_id);
      await second.query('BEGIN');
      const lateTx = BigInt((await insert(second, lateId)).rows[0].tx_id);
      expect(lateTx).toBeGreaterThan(earlyTx);
      await second.query('COMMIT');

      // The later transaction has committed, the earlier not yet: the feed holds both back
      const meanwhile = await readAll(ctx.app, provinceToken, { after: start });
      expect(meanwhile.items.map((event) => event.subject.id)).not.toContain(lateId);
      expect(meanwhile.items.map((event) => event.subject.id)).not.toContain(earlyId);

      await first.query('COMMIT');
      const { items } = await readUntil(ctx.app, provinceToken, (all) => all.some((event) => event.subject.id === lateId), { after: meanwhile.cursor });
      const ids = items.map((event) => event.subject.id);
      // Resuming from the cursor of the page read meanwhile misses nothing, and keeps commit-horizon order
      expect(ids).toContain(earlyId);
      expect(ids.indexOf(earlyId)).toBeLessThan(ids.indexOf(lateId));
    } finally {
      await first.end();
      await second.end();
    }
  }, 60_000);

  it('shows a client of an agency only that agency’s events and the public news', async () => {
    const permitDossier = await sentDossier(citizen, permit);
    const criminalDossier = await sentDossier(citizen, criminal);
    const agencyOf = async (id: string) => (await ctx.prisma.dossier.findUniqueOrThrow({ where: { id }, select: { agencyId: true } })).agencyId;
    const permitAgency = await agencyOf(permitDossier.id);
    const criminalAgency = await agencyOf(criminalDossier.id);
    expect(permitAgency).not.toBe(criminalAgency);

    const clientA = await createTestApiClient(ctx.app, { scopes: ['events:read'], agencyId: permitAgency });
    const tokenA = await bearerTokenFor(ctx.app, clientA.clientId, clientA.secret);
    const clientB = await createTestApiClient(ctx.app, { scopes: ['events:read'], agencyId: criminalAgency });
    const tokenB = await bearerTokenFor(ctx.app, clientB.clientId, clientB.secret);

    // Public news (agency null) is for everyone
    await ctx.prisma.$executeRaw`
      INSERT INTO integration_event (type, agency_id, subject_type, subject_id, data)
      VALUES ('procedure.changed', NULL, 'procedure', ${permit.id}::uuid, ${JSON.stringify({
        id: permit.id,
        code: BUILDING_PERMIT,
        name: 'x',
        agencyId: permitAgency,
        fieldId: randomUUID(),
        published: true,
        formVersion: 1,
        updatedAt: new Date().toISOString(),
      })}::jsonb)`;

    const seenA = await readUntil(ctx.app, tokenA, (all) => all.some((event) => event.subject.id === permitDossier.id) && all.some((event) => event.type === 'procedure.changed'));
    const seenB = await readUntil(ctx.app, tokenB, (all) => all.some((event) => event.subject.id === criminalDossier.id) && all.some((event) => event.type === 'procedure.changed'));
    expect(seenA.items.every((event) => event.agencyId === null || event.agencyId === permitAgency)).toBe(true);
    expect(seenB.items.every((event) => event.agencyId === null || event.agencyId === criminalAgency)).toBe(true);
    expect(ofSubject(seenA.items, criminalDossier.id)).toEqual([]);
    expect(ofSubject(seenB.items, permitDossier.id)).toEqual([]);
    expect(seenA.items.some((event) => event.type === 'procedure.changed')).toBe(true);
    expect(seenB.items.some((event) => event.type === 'procedure.changed')).toBe(true);

    // Without the scope: 403; without a token: 401
    const other = await createTestApiClient(ctx.app, { scopes: ['dossiers:read'] });
    const otherToken = await bearerTokenFor(ctx.app, other.clientId, other.secret);
    const forbidden = await ctx.app.inject({ method: 'GET', url: '/api/v1/events', headers: { authorization: `Bearer ${otherToken}` } });
    expect(forbidden.statusCode).toBe(403);
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/events' })).statusCode).toBe(401);
  }, 60_000);

  it('filters by types, resumes from a cursor, keeps its place on empty pages, refuses bad parameters', async () => {
    const { id } = await sentDossier(citizen, permit);
    await actOk(motcua, id, { type: 'receive' });
    const received = await readUntil(ctx.app, provinceToken, (all) => ofSubject(all, id).length === 1, { types: 'dossier.received' });
    expect(received.items.every((event) => event.type === 'dossier.received')).toBe(true);
    expect(ofSubject(received.items, id).map((event) => event.type)).toEqual(['dossier.received']);
    const both = await readAll(ctx.app, provinceToken, { types: 'dossier.submitted,dossier.received' });
    expect(ofSubject(both.items, id).map((event) => event.type)).toEqual(['dossier.submitted', 'dossier.received']);

    // Pages of one: the same events, in the same order, as one big page
    const all = await readAll(ctx.app, provinceToken);
    const paged = await readAll(ctx.app, provinceToken, { limit: 1 });
    expect(paged.items.map((event) => event.id)).toEqual(all.items.map((event) => event.id));
    // Resuming at the end: nothing new, and a cursor to keep polling from
    const empty = await page(ctx.app, provinceToken, `after=${all.cursor}`);
    expect(empty.items).toEqual([]);
    expect(empty.nextCursor).toEqual(expect.any(String));
    // Resuming from the middle gives the rest
    const middle = await readAll(ctx.app, provinceToken, { limit: 1 });
    expect(middle.items.length).toBe(all.items.length);
    const firstPage = await page(ctx.app, provinceToken, 'limit=2');
    const rest = await readAll(ctx.app, provinceToken, { after: firstPage.nextCursor });
    expect([...firstPage.items, ...rest.items].map((event) => event.id)).toEqual(all.items.map((event) => event.id));

    const bad = async (query: string) => {
      const response = await ctx.app.inject({ method: 'GET', url: `/api/v1/events?${query}`, headers: { authorization: `Bearer ${provinceToken}` } });
      expect(response.statusCode, query).toBe(400);
      return response.json();
    };
    expect((await bad('types=dossier.nope')).errors).toHaveProperty('types');
    expect((await bad('after=abc')).errors).toHaveProperty('after');
    expect((await bad('limit=0')).errors).toHaveProperty('limit');
    expect((await bad('since=1')).errors).toHaveProperty('since');
  }, 60_000);

  it('announces a procedure published, then changed while published, then taken out; nothing of a draft', async () => {
    const quantri = await admin(ctx.app, 'quantri');
    const construction = agencyNamed(await agenciesOf(quantri), 'Sở Xây dựng');
    const field = (await fieldsOf(quantri))[0]!;
    const procedure = await createProcedure(quantri, procedureFacts(construction.id, field.id));
    await saveForm(quantri, procedure, 1, TWO_FIELD_FORM); // a draft: no event
    expect((await quantri.post(`/api/v1/admin/procedures/${procedure.id}/publish`)).statusCode).toBe(200);
    await saveForm(quantri, procedure, 2, TWO_FIELD_FORM);
    expect((await quantri.post(`/api/v1/admin/procedures/${procedure.id}/unpublish`)).statusCode).toBe(200);

    const { items } = await readUntil(ctx.app, provinceToken, (all) => ofSubject(all, procedure.id).length >= 3, { types: 'procedure.published,procedure.changed' });
    const events = ofSubject(items, procedure.id);
    expect(events.map((event) => [event.type, (event.data as { published: boolean }).published, (event.data as { formVersion: number }).formVersion])).toEqual([
      ['procedure.published', true, 2],
      ['procedure.changed', true, 3],
      ['procedure.changed', false, 3],
    ]);
    expect(events[0]).toMatchObject({ agencyId: null, subject: { type: 'procedure', id: procedure.id }, data: { code: procedure.code, agencyId: construction.id } });
  }, 60_000);

  it('announces an answer: published ones to everyone, unpublished ones to the agency only, without the texts', async () => {
    const agencyId = (await ctx.prisma.procedure.findUniqueOrThrow({ where: { id: permit.id }, select: { agencyId: true } })).agencyId;
    const ask = (title: string) =>
      ctx.prisma.question.create({
        data: { procedureId: permit.id, agencyId, askerName: 'Lò Văn Páo', askerEmail: 'pao@example.com', title, body: 'Xin hỏi thủ tục?' },
        select: { id: true },
      });
    const publicOne = await ask('Câu hỏi công khai');
    const privateOne = await ask('Câu hỏi riêng');
    expect((await motcua.post(`/api/v1/staff/questions/${publicOne.id}/answer`, { answer: 'Trả lời công khai cho ông Páo.', publish: true })).statusCode).toBe(200);
    expect((await motcua.post(`/api/v1/staff/questions/${privateOne.id}/answer`, { answer: 'Trả lời riêng.', publish: false })).statusCode).toBe(200);

    const { items } = await readUntil(ctx.app, provinceToken, (all) => ofSubject(all, privateOne.id).length === 1, { types: 'question.answered' });
    expect(ofSubject(items, publicOne.id)).toEqual([expect.objectContaining({ agencyId: null, data: expect.objectContaining({ published: true, agencyId, procedureId: permit.id }) })]);
    expect(ofSubject(items, privateOne.id)).toEqual([expect.objectContaining({ agencyId, data: expect.objectContaining({ published: false }) })]);
    expect(JSON.stringify(items)).not.toMatch(/Páo|pao@|Trả lời|Câu hỏi/);
  }, 60_000);

  it('records a system (an API client) as the actor: history row, its role read back, the event naming the client_id', async () => {
    const { id } = await sentDossier(citizen, permit);
    await actOk(motcua, id, { type: 'receive' });
    const system = await createTestApiClient(ctx.app, { scopes: ['dossiers:process'] });
    await ctx.prisma.$transaction((tx) =>
      appendHistory(tx, {
        dossierId: id,
        action: 'forward',
        from: 'processing',
        to: 'processing',
        actor: { name: 'Phần mềm một cửa', role: 'system', unit: 'Sở Xây dựng', clientId: system.id },
      }),
    );
    const history = await listHistory(ctx.prisma, id);
    expect(history.at(-1)).toMatchObject({ action: { code: 'forward' }, actor: { name: 'Phần mềm một cửa', role: 'system', unit: 'Sở Xây dựng' } });
    const row = await ctx.prisma.dossierHistoryEvent.findFirstOrThrow({ where: { dossierId: id, action: 'forward' }, select: { actorClientId: true, actorRole: true } });
    expect(row).toEqual({ actorClientId: system.id, actorRole: null });
    const { items } = await readUntil(ctx.app, provinceToken, (all) => ofSubject(all, id).length === 3);
    expect(ofSubject(items, id).at(-1)).toMatchObject({ type: 'dossier.forwarded', data: { actor: { role: 'system', clientId: system.clientId } } });
  }, 60_000);

  it('gives the same feed after a restart (a new app on the same database)', async () => {
    const before = await readAll(ctx.app, provinceToken);
    const prisma = createPrismaClient(ctx.databaseUrl, { maxConnections: 2 });
    const restarted = await buildApp(ctx.config, { prisma });
    await restarted.ready();
    try {
      const client = await createTestApiClient(restarted, { scopes: ['events:read'] });
      const restartedToken = await bearerTokenFor(restarted, client.clientId, client.secret);
      const after = await readUntil(restarted, restartedToken, (items) => items.length >= before.items.length);
      expect(after.items.slice(0, before.items.length)).toEqual(before.items);
      // A cursor of the first app works on the second
      const expected = after.items.slice(before.items.length).map((event) => event.id);
      const resumed = await readUntil(restarted, restartedToken, (items) => items.length >= expected.length, { after: before.cursor });
      expect(resumed.items.map((event) => event.id).slice(0, expected.length)).toEqual(expected);
    } finally {
      await restarted.close();
      await prisma.$disconnect();
    }
  }, 60_000);
});
