import type { FastifyRequest } from 'fastify';
import type { Prisma, TPrismaClient } from '@portal/db';
import {
  DOSSIER_ACTIONS,
  DomainError,
  allowedActions,
  assertTransition,
  isStaffRole,
  transition,
  type TDossierAction,
  type TDossierStatus,
  type TStaffRole,
} from '@portal/domain';
import type { Db } from '../dossiers/access.ts';
import type { HistoryParty } from '../dossiers/history.ts';

/**
 * Who may see and act on a dossier in the staff workspace. Staff see the dossiers of
 * their own agency once sent; a dossier of another agency answers 403
 * DOSSIER_OTHER_AGENCY (the clerk learns it exists, as the issue asks: codes are printed on
 * receipts and travel between agencies), an unsent or unknown one 404 DOSSIER_NOT_FOUND
 * (drafts stay private). Which action a role may take in which state is decided by the
 * lifecycle table alone (packages/domain/src/lifecycle.ts).
 */

export interface StaffActor {
  userId: string;
  username: string;
  name: string;
  position: string | null;
  agencyId: string;
  agencyName: string;
  roles: TStaffRole[];
}

/** The signed-in staff member with what history rows print about them (name, position, unit). */
export async function staffActorOf(prisma: TPrismaClient, request: FastifyRequest): Promise<StaffActor> {
  const user = request.user;
  if (!user) throw new DomainError('UNAUTHENTICATED');
  if (user.kind !== 'staff' || !user.agencyId) throw new DomainError('FORBIDDEN');
  const row = await prisma.user.findUniqueOrThrow({
    where: { id: user.id },
    select: { fullName: true, username: true, position: true, agency: { select: { id: true, name: true } } },
  });
  if (!row.agency) throw new DomainError('FORBIDDEN');
  return {
    userId: user.id,
    username: row.username,
    name: row.fullName ?? row.username,
    position: row.position,
    agencyId: row.agency.id,
    agencyName: row.agency.name,
    roles: user.roles.filter(isStaffRole),
  };
}

/**
 * An API client with `dossiers:process` acting on one dossier of its agency scope: an
 * agency's back-office system carrying out in the portal what the agency decided in its
 * own software. It acts for the handling agency (`agencyId` is the dossier's) as its
 * one-stop desk, leader and specialist together (MACHINE_ROLES), because the lifecycle's
 * "who may act" splits work between people of the agency, and the system speaks for all
 * of them. The history names the system itself (role `system`, the client's name and id);
 * the audit trail records `actorClientId`.
 */
export interface MachineActor {
  /** api_client.id */
  clientId: string;
  clientName: string;
  agencyId: string;
  agencyName: string;
  roles: TStaffRole[];
}

/** Whoever performs a processing action: a staff member, or a system through the API. */
export type ProcessingActor = StaffActor | MachineActor;

/** The lifecycle roles a processing system acts in, tried in this order (the first allowed wins). */
export const MACHINE_ROLES: readonly TStaffRole[] = ['clerk', 'leader', 'specialist'];

export const isMachineActor = (actor: ProcessingActor): actor is MachineActor => 'clientId' in actor;

/** "Văn thư Sở (Bộ phận Một cửa) – Sở Xây dựng": how the history names a person's unit. */
export const unitOf = (position: string | null, agencyName: string): string => (position ? `${position} – ${agencyName}` : agencyName);

export const historyPartyOf = (actor: ProcessingActor, role: TStaffRole): HistoryParty =>
  isMachineActor(actor)
    ? { id: null, name: actor.clientName, role: 'system', unit: actor.agencyName, clientId: actor.clientId }
    : { id: actor.userId, name: actor.name, role, unit: unitOf(actor.position, actor.agencyName) };

/** Who the audit trail names: the account (id, username) or the API client (id, name). */
export const auditActorOf = (actor: ProcessingActor): { actorId: string | null; actorClientId?: string; actorName: string } =>
  isMachineActor(actor) ? { actorId: null, actorClientId: actor.clientId, actorName: actor.clientName } : { actorId: actor.userId, actorName: actor.username };

/**
 * The dossier if it belongs to the actor's agency and has been sent; 404 when unknown or
 * unsent, 403 DOSSIER_OTHER_AGENCY when another agency handles it.
 */
export async function findStaffDossier<S extends Prisma.DossierSelect>(
  db: Db,
  actor: Pick<StaffActor, 'agencyId'>,
  id: string,
  select: S,
): Promise<Prisma.DossierGetPayload<{ select: S }>> {
  const withScope = { ...select, agencyId: true, status: true } as Prisma.DossierSelect;
  const row = (await db.dossier.findUnique({ where: { id }, select: withScope })) as unknown as
    | (Prisma.DossierGetPayload<{ select: S }> & { agencyId: string; status: string })
    | null;
  if (!row || row.status === 'unsent') throw new DomainError('DOSSIER_NOT_FOUND');
  if (row.agencyId !== actor.agencyId) throw new DomainError('DOSSIER_OTHER_AGENCY');
  return row;
}

/**
 * The role in which the actor takes `action`: the first of their roles the lifecycle
 * allows. Otherwise the lifecycle's own refusal: 409 DOSSIER_ACTION_NOT_ALLOWED when no
 * role may do it in this state, 403 DOSSIER_ROLE_NOT_ALLOWED when only other roles may.
 */
export function actingRole(status: TDossierStatus, action: TDossierAction, roles: readonly TStaffRole[]): { role: TStaffRole; to: TDossierStatus } {
  for (const role of roles) {
    const result = transition(status, action, role);
    if (result.ok) return { role, to: result.to };
  }
  // The lifecycle's refusal for this state: 409 when nobody may, else 403 for these roles.
  assertTransition(status, action, roles[0] ?? 'citizen');
  throw new DomainError('DOSSIER_ROLE_NOT_ALLOWED', { details: { status, action } });
}

/** The lifecycle actions any of the actor's roles may take now, in DOSSIER_ACTIONS order. */
export function staffAllowedActions(status: TDossierStatus, roles: readonly TStaffRole[]): TDossierAction[] {
  const allowed = new Set(roles.flatMap((role) => allowedActions(status, role)));
  return DOSSIER_ACTIONS.filter((action) => allowed.has(action));
}
