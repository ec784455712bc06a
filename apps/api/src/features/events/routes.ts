import { DomainError, INTEGRATION_EVENT_TYPES, ZEventListQuery, ZEventPage, ZProblem } from '@portal/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { clientScope } from '../../plugins/external/openapi.ts';
import { createEventFeed } from './feed.ts';

/** `GET /api/v1/events`: the integration event feed (see feed.ts for why it is gap-free). */
export const eventRoutes: FastifyPluginAsyncZod = async (app) => {
  const feed = createEventFeed(app.prisma);
  const read = app.requireClientScope('events:read');

  app.get(
    '/events',
    {
      preHandler: read,
      schema: {
        operationId: 'listEvents',
        security: clientScope('events:read'),
        tags: ['integrations'],
        summary: 'events:read — The event feed: every change of the client’s agencies, in commit order, gap-free',
        description:
          'Bearer token with scope `events:read`. Events of the client’s agency and its units (every agency for a ' +
          'province-wide client), and the public news of every agency (`agencyId` null: procedure published or changed, ' +
          'published answers). Ordered by commit: read from the start (no `after`), then pass `nextCursor` as `after` ' +
          'to resume — `nextCursor` is always given, even after an empty page; keep it and poll again. An event never ' +
          'appears before one that committed earlier, so no event is ever skipped; the same event keeps its `id` ' +
          '(deduplicate redeliveries by it). `types` is a comma list of ' +
          `${INTEGRATION_EVENT_TYPES.map((type) => `\`${type}\``).join(', ')}. Payloads carry no personal data: read the ` +
          'dossier with `dossiers:read` for its details. Unknown query parameters: 400.',
        querystring: ZEventListQuery,
        response: { 200: ZEventPage, 400: ZProblem, 401: ZProblem, 403: ZProblem },
      },
    },
    async (request, reply) => {
      const client = request.apiClient;
      if (!client) throw new DomainError('UNAUTHENTICATED');
      reply.header('cache-control', 'no-store');
      return feed.page(await app.agencyScopeOf(client), request.query);
    },
  );
};
