import { ZMailPreview, ZMailTemplateDetail, ZMailTemplateList, type TMailTemplateLocale, type TMailTemplateOverrideInput } from '@portal/domain';
import { apiGet, apiSend } from '../../lib/api-client.ts';

const one = (key: string, locale: TMailTemplateLocale) => `/api/v1/admin/mail-templates/${encodeURIComponent(key)}/${locale}`;

export const listMailTemplates = (signal?: AbortSignal) => apiGet('/api/v1/admin/mail-templates', ZMailTemplateList, { signal });
export const getMailTemplate = (key: string, locale: TMailTemplateLocale, signal?: AbortSignal) => apiGet(one(key, locale), ZMailTemplateDetail, { signal });
export const saveMailTemplate = (key: string, locale: TMailTemplateLocale, body: TMailTemplateOverrideInput) => apiSend('PUT', one(key, locale), body, ZMailTemplateDetail);
export const resetMailTemplate = (key: string, locale: TMailTemplateLocale) => apiSend('DELETE', one(key, locale), undefined, ZMailTemplateDetail);
export const previewMailTemplate = (key: string, locale: TMailTemplateLocale, body: TMailTemplateOverrideInput) => apiSend('POST', `${one(key, locale)}/preview`, body, ZMailPreview);
