import { z } from 'zod';
import { apiGet } from '../../lib/api-client.ts';

/** The embedded SMTP server's messages (GET /api/dev/mailbox; only outside production). */
export const ZMailboxMessage = z.object({
  id: z.string(),
  receivedAt: z.string(),
  from: z.string(),
  to: z.array(z.string()),
  subject: z.string(),
  text: z.string(),
  html: z.string().nullable(),
  links: z.array(z.string()),
});
export type TMailboxMessage = z.infer<typeof ZMailboxMessage>;

export const listMailbox = (signal?: AbortSignal) =>
  apiGet('/api/dev/mailbox', z.object({ items: z.array(ZMailboxMessage) }), signal ? { signal } : {});
