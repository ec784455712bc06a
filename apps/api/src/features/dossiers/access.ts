import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { Prisma, TPrismaClient } from '@portal/db';
import { DomainError, GUEST_TOKEN_HEADER, GUEST_TOKEN_TTL_HOURS, type TUserRole } from '@portal/domain';

/**
 * Who may see or change a dossier — the one place that decides it, reused by every route
 * of the dossier API (and by the staff feature, receipts, uploads).
 *
 * - citizen: only their own dossiers.
 * - guest: the one dossier whose secret access token they hold (X-Guest-Token), for
 *   GUEST_TOKEN_TTL_HOURS after its creation.
 * - staff: read-only, the dossiers of their own agency once sent (drafts stay private).
 *
 * Anything else is answered 404 DOSSIER_NOT_FOUND, never 403: nobody learns that someone
 * else's dossier exists.
 */

export type Db = TPrismaClient | Prisma.TransactionClient;

export type DossierActor =
  | { kind: 'citizen'; userId: string; username: string; fullName: string | null }
  | { kind: 'guest'; tokenHash: string }
  | { kind: 'staff'; userId: string; agencyId: string | null; roles: TUserRole[] };

/** The owner side of a dossier: the citizen who created it, or the guest holding its token. */
export type DossierOwnerActor = Extract<DossierActor, { kind: 'citizen' | 'guest' }>;

export const hashGuestToken = (token: string): string => createHash('sha256').update(token).digest('hex');

const GUEST_TOKEN_FORMAT = /^[A-Za-z0-9_-]{20,200}$/;

/** The guest token of a request: `X-Guest-Token: <token>` or `Authorization: Guest <token>`. */
export function guestTokenOf(request: FastifyRequest): string | null {
  const header = request.headers[GUEST_TOKEN_HEADER];
  const fromHeader = typeof header === 'string' ? header.trim() : null;
  const authorization = request.headers.authorization;
  const fromAuthorization = authorization?.match(/^Guest\s+(\S+)$/i)?.[1] ?? null;
  const token = fromHeader || fromAuthorization;
  return token && GUEST_TOKEN_FORMAT.test(token) ? token : null;
}

/**
 * The actor of a request: the signed-in account, else a guest token, else 401. A
 * signed-in citizen who also sends a guest token acts as that guest (the SPA sends the
 * token only on the guest pages).
 */
export function actorOf(request: FastifyRequest): DossierActor {
  const guestToken = guestTokenOf(request);
  if (guestToken) return { kind: 'guest', tokenHash: hashGuestToken(guestToken) };
  const user = request.user;
  if (!user) throw new DomainError('UNAUTHENTICATED');
  if (user.kind === 'citizen') return { kind: 'citizen', userId: user.id, username: user.username, fullName: user.fullName };
  return { kind: 'staff', userId: user.id, agencyId: user.agencyId, roles: user.roles };
}

/** Like actorOf, but staff may not write citizens' dossiers (403). */
export function ownerActorOf(request: FastifyRequest): DossierOwnerActor {
  const actor = actorOf(request);
  if (actor.kind === 'staff') throw new DomainError('FORBIDDEN');
  return actor;
}

const guestTokenValidSince = (now = new Date()) => new Date(now.getTime() - GUEST_TOKEN_TTL_HOURS * 3600_000);

/** The dossiers this actor may change (owner side). */
export function ownedWhere(actor: DossierOwnerActor): Prisma.DossierWhereInput {
  return actor.kind === 'citizen'
    ? { ownerId: actor.userId }
    : { ownerId: null, guestTokenHash: actor.tokenHash, createdAt: { gt: guestTokenValidSince() } };
}

/** The dossiers this actor may read. */
export function readableWhere(actor: DossierActor): Prisma.DossierWhereInput {
  if (actor.kind !== 'staff') return ownedWhere(actor);
  // Staff without an agency (none exist today) see nothing rather than everything.
  return { agencyId: actor.agencyId ?? '00000000-0000-0000-0000-000000000000', status: { not: 'unsent' } };
}

const notFound = () => new DomainError('DOSSIER_NOT_FOUND');

/** The dossier if this actor may read it, else 404 DOSSIER_NOT_FOUND. */
export async function findDossierForRead<S extends Prisma.DossierSelect>(
  db: Db,
  actor: DossierActor,
  id: string,
  select: S,
): Promise<Prisma.DossierGetPayload<{ select: S }>> {
  const dossier = await db.dossier.findFirst({ where: { id, ...readableWhere(actor) }, select });
  if (!dossier) throw notFound();
  return dossier as Prisma.DossierGetPayload<{ select: S }>;
}

/** The dossier if this actor owns it (citizen owner or guest token holder), else 404. */
export async function findDossierForOwnerWrite<S extends Prisma.DossierSelect>(
  db: Db,
  actor: DossierOwnerActor,
  id: string,
  select: S,
): Promise<Prisma.DossierGetPayload<{ select: S }>> {
  const dossier = await db.dossier.findFirst({ where: { id, ...ownedWhere(actor) }, select });
  if (!dossier) throw notFound();
  return dossier as Prisma.DossierGetPayload<{ select: S }>;
}

/**
 * Locks the dossier row for the rest of the transaction (uploads re-check limits under it,
 * so two parallel uploads cannot both squeeze under the per-dossier total).
 */
export async function lockDossier(tx: Prisma.TransactionClient, id: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM dossier WHERE id = ${id}::uuid FOR UPDATE`;
}
