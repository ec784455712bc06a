import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn } from '../../test/helpers/browser.ts';
import { createTestApp, type TestContext } from '../../test/helpers/test-app.ts';
import { DEMO_PASSWORD, freshDataDir } from '../features/dossiers/dossier-test-kit.ts';
import { loadDemoDossiers } from './demo-dossiers.ts';

describe('demo dossiers (SEED_DEMO_DOSSIERS)', () => {
  let ctx: TestContext;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await freshDataDir();
    ctx = await createTestApp({ DATA_DIR: dataDir });
  });
  afterAll(async () => {
    await ctx.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('gives congdan one dossier in each of the six categories and the one-stop desk an inbox, once', async () => {
    expect(await loadDemoDossiers(ctx.app)).toBe(8);

    const congdan = await signedIn(ctx.app, 'congdan', DEMO_PASSWORD);
    const summary = (await congdan.get('/api/v1/dossiers/summary')).json();
    expect(summary.counts).toEqual({ unsent: 1, sent: 1, 'supplement-requested': 1, processing: 1, result: 1, returned: 1 });

    const motcua = await signedIn(ctx.app, 'motcua', DEMO_PASSWORD, { staff: true });
    const inbox = (await motcua.get('/api/v1/staff/dossiers/summary')).json().counts;
    expect(inbox).toMatchObject({ new: 3, processing: 1, supplement: 1, done: 2 });

    // The result went through the whole chain: its history names the specialist who completed it.
    const results = (await congdan.get('/api/v1/dossiers?status=result')).json().items as { id: string }[];
    const history = (await congdan.get(`/api/v1/dossiers/${results[0]!.id}/history`)).json().items as { action: { code: string } }[];
    expect(history.map((row) => row.action.code)).toEqual(expect.arrayContaining(['submit', 'receive', 'forward', 'complete', 'hand-over']));

    // A second start does not add more.
    expect(await loadDemoDossiers(ctx.app)).toBeNull();
  });
});
