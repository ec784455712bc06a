import Fastify from 'fastify';
import fp from 'fastify-plugin';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FileStorage } from '@portal/db/storage';
import storageMaintenance from './storage-maintenance.ts';
import backgroundWork from './background-work.ts';

const HOUR = 60 * 60 * 1000;

/** The plugin on a bare app: a storage that counts sweeps and lists, no database needed. */
async function appWithCountingStorage() {
  const sweeps = vi.fn(async () => 0);
  const lists = vi.fn();
  const storage: FileStorage = {
    put: vi.fn(),
    get: vi.fn(),
    remove: vi.fn(),
    sweepTemporary: sweeps,
    async *list() {
      lists();
    },
  };
  const app = Fastify();
  await app.register(fp(async (instance) => void instance.decorate('prisma', {} as never), { name: 'prisma' }));
  await app.register(fp(async (instance) => void instance.decorate('storage', storage), { name: 'storage' }));
  await app.register(backgroundWork);
  await app.register(storageMaintenance);
  return { app, sweeps, lists };
}

describe('storage maintenance worker', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('sweeps at start and every hour, counts orphans at start and daily, and stops on close', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const { app, sweeps, lists } = await appWithCountingStorage();
    await app.ready();
    await vi.waitFor(() => expect(lists).toHaveBeenCalledTimes(1));
    expect(sweeps).toHaveBeenCalledTimes(1);

    for (let hour = 1; hour <= 24; hour++) {
      await vi.advanceTimersByTimeAsync(HOUR);
      await vi.waitFor(() => expect(sweeps).toHaveBeenCalledTimes(hour + 1));
    }
    // Rounds 0 and 24: at start and a day later
    await vi.waitFor(() => expect(lists).toHaveBeenCalledTimes(2));

    await app.close();
    await vi.advanceTimersByTimeAsync(3 * HOUR);
    expect(sweeps).toHaveBeenCalledTimes(25);
    expect(vi.getTimerCount()).toBe(0);
  });
});
