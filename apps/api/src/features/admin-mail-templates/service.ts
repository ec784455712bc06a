import {
  DomainError,
  MAIL_TEMPLATE_LOCALES,
  mailPlaceholderProblems,
  type TMailPreview,
  type TMailTemplateDetail,
  type TMailTemplateLocale,
  type TMailTemplateOverride,
  type TMailTemplateSummary,
} from '@portal/domain';
import type { Audit } from '../../plugins/app/audit.ts';
import type { SessionUser } from '../../plugins/app/auth.ts';
import type { RequestContext } from '../auth/service.ts';
import type { TMailTemplate } from '../mail/templates.ts';
import { renderMailWithOverride } from './render-override.ts';
import type { MailTemplateRepository, OverrideRow } from './repository.ts';
import { defaultWording, editableTemplate, editableTemplateKeys, type EditableTemplate } from './template-catalog.ts';

const contentOf = (row: OverrideRow | null) => (row ? { subject: row.subject, text: row.text, html: row.html } : null);

/**
 * E-mail templates: an administrator's wording per template and language overrides the
 * built-in one; only the template's documented placeholders are accepted; a preview
 * renders sample data; deleting the override resets to the built-in wording.
 */
export function createMailTemplateService({ repository, audit }: { repository: MailTemplateRepository; audit: Audit }) {
  function templateOf(key: string): { key: TMailTemplate; entry: EditableTemplate } {
    const entry = editableTemplate(key);
    if (!entry) throw new DomainError('MAIL_TEMPLATE_NOT_FOUND');
    return { key: key as TMailTemplate, entry };
  }

  function assertPlaceholders(entry: EditableTemplate, input: TMailTemplateOverride) {
    const problems = mailPlaceholderProblems(input, Object.keys(entry.placeholders));
    if (Object.keys(problems).length > 0) throw new DomainError('MAIL_TEMPLATE_PLACEHOLDER_UNKNOWN', { fieldErrors: problems });
  }

  function detailOf(key: TMailTemplate, entry: EditableTemplate, locale: TMailTemplateLocale, row: OverrideRow | null): TMailTemplateDetail {
    return {
      key,
      locale,
      label: entry.label[locale],
      description: entry.description[locale],
      placeholders: Object.entries(entry.placeholders).map(([name, description]) => ({
        name,
        description: description[locale],
        sample: String(entry.derived?.(entry.sample, locale)[name] ?? entry.sample[name] ?? ''),
      })),
      default: { ...defaultWording(key, entry, locale), html: null },
      override: row ? { subject: row.subject, text: row.text, html: row.html, updatedAt: row.updatedAt.toISOString() } : null,
    };
  }

  const auditOf = (actor: SessionUser, ctx: RequestContext, action: `${string}.${string}`, key: string, locale: string) => ({
    action,
    actorId: actor.id,
    actorName: actor.username,
    entityType: 'mail_template',
    entityId: `${key}/${locale}`,
    ip: ctx.ip,
    requestId: ctx.requestId,
  });

  return {
    async list(): Promise<{ items: TMailTemplateSummary[] }> {
      const overrides = await repository.findAll();
      return {
        items: editableTemplateKeys().map((key) => {
          const entry = editableTemplate(key)!;
          return {
            key,
            label: entry.label.vi,
            description: entry.description.vi,
            overridden: MAIL_TEMPLATE_LOCALES.filter((locale) => overrides.some((row) => row.template === key && row.locale === locale)),
          };
        }),
      };
    },

    async get(key: string, locale: TMailTemplateLocale): Promise<TMailTemplateDetail> {
      const template = templateOf(key);
      return detailOf(template.key, template.entry, locale, await repository.find(key, locale));
    },

    async save(actor: SessionUser, key: string, locale: TMailTemplateLocale, input: TMailTemplateOverride, ctx: RequestContext): Promise<TMailTemplateDetail> {
      const template = templateOf(key);
      assertPlaceholders(template.entry, input);
      return repository.transaction(async (tx) => {
        const before = await repository.find(key, locale, tx);
        const saved = await repository.save(key, locale, { subject: input.subject, text: input.text, html: input.html, updatedById: actor.id }, tx);
        await audit.record(
          { ...auditOf(actor, ctx, 'mail-template.update', key, locale), ...(before ? { before: contentOf(before)! } : {}), after: contentOf(saved)! },
          tx,
        );
        return detailOf(template.key, template.entry, locale, saved);
      });
    },

    /** Back to the built-in wording. */
    async reset(actor: SessionUser, key: string, locale: TMailTemplateLocale, ctx: RequestContext): Promise<TMailTemplateDetail> {
      const template = templateOf(key);
      return repository.transaction(async (tx) => {
        const before = await repository.find(key, locale, tx);
        if (before) {
          await repository.remove(key, locale, tx);
          await audit.record({ ...auditOf(actor, ctx, 'mail-template.reset', key, locale), before: contentOf(before)! }, tx);
        }
        return detailOf(template.key, template.entry, locale, null);
      });
    },

    /** The message as it would be sent, with the template's sample data; `input` is the wording being edited. */
    preview(key: string, locale: TMailTemplateLocale, input: TMailTemplateOverride): TMailPreview {
      const template = templateOf(key);
      assertPlaceholders(template.entry, input);
      return renderMailWithOverride(key, locale, template.entry.sample, input);
    },
  };
}
