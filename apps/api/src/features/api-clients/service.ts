import {
  API_CLIENT_MESSAGES,
  DomainError,
  isApiScope,
  isSystemAdministrator,
  type TApiClient,
  type TApiClientCreate,
  type TApiClientList,
  type TApiClientListQuery,
  type TApiClientRotate,
  type TApiClientUpdate,
  type TApiClientWithSecret,
} from '@portal/domain';
import type { Prisma } from '@portal/db';
import type { Audit } from '../../plugins/app/audit.ts';
import type { SessionUser } from '../../plugins/app/auth.ts';
import type { RequestContext } from '../auth/service.ts';
import type { ApiClientRepository, ApiClientRow } from './repository.ts';
import { hashClientSecret, hintOf, newClientId, newClientSecret } from './secrets.ts';

export function toApiClient(row: ApiClientRow, now = new Date()): TApiClient {
  return {
    id: row.id,
    clientId: row.clientId,
    name: row.name,
    description: row.description,
    agency: row.agency,
    scopes: row.scopes.filter(isApiScope),
    rateLimitPerMinute: row.rateLimitPerMinute,
    status: row.status,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    revision: row.revision,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    secrets: row.secrets.map((secret) => ({
      id: secret.id,
      hint: secret.hint,
      createdAt: secret.createdAt.toISOString(),
      expiresAt: secret.expiresAt?.toISOString() ?? null,
      lastUsedAt: secret.lastUsedAt?.toISOString() ?? null,
      active: row.status === 'active' && (secret.expiresAt === null || secret.expiresAt > now),
    })),
  };
}

/** What the audit trail keeps of a client before and after a change (secret hints only, never hashes). */
const snapshotOf = (row: ApiClientRow) => ({
  clientId: row.clientId,
  name: row.name,
  description: row.description,
  agencyId: row.agencyId,
  scopes: row.scopes,
  rateLimitPerMinute: row.rateLimitPerMinute,
  status: row.status,
  secrets: row.secrets.map((secret) => ({ hint: secret.hint, expiresAt: secret.expiresAt?.toISOString() ?? null })),
});

export interface ApiClientServiceDeps {
  repository: ApiClientRepository;
  audit: Audit;
}

/**
 * API clients, administered like staff accounts: a system administrator manages every
 * client (province-wide ones too); an agency administrator only those of their agency and
 * its units, and can neither create a province-wide client nor move one outside their
 * agency (ADMIN_AGENCY_SCOPE). Every change is audited in its transaction.
 */
export function createApiClientService({ repository, audit }: ApiClientServiceDeps) {
  /** null: every agency (system administrator); otherwise the agencies the actor administers. */
  async function scopeOf(actor: SessionUser): Promise<string[] | null> {
    if (isSystemAdministrator(actor.roles)) return null;
    if (!actor.agencyId) throw new DomainError('ADMIN_AGENCY_SCOPE');
    return repository.subtreeIds(actor.agencyId);
  }

  async function assertAgencyInScope(actor: SessionUser, agencyId: string | null) {
    const scope = await scopeOf(actor);
    if (scope !== null && (agencyId === null || !scope.includes(agencyId))) throw new DomainError('ADMIN_AGENCY_SCOPE');
  }

  async function manageable(actor: SessionUser, id: string): Promise<ApiClientRow> {
    const row = await repository.find(id);
    if (!row) throw new DomainError('API_CLIENT_NOT_FOUND');
    await assertAgencyInScope(actor, row.agencyId);
    return row;
  }

  const auditBase = (actor: SessionUser, row: ApiClientRow, ctx: RequestContext) => ({
    actorId: actor.id,
    actorName: actor.username,
    entityType: 'api_client',
    entityId: row.id,
    agencyId: row.agencyId,
    ip: ctx.ip,
    requestId: ctx.requestId,
  });

  async function newSecret() {
    const secret = newClientSecret();
    return { secret, stored: { secretHash: await hashClientSecret(secret), hint: hintOf(secret) } };
  }

  return {
    async list(actor: SessionUser, query: TApiClientListQuery): Promise<TApiClientList> {
      const scope = await scopeOf(actor);
      let agencyIds = scope;
      if (query.agencyId) {
        if (scope !== null && !scope.includes(query.agencyId)) throw new DomainError('ADMIN_AGENCY_SCOPE');
        agencyIds = [query.agencyId];
      }
      const rows = await repository.list({ agencyIds, ...(query.status ? { status: query.status } : {}) });
      const now = new Date();
      return { items: rows.map((row) => toApiClient(row, now)) };
    },

    async get(actor: SessionUser, id: string): Promise<TApiClient> {
      return toApiClient(await manageable(actor, id));
    },

    async create(actor: SessionUser, input: TApiClientCreate, ctx: RequestContext): Promise<TApiClientWithSecret> {
      await assertAgencyInScope(actor, input.agencyId);
      if (input.agencyId && !(await repository.findAgency(input.agencyId))) {
        throw new DomainError('VALIDATION_FAILED', { fieldErrors: { agencyId: API_CLIENT_MESSAGES.agencyUnknown } });
      }
      const { secret, stored } = await newSecret();
      const row = await repository.transaction(async (tx) => {
        const created = await repository.create(
          {
            clientId: newClientId(),
            name: input.name,
            description: input.description ?? null,
            agencyId: input.agencyId,
            scopes: input.scopes,
            rateLimitPerMinute: input.rateLimitPerMinute,
            createdById: actor.id,
          },
          stored,
          tx,
        );
        await audit.record({ action: 'api_client.create', ...auditBase(actor, created, ctx), after: snapshotOf(created) }, tx);
        return created;
      });
      return { client: toApiClient(row), clientSecret: secret };
    },

    async update(actor: SessionUser, id: string, input: TApiClientUpdate, ctx: RequestContext): Promise<TApiClient> {
      const before = await manageable(actor, id);
      if (before.status !== 'active') throw new DomainError('API_CLIENT_REVOKED');
      const data: Prisma.ApiClientUpdateInput = {
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.description !== undefined ? { description: input.description } : {}),
        ...(input.scopes !== undefined ? { scopes: input.scopes } : {}),
        ...(input.rateLimitPerMinute !== undefined ? { rateLimitPerMinute: input.rateLimitPerMinute } : {}),
      };
      const after = await repository.transaction(async (tx) => {
        if (!(await repository.updateAt(id, input.revision, data, tx))) throw new DomainError('VERSION_CONFLICT', { details: { revision: before.revision } });
        const row = (await repository.find(id, tx))!;
        await audit.record({ action: 'api_client.update', ...auditBase(actor, row, ctx), before: snapshotOf(before), after: snapshotOf(row) }, tx);
        return row;
      });
      return toApiClient(after);
    },

    /** A new secret; the current ones keep working `overlapHours` more (0: they end now). */
    async rotateSecret(actor: SessionUser, id: string, input: TApiClientRotate, ctx: RequestContext): Promise<TApiClientWithSecret> {
      const before = await manageable(actor, id);
      if (before.status !== 'active') throw new DomainError('API_CLIENT_REVOKED');
      const { secret, stored } = await newSecret();
      const overlapEnds = new Date(Date.now() + input.overlapHours * 3600_000);
      const after = await repository.transaction(async (tx) => {
        const created = await repository.addSecret(id, stored, tx);
        await repository.endSecrets(id, overlapEnds, tx, created.id);
        await repository.bumpRevision(id, tx);
        const row = (await repository.find(id, tx))!;
        await audit.record(
          {
            action: 'api_client.rotate_secret',
            ...auditBase(actor, row, ctx),
            before: snapshotOf(before),
            after: snapshotOf(row),
            metadata: { overlapHours: input.overlapHours, newSecretHint: stored.hint },
          },
          tx,
        );
        return row;
      });
      return { client: toApiClient(after), clientSecret: secret };
    },

    /** Ends the client at once: its tokens are refused on their next request and every secret ends. */
    async revoke(actor: SessionUser, id: string, ctx: RequestContext): Promise<TApiClient> {
      const before = await manageable(actor, id);
      if (before.status === 'revoked') return toApiClient(before);
      const now = new Date();
      const after = await repository.transaction(async (tx) => {
        await repository.revoke(id, now, tx);
        await repository.endSecrets(id, now, tx);
        const row = (await repository.find(id, tx))!;
        await audit.record({ action: 'api_client.revoke', ...auditBase(actor, row, ctx), before: snapshotOf(before), after: snapshotOf(row) }, tx);
        return row;
      });
      return toApiClient(after);
    },
  };
}

export type ApiClientService = ReturnType<typeof createApiClientService>;
