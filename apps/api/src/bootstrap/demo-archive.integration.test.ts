import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TStatsReport } from '@portal/domain';
import { TestBrowser, signedIn } from '../../test/helpers/browser.ts';
import { createTestApp, type TestContext } from '../../test/helpers/test-app.ts';
import { DEMO_PASSWORD } from '../features/dossiers/dossier-test-kit.ts';
import { loadDemoArchive } from './demo-archive.ts';

describe('demo archive (a year of finished dossiers for the embedded demo)', () => {
  let ctx: TestContext;
  const now = new Date();

  beforeAll(async () => {
    ctx = await createTestApp();
  });
  afterAll(() => ctx.close());

  it('fills the statistics of the last twelve months with finished dossiers that follow the portal’s rules, once', async () => {
    const made = await loadDemoArchive(ctx.app, now);
    expect(made).toBeGreaterThan(900);

    const stats = (await new TestBrowser(ctx.app).get('/api/v1/stats')).json() as TStatsReport;
    expect(stats.totals.received).toBe(made);
    expect(stats.totals.resolved + stats.totals.returned).toBe(made);
    expect(stats.totals.inProgress).toBe(0);
    expect(stats.byMonth.filter((month) => month.received > 0).length).toBeGreaterThanOrEqual(11);
    expect(stats.totals.resolvedLate).toBeGreaterThan(0);
    expect(stats.totals.onTimeRate).toBeGreaterThan(0.8);
    expect(stats.totals.averageRating).toBeGreaterThan(3.5);

    // The rules of real dossiers: distinct codes, nothing in the future, version = 1 + history rows,
    // due dates after receipt, and no sequence behind the codes it handed out.
    const [facts] = await ctx.prisma.$queryRaw<{ codes: number; distinct_codes: number; future: number; bad_version: number; bad_due: number; behind: number }[]>`
      SELECT count(d.code)::int AS codes, count(DISTINCT d.code)::int AS distinct_codes,
             count(*) FILTER (WHERE d.finished_at > now() OR d.submitted_at > d.received_at)::int AS future,
             count(*) FILTER (WHERE d.version <> 1 + (SELECT count(*) FROM dossier_history_event h WHERE h.dossier_id = d.id))::int AS bad_version,
             count(*) FILTER (WHERE d.due_at <= d.received_at)::int AS bad_due,
             (SELECT count(*) FROM dossier x JOIN dossier_code_sequence s ON s.agency_id = x.agency_id
                AND s.day = to_date(split_part(x.code, '-', 2), 'YYMMDD')
              WHERE split_part(x.code, '-', 3)::int > s.last_value)::int AS behind
      FROM dossier d`;
    expect(facts).toEqual({ codes: made, distinct_codes: made, future: 0, bad_version: 0, bad_due: 0, behind: 0 });

    // The summary the triggers kept is what a rebuild computes.
    const read = () => ctx.prisma.$queryRaw<unknown[]>`SELECT * FROM dossier_stat_month ORDER BY agency_id, field_id, month`;
    const kept = await read();
    await ctx.prisma.$executeRaw`SELECT dossier_stats_rebuild()`;
    expect(await read()).toEqual(kept);

    // The agency's staff find them among the done dossiers, with a history naming the demo staff.
    const motcua = await signedIn(ctx.app, 'motcua', DEMO_PASSWORD, { staff: true });
    const done = (await motcua.get('/api/v1/staff/dossiers/summary')).json().counts.done as number;
    expect(done).toBeGreaterThan(0);

    expect(await loadDemoArchive(ctx.app, now)).toBeNull();
  });
});
