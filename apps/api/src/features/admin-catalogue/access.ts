import type { FastifyRequest } from 'fastify';
import { DomainError } from '@portal/domain';

/**
 * Who changes the catalogue, as the services see it: a system administrator (everything)
 * or an agency administrator (the procedures of one agency). The routes let nobody else
 * in (app.requireStaff); the services decide per record.
 */
export interface AdminActor {
  userId: string;
  username: string;
  /** null: system administrator, every agency; else the only agency it manages */
  scopeAgencyId: string | null;
  ip: string;
  requestId: string;
}

export function adminActorOf(request: FastifyRequest): AdminActor {
  const user = request.user;
  if (!user || user.kind !== 'staff') throw new DomainError('UNAUTHENTICATED');
  const system = user.roles.includes('system_admin');
  if (!system && (!user.roles.includes('agency_admin') || !user.agencyId)) throw new DomainError('FORBIDDEN');
  return { userId: user.id, username: user.username, scopeAgencyId: system ? null : user.agencyId, ip: request.ip, requestId: request.id };
}

export const isSystemAdmin = (actor: AdminActor) => actor.scopeAgencyId === null;

/** Agency and field records: system administrators only. */
export function assertSystemAdmin(actor: AdminActor): void {
  if (!isSystemAdmin(actor)) throw new DomainError('FORBIDDEN');
}

/** A procedure is managed by the agency that lists it; an agency administrator manages its own. */
export function assertManages(actor: AdminActor, procedureAgencyId: string): void {
  if (actor.scopeAgencyId !== null && actor.scopeAgencyId !== procedureAgencyId) throw new DomainError('FORBIDDEN');
}
