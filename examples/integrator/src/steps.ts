/**
 * The steps of the integration, one function each, in the order `main()` runs them. Each
 * takes the typed client it needs; nothing here keeps state between steps except what it
 * returns, so an integrator can lift any one of them into its own system.
 */
import { randomUUID } from 'node:crypto';
import type { components } from '@portal/api-client';
import { ok, PortalError, type PortalApi } from './portal-client.ts';
import type { WebhookMessage, WebhookReceiver } from './webhook-receiver.ts';

// ───────────── (b) the webhook subscription ─────────────

export interface Subscription {
  id: string;
  /** `whsec_…`: the receiver verifies signatures with it */
  secret: string;
}

/**
 * Registers the receiver's URL for `eventTypes` (scope `webhooks:manage`). The portal
 * answers the signing secret once, with the new subscription: keep it like a password.
 */
export async function registerWebhook(api: PortalApi, receiver: WebhookReceiver, eventTypes: EventType[]): Promise<Subscription> {
  const created = ok(
    'create the webhook subscription',
    await api.POST('/api/v1/webhooks/subscriptions', {
      body: { url: receiver.url, eventTypes, description: 'Example integrator (examples/integrator)' },
    }),
  );
  receiver.setSecret(created.secret);
  return { id: created.id, secret: created.secret };
}

export async function removeWebhook(api: PortalApi, subscription: Subscription): Promise<void> {
  const { response } = await api.DELETE('/api/v1/webhooks/subscriptions/{id}', { params: { path: { id: subscription.id } } });
  if (!response.ok && response.status !== 404) throw new PortalError(response.status, {}, 'remove the webhook subscription');
}

// ───────────── (c) another channel submits a dossier for an applicant ─────────────

export interface Applicant {
  fullName: string;
  /** CCCD: 12 digits */
  idNumber: string;
  phone: string;
  /** Every piece of news goes here, and the public lookup link */
  email: string;
  address: string;
}

export interface SubmittedDossier {
  id: string;
  code: string;
  version: number;
  /** The public lookup page the applicant was e-mailed */
  trackingUrl: string;
  /** Whether the create call was answered from the portal's idempotency store (the retry) */
  replayed: boolean;
}

/** A one-page PDF, written by hand: enough for the portal's content check (`%PDF-`). */
export function onePagePdf(text: string): Buffer {
  const stream = `BT /F1 18 Tf 72 720 Td (${text.replace(/[()\\]/g, '')}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(pdf.length);
    pdf += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

const pdfPart = (content: Buffer, name: string) => new File([new Uint8Array(content)], name, { type: 'application/pdf' });

/** A multipart body: the text fields first, then the file (fetch sets the boundary). */
function multipart(fields: Record<string, string>, file: File): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  form.set('file', file);
  return form;
}

type StaffAction = components['schemas']['StaffActionRequest'];
/** `dossier.submitted`, `dossier.result`, … (see docs/integrators.md) */
export type EventType = FeedEvent['type'];
export type DossierEvent = components['schemas']['DossierEvent'];
/** Narrows an event to a dossier's (its `data` is the dossier after the change) */
export const isDossierEvent = (event: FeedEvent): event is DossierEvent => event.subject.type === 'dossier';

/**
 * The three calls of a submission (scope `dossiers:submit`): create the dossier with the
 * applicant and the form data, upload a file for every required component, send it.
 * Every POST carries an `Idempotency-Key`: a retry after a timeout or a lost answer gets
 * the first answer again (`Idempotent-Replayed: true`) instead of a second dossier. The
 * create call is sent twice here on purpose to show it.
 */
export async function submitForApplicant(
  api: PortalApi,
  input: { procedureCode: string; applicant: Applicant; idempotencyKey?: string },
): Promise<SubmittedDossier> {
  const procedure = ok('read the procedure', await api.GET('/api/v1/procedures/{idOrCode}', { params: { path: { idOrCode: input.procedureCode } } }));

  const key = input.idempotencyKey ?? randomUUID();
  const create = () =>
    api.POST('/api/v1/integrations/dossiers', {
      params: { header: { 'Idempotency-Key': key } },
      // The procedure's own sample answers stand in for what the channel collected at its counter.
      body: { procedureId: procedure.id, applicant: input.applicant, formData: procedure.sampleFormData ?? {} },
    });
  const first = ok('create the dossier', await create());
  // The same request again, as after a network failure: the same dossier comes back.
  const retry = await create();
  const again = ok('create the dossier (retry)', retry);
  if (again.id !== first.id) throw new Error(`Idempotency-Key not honoured: ${first.id} then ${again.id}`);
  const replayed = retry.response.headers.get('idempotent-replayed') === 'true';

  for (const component of procedure.components.filter((candidate) => candidate.required)) {
    // multipart/form-data: `componentId` first, then `file` (the portal streams the file). The
    // generated type has `file: string` (OpenAPI `format: binary`): pass its name, and let
    // the serializer build the real FormData.
    const pdf = onePagePdf(component.name.normalize('NFD').replace(/\p{M}/gu, '').replace(/[^\x20-\x7e]/g, ''));
    ok(
      `upload "${component.name}"`,
      await api.POST('/api/v1/integrations/dossiers/{id}/files', {
        params: { path: { id: first.id }, header: { 'Idempotency-Key': `${key}:file:${component.id}` } },
        body: { componentId: component.id, file: 'ho-so.pdf' },
        bodySerializer: (fields) => multipart({ componentId: fields.componentId }, pdfPart(pdf, fields.file)),
      }),
    );
  }

  const sent = ok(
    'send the dossier',
    await api.POST('/api/v1/integrations/dossiers/{id}/send', {
      params: { path: { id: first.id }, header: { 'Idempotency-Key': `${key}:send` } },
      body: {},
    }),
  );
  return { id: sent.id, code: sent.code, version: sent.version, trackingUrl: sent.trackingUrl, replayed };
}

// ───────────── (d) the webhook for it ─────────────

/** The subject of an event: `subject.id` (a dossier's id for `dossier.*`) */
export const subjectIdOf = (message: WebhookMessage) => message.subject?.id;

export function waitForDossierWebhook(receiver: WebhookReceiver, type: string, dossierId: string, timeoutMs = 60_000): Promise<WebhookMessage> {
  return receiver.waitFor((message) => message.type === type && subjectIdOf(message) === dossierId, timeoutMs);
}

// ───────────── (e) the agency's back office processes it ─────────────

export interface ProcessedDossier {
  id: string;
  status: string;
  version: number;
  resultFileId: string;
}

/**
 * What the agency's own software does once the dossier arrived (scope `dossiers:process`):
 * receive it, attach the result document, complete it, record the hand-over. Every action
 * carries the version last read: a dossier changed meanwhile answers 409
 * DOSSIER_VERSION_CONFLICT, and the system reads it again instead of overwriting.
 */
export async function processAsBackOffice(api: PortalApi, dossierId: string, startVersion: number): Promise<ProcessedDossier> {
  const act = async (action: StaffAction) =>
    ok(
      `action ${action.type}`,
      await api.POST('/api/v1/integrations/dossiers/{id}/actions', {
        params: { path: { id: dossierId }, header: { 'Idempotency-Key': `${dossierId}:${action.type}:${action.version}` } },
        body: action,
      }),
    );

  await act({ type: 'receive', version: startVersion, note: 'Tiếp nhận qua hệ thống một cửa của cơ quan' });
  const result = ok(
    'upload the result document',
    await api.POST('/api/v1/integrations/dossiers/{id}/result-files', {
      params: { path: { id: dossierId }, header: { 'Idempotency-Key': `${dossierId}:result-file` } },
      body: { file: 'quyet-dinh.pdf' },
      bodySerializer: (fields) => multipart({}, pdfPart(onePagePdf('Quyet dinh cap phep'), fields.file)),
    }),
  );
  // Read the version again rather than guess what the upload did to it.
  const current = ok('read the dossier', await api.GET('/api/v1/integrations/dossiers/{id}', { params: { path: { id: dossierId } } }));
  const completed = await act({ type: 'complete', version: current.version, note: 'Đã có kết quả' });
  const handedOver = await act({ type: 'hand-over', version: completed.version });
  return { id: dossierId, status: handedOver.status, version: handedOver.version, resultFileId: result.id };
}

// ───────────── (f) the event feed ─────────────

/** An event of the feed, and the body of a webhook: `dossier.*`, `procedure.*` or `question.answered` */
export type FeedEvent = components['schemas']['IntegrationEvent'];

/**
 * Reads `GET /api/v1/events` from `after` (a cursor saved by the last run; absent: from the
 * beginning) to the end. Save the returned cursor only once the events are processed: the
 * feed is in commit order without gaps, so resuming from it misses nothing.
 */
export async function readFeed(api: PortalApi, after: string | undefined, options: { types?: EventType[]; limit?: number; maxPages?: number } = {}) {
  const events: FeedEvent[] = [];
  let cursor = after;
  const limit = options.limit ?? 500;
  for (let page = 0; page < (options.maxPages ?? 1000); page++) {
    const answer = ok(
      'read the event feed',
      await api.GET('/api/v1/events', {
        params: { query: { ...(cursor ? { after: cursor } : {}), ...(options.types ? { types: options.types.join(',') } : {}), limit } },
      }),
    );
    events.push(...answer.items);
    cursor = answer.nextCursor;
    if (answer.items.length < limit) break;
  }
  return { events, cursor: cursor ?? '' };
}

// ───────────── (g) the applicant's public lookup ─────────────

export type PublicLookup = components['schemas']['DossierLookup'];

/** What the applicant sees at the lookup link of the e-mail (no token: it is public). */
export async function lookUpPublicly(publicApi: PortalApi, code: string): Promise<PublicLookup> {
  return ok('public lookup', await publicApi.GET('/api/v1/lookup', { params: { query: { code } } }));
}
