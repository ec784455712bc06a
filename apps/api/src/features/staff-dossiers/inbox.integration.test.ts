import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAFF_INBOX_VIEWS, type TStaffDossierListItem, type TStaffInboxCounts, type TStaffInboxView } from '@portal/domain';
import { signedIn, type TestBrowser } from '../../../test/helpers/browser.ts';
import { createTestApp, type TestContext } from '../../../test/helpers/test-app.ts';
import { BUILDING_PERMIT, DEMO_PASSWORD, freshDataDir, procedureOf } from '../dossiers/dossier-test-kit.ts';
import { actOk, sentDossier, staff } from './staff-test-kit.ts';

const DAY = 24 * 3600_000;

describe('staff inbox: views, counts, search, pages', () => {
  let ctx: TestContext;
  let dataDir: string;
  let motcua: TestBrowser;
  let lanhdao: TestBrowser;
  let before: TStaffInboxCounts;
  const ids: Record<'waiting' | 'received' | 'mine' | 'supplement' | 'dueSoon' | 'overdue' | 'returned' | 'hoa', string> = {} as never;
  let hoaCode = '';

  const counts = async (browser: TestBrowser): Promise<TStaffInboxCounts> => {
    const response = await browser.get('/api/v1/staff/dossiers/summary');
    expect(response.statusCode, response.body).toBe(200);
    return response.json().counts;
  };
  const list = async (browser: TestBrowser, query: string) => {
    const response = await browser.get(`/api/v1/staff/dossiers?${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as { items: TStaffDossierListItem[]; nextCursor: string | null; total: number };
  };

  beforeAll(async () => {
    dataDir = await freshDataDir();
    ctx = await createTestApp({ DATA_DIR: dataDir });
    const permit = await procedureOf(ctx.app, BUILDING_PERMIT);
    const citizen = await signedIn(ctx.app, 'congdan', DEMO_PASSWORD);
    const hoa = await signedIn(ctx.app, 'congdan2', DEMO_PASSWORD);
    motcua = await staff(ctx.app, 'motcua');
    lanhdao = await staff(ctx.app, 'lanhdao');
    before = await counts(motcua);

    for (const key of ['waiting', 'received', 'mine', 'supplement', 'dueSoon', 'overdue', 'returned'] as const) ids[key] = (await sentDossier(citizen, permit)).id;
    const sentByHoa = await sentDossier(hoa, permit);
    ids.hoa = sentByHoa.id;
    hoaCode = sentByHoa.code;

    for (const key of ['received', 'mine', 'supplement', 'dueSoon', 'overdue'] as const) await actOk(motcua, ids[key], { type: 'receive' });
    const leader = await ctx.prisma.user.findUniqueOrThrow({ where: { username: 'lanhdao' }, select: { id: true } });
    await actOk(motcua, ids.mine, { type: 'forward', toUserId: leader.id });
    await actOk(motcua, ids.supplement, { type: 'request-supplement', note: 'Thiếu bản vẽ mặt bằng' });
    await actOk(motcua, ids.returned, { type: 'return', reason: 'Sai thẩm quyền' });
    // Time passes: one dossier is due tomorrow, another was due yesterday; the rest are weeks away.
    await ctx.prisma.dossier.update({ where: { id: ids.dueSoon }, data: { dueAt: new Date(Date.now() + DAY) } });
    await ctx.prisma.dossier.update({ where: { id: ids.overdue }, data: { dueAt: new Date(Date.now() - DAY) } });
    for (const key of ['received', 'mine'] as const) await ctx.prisma.dossier.update({ where: { id: ids[key] }, data: { dueAt: new Date(Date.now() + 30 * DAY) } });
  }, 120_000);
  afterAll(async () => {
    await ctx.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('counts each view, and each count is what its list holds', async () => {
    const after = await counts(motcua);
    const added: Record<TStaffInboxView, number> = { new: 2, processing: 4, mine: 4, supplement: 1, 'due-soon': 1, overdue: 1, done: 1 };
    for (const view of STAFF_INBOX_VIEWS) expect(after[view] - before[view], view).toBe(added[view]);
    for (const view of STAFF_INBOX_VIEWS) expect((await list(motcua, `view=${view}&limit=100`)).total, view).toBe(after[view]);
    // The leader holds the forwarded one
    const mine = await list(lanhdao, 'view=mine');
    expect(mine.items.map((item) => item.id)).toContain(ids.mine);
    expect((await counts(lanhdao)).mine).toBe(mine.total);
  });

  it('puts each dossier in its views, with its deadlines', async () => {
    const viewsOf = async (id: string) => {
      const found: TStaffInboxView[] = [];
      for (const view of STAFF_INBOX_VIEWS) if ((await list(motcua, `view=${view}&limit=100`)).items.some((item) => item.id === id)) found.push(view);
      return found;
    };
    expect(await viewsOf(ids.waiting)).toEqual(['new']);
    expect(await viewsOf(ids.overdue)).toEqual(['processing', 'mine', 'overdue']);
    expect(await viewsOf(ids.dueSoon)).toEqual(['processing', 'mine', 'due-soon']);
    expect(await viewsOf(ids.supplement)).toEqual(['mine', 'supplement']);
    expect(await viewsOf(ids.returned)).toEqual(['done']);

    const overdue = (await list(motcua, 'view=overdue')).items.find((item) => item.id === ids.overdue)!;
    expect(overdue).toMatchObject({ status: 'processing', overdue: true, dueSoon: false, assignee: { name: 'Đỗ Thị Hạnh' } });
    const waiting = (await list(motcua, 'view=new&limit=100')).items.find((item) => item.id === ids.waiting)!;
    expect(waiting.receivedAt).toBeNull();
    expect(waiting.receiveDeadlinePassed).toBe(false);
    expect(new Date(waiting.receiveDeadlineAt).getTime()).toBeGreaterThan(new Date(waiting.submittedAt).getTime());
  });

  it('serves the contract filters: status, overdue, assignedTo=me', async () => {
    const overdue = await list(motcua, 'status=processing&overdue=true');
    expect(overdue.items.map((item) => item.id)).toContain(ids.overdue);
    expect(overdue.items.every((item) => item.overdue)).toBe(true);
    const notOverdue = await list(motcua, 'status=processing&overdue=false&limit=100');
    expect(notOverdue.items.map((item) => item.id)).not.toContain(ids.overdue);
    const assigned = await list(lanhdao, 'assignedTo=me');
    expect(assigned.items.map((item) => item.id)).toEqual([ids.mine]);
  });

  it('finds a dossier by code, by applicant name without diacritics, by CCCD', async () => {
    expect((await list(motcua, `q=${encodeURIComponent(hoaCode)}`)).items.map((item) => item.id)).toEqual([ids.hoa]);
    expect((await list(motcua, `q=${encodeURIComponent('quang thi hoa')}`)).items.map((item) => item.id)).toEqual([ids.hoa]);
    expect((await list(motcua, `q=${encodeURIComponent('Quàng Thị Hoa')}`)).items.map((item) => item.id)).toEqual([ids.hoa]);
    const byCccd = await list(motcua, 'q=011192004527');
    expect(byCccd.items.map((item) => [item.id, item.applicantIdNumber])).toEqual([[ids.hoa, '011192004527']]);
    expect((await list(motcua, 'q=khong-co-ai')).total).toBe(0);
  });

  it('pages through every order without gaps or repeats', async () => {
    for (const sort of ['due', 'sent', 'updated']) {
      for (const order of ['asc', 'desc']) {
        const all = await list(motcua, `sort=${sort}&order=${order}&limit=100`);
        const seen: string[] = [];
        let cursor: string | null = null;
        do {
          const page = await list(motcua, `sort=${sort}&order=${order}&limit=3${cursor ? `&cursor=${cursor}` : ''}`);
          seen.push(...page.items.map((item) => item.id));
          cursor = page.nextCursor;
        } while (cursor);
        expect(seen, `${sort} ${order}`).toEqual(all.items.map((item) => item.id));
        expect(new Set(seen).size).toBe(all.total);
      }
    }
    // Soonest due first; dossiers without a due date last
    const byDue = (await list(motcua, 'sort=due&limit=100')).items;
    const dues = byDue.map((item) => item.dueAt);
    const firstNull = dues.indexOf(null);
    expect(dues.slice(firstNull).every((due) => due === null)).toBe(true);
    const dated = dues.slice(0, firstNull === -1 ? undefined : firstNull) as string[];
    expect(dated).toEqual([...dated].sort());
  });

  it('refuses a cursor of another order and answers the agency’s dossiers only', async () => {
    const page = await list(motcua, 'sort=sent&limit=1');
    const wrong = await motcua.get(`/api/v1/staff/dossiers?sort=updated&cursor=${page.nextCursor}`);
    expect(wrong.statusCode).toBe(400);
    const commune = await staff(ctx.app, 'motcuaxa');
    expect((await list(commune, 'limit=100')).items.map((item) => item.id)).not.toContain(ids.waiting);
    const citizen = await signedIn(ctx.app, 'congdan', DEMO_PASSWORD);
    expect((await citizen.get('/api/v1/staff/dossiers')).statusCode).toBe(403);
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/staff/dossiers/summary' })).statusCode).toBe(401);
  });
});
