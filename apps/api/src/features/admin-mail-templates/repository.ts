import type { Prisma, TPrismaClient } from '@portal/db';

const overrideSelect = { template: true, locale: true, subject: true, text: true, html: true, updatedAt: true } as const satisfies Prisma.MailTemplateOverrideSelect;
export type OverrideRow = Prisma.MailTemplateOverrideGetPayload<{ select: typeof overrideSelect }>;

/** mail_template_override: the only Prisma calls of e-mail template administration. */
export function createMailTemplateRepository(prisma: TPrismaClient) {
  return {
    transaction: <T>(work: (tx: Prisma.TransactionClient) => Promise<T>) => prisma.$transaction(work),

    findAll: () => prisma.mailTemplateOverride.findMany({ select: { template: true, locale: true } }),

    find: (template: string, locale: string, db: TPrismaClient | Prisma.TransactionClient = prisma) =>
      db.mailTemplateOverride.findUnique({ where: { template_locale: { template, locale } }, select: overrideSelect }),

    save: (template: string, locale: string, data: { subject: string; text: string; html: string | null; updatedById: string }, tx: Prisma.TransactionClient) =>
      tx.mailTemplateOverride.upsert({ where: { template_locale: { template, locale } }, create: { template, locale, ...data }, update: data, select: overrideSelect }),

    remove: (template: string, locale: string, tx: Prisma.TransactionClient) => tx.mailTemplateOverride.deleteMany({ where: { template, locale } }),
  };
}

export type MailTemplateRepository = ReturnType<typeof createMailTemplateRepository>;
