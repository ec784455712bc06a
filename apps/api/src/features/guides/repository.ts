import { Prisma, type TPrismaClient } from '@portal/db';

/** Reads and writes of guide pages (table guide_page: one row per slug and language). */

export type Db = TPrismaClient | Prisma.TransactionClient;

export const guideSelect = {
  id: true,
  slug: true,
  locale: true,
  title: true,
  body: true,
  sortOrder: true,
  published: true,
  revision: true,
  updatedAt: true,
} as const satisfies Prisma.GuidePageSelect;

export type GuideRow = Prisma.GuidePageGetPayload<{ select: typeof guideSelect }>;

const summarySelect = { ...guideSelect, body: false } as const satisfies Prisma.GuidePageSelect;
export type GuideSummaryRow = Prisma.GuidePageGetPayload<{ select: typeof summarySelect }>;

const order = [{ sortOrder: 'asc' }, { slug: 'asc' }, { locale: 'desc' }] as const satisfies Prisma.GuidePageOrderByWithRelationInput[];

export type GuideData = Pick<GuideRow, 'slug' | 'locale' | 'title' | 'body' | 'sortOrder' | 'published'>;

export const isUniqueViolation = (error: unknown): boolean =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';

export function createGuideRepository(prisma: TPrismaClient) {
  return {
    transaction: <T>(run: (tx: Prisma.TransactionClient) => Promise<T>) => prisma.$transaction(run),

    /** Every published page, both languages, in display order. */
    published: () => prisma.guidePage.findMany({ where: { published: true }, orderBy: order, select: guideSelect }),

    /** The published pages of one guide (one per language). */
    publishedBySlug: (slug: string) => prisma.guidePage.findMany({ where: { slug, published: true }, select: guideSelect }),

    /** Every page for the administration list, without the bodies. */
    all: () => prisma.guidePage.findMany({ orderBy: order, select: summarySelect }),

    find: (id: string, db: Db = prisma) => db.guidePage.findUnique({ where: { id }, select: guideSelect }),

    findBySlug: (slug: string, locale: string, db: Db = prisma) =>
      db.guidePage.findUnique({ where: { slug_locale: { slug, locale } }, select: { id: true } }),

    create: (data: GuideData, db: Db) => db.guidePage.create({ data, select: guideSelect }),

    /** Writes when the row still has `revision` (and moves it on); false when someone saved meanwhile. */
    async updateAt(id: string, revision: number, data: GuideData, db: Db): Promise<boolean> {
      const { count } = await db.guidePage.updateMany({ where: { id, revision }, data: { ...data, revision: { increment: 1 } } });
      return count === 1;
    },

    /** Deletes when the row still has `revision`; false when someone saved meanwhile. */
    async deleteAt(id: string, revision: number, db: Db): Promise<boolean> {
      const { count } = await db.guidePage.deleteMany({ where: { id, revision } });
      return count === 1;
    },
  };
}

export type GuideRepository = ReturnType<typeof createGuideRepository>;
