import { DOMAIN_MESSAGES_EN } from './accounts.ts';
import { ADMIN_MESSAGES_EN } from './admin.ts';
import { COMMON_MESSAGES_EN } from './common.ts';
import { DOSSIER_MESSAGES_EN } from './dossiers.ts';
import { FORM_DEFINITION_MESSAGES_EN } from './form-definition.ts';
import { STAFF_DOSSIER_MESSAGES_EN } from './staff-dossiers.ts';
import { QUESTION_MESSAGES_EN } from './questions.ts';
import { LOOKUP_MESSAGES_EN } from './lookup.ts';
import { STATS_MESSAGES_EN } from './stats.ts';
import { GUIDE_MESSAGES_EN } from './guides.ts';
import { LEGAL_DOCUMENT_MESSAGES_EN } from './legal-documents.ts';
import { EVENT_MESSAGES_EN } from './events.ts';
import { API_CLIENT_MESSAGES_EN } from './api-clients.ts';
import { WEBHOOK_MESSAGES_EN } from './webhooks.ts';
import { translateValidationMessage } from './validation-messages.ts';

/**
 * English for every Vietnamese message a schema of this package produces (accounts,
 * dossiers, online-form definitions, administration), so the SPA can show inline
 * errors, its own and the API's field errors, in the reader's language. Each module
 * keeps its own table beside its messages; this one only joins them (and so may import
 * them all without an import cycle).
 */
const ALL_MESSAGES_EN: Readonly<Record<string, string>> = {
  ...COMMON_MESSAGES_EN,
  ...DOMAIN_MESSAGES_EN,
  ...DOSSIER_MESSAGES_EN,
  ...FORM_DEFINITION_MESSAGES_EN,
  ...ADMIN_MESSAGES_EN,
  ...STAFF_DOSSIER_MESSAGES_EN,
  ...QUESTION_MESSAGES_EN,
  ...LOOKUP_MESSAGES_EN,
  ...STATS_MESSAGES_EN,
  ...GUIDE_MESSAGES_EN,
  ...LEGAL_DOCUMENT_MESSAGES_EN,
  ...API_CLIENT_MESSAGES_EN,
  ...WEBHOOK_MESSAGES_EN,
  ...EVENT_MESSAGES_EN,
};

/** The message in the reader's language: Vietnamese as is, English when known (zod's defaults included). */
export const translateDomainMessage = (message: string, language: string): string =>
  language === 'vi' ? message : (ALL_MESSAGES_EN[message] ?? translateValidationMessage(message) ?? message);
