import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { sendProblem } from './problem-details.ts';

const timers = new WeakMap<FastifyRequest, NodeJS.Timeout>();

/** Uploads stream their body inside the handler, at the pace of the uploader's link. */
const isUpload = (request: FastifyRequest) => /^multipart\//i.test(request.headers['content-type'] ?? '');

/**
 * REQUEST_TIMEOUT_MS: a request still unanswered by then gets 503 SERVICE_UNAVAILABLE
 * (problem+json, Retry-After) instead of keeping the caller waiting, whatever it waits
 * for (a database that does not answer, a lock). The work itself is not cancelled: the
 * database timeouts end it, and its late answer is dropped.
 * Multipart uploads are left alone: a 20 MB file on a slow link legitimately takes
 * minutes, and their database work is bounded by the database timeouts anyway.
 */
export default fp(
  async function requestTimeout(app) {
    const timeoutMs = app.config.requestTimeoutMs;
    if (timeoutMs <= 0) return;

    const stop = (request: FastifyRequest) => {
      clearTimeout(timers.get(request));
      timers.delete(request);
    };

    app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
      if (isUpload(request)) return;
      const timer = setTimeout(() => {
        timers.delete(request);
        if (reply.sent || reply.raw.headersSent) return;
        request.log.warn({ timeoutMs, url: request.url }, 'request not answered in time: 503');
        sendProblem(reply, request, 'SERVICE_UNAVAILABLE');
      }, timeoutMs);
      timer.unref();
      timers.set(request, timer);
    });
    app.addHook('onResponse', async (request) => stop(request));
    app.addHook('onRequestAbort', async (request) => stop(request));
  },
  { name: 'request-timeout', dependencies: ['problem-details'] },
);
