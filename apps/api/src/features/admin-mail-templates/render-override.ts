import { fillPlaceholders } from '@portal/domain';
import { MAIL_TEMPLATES, escapeHtml, isMailTemplate, layout, renderMail, toMailLocale, type MailContent, type TMailLocale } from '../mail/templates.ts';
import { editableTemplate, placeholderValues } from './template-catalog.ts';

/** An administrator's version of a template in one language (mail_template_override). */
export interface MailOverride {
  subject: string;
  text: string;
  html: string | null;
}

export interface RenderedMail {
  subject: string;
  html: string;
  text: string;
}

const HTML_SLOT = '\u0000override-html\u0000';

/**
 * Renders a message with the administrator's wording when there is one, else the
 * built-in one. The portal's frame stays: heading, the action button with its link,
 * footer. Values are inserted as text: HTML-escaped in the HTML version.
 */
export function renderMailWithOverride(template: string, locale: string, data: unknown, override: MailOverride | null): RenderedMail {
  const entry = editableTemplate(template);
  if (!override || !entry || !isMailTemplate(template)) return renderMail(template, locale, data);
  const mailLocale: TMailLocale = toMailLocale(locale);
  const parsed = MAIL_TEMPLATES[template].data.parse(data) as Record<string, unknown>;
  const builtIn = (MAIL_TEMPLATES[template].render as (d: Record<string, unknown>, l: TMailLocale) => MailContent)(parsed, mailLocale);
  const values = placeholderValues(entry, parsed, mailLocale);
  const subject = fillPlaceholders(override.subject, values).replace(/\s+/g, ' ').trim();
  // Paragraphs left empty by an empty value (an optional note) are dropped.
  const paragraphs = fillPlaceholders(override.text, values)
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
  const content: MailContent = { subject, title: builtIn.title, paragraphs: paragraphs.length > 0 ? paragraphs : [subject], ...(builtIn.action ? { action: builtIn.action } : {}) };
  const rendered = layout(content, mailLocale);
  if (!override.html) return rendered;
  // The administrator's HTML body replaces the paragraphs inside the same frame.
  const framed = layout({ ...content, paragraphs: [HTML_SLOT] }, mailLocale).html;
  const body = fillPlaceholders(override.html, values, escapeHtml);
  return { ...rendered, html: framed.replace(new RegExp(`<p[^>]*>${HTML_SLOT}</p>`), () => body) };
}
