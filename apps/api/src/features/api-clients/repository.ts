import { Prisma, type TPrismaClient } from '@portal/db';

/** Reads and writes of API clients (api_client) and their hashed secrets (api_client_secret). */

export type Db = TPrismaClient | Prisma.TransactionClient;

const secretSelect = { id: true, hint: true, secretHash: true, createdAt: true, expiresAt: true, lastUsedAt: true } as const satisfies Prisma.ApiClientSecretSelect;

export const apiClientSelect = {
  id: true,
  clientId: true,
  name: true,
  description: true,
  agencyId: true,
  agency: { select: { id: true, name: true } },
  scopes: true,
  rateLimitPerMinute: true,
  status: true,
  lastUsedAt: true,
  revokedAt: true,
  revision: true,
  createdAt: true,
  updatedAt: true,
  secrets: { select: secretSelect, orderBy: { createdAt: 'desc' } },
} as const satisfies Prisma.ApiClientSelect;

export type ApiClientRow = Prisma.ApiClientGetPayload<{ select: typeof apiClientSelect }>;

export interface ApiClientData {
  clientId: string;
  name: string;
  description: string | null;
  agencyId: string | null;
  scopes: string[];
  rateLimitPerMinute: number;
  createdById: string | null;
}

export function createApiClientRepository(prisma: TPrismaClient) {
  return {
    transaction: <T>(run: (tx: Prisma.TransactionClient) => Promise<T>) => prisma.$transaction(run),

    find: (id: string, db: Db = prisma) => db.apiClient.findUnique({ where: { id }, select: apiClientSelect }),

    findByClientId: (clientId: string, db: Db = prisma) => db.apiClient.findUnique({ where: { clientId }, select: apiClientSelect }),

    /** Clients of these agencies (null: every client), newest first. */
    list: (filter: { agencyIds: string[] | null; status?: 'active' | 'revoked' }) =>
      prisma.apiClient.findMany({
        where: {
          ...(filter.agencyIds === null ? {} : { agencyId: { in: filter.agencyIds } }),
          ...(filter.status ? { status: filter.status } : {}),
        },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        select: apiClientSelect,
      }),

    create: (data: ApiClientData, secret: { secretHash: string; hint: string }, db: Db) =>
      db.apiClient.create({ data: { ...data, secrets: { create: secret } }, select: apiClientSelect }),

    /** Writes when the row still has `revision` (and moves it on); false when someone saved meanwhile. */
    async updateAt(id: string, revision: number, data: Prisma.ApiClientUpdateInput, db: Db): Promise<boolean> {
      const { count } = await db.apiClient.updateMany({ where: { id, revision }, data: { ...data, revision: { increment: 1 } } });
      return count === 1;
    },

    /** Revokes the client (whatever its revision: revocation never waits for a reload). */
    revoke: (id: string, at: Date, db: Db) =>
      db.apiClient.update({ where: { id }, data: { status: 'revoked', revokedAt: at, revision: { increment: 1 } }, select: { id: true } }),

    /** Moves the revision on (a rotation changes what the admin page shows). */
    bumpRevision: (id: string, db: Db) => db.apiClient.update({ where: { id }, data: { revision: { increment: 1 } }, select: { id: true } }),

    addSecret: (apiClientId: string, secret: { secretHash: string; hint: string }, db: Db) =>
      db.apiClientSecret.create({ data: { apiClientId, ...secret }, select: { id: true } }),

    /** Every secret still valid after `at` ends at `at` (a rotation's overlap, or now for a revocation). */
    endSecrets: (apiClientId: string, at: Date, db: Db, exceptId?: string) =>
      db.apiClientSecret.updateMany({
        where: { apiClientId, OR: [{ expiresAt: null }, { expiresAt: { gt: at } }], ...(exceptId ? { id: { not: exceptId } } : {}) },
        data: { expiresAt: at },
      }),

    /** Notes the use of a client and the secret it used (token issuance). */
    noteTokenIssued: async (apiClientId: string, secretId: string, at: Date) => {
      await prisma.apiClientSecret.update({ where: { id: secretId }, data: { lastUsedAt: at }, select: { id: true } });
      await prisma.apiClient.update({ where: { id: apiClientId }, data: { lastUsedAt: at }, select: { id: true } });
    },

    findAgency: (id: string) => prisma.agency.findUnique({ where: { id }, select: { id: true, name: true } }),

    /** The agency and every agency below it. */
    async subtreeIds(rootId: string): Promise<string[]> {
      const rows = await prisma.$queryRaw<{ id: string }[]>`
        WITH RECURSIVE tree AS (
          SELECT id FROM agency WHERE id = ${rootId}::uuid
          UNION
          SELECT a.id FROM agency a JOIN tree t ON a.parent_id = t.id
        )
        SELECT id::text AS id FROM tree`;
      return rows.map((row) => row.id);
    },

    /** The secret-holding rows of a client for a token request: the client and its secrets not yet expired. */
    findForToken: (clientId: string, now: Date) =>
      prisma.apiClient.findUnique({
        where: { clientId },
        select: {
          id: true,
          clientId: true,
          name: true,
          agencyId: true,
          scopes: true,
          status: true,
          secrets: { where: { OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] }, select: { id: true, secretHash: true, hint: true }, orderBy: { createdAt: 'desc' } },
        },
      }),
  };
}

export type ApiClientRepository = ReturnType<typeof createApiClientRepository>;
