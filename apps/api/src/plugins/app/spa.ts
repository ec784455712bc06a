import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import fp from 'fastify-plugin';
import { sendProblem } from './problem-details.ts';

/**
 * Serves the built SPA (apps/web/dist) so that one port serves everything. Hashed
 * assets are cached for a year; any other non-API GET answers index.html and lets the
 * client router decide (404 pages included).
 */
export default fp<{ distDir: string }>(
  async function spa(app, { distDir }) {
    const index = join(distDir, 'index.html');
    if (!existsSync(index)) {
      app.log.warn({ distDir }, 'the SPA is not built: only the API is served (run `pnpm build`)');
      return;
    }
    await app.register(fastifyStatic, {
      root: distDir,
      wildcard: false,
      index: false,
      setHeaders(res, path) {
        res.header('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
    app.get('/*', { schema: { hide: true } }, (request, reply) => {
      if (request.url.startsWith('/api/') || request.url === '/api') return sendProblem(reply, request, 'NOT_FOUND');
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    });
  },
  { name: 'spa' },
);
