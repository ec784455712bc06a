import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * An upload refused early (413, 415, 404 on the dossier…) leaves the rest of the request
 * body unread. Left alone, that deadlocks the connection: the browser is still sending
 * the body and waits before reading the answer, the server waits for nothing, and the
 * next request on the same keep-alive connection hangs. So, for a request whose body was
 * not read to the end, this `onSend` hook:
 *  - answers with `Connection: close` (the connection is not reused), and
 *  - reads and discards the rest of the body, so the client finishes sending and sees the
 *    problem+json answer instead of a reset ("lingering close", as nginx does for 413);
 *  - gives up — closes the socket — past `maxBytes` discarded or `maxMilliseconds`, so a
 *    refused 2 GB upload costs at most that.
 * Register it on the routes that take uploads: `onSend: drainUnreadBody` (or
 * `app.addHook('onSend', drainUnreadBody)` in their plugin).
 */
export function createDrainUnreadBody({ maxBytes = 64 * 1024 * 1024, maxMilliseconds = 30_000 } = {}) {
  return async function drainUnreadBody<T>(request: FastifyRequest, reply: FastifyReply, payload: T): Promise<T> {
    const raw = request.raw;
    if (raw.complete || raw.readableEnded || raw.destroyed) return payload;
    reply.header('connection', 'close');
    let discarded = 0;
    const giveUp = () => raw.socket?.destroy?.();
    const timer = setTimeout(giveUp, maxMilliseconds);
    timer.unref();
    raw.on('data', (chunk: Buffer) => {
      discarded += chunk.length;
      if (discarded > maxBytes) giveUp();
    });
    raw.once('close', () => clearTimeout(timer));
    raw.resume();
    return payload;
  };
}

export const drainUnreadBody = createDrainUnreadBody();
