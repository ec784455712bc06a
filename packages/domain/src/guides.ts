import { z } from 'zod';
import { zPathId, zText } from './common.ts';
import { searchNormalize } from './catalogue-search.ts';
import { zPage } from './catalogue.ts';

/**
 * Guides (Hướng dẫn sử dụng): pages written by system administrators in Markdown and
 * rendered by the API with raw HTML off, so nothing an author types can run in a
 * reader's browser. One guide is a slug with one page per language (vi, en).
 *
 * Public (cacheable for a minute, no cookies):
 * - `GET /guides?locale=` → `ZPublicGuideList`: every published guide by `sortOrder`, in
 *   the requested language, else in Vietnamese (`fallback: true`).
 * - `GET /guides/:slug?locale=` → `ZPublicGuide`: title, rendered `html`, `toc`, the
 *   languages it exists in; the Vietnamese page with `fallback: true` when the requested
 *   language has none. 404 GUIDE_NOT_FOUND when nothing is published under the slug.
 *
 * Administration (system administrators only):
 * - `GET /admin/guides` → `ZAdminGuideList`; `GET /admin/guides/:id` → `ZAdminGuide`
 * - `POST /admin/guides` `ZGuideCreate` → 201 `ZAdminGuide` (409 GUIDE_SLUG_TAKEN)
 * - `PUT /admin/guides/:id` `ZGuideUpdate` → `ZAdminGuide` (409 VERSION_CONFLICT when
 *   `revision` is not the stored one; 409 GUIDE_SLUG_TAKEN)
 * - `DELETE /admin/guides/:id?revision=` → 204 (409 VERSION_CONFLICT when stale)
 * - `POST /admin/guides/preview` `ZGuidePreviewRequest` → `ZGuideRendered`: the same
 *   rendering citizens get, for the editor's live preview.
 */

export const GUIDE_LOCALES = ['vi', 'en'] as const;
export const ZGuideLocale = z.enum(GUIDE_LOCALES);
export type TGuideLocale = z.infer<typeof ZGuideLocale>;

export const GUIDE_LOCALE_LABELS: Record<TGuideLocale, string> = { vi: 'Tiếng Việt', en: 'English' };

/** Long enough for a complete citizen guide (the demo one is about 25,000 characters). */
export const GUIDE_BODY_MAX = 100_000;
export const GUIDE_TITLE_MAX = 200;
export const GUIDE_SLUG_MAX = 80;
export const GUIDE_SORT_MAX = 9999;

export const GUIDE_MESSAGES = {
  slug: 'Đường dẫn gồm chữ thường không dấu (a-z), chữ số và dấu gạch ngang, từ 2 đến 80 ký tự, ví dụ: nop-ho-so-truc-tuyen',
  locale: 'Vui lòng chọn ngôn ngữ: tiếng Việt hoặc tiếng Anh',
  title: 'Vui lòng nhập tiêu đề (tối đa 200 ký tự)',
  body: 'Vui lòng nhập nội dung hướng dẫn (tối đa 100.000 ký tự)',
  sortOrder: 'Thứ tự hiển thị là số nguyên từ 0 đến 9999',
  revision: 'Thiếu phiên bản của trang đang sửa; vui lòng tải lại trang',
  slugTaken: 'Đường dẫn này đã được dùng cho một trang cùng ngôn ngữ',
} as const;

export const GUIDE_MESSAGES_EN: Readonly<Record<string, string>> = {
  [GUIDE_MESSAGES.slug]: 'The address uses lower-case letters a-z, digits and hyphens, 2 to 80 characters, e.g. apply-online',
  [GUIDE_MESSAGES.locale]: 'Choose the language: Vietnamese or English',
  [GUIDE_MESSAGES.title]: 'Enter the title (at most 200 characters)',
  [GUIDE_MESSAGES.body]: 'Enter the guide’s text (at most 100,000 characters)',
  [GUIDE_MESSAGES.sortOrder]: 'The display order is a whole number from 0 to 9999',
  [GUIDE_MESSAGES.revision]: 'The revision of the page being edited is missing; reload the page',
  [GUIDE_MESSAGES.slugTaken]: 'This address is already used by a page in the same language',
};

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * An address-friendly form of a Vietnamese title: no diacritics, đ → d, lower case,
 * words joined by hyphens ("Nộp hồ sơ trực tuyến" → "nop-ho-so-truc-tuyen"). The admin
 * editor suggests it as the slug; the API uses it for heading anchors.
 */
export const slugifyVietnamese = (text: string, max = GUIDE_SLUG_MAX): string =>
  searchNormalize(text).replace(/ /g, '-').slice(0, max).replace(/-+$/, '');

export const ZGuideSlug = zText({ error: GUIDE_MESSAGES.slug })
  .trim()
  .toLowerCase()
  .min(2, GUIDE_MESSAGES.slug)
  .max(GUIDE_SLUG_MAX, GUIDE_MESSAGES.slug)
  .regex(SLUG_PATTERN, GUIDE_MESSAGES.slug);

/** One heading of the rendered page, for its table of contents (h2 and h3). */
export const ZGuideTocEntry = z.object({
  /** The heading's `id` in `html`: link to `#${id}` */
  id: zText(),
  text: zText(),
  level: z.union([z.literal(2), z.literal(3)]),
});
export type TGuideTocEntry = z.infer<typeof ZGuideTocEntry>;

/** Markdown turned into HTML that is safe to insert as it is (no script, no event handler, no foreign image). */
export const ZGuideRendered = z.object({ html: zText(), toc: z.array(ZGuideTocEntry) }).meta({ id: 'GuideRendered' });
export type TGuideRendered = z.infer<typeof ZGuideRendered>;

// ───────────── Public ─────────────

export const ZPublicGuideQuery = z.object({ locale: z.enum(GUIDE_LOCALES, { error: GUIDE_MESSAGES.locale }).default('vi') });
export type TPublicGuideQuery = z.infer<typeof ZPublicGuideQuery>;

export const ZPublicGuideParams = z.object({ slug: zText().min(1).max(GUIDE_SLUG_MAX) });

export const ZPublicGuideSummary = z.object({
  slug: zText(),
  /** The language of this page: the requested one, or Vietnamese when `fallback` */
  locale: ZGuideLocale,
  fallback: z.boolean(),
  title: zText(),
  /** The first paragraph as plain text, shortened: what the list's card shows */
  summary: zText(),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type TPublicGuideSummary = z.infer<typeof ZPublicGuideSummary>;

/** Every published guide (a handful): one page, `nextCursor` always null. */
export const ZPublicGuideList = zPage(ZPublicGuideSummary).meta({ id: 'PublicGuideList' });
export type TPublicGuideList = z.infer<typeof ZPublicGuideList>;

export const ZPublicGuide = ZGuideRendered.extend({
  slug: zText(),
  locale: ZGuideLocale,
  requestedLocale: ZGuideLocale,
  /** True when the requested language has no published page and another one is shown */
  fallback: z.boolean(),
  title: zText(),
  updatedAt: z.iso.datetime({ offset: true }),
  /** The languages this guide is published in, for the language switch */
  locales: z.array(ZGuideLocale),
}).meta({ id: 'PublicGuide' });
export type TPublicGuide = z.infer<typeof ZPublicGuide>;

/** The order of the languages to try for a reader of `requested`: theirs, then Vietnamese, then the rest. */
export const guideLocaleFallbacks = (requested: TGuideLocale): TGuideLocale[] => [
  requested,
  ...(requested === 'vi' ? [] : (['vi'] as const)),
  ...GUIDE_LOCALES.filter((locale) => locale !== requested && locale !== 'vi'),
];

// ───────────── Administration ─────────────

export const ZGuideIdParams = z.object({ id: zPathId('GUIDE_NOT_FOUND') });

const ZGuideFields = z.object({
  slug: ZGuideSlug,
  locale: z.enum(GUIDE_LOCALES, { error: GUIDE_MESSAGES.locale }),
  title: zText({ error: GUIDE_MESSAGES.title }).trim().min(1, GUIDE_MESSAGES.title).max(GUIDE_TITLE_MAX, GUIDE_MESSAGES.title),
  // Kept as typed: leading spaces and blank lines mean something in Markdown.
  body: zText({ error: GUIDE_MESSAGES.body })
    .max(GUIDE_BODY_MAX, GUIDE_MESSAGES.body)
    .refine((body) => body.trim().length > 0, GUIDE_MESSAGES.body),
  sortOrder: z.number({ error: GUIDE_MESSAGES.sortOrder }).int(GUIDE_MESSAGES.sortOrder).min(0, GUIDE_MESSAGES.sortOrder).max(GUIDE_SORT_MAX, GUIDE_MESSAGES.sortOrder),
  published: z.boolean(),
});

export const ZGuideCreate = ZGuideFields.meta({ id: 'GuideCreate' });
export type TGuideCreate = z.infer<typeof ZGuideCreate>;
export type TGuideCreateInput = z.input<typeof ZGuideCreate>;

/** `revision` is the one the editor loaded: a save over someone else's answers 409 VERSION_CONFLICT. */
export const ZGuideUpdate = ZGuideFields.extend({ revision: z.number({ error: GUIDE_MESSAGES.revision }).int().min(1, GUIDE_MESSAGES.revision) }).meta({ id: 'GuideUpdate' });
export type TGuideUpdate = z.infer<typeof ZGuideUpdate>;

export const ZGuideDeleteQuery = z.object({ revision: z.coerce.number({ error: GUIDE_MESSAGES.revision }).int().min(1, GUIDE_MESSAGES.revision) });

/** `locale` only names things the renderer writes itself (the label of a table region). */
export const ZGuidePreviewRequest = z.object({
  body: zText().max(GUIDE_BODY_MAX, GUIDE_MESSAGES.body),
  locale: z.enum(GUIDE_LOCALES, { error: GUIDE_MESSAGES.locale }).default('vi'),
}).meta({ id: 'GuidePreviewRequest' });
export type TGuidePreviewRequest = z.infer<typeof ZGuidePreviewRequest>;

export const ZAdminGuideSummary = z.object({
  id: zText(),
  slug: zText(),
  locale: ZGuideLocale,
  title: zText(),
  sortOrder: z.number().int(),
  published: z.boolean(),
  revision: z.number().int(),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type TAdminGuideSummary = z.infer<typeof ZAdminGuideSummary>;

export const ZAdminGuide = ZAdminGuideSummary.extend({ body: zText() }).meta({ id: 'AdminGuide' });
export type TAdminGuide = z.infer<typeof ZAdminGuide>;

/** Every guide page, both languages, by sortOrder then slug: one page, `nextCursor` always null. */
export const ZAdminGuideList = zPage(ZAdminGuideSummary).meta({ id: 'AdminGuideList' });
export type TAdminGuideList = z.infer<typeof ZAdminGuideList>;
