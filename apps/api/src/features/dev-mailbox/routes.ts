import { ZProblem } from '@portal/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sendProblem } from '../../plugins/app/problem-details.ts';
import { SECURITY } from '../../plugins/external/openapi.ts';

const ZMailboxMessage = z.object({
  id: z.string(),
  receivedAt: z.string(),
  from: z.string(),
  to: z.array(z.string()),
  subject: z.string(),
  text: z.string(),
  html: z.string().nullable(),
  links: z.array(z.string()),
});
const ZMailboxMessageSource = ZMailboxMessage.extend({ raw: z.string().describe('The message as received: headers and MIME body') });

/**
 * GET /api/dev/mailbox: what the embedded SMTP server received, newest first. Registered
 * only when the embedded mailbox runs (never with SMTP_URL; in production only with
 * DEV_MAILBOX=true).
 */
export const devMailboxRoutes: FastifyPluginAsyncZod = async (app) => {
  const mailbox = app.devMailbox;
  if (!mailbox) return;
  const tags = ['dev'];

  app.addHook('onSend', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
  });

  app.get(
    '/api/dev/mailbox',
    {
      schema: {
        operationId: 'listDevMailbox',
        security: SECURITY.public,
        tags,
        summary: 'Development mailbox: messages received by the embedded SMTP server, newest first',
        response: { 200: z.object({ items: z.array(ZMailboxMessage) }) },
      },
    },
    async () => ({ items: mailbox.list() }),
  );

  app.get(
    '/api/dev/mailbox/:id',
    {
      schema: {
        operationId: 'getDevMailboxMessage',
        security: SECURITY.public,
        tags,
        summary: 'One message of the development mailbox, with its raw source',
        params: z.object({ id: z.string().max(64) }),
        response: { 200: ZMailboxMessageSource, 404: ZProblem },
      },
    },
    async (request, reply) => {
      const message = mailbox.get(request.params.id);
      if (!message) return sendProblem(reply, request, 'NOT_FOUND');
      return message;
    },
  );

  app.delete(
    '/api/dev/mailbox',
    {
      schema: { operationId: 'clearDevMailbox', security: SECURITY.public, tags, summary: 'Empty the development mailbox', response: { 204: z.null().describe('No content') } },
    },
    async (_request, reply) => {
      mailbox.clear();
      return reply.code(204).send(null);
    },
  );
};
