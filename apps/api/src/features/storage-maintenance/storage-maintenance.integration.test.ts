/**
 * Storage housekeeping against a real database and a private DATA_DIR: interrupted
 * uploads' `.part` files are swept at start once an hour old (never younger ones), and
 * stored objects that no row references are reported. Old files are made with
 * fs.utimes: nothing waits an hour.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestContext } from '../../../test/helpers/test-app.ts';
import { freshDataDir } from '../dossiers/dossier-test-kit.ts';
import { createStorageMaintenanceRepository } from './repository.ts';
import { createStorageMaintenance } from './service.ts';

const HOUR = 60 * 60 * 1000;
const hoursAgo = (hours: number) => new Date(Date.now() - hours * HOUR);
const age = (path: string, hours: number) => utimes(path, hoursAgo(hours), hoursAgo(hours));

describe('storage maintenance', () => {
  let ctx: TestContext;
  let dataDir: string;
  let tmp: string;
  const crashed = `${randomUUID()}.part`;
  const inProgress = `${randomUUID()}.part`;

  beforeAll(async () => {
    dataDir = await freshDataDir();
    tmp = join(dataDir, 'files', '.tmp');
    await mkdir(tmp, { recursive: true });
    await writeFile(join(tmp, crashed), 'half an upload, then the process died');
    await age(join(tmp, crashed), 3);
    await writeFile(join(tmp, inProgress), 'an upload still arriving');
    ctx = await createTestApp({ DATA_DIR: dataDir });
  });
  afterAll(async () => {
    await ctx.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('sweeps, once the app is ready, the .part files of uploads interrupted over an hour ago, and no other', async () => {
    await vi.waitFor(async () => expect(await readdir(tmp)).toEqual([inProgress]), { timeout: 5_000, interval: 20 });
    await age(join(tmp, inProgress), 0.5);
    expect(await ctx.app.storageMaintenance.sweepTemporaryUploads()).toBe(0);
    expect(await readdir(tmp)).toEqual([inProgress]);
    await age(join(tmp, inProgress), 2);
    expect(await ctx.app.storageMaintenance.sweepTemporaryUploads()).toBe(1);
    expect(await readdir(tmp)).toEqual([]);
  });

  it('reports stored objects older than an hour that no stored_file row references', async () => {
    const storage = ctx.app.storage;
    const put = (text: string) => storage.put(Buffer.from(text), { name: 'x.pdf', mimeType: 'application/pdf' });
    const recorded = await put('referenced by a row');
    const orphan = await put('its row was never written');
    const fresh = await put('being uploaded: its row comes in a moment');
    await ctx.prisma.storedFile.create({
      data: { kind: 'attachment', storageKey: recorded.key, originalName: 'x.pdf', mimeType: 'application/pdf', size: BigInt(recorded.size), sha256: recorded.sha256 },
    });
    const pathOf = (key: string) => join(dataDir, 'files', ...key.split('/'));
    await age(pathOf(recorded.key), 5);
    await age(pathOf(orphan.key), 5);

    const warn = vi.fn();
    const log = { warn, info: vi.fn(), error: vi.fn() } as unknown as FastifyBaseLogger;
    const maintenance = createStorageMaintenance({ storage, repository: createStorageMaintenanceRepository(ctx.prisma), log });
    const report = await maintenance.reportOrphans();
    expect(report).toEqual({ orphans: [orphan.key], checked: 3 });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toEqual({ orphans: 1, checked: 3, sample: [orphan.key] });
    expect(fresh.key).not.toBe(orphan.key);

    // Nothing is removed by the report; the app's own round reports the same and removes nothing.
    await ctx.app.storageMaintenance.runOnce();
    expect((await ctx.app.storageMaintenance.findOrphans()).orphans).toEqual([orphan.key]);
  });

  it('stays quiet when every object has its row', async () => {
    const warn = vi.fn();
    const log = { warn, info: vi.fn(), error: vi.fn() } as unknown as FastifyBaseLogger;
    const empty = await freshDataDir();
    try {
      const { createLocalDiskStorage } = await import('@portal/db/storage');
      const maintenance = createStorageMaintenance({ storage: createLocalDiskStorage(join(empty, 'files')), repository: createStorageMaintenanceRepository(ctx.prisma), log });
      expect(await maintenance.reportOrphans()).toEqual({ orphans: [], checked: 0 });
      expect(await maintenance.sweepTemporaryUploads()).toBe(0);
      expect(warn).not.toHaveBeenCalled();
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });
});
