import Fastify from 'fastify';
import { describe, expect, it, vi } from 'vitest';
import backgroundWork from './background-work.ts';

async function appWith(hold: boolean) {
  const app = Fastify();
  await app.register(backgroundWork, { hold });
  await app.ready();
  return app;
}

describe('the background work gate', () => {
  it('keeps workers waiting while the server loads its demo data, then starts them once', async () => {
    const app = await appWith(true);
    const sweep = vi.fn();
    const poll = vi.fn();
    app.backgroundWork.whenStarted(sweep);
    app.backgroundWork.onStart(poll);
    expect(app.backgroundWork.started).toBe(false);
    expect(sweep).not.toHaveBeenCalled();
    app.backgroundWork.start();
    app.backgroundWork.start();
    expect(app.backgroundWork.started).toBe(true);
    expect(sweep).toHaveBeenCalledTimes(1);
    expect(poll).toHaveBeenCalledTimes(1);
    await app.close();
  });

  it('is open from the start when not held (tests, other callers of buildApp)', async () => {
    const app = await appWith(false);
    const sweep = vi.fn();
    const poll = vi.fn();
    app.backgroundWork.whenStarted(sweep);
    app.backgroundWork.onStart(poll);
    app.backgroundWork.start();
    expect(sweep).toHaveBeenCalledTimes(1);
    expect(poll).not.toHaveBeenCalled();
    await app.close();
  });

  it('runs a periodic task once the gate opens, never two rounds at once, and awaits the running round on close', async () => {
    const app = Fastify();
    await app.register(backgroundWork, { hold: true });
    let release!: () => void;
    const rounds: number[] = [];
    let finished = false;
    app.backgroundWork.every({
      name: 'test task',
      intervalMs: 1,
      run: async (round) => {
        rounds.push(round);
        await new Promise<void>((resolve) => (release = resolve));
        finished = true;
      },
    });
    await app.ready();
    expect(rounds).toEqual([]); // held while the demo data loads
    app.backgroundWork.start();
    expect(rounds).toEqual([0]);
    // The interval fires many times while round 0 is still running: no second round starts.
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(rounds).toEqual([0]);
    const closed = app.close();
    release();
    await closed;
    expect(finished).toBe(true);
  });

  it('logs a failed round and tries again at the next one', async () => {
    const app = Fastify();
    await app.register(backgroundWork, { hold: false });
    const errors: unknown[] = [];
    app.log.error = ((...args: unknown[]) => void errors.push(args)) as typeof app.log.error;
    let calls = 0;
    app.backgroundWork.every({
      name: 'flaky task',
      intervalMs: 1,
      run: async () => {
        calls += 1;
        if (calls === 1) throw new Error('first round fails');
      },
    });
    await app.ready();
    for (let i = 0; i < 500 && calls < 2; i++) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(calls).toBeGreaterThanOrEqual(2);
    expect(errors).toHaveLength(1);
    await app.close();
  });
});
