import { randomBytes } from 'node:crypto';
import {
  ACCOUNT_MESSAGES,
  ACTOR_ROLE_LABELS,
  ADMIN_MESSAGES,
  DomainError,
  STAFF_INVITATION_TTL_HOURS,
  displayNameOf,
  grantableRoles,
  isAdministrator,
  isSystemAdministrator,
  type TStaffInvite,
  type TStaffListQuery,
  type TStaffMember,
  type TStaffPage,
  type TStaffRole,
  type TStaffUpdate,
} from '@portal/domain';
import type { Audit } from '../../plugins/app/audit.ts';
import type { SessionUser } from '../../plugins/app/auth.ts';
import type { Mailer } from '../../plugins/app/mailer.ts';
import { uniqueViolation } from '../auth/repository.ts';
import { hashPassword, type RequestContext } from '../auth/service.ts';
import { newEmailToken } from '../auth/tokens.ts';
import { toMailLocale } from '../mail/templates.ts';
import type { AdminStaffRepository, Db, StaffRow } from './repository.ts';

export const STAFF_INVITATION_TTL_MS = STAFF_INVITATION_TTL_HOURS * 3600_000;

/** The SPA page the invitation opens; the token rides in the fragment so it never reaches server logs. */
export const invitationLink = (publicUrl: string, token: string) => `${publicUrl}/can-bo/nhan-loi-moi#token=${token}`;

export function toStaffMember(row: StaffRow, now = new Date()): TStaffMember {
  const invitation = row.status === 'pending_activation' ? row.tokens[0] : undefined;
  return {
    id: row.id,
    username: row.username,
    email: row.email,
    fullName: row.fullName,
    position: row.position,
    roles: row.roles.filter((role): role is TStaffRole => role !== 'citizen'),
    agency: row.agency,
    status: row.status,
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    invitation: invitation
      ? { sentAt: invitation.createdAt.toISOString(), expiresAt: invitation.expiresAt.toISOString(), expired: invitation.expiresAt <= now }
      : null,
  };
}

/** What the audit trail keeps of an account before and after a change (no secrets). */
const snapshotOf = (row: StaffRow) => ({
  username: row.username,
  email: row.email,
  fullName: row.fullName,
  position: row.position,
  agency: row.agency,
  roles: row.roles,
  status: row.status,
});

export interface AdminStaffServiceDeps {
  repository: AdminStaffRepository;
  mail: Mailer;
  audit: Audit;
  publicUrl: string;
}

/**
 * Staff accounts per agency. A system administrator manages every agency; an agency
 * administrator only their own agency's staff, and never grants (or takes away)
 * system_admin. Every change is audited with before/after, in its transaction.
 */
export function createAdminStaffService({ repository, mail, audit, publicUrl }: AdminStaffServiceDeps) {
  /** null: every agency (system administrator); otherwise the one agency the actor administers. */
  const scopeOf = (actor: SessionUser): string | null => {
    if (isSystemAdministrator(actor.roles)) return null;
    // An agency administrator without an agency administers nothing.
    if (!actor.agencyId) throw new DomainError('ADMIN_AGENCY_SCOPE');
    return actor.agencyId;
  };

  /** An agency administrator acts on their own agency only. */
  function assertAgencyInScope(actor: SessionUser, agencyId: string | null) {
    const scope = scopeOf(actor);
    if (scope !== null && agencyId !== scope) throw new DomainError('ADMIN_AGENCY_SCOPE');
  }

  function assertGrantable(actor: SessionUser, roles: readonly TStaffRole[]) {
    const grantable = grantableRoles(actor.roles);
    const refused = roles.filter((role) => !grantable.includes(role));
    if (refused.length > 0) {
      throw new DomainError('ROLE_NOT_GRANTABLE', { fieldErrors: { roles: `Không được cấp vai trò: ${refused.map((role) => ACTOR_ROLE_LABELS[role].vi).join(', ')}` } });
    }
  }

  /** The account, when the actor may manage it (its agency; a system administrator's account only by one). */
  async function manageable(actor: SessionUser, id: string, db?: Db): Promise<StaffRow> {
    const row = await repository.findStaff(id, db);
    if (!row) throw new DomainError('STAFF_NOT_FOUND');
    assertAgencyInScope(actor, row.agencyId);
    if (row.roles.includes('system_admin') && !isSystemAdministrator(actor.roles)) throw new DomainError('ROLE_NOT_GRANTABLE');
    return row;
  }

  async function assertAgencyExists(agencyId: string) {
    const agency = await repository.findAgency(agencyId);
    if (!agency) throw new DomainError('VALIDATION_FAILED', { fieldErrors: { agencyId: ADMIN_MESSAGES.agencyUnknown } });
    return agency;
  }

  async function sendInvitation(row: StaffRow, actor: SessionUser, db: Db) {
    const { token, tokenHash } = newEmailToken();
    await repository.useOpenInvitations(row.id, db);
    await repository.createInvitation({ tokenHash, userId: row.id, expiresAt: new Date(Date.now() + STAFF_INVITATION_TTL_MS) }, db);
    const inviter = await repository.findActor(actor.id, db);
    const locale = toMailLocale(row.locale);
    await mail.enqueue(
      {
        to: row.email,
        template: 'staff-invitation',
        locale,
        data: {
          displayName: displayNameOf(row),
          username: row.username,
          agencyName: row.agency?.name ?? '—',
          roles: row.roles.filter((role): role is TStaffRole => role !== 'citizen').map((role) => ACTOR_ROLE_LABELS[role][locale]).join(', '),
          invitedBy: inviter?.fullName?.trim() || inviter?.username || actor.username,
          link: invitationLink(publicUrl, token),
          expiresInHours: STAFF_INVITATION_TTL_HOURS,
        },
      },
      db,
    );
  }

  const auditContext = (actor: SessionUser, ctx: RequestContext) => ({ actorId: actor.id, actorName: actor.username, ip: ctx.ip, requestId: ctx.requestId });

  return {
    async list(actor: SessionUser, query: TStaffListQuery & { limit: number }): Promise<TStaffPage> {
      const scope = scopeOf(actor);
      if (scope !== null && query.agencyId && query.agencyId !== scope) throw new DomainError('ADMIN_AGENCY_SCOPE');
      const rows = await repository.list({
        agencyId: scope ?? query.agencyId,
        q: query.q || undefined,
        status: query.status,
        role: query.role,
        after: query.cursor,
        limit: query.limit,
      });
      const page = rows.slice(0, query.limit);
      const now = new Date();
      return { items: page.map((row) => toStaffMember(row, now)), nextCursor: rows.length > query.limit ? page.at(-1)!.username : null };
    },

    async get(actor: SessionUser, id: string): Promise<TStaffMember> {
      return toStaffMember(await manageable(actor, id));
    },

    /** Creates the pending account and e-mails the single-use link that lets the invitee choose a password. */
    async invite(actor: SessionUser, input: TStaffInvite, ctx: RequestContext): Promise<TStaffMember> {
      assertAgencyInScope(actor, input.agencyId);
      assertGrantable(actor, input.roles);
      await assertAgencyExists(input.agencyId);
      const taken = await repository.takenFields(input.username, input.email);
      if (taken.username) throw new DomainError('USERNAME_TAKEN', { fieldErrors: { username: ACCOUNT_MESSAGES.usernameTaken } });
      if (taken.email) throw new DomainError('EMAIL_TAKEN', { fieldErrors: { email: ACCOUNT_MESSAGES.emailTaken } });
      // Nobody knows this password: the account opens only through the invitation.
      const passwordHash = await hashPassword(randomBytes(32).toString('base64url'));
      try {
        return await repository.transaction(async (tx) => {
          const { id } = await repository.createStaff(
            {
              username: input.username,
              email: input.email,
              fullName: input.fullName,
              position: input.position,
              agencyId: input.agencyId,
              roles: input.roles,
              locale: input.locale,
              passwordHash,
            },
            tx,
          );
          const created = (await repository.findStaff(id, tx))!;
          await sendInvitation(created, actor, tx);
          await audit.record(
            { ...auditContext(actor, ctx), action: 'staff.invite', entityType: 'user', entityId: id, agencyId: input.agencyId, after: snapshotOf(created) },
            tx,
          );
          return toStaffMember((await repository.findStaff(id, tx))!);
        });
      } catch (error) {
        const violation = uniqueViolation(error);
        if (violation?.fields.includes('email')) throw new DomainError('EMAIL_TAKEN', { fieldErrors: { email: ACCOUNT_MESSAGES.emailTaken } });
        if (violation) throw new DomainError('USERNAME_TAKEN', { fieldErrors: { username: ACCOUNT_MESSAGES.usernameTaken } });
        throw error;
      }
    },

    /** A new link (the earlier ones stop working) for an account that has not accepted yet. */
    async resendInvitation(actor: SessionUser, id: string, ctx: RequestContext): Promise<TStaffMember> {
      const row = await manageable(actor, id);
      if (row.status !== 'pending_activation') throw new DomainError('INVITATION_NOT_PENDING');
      return repository.transaction(async (tx) => {
        await sendInvitation(row, actor, tx);
        await audit.record({ ...auditContext(actor, ctx), action: 'staff.invitation.resend', entityType: 'user', entityId: id, agencyId: row.agencyId }, tx);
        return toStaffMember((await repository.findStaff(id, tx))!);
      });
    },

    async update(actor: SessionUser, id: string, patch: TStaffUpdate, ctx: RequestContext): Promise<TStaffMember> {
      const row = await manageable(actor, id);
      if (patch.agencyId !== undefined) {
        assertAgencyInScope(actor, patch.agencyId);
        await assertAgencyExists(patch.agencyId);
      }
      if (patch.roles !== undefined) {
        // Roles the account already holds may stay; only new ones need the right to grant them.
        assertGrantable(actor, patch.roles.filter((role) => !row.roles.includes(role)));
        if (id === actor.id && !isAdministrator(patch.roles)) throw new DomainError('CANNOT_DISABLE_SELF');
        if (id === actor.id && isSystemAdministrator(actor.roles) && !patch.roles.includes('system_admin')) throw new DomainError('CANNOT_DISABLE_SELF');
      }
      return repository.transaction(async (tx) => {
        await repository.updateStaff(id, patch, tx);
        const updated = (await repository.findStaff(id, tx))!;
        await audit.record(
          {
            ...auditContext(actor, ctx),
            action: 'staff.update',
            entityType: 'user',
            entityId: id,
            agencyId: updated.agencyId,
            before: snapshotOf(row),
            after: snapshotOf(updated),
            ...(row.agencyId !== updated.agencyId ? { metadata: { previousAgencyId: row.agencyId } } : {}),
          },
          tx,
        );
        return toStaffMember(updated);
      });
    },

    /** Disabling ends every session of the account at once (the auth hook checks the session row). */
    async setDisabled(actor: SessionUser, id: string, disabled: boolean, ctx: RequestContext): Promise<TStaffMember> {
      if (id === actor.id) throw new DomainError('CANNOT_DISABLE_SELF');
      const row = await manageable(actor, id);
      // Enabling returns the account to where it was: active once the invitation was accepted.
      const status = disabled ? 'disabled' : row.emailVerifiedAt ? 'active' : 'pending_activation';
      return repository.transaction(async (tx) => {
        await repository.updateStaff(id, { status }, tx);
        if (disabled) await repository.revokeSessionsOf(id, 'account_disabled', tx);
        const updated = (await repository.findStaff(id, tx))!;
        await audit.record(
          {
            ...auditContext(actor, ctx),
            action: disabled ? 'staff.disable' : 'staff.enable',
            entityType: 'user',
            entityId: id,
            agencyId: row.agencyId,
            before: { status: row.status },
            after: { status: updated.status },
          },
          tx,
        );
        return toStaffMember(updated);
      });
    },
  };
}

export type AdminStaffService = ReturnType<typeof createAdminStaffService>;
