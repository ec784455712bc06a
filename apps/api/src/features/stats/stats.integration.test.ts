import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statsMonthOf, type TProcedureDetail, type TStatsReport } from '@portal/domain';
import { TestBrowser, signedIn } from '../../../test/helpers/browser.ts';
import { createTestApp, type TestContext } from '../../../test/helpers/test-app.ts';
import { BUILDING_PERMIT, DEMO_PASSWORD, procedureOf } from '../dossiers/dossier-test-kit.ts';
import { actOk, sentDossier, staff, uploadResult } from '../staff-dossiers/staff-test-kit.ts';

/**
 * The statistics are read from a summary that triggers keep: these tests move real
 * dossiers through the API (and, for dates the API cannot produce today, through SQL)
 * and check both what the page shows and that the summary equals a rebuild from scratch.
 */
describe('Thống kê: public statistics of dossier handling', () => {
  let ctx: TestContext;
  let permit: TProcedureDetail;
  let citizen: TestBrowser;
  let clerk: TestBrowser;
  const ids: Record<'result' | 'returned' | 'processing' | 'sent', string> = { result: '', returned: '', processing: '', sent: '' };
  const month = statsMonthOf(new Date());

  const report = async (query = '') => {
    const response = await new TestBrowser(ctx.app).get(`/api/v1/stats${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as TStatsReport;
  };

  /** What the triggers keep, row by row, next to what a rebuild from the dossiers computes. */
  const summaryMatchesRebuild = async () => {
    const read = () => ctx.prisma.$queryRaw<unknown[]>`SELECT * FROM dossier_stat_month WHERE submitted <> 0 OR received <> 0 OR resolved_early <> 0 OR resolved_on_time <> 0 OR resolved_late <> 0 OR returned <> 0 OR in_progress <> 0 OR rating_count <> 0 OR received_online <> 0 ORDER BY agency_id, field_id, month`;
    const kept = await read();
    await ctx.prisma.$executeRaw`SELECT dossier_stats_rebuild()`;
    expect(await read()).toEqual(kept);
  };

  beforeAll(async () => {
    ctx = await createTestApp();
    permit = await procedureOf(ctx.app, BUILDING_PERMIT);
    citizen = await signedIn(ctx.app, 'congdan', DEMO_PASSWORD);
    clerk = await staff(ctx.app, 'motcua');
    for (const key of Object.keys(ids) as (keyof typeof ids)[]) ids[key] = (await sentDossier(citizen, permit)).id;
    for (const key of ['result', 'returned', 'processing'] as const) await actOk(clerk, ids[key], { type: 'receive' });
    await actOk(clerk, ids.returned, { type: 'return', reason: 'Hồ sơ không thuộc thẩm quyền' });
    expect((await uploadResult(clerk, ids.result)).statusCode).toBe(201);
    await actOk(clerk, ids.result, { type: 'complete', note: 'Đủ điều kiện' });
    const rated = await citizen.post(`/api/v1/dossiers/${ids.result}/rating`, { score: 4, comment: 'Nhanh gọn' });
    expect(rated.statusCode, rated.body).toBe(201);
  });
  afterAll(() => ctx.close());

  it('counts what the one-stop desk did this month, for the agency and the field, with rates and satisfaction', async () => {
    const stats = await report();
    expect(stats.to).toBe(month);
    expect(stats.byMonth).toHaveLength(12);
    const expected = {
      submitted: 4,
      received: 3,
      receivedOnline: 3,
      inProgress: 1,
      resolvedEarly: 1, // finished today, due in several working days
      resolvedOnTime: 0,
      resolvedLate: 0,
      resolved: 1,
      returned: 1,
      onTimeRate: 1,
      onlineShare: 1,
      ratingCount: 1,
      averageRating: 4,
    };
    expect(stats.totals).toEqual(expected);
    expect(stats.byMonth.at(-1)).toEqual({ month, ...expected });
    expect(stats.byMonth[0]).toMatchObject({ received: 0, onTimeRate: null, averageRating: null });
    expect(stats.byAgency).toEqual([{ agency: { id: permit.agency.id, name: permit.agency.name }, ...expected }]);
    expect(stats.byField).toEqual([{ field: { id: permit.field.id, name: permit.field.name }, ...expected }]);
    await summaryMatchesRebuild();
  });

  it('filters by agency (with the agencies under it) and by field; another agency has nothing', async () => {
    const agency = await report(`?agencyId=${permit.agency.id}`);
    expect(agency.agency).toEqual({ id: permit.agency.id, name: permit.agency.name });
    expect(agency.totals.received).toBe(3);
    const parent = await ctx.prisma.agency.findFirstOrThrow({ where: { id: permit.agency.id }, select: { parentId: true } });
    if (parent.parentId) expect((await report(`?agencyId=${parent.parentId}`)).totals.received).toBe(3);
    const otherAgency = await ctx.prisma.agency.findFirstOrThrow({ where: { name: { contains: 'Mường Thanh' } } });
    expect((await report(`?agencyId=${otherAgency.id}`)).totals).toMatchObject({ submitted: 0, received: 0, onTimeRate: null });
    const otherField = await ctx.prisma.field.findFirstOrThrow({ where: { id: { not: permit.field.id } } });
    expect((await report(`?fieldId=${otherField.id}`)).byField).toEqual([]);
    expect((await report(`?fieldId=${permit.field.id}`)).totals.submitted).toBe(4);
  });

  it('follows late results, supplement requests and a procedure moved to another field', async () => {
    // Finished now, a minute after the due time: late instead of early.
    await ctx.prisma.$executeRaw`UPDATE dossier SET finished_at = now(), original_due_at = now() - interval '1 minute' WHERE id = ${ids.result}::uuid`;
    expect((await report()).totals).toMatchObject({ resolvedEarly: 0, resolvedLate: 1, onTimeRate: 0 });
    // Finished now, due at the end of today: on time (not early).
    await ctx.prisma.$executeRaw`UPDATE dossier SET original_due_at = (date_trunc('day', now() AT TIME ZONE 'Asia/Ho_Chi_Minh') + interval '23 hours 59 minutes 59 seconds') AT TIME ZONE 'Asia/Ho_Chi_Minh' WHERE id = ${ids.result}::uuid`;
    expect((await report()).totals).toMatchObject({ resolvedEarly: 0, resolvedOnTime: 1, resolvedLate: 0, onTimeRate: 1 });

    // Asked for a supplement before being received: not received, not in progress.
    await actOk(clerk, ids.sent, { type: 'request-supplement', note: 'Bổ sung bản vẽ mặt bằng' });
    expect((await report()).totals).toMatchObject({ received: 3, inProgress: 1 });
    // Waiting for a supplement after being received: still in progress.
    await actOk(clerk, ids.processing, { type: 'request-supplement', note: 'Bổ sung bản vẽ' });
    expect((await report()).totals.inProgress).toBe(1);

    const otherField = await ctx.prisma.field.findFirstOrThrow({ where: { id: { not: permit.field.id } } });
    await ctx.prisma.procedure.update({ where: { id: permit.id }, data: { fieldId: otherField.id } });
    const moved = await report();
    expect(moved.byField.map((row) => [row.field.id, row.submitted, row.ratingCount])).toEqual([[otherField.id, 4, 1]]);
    await summaryMatchesRebuild();
    await ctx.prisma.procedure.update({ where: { id: permit.id }, data: { fieldId: permit.field.id } });
  });

  it('exports the rows of one grouping as CSV that spreadsheets read, with a total row', async () => {
    const response = await new TestBrowser(ctx.app).get(`/api/v1/stats.csv?groupBy=agency&agencyId=${permit.agency.id}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="thong-ke-agency-\d{4}-\d{2}-\d{4}-\d{2}\.csv"/);
    const body = response.body;
    expect(body.startsWith('\uFEFF')).toBe(true);
    const [header, row, total] = body.slice(1).trimEnd().split('\r\n').map((line) => line.split(','));
    expect(header?.slice(0, 3)).toEqual(['Cơ quan giải quyết', 'Đã nộp', 'Đã tiếp nhận']);
    expect(row?.[0]).toBe(permit.agency.name);
    expect(total?.[0]).toBe('Tổng cộng');
    expect(row?.slice(1)).toEqual(total?.slice(1));
    const english = await new TestBrowser(ctx.app).get('/api/v1/stats.csv?groupBy=month&locale=en');
    expect(english.body.slice(1).split('\r\n')[0]).toMatch(/^Month,Submitted,Received,/);
  });

  it('refuses a bad range or an unknown agency with field errors', async () => {
    const reversed = await new TestBrowser(ctx.app).get('/api/v1/stats?from=2026-05&to=2026-01');
    expect(reversed.statusCode).toBe(400);
    expect(reversed.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(reversed.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: { from: expect.any(String) } });
    const unknown = await new TestBrowser(ctx.app).get('/api/v1/stats?agencyId=0190a3f2-0000-7000-8000-000000000000');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({ errors: { agencyId: 'Cơ quan hoặc lĩnh vực không tồn tại' } });
    expect((await new TestBrowser(ctx.app).get('/api/v1/stats?fieldId=not-a-uuid')).statusCode).toBe(400);
  });

  it('is public and cacheable: no cookie, a Cache-Control and an ETag', async () => {
    const response = await new TestBrowser(ctx.app).get('/api/v1/stats');
    expect(response.headers['set-cookie']).toBeUndefined();
    expect(response.headers['cache-control']).toBe('public, max-age=60');
    expect(response.headers.etag).toBeTruthy();
  });
});
