import {
  DomainError,
  GUIDE_LOCALES,
  GUIDE_MESSAGES,
  guideLocaleFallbacks,
  type TAdminGuide,
  type TAdminGuideList,
  type TGuideCreate,
  type TGuideLocale,
  type TGuideRendered,
  type TGuideUpdate,
  type TPublicGuide,
  type TPublicGuideList,
} from '@portal/domain';
import type { Prisma } from '@portal/db';
import type { Audit } from '../../plugins/app/audit.ts';
import type { SessionUser } from '../../plugins/app/auth.ts';
import type { RequestContext } from '../auth/service.ts';
import type { GuideRenderer } from './markdown.ts';
import { isUniqueViolation, type Db, type GuideData, type GuideRepository, type GuideRow, type GuideSummaryRow } from './repository.ts';

export interface GuideServiceDeps {
  repository: GuideRepository;
  renderer: GuideRenderer;
  audit: Audit;
}

/** Rendered pages kept in memory: a page of 100,000 characters takes milliseconds to render, a read of a cached one none. */
const RENDER_CACHE_SIZE = 200;

const asLocale = (value: string): TGuideLocale => ((GUIDE_LOCALES as readonly string[]).includes(value) ? (value as TGuideLocale) : 'vi');

const toAdminSummary = (row: GuideSummaryRow) => ({
  id: row.id,
  slug: row.slug,
  locale: asLocale(row.locale),
  title: row.title,
  sortOrder: row.sortOrder,
  published: row.published,
  revision: row.revision,
  updatedAt: row.updatedAt.toISOString(),
});

const toAdmin = (row: GuideRow): TAdminGuide => ({ ...toAdminSummary(row), body: row.body });

/** What the audit trail keeps of a page: everything an administrator can change, the text included. */
const auditOf = (row: GuideRow): Prisma.InputJsonValue => ({
  slug: row.slug,
  locale: row.locale,
  title: row.title,
  sortOrder: row.sortOrder,
  published: row.published,
  revision: row.revision,
  body: row.body,
});

const dataOf = (input: TGuideCreate): GuideData => ({
  slug: input.slug,
  locale: input.locale,
  title: input.title,
  body: input.body,
  sortOrder: input.sortOrder,
  published: input.published,
});

const slugTaken = () => new DomainError('GUIDE_SLUG_TAKEN', { fieldErrors: { slug: GUIDE_MESSAGES.slugTaken } });

/** The page to show a reader of `requested`: theirs, else Vietnamese, else any other language. */
function pick<T extends { locale: string }>(pages: readonly T[], requested: TGuideLocale): T | undefined {
  for (const locale of guideLocaleFallbacks(requested)) {
    const page = pages.find((candidate) => candidate.locale === locale);
    if (page) return page;
  }
  return undefined;
}

/**
 * Guides: the public list and pages (published only, with a language fallback) and their
 * administration (create, edit with an optimistic `revision`, delete, preview), each
 * change audited with the page before and after in the same transaction.
 */
export function createGuideService({ repository, renderer, audit }: GuideServiceDeps) {
  // Keyed by id and revision: every save moves the revision on, so an entry is never stale.
  const cache = new Map<string, TGuideRendered & { summary: string }>();
  function renderedOf(row: GuideRow) {
    const key = `${row.id}:${row.revision}`;
    let entry = cache.get(key);
    if (entry) {
      cache.delete(key); // re-insert: most recently used last
    } else {
      entry = { ...renderer.render(row.body, asLocale(row.locale)), summary: renderer.summarize(row.body) };
      if (cache.size >= RENDER_CACHE_SIZE) cache.delete(cache.keys().next().value!);
    }
    cache.set(key, entry);
    return entry;
  }

  async function existing(id: string, db?: Db): Promise<GuideRow> {
    const row = await repository.find(id, db);
    if (!row) throw new DomainError('GUIDE_NOT_FOUND');
    return row;
  }

  const record = (action: 'guide.create' | 'guide.update' | 'guide.delete', actor: SessionUser, ctx: RequestContext, id: string, change: { before?: GuideRow; after?: GuideRow }, db: Db) =>
    audit.record(
      {
        action,
        actorId: actor.id,
        actorName: actor.username,
        entityType: 'guide_page',
        entityId: id,
        ip: ctx.ip,
        requestId: ctx.requestId,
        ...(change.before ? { before: auditOf(change.before) } : {}),
        ...(change.after ? { after: auditOf(change.after) } : {}),
      },
      db,
    );

  return {
    async publicList(locale: TGuideLocale): Promise<TPublicGuideList> {
      const bySlug = new Map<string, GuideRow[]>();
      for (const row of await repository.published()) bySlug.set(row.slug, [...(bySlug.get(row.slug) ?? []), row]);
      const chosen = [...bySlug.values()].map((pages) => pick(pages, locale)!);
      chosen.sort((a, b) => a.sortOrder - b.sortOrder || a.slug.localeCompare(b.slug));
      return {
        items: chosen.map((row) => ({
          slug: row.slug,
          locale: asLocale(row.locale),
          fallback: row.locale !== locale,
          title: row.title,
          summary: renderedOf(row).summary,
          updatedAt: row.updatedAt.toISOString(),
        })),
        nextCursor: null,
      };
    },

    async publicPage(slug: string, locale: TGuideLocale): Promise<TPublicGuide> {
      const pages = await repository.publishedBySlug(slug);
      const page = pick(pages, locale);
      if (!page) throw new DomainError('GUIDE_NOT_FOUND');
      const { html, toc } = renderedOf(page);
      return {
        slug: page.slug,
        locale: asLocale(page.locale),
        requestedLocale: locale,
        fallback: page.locale !== locale,
        title: page.title,
        html,
        toc,
        updatedAt: page.updatedAt.toISOString(),
        locales: GUIDE_LOCALES.filter((candidate) => pages.some((other) => other.locale === candidate)),
      };
    },

    preview: (body: string, locale: TGuideLocale): TGuideRendered => renderer.render(body, locale),

    async adminList(): Promise<TAdminGuideList> {
      return { items: (await repository.all()).map(toAdminSummary), nextCursor: null };
    },

    adminGet: async (id: string): Promise<TAdminGuide> => toAdmin(await existing(id)),

    async create(actor: SessionUser, input: TGuideCreate, ctx: RequestContext): Promise<TAdminGuide> {
      try {
        return await repository.transaction(async (tx) => {
          if (await repository.findBySlug(input.slug, input.locale, tx)) throw slugTaken();
          const created = await repository.create(dataOf(input), tx);
          await record('guide.create', actor, ctx, created.id, { after: created }, tx);
          return toAdmin(created);
        });
      } catch (error) {
        throw isUniqueViolation(error) ? slugTaken() : error;
      }
    },

    async update(actor: SessionUser, id: string, input: TGuideUpdate, ctx: RequestContext): Promise<TAdminGuide> {
      try {
        return await repository.transaction(async (tx) => {
          const before = await existing(id, tx);
          const other = await repository.findBySlug(input.slug, input.locale, tx);
          if (other && other.id !== id) throw slugTaken();
          if (!(await repository.updateAt(id, input.revision, dataOf(input), tx))) {
            throw new DomainError('VERSION_CONFLICT', { details: { revision: before.revision } });
          }
          const after = await existing(id, tx);
          await record('guide.update', actor, ctx, id, { before, after }, tx);
          return toAdmin(after);
        });
      } catch (error) {
        throw isUniqueViolation(error) ? slugTaken() : error;
      }
    },

    async remove(actor: SessionUser, id: string, revision: number, ctx: RequestContext): Promise<void> {
      await repository.transaction(async (tx) => {
        const before = await existing(id, tx);
        if (!(await repository.deleteAt(id, revision, tx))) throw new DomainError('VERSION_CONFLICT', { details: { revision: before.revision } });
        await record('guide.delete', actor, ctx, id, { before }, tx);
      });
    },
  };
}

export type GuideService = ReturnType<typeof createGuideService>;
