import type { Prisma, TPrismaClient } from '@portal/db';
import type { TDossierStatus } from '@portal/domain';
import { toDbStatus } from '../dossiers/present.ts';
import { staffDossierSelect } from '../staff-dossiers/present.ts';

/** The agencies a client may see: null = every agency (province-wide). */
export type AgencyScope = readonly string[] | null;

export const inScope = (scope: AgencyScope, agencyId: string): boolean => scope === null || scope.includes(agencyId);

const listSelect = {
  id: true,
  code: true,
  status: true,
  version: true,
  channel: true,
  submittedAt: true,
  receivedAt: true,
  dueAt: true,
  finishedAt: true,
  createdAt: true,
  updatedAt: true,
  procedure: { select: { id: true, code: true, name: true } },
  agency: { select: { id: true, name: true, unitCode: true } },
} as const satisfies Prisma.DossierSelect;
export type IntegrationListRow = Prisma.DossierGetPayload<{ select: typeof listSelect }>;

/** The dossier page of an integrator: the staff view's data plus channel and submitter. */
export const integrationDossierSelect = {
  ...staffDossierSelect,
  channel: true,
  submittedByClientId: true,
  applicantName: true,
} as const satisfies Prisma.DossierSelect;
export type IntegrationDossierRow = Prisma.DossierGetPayload<{ select: typeof integrationDossierSelect }>;

export interface ListFilters {
  scope: AgencyScope;
  agencyId?: string | undefined;
  status?: Exclude<TDossierStatus, 'unsent'> | undefined;
  updatedSince?: Date | undefined;
  after?: { updatedAt: Date; id: string } | undefined;
  limit: number;
}

/** The Prisma calls of the integrators' dossier API. */
export function createIntegrationDossierRepository(prisma: TPrismaClient) {
  return {
    /**
     * Sent dossiers in (updated_at, id) order after the cursor: the keyset walks index
     * dossier(updated_at, id); the scope, status and agency are filters on the rows it meets.
     */
    page(filters: ListFilters): Promise<IntegrationListRow[]> {
      const and: Prisma.DossierWhereInput[] = [{ status: filters.status ? toDbStatus(filters.status) : { not: 'unsent' } }];
      if (filters.scope !== null) and.push({ agencyId: { in: [...filters.scope] } });
      if (filters.agencyId) and.push({ agencyId: filters.agencyId });
      if (filters.updatedSince) and.push({ updatedAt: { gte: filters.updatedSince } });
      if (filters.after) {
        const { updatedAt, id } = filters.after;
        and.push({ OR: [{ updatedAt: { gt: updatedAt } }, { updatedAt, id: { gt: id } }] });
      }
      return prisma.dossier.findMany({
        where: { AND: and },
        orderBy: [{ updatedAt: 'asc' }, { id: 'asc' }],
        take: filters.limit,
        select: listSelect,
      });
    },

    /** Whom the dossier belongs to, for the scope check before anything else is read. */
    findScopeFacts: (id: string) =>
      prisma.dossier.findUnique({
        where: { id },
        select: { id: true, status: true, agencyId: true, submittedByClientId: true, agency: { select: { name: true } } },
      }),

    findDetail: (id: string) => prisma.dossier.findUniqueOrThrow({ where: { id }, select: integrationDossierSelect }),

    /** A procedure that may take a dossier, with its handling agencies. */
    findProcedure: (procedureId: string) =>
      prisma.procedure.findFirst({
        where: { id: procedureId, active: true },
        select: { id: true, agencyId: true, serviceLevel: true, formVersion: true, handlingAgencies: { select: { agencyId: true } } },
      }),
  };
}

export type IntegrationDossierRepository = ReturnType<typeof createIntegrationDossierRepository>;
