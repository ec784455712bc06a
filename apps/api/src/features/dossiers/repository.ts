import { Prisma, type TPrismaClient } from '@portal/db';
import type { Db } from './access.ts';
import { dossierDetailSelect } from './present.ts';

/** Transactions of the dossier API: a send may queue behind others on its agency's code counter. */
export const DOSSIER_TRANSACTION_OPTIONS = { maxWait: 20_000, timeout: 30_000 } as const;

/** What sending needs to check and write, beyond the page's data. */
export const dossierForSendSelect = {
  ...dossierDetailSelect,
  guestTokenHash: true,
  guestLocale: true,
  agency: { select: { id: true, name: true, unitCode: true } },
  owner: { select: { id: true, username: true, fullName: true } },
} as const satisfies Prisma.DossierSelect;
export type DossierForSend = Prisma.DossierGetPayload<{ select: typeof dossierForSendSelect }>;

/** The Prisma calls of citizen dossiers (the list has its own SQL: list-repository.ts). */
export function createDossierRepository(prisma: TPrismaClient) {
  return {
    transaction: <T>(work: (tx: Prisma.TransactionClient) => Promise<T>) => prisma.$transaction(work, DOSSIER_TRANSACTION_OPTIONS),

    /** An active procedure with what creating a dossier needs, by id. */
    findProcedureForCreate: (procedureId: string) =>
      prisma.procedure.findFirst({
        where: { id: procedureId, active: true },
        select: {
          id: true,
          agencyId: true,
          serviceLevel: true,
          formVersion: true,
          handlingAgencies: { select: { agencyId: true } },
          components: { select: { id: true, paperOriginalAllowed: true } },
        },
      }),

    findFormVersion: (procedureId: string, version: number) =>
      prisma.procedureFormVersion.findUnique({
        where: { procedureId_version: { procedureId, version } },
        select: { id: true, version: true, definition: true },
      }),

    /** The citizen's profile, to prefill the applicant. */
    findProfile: (userId: string) =>
      prisma.user.findUniqueOrThrow({
        where: { id: userId },
        select: { fullName: true, idNumber: true, dateOfBirth: true, gender: true, phone: true, email: true, address: true },
      }),

    createDossier: (data: Prisma.DossierUncheckedCreateInput, db: Db = prisma) =>
      db.dossier.create({ data, select: { id: true } }),

    countProcedureUse: (procedureId: string, db: Db = prisma) =>
      db.procedure.update({ where: { id: procedureId }, data: { usageCount: { increment: 1 } }, select: { id: true } }),

    findDetail: (id: string, db: Db = prisma) => db.dossier.findUniqueOrThrow({ where: { id }, select: dossierDetailSelect }),

    findForSend: (id: string, db: Db = prisma) => db.dossier.findUniqueOrThrow({ where: { id }, select: dossierForSendSelect }),

    /** A live (unused, unexpired) confirmation link of a guest dossier exists. */
    async hasPendingGuestConfirmation(dossierId: string, db: Db = prisma): Promise<boolean> {
      const token = await db.oneTimeToken.findFirst({
        where: { dossierId, purpose: 'guest_dossier_confirmation', usedAt: null, expiresAt: { gt: new Date() } },
        select: { id: true },
      });
      return token !== null;
    },

    /**
     * Writes when the dossier is still at `version` and in one of `statuses`; false when
     * someone else changed it first (the caller tells which).
     */
    async updateIfVersion(
      id: string,
      version: number,
      statuses: Prisma.DossierWhereInput['status'],
      data: Prisma.DossierUncheckedUpdateManyInput,
      db: Db = prisma,
    ): Promise<boolean> {
      const { count } = await db.dossier.updateMany({ where: { id, version, status: statuses }, data: { ...data, version: { increment: 1 } } });
      return count === 1;
    },

    /** The components whose original the applicant brings to the one-stop desk, replacing the stored choice. */
    async replaceBringOriginals(dossierId: string, componentIds: readonly string[], db: Db = prisma): Promise<void> {
      await db.dossierComponentChoice.deleteMany({ where: { dossierId, componentId: { notIn: [...componentIds] } } });
      if (componentIds.length > 0) {
        await db.dossierComponentChoice.createMany({
          data: componentIds.map((componentId) => ({ dossierId, componentId, bringOriginal: true })),
          skipDuplicates: true,
        });
      }
    },

    currentState: (id: string, db: Db = prisma) => db.dossier.findUnique({ where: { id }, select: { version: true, status: true } }),

    /** The storage keys of a dossier's files, then the dossier and its rows (not its files on disk). */
    async deleteDossier(id: string, tx: Prisma.TransactionClient): Promise<string[]> {
      const files = await tx.dossierFile.findMany({ where: { dossierId: id }, select: { fileId: true, file: { select: { storageKey: true } } } });
      await tx.dossierFile.deleteMany({ where: { dossierId: id } });
      await tx.storedFile.deleteMany({ where: { id: { in: files.map((file) => file.fileId) } } });
      await tx.oneTimeToken.deleteMany({ where: { dossierId: id } });
      await tx.dossier.delete({ where: { id } });
      return files.map((file) => file.file.storageKey);
    },

    createRating: (data: { dossierId: string; userId: string; score: number; comment: string | null }, db: Db = prisma) =>
      db.dossierRating.create({ data, select: { score: true, comment: true, createdAt: true } }),

    /** Ends the open pause of the due-date clock (supplement-requested → sent). */
    endOpenPauses: (dossierId: string, at: Date, db: Db = prisma) =>
      db.dossierPause.updateMany({ where: { dossierId, endedAt: null }, data: { endedAt: at } }),

    /** When the current supplement request started (its open pause), if any. */
    openPauseStart: async (dossierId: string, db: Db = prisma) =>
      (await db.dossierPause.findFirst({ where: { dossierId, endedAt: null }, orderBy: { startedAt: 'desc' }, select: { startedAt: true } }))?.startedAt ??
      null,
  };
}

export type DossierRepository = ReturnType<typeof createDossierRepository>;

/** True when the error is a unique-index refusal (P2002). */
export const isUniqueViolation = (error: unknown): boolean =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
