export { DEFAULTS, main, runIntegrator, type IntegratorOptions, type IntegratorRun } from './main.ts';
export { createPortalApi, ok, PortalError, type PortalApi, type Problem } from './portal-client.ts';
export {
  isDossierEvent,
  lookUpPublicly,
  onePagePdf,
  processAsBackOffice,
  readFeed,
  registerWebhook,
  removeWebhook,
  subjectIdOf,
  submitForApplicant,
  waitForDossierWebhook,
  type Applicant,
  type DossierEvent,
  type EventType,
  type FeedEvent,
  type ProcessedDossier,
  type PublicLookup,
  type SubmittedDossier,
  type Subscription,
} from './steps.ts';
export { basicAuthorization, clientCredentialsTokenSource, requestToken, type ClientCredentials, type TokenResponse, type TokenSource } from './token.ts';
export { startWebhookReceiver, type WebhookMessage, type WebhookReceiver } from './webhook-receiver.ts';
