import type { Role, TPrismaClient } from '@portal/db';
import {
  FORWARD_TARGET_ROLES,
  type TStaffAction,
  type TStaffColleague,
  type TStaffDossier,
  type TStaffDossierListFilters,
  type TStaffDossierPage,
  type TStaffInboxSummary,
  type TWorkingCalendar,
} from '@portal/domain';
import type { Audit } from '../../plugins/app/audit.ts';
import { loadWorkingCalendar } from '../admin-calendar/working-calendar.ts';
import type { RequestContext } from '../auth/service.ts';
import { listHistory } from '../dossiers/history.ts';
import type { DossierMailContext } from '../dossiers/notifications.ts';
import { findStaffDossier, type StaffActor } from './access.ts';
import { createStaffActions } from './actions.ts';
import { dueSoonLimit } from './deadlines.ts';
import { createStaffDossierListRepository, type InboxScope } from './list.ts';
import { staffDossierSelect, toStaffDossier } from './present.ts';

export interface StaffDossierServiceDeps {
  prisma: TPrismaClient;
  audit: Audit;
  mailContext: DossierMailContext;
}

/** The staff workspace: inbox counts and lists, the dossier page, the actions, the forward picker. */
export function createStaffDossierService({ prisma, audit, mailContext }: StaffDossierServiceDeps) {
  const list = createStaffDossierListRepository(prisma);
  const actions = createStaffActions({ prisma, audit, mailContext });

  async function scopeOf(actor: StaffActor, now = new Date()): Promise<{ calendar: TWorkingCalendar; scope: InboxScope }> {
    const calendar = await loadWorkingCalendar(prisma);
    return { calendar, scope: { agencyId: actor.agencyId, userId: actor.userId, now, dueSoonLimit: dueSoonLimit(now, calendar) } };
  }

  async function get(actor: StaffActor, id: string, calendar?: TWorkingCalendar): Promise<TStaffDossier> {
    const row = await findStaffDossier(prisma, actor, id, staffDossierSelect);
    const history = await listHistory(prisma, id);
    return toStaffDossier(row, history, { roles: actor.roles, calendar: calendar ?? (await loadWorkingCalendar(prisma)), now: new Date() });
  }

  return {
    get,

    async summary(actor: StaffActor): Promise<TStaffInboxSummary> {
      const { scope } = await scopeOf(actor);
      return { counts: await list.counts(scope) };
    },

    async page(actor: StaffActor, query: TStaffDossierListFilters): Promise<TStaffDossierPage> {
      const { calendar, scope } = await scopeOf(actor);
      return list.page(query, scope, calendar);
    },

    /** Performs the action and answers the dossier as it now is. */
    async act(actor: StaffActor, id: string, action: TStaffAction, ctx: RequestContext): Promise<TStaffDossier> {
      const calendar = await loadWorkingCalendar(prisma);
      await actions.perform(actor, id, action, { calendar, ctx });
      return get(actor, id, calendar);
    },

    /** Active handlers of my agency (me excluded), for the forward picker: leaders first, then by name. */
    async colleagues(actor: StaffActor, role?: (typeof FORWARD_TARGET_ROLES)[number]): Promise<TStaffColleague[]> {
      const wanted = role ? [role] : [...FORWARD_TARGET_ROLES];
      const users = await prisma.user.findMany({
        where: { kind: 'staff', status: 'active', agencyId: actor.agencyId, id: { not: actor.userId }, roles: { hasSome: wanted as Role[] } },
        select: { id: true, fullName: true, username: true, position: true, roles: true },
        orderBy: [{ fullName: 'asc' }, { username: 'asc' }],
      });
      const rank = (roles: readonly string[]) => FORWARD_TARGET_ROLES.findIndex((candidate) => roles.includes(candidate));
      return users
        .map((user) => ({
          id: user.id,
          name: user.fullName ?? user.username,
          role: wanted.find((candidate) => user.roles.includes(candidate))!,
          roles: user.roles,
          position: user.position,
          unit: actor.agencyName,
        }))
        .sort((a, b) => rank(a.roles) - rank(b.roles) || a.name.localeCompare(b.name, 'vi'));
    },
  };
}

export type StaffDossierService = ReturnType<typeof createStaffDossierService>;
