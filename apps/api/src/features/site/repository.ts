import type { TPrismaClient } from '@portal/db';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What the public site's addresses need from the database: the published procedures. */
export function createSiteRepository(prisma: TPrismaClient) {
  return {
    /** Whether /thu-tuc/:idOrCode is the page of a published procedure (by id or code). */
    async isPublishedProcedure(idOrCode: string): Promise<boolean> {
      if (idOrCode.length === 0 || idOrCode.length > 64) return false;
      const found = await prisma.procedure.findFirst({
        where: { active: true, ...(UUID.test(idOrCode) ? { id: idOrCode } : { code: idOrCode }) },
        select: { id: true },
      });
      return found !== null;
    },

    /** Published procedures for the sitemap, by code. */
    publishedProcedures(): Promise<{ code: string; updatedAt: Date }[]> {
      return prisma.procedure.findMany({ where: { active: true }, select: { code: true, updatedAt: true }, orderBy: { code: 'asc' } });
    },
  };
}

export type SiteRepository = ReturnType<typeof createSiteRepository>;
