import fp from 'fastify-plugin';
import type { TPrismaClient } from '@portal/db';

declare module 'fastify' {
  interface FastifyInstance {
    prisma: TPrismaClient;
  }
}

/** Exposes the Prisma client; its lifetime belongs to whoever created it (server.ts or a test). */
export default fp<{ prisma: TPrismaClient }>(
  async function prismaPlugin(app, { prisma }) {
    app.decorate('prisma', prisma);
  },
  { name: 'prisma' },
);
