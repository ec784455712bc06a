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
});
