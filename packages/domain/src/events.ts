import { z } from 'zod';
import { ZActorRole, ZDossierAction, ZDossierStatus, type TDossierAction } from './lifecycle.ts';
import { CURSOR_MAX_LENGTH, zText } from './common.ts';
import { ZSubmissionChannel } from './integration-dossiers.ts';

/**
 * Integration events: every change an integrating system cares about writes one row of
 * `integration_event` in the SAME transaction as the change, so the feed
 * `GET /api/v1/events` (and the webhooks fed from it) never announce a change that was
 * rolled back and never miss one that committed.
 *
 * What a payload carries, and what it does not: the state of the subject as an agency
 * system of that agency may see it — ids, codes, statuses, dates, the channel, who acted
 * as a role (and the client_id when an API client acted). Never personal data: no
 * applicant name, identity number, address, form data or files, no notes or reasons
 * (they may quote the applicant), no staff names. A system that needs them reads the
 * dossier through the dossiers API with `dossiers:read`, where its agency scope applies.
 * A payload is the subject's state right after the change (not a diff).
 */

/** A record id as stored (a PostgreSQL uuid): documented as one, not re-checked on the way out. */
const ZRecordId = z.string().meta({ format: 'uuid' });

export const DOSSIER_EVENT_TYPES = [
  'dossier.submitted',
  'dossier.received',
  'dossier.supplement_requested',
  'dossier.supplement_submitted',
  'dossier.forwarded',
  /** Processing completed with a result (status `result`) */
  'dossier.result',
  'dossier.returned',
  'dossier.handed_over',
  'dossier.rated',
  /** The due date was extended with an apology (the status does not change) */
  'dossier.extended',
] as const;
export type TDossierEventType = (typeof DOSSIER_EVENT_TYPES)[number];

export const INTEGRATION_EVENT_TYPES = [...DOSSIER_EVENT_TYPES, 'procedure.published', 'procedure.changed', 'question.answered'] as const;
export const ZIntegrationEventType = z.enum(INTEGRATION_EVENT_TYPES).meta({ id: 'IntegrationEventType' });
export type TIntegrationEventType = z.infer<typeof ZIntegrationEventType>;

/**
 * The event each processing-history action writes — exhaustive, so a new action in
 * lifecycle.ts does not compile until it is decided here. `null`: no event, on purpose:
 * `transfer-records` and `register` are the agency's internal records bookkeeping (the
 * dossier does not change hands nor state; the version moves and shows in the next event).
 */
export const DOSSIER_ACTION_EVENTS = {
  submit: 'dossier.submitted',
  'submit-supplement': 'dossier.supplement_submitted',
  receive: 'dossier.received',
  'request-supplement': 'dossier.supplement_requested',
  return: 'dossier.returned',
  'transfer-records': null,
  register: null,
  forward: 'dossier.forwarded',
  apologize: 'dossier.extended',
  complete: 'dossier.result',
  'hand-over': 'dossier.handed_over',
  rate: 'dossier.rated',
} as const satisfies Record<TDossierAction, TDossierEventType | null>;

export const dossierEventTypeOf = (action: TDossierAction): TDossierEventType | null => DOSSIER_ACTION_EVENTS[action];

export const EVENT_SUBJECT_TYPES = ['dossier', 'procedure', 'question'] as const;
export const ZEventSubjectType = z.enum(EVENT_SUBJECT_TYPES);
export type TEventSubjectType = z.infer<typeof ZEventSubjectType>;

/** A dossier after the change (no personal data: see above). */
export const ZDossierEventData = z
  .object({
    id: ZRecordId,
    /** Dossier code ({unit}-{YYMMDD}-{NNNN}); null only before it is sent */
    code: z.string().nullable(),
    status: ZDossierStatus,
    /** The status before the change (the same for steps that keep it, e.g. forward) */
    previousStatus: ZDossierStatus.nullable(),
    /** The processing-history action that wrote the event */
    action: ZDossierAction,
    /** The dossier's version after the change (`version` of staff and machine actions) */
    version: z.number().int(),
    procedureId: ZRecordId,
    procedureCode: z.string(),
    /** The handling agency */
    agencyId: ZRecordId,
    channel: ZSubmissionChannel,
    submittedAt: z.iso.datetime().nullable(),
    receivedAt: z.iso.datetime().nullable(),
    /** Ngày hẹn trả, after any extension */
    dueAt: z.iso.datetime().nullable(),
    finishedAt: z.iso.datetime().nullable(),
    updatedAt: z.iso.datetime(),
    /** Who acted, as a role; `clientId` is the OAuth client_id when an API client acted (`system`) */
    actor: z.object({ role: ZActorRole.nullable(), clientId: z.string().nullable() }),
  })
  .meta({ id: 'DossierEventData' });
export type TDossierEventData = z.infer<typeof ZDossierEventData>;

/** A procedure of the public catalogue (published, or just taken out: `published: false`). */
export const ZProcedureEventData = z
  .object({
    id: ZRecordId,
    code: z.string(),
    name: z.string(),
    /** The managing agency */
    agencyId: ZRecordId,
    fieldId: ZRecordId,
    published: z.boolean(),
    /** Current version of the online form */
    formVersion: z.number().int(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'ProcedureEventData' });
export type TProcedureEventData = z.infer<typeof ZProcedureEventData>;

/**
 * A question answered by its agency. `published`: the answer is public (Hỏi đáp); when not,
 * the event belongs to the agency only (its agencyId is set). Neither the asker nor the
 * texts are carried.
 */
export const ZQuestionEventData = z
  .object({
    id: ZRecordId,
    published: z.boolean(),
    agencyId: ZRecordId.nullable(),
    fieldId: ZRecordId.nullable(),
    procedureId: ZRecordId.nullable(),
    answeredAt: z.iso.datetime(),
  })
  .meta({ id: 'QuestionEventData' });
export type TQuestionEventData = z.infer<typeof ZQuestionEventData>;

const eventBase = {
  /** Opaque, unique; the same event read twice (feed, webhook redelivery) has the same id */
  id: z.string(),
  occurredAt: z.iso.datetime(),
  /** The agency the change belongs to; null: public news for every client (catalogue, published answers) */
  agencyId: ZRecordId.nullable(),
};

export const ZDossierEvent = z
  .object({
    ...eventBase,
    type: z.enum(DOSSIER_EVENT_TYPES),
    subject: z.object({ type: z.literal('dossier'), id: ZRecordId }),
    data: ZDossierEventData,
  })
  .meta({ id: 'DossierEvent' });
export const ZProcedureEvent = z
  .object({
    ...eventBase,
    type: z.enum(['procedure.published', 'procedure.changed']),
    subject: z.object({ type: z.literal('procedure'), id: ZRecordId }),
    data: ZProcedureEventData,
  })
  .meta({ id: 'ProcedureEvent' });
export const ZQuestionEvent = z
  .object({
    ...eventBase,
    type: z.literal('question.answered'),
    subject: z.object({ type: z.literal('question'), id: ZRecordId }),
    data: ZQuestionEventData,
  })
  .meta({ id: 'QuestionEvent' });

/** One event of the feed and of a webhook delivery's body. */
export const ZIntegrationEvent = z.discriminatedUnion('type', [ZDossierEvent, ZProcedureEvent, ZQuestionEvent]).meta({ id: 'IntegrationEvent' });
export type TIntegrationEvent = z.infer<typeof ZIntegrationEvent>;

/** `nextCursor` is always given: where to resume, even after an empty page. */
export const ZEventPage = z
  .object({
    items: z.array(ZIntegrationEvent),
    nextCursor: z.string(),
  })
  .meta({ id: 'EventPage' });
export type TEventPage = z.infer<typeof ZEventPage>;

export const EVENT_MESSAGES = {
  unknownType: 'Loại sự kiện không hợp lệ',
} as const;
export const EVENT_MESSAGES_EN: Readonly<Record<string, string>> = {
  [EVENT_MESSAGES.unknownType]: 'Unknown event type',
};

/** `types=dossier.received,dossier.result`: a comma list of event types (empty: all). */
export const ZEventTypeList = zText()
  .max(1000)
  .transform((text, ctx) => {
    const types = [...new Set(text.split(',').map((part) => part.trim()).filter(Boolean))];
    for (const type of types) {
      if (!(INTEGRATION_EVENT_TYPES as readonly string[]).includes(type)) {
        ctx.addIssue({ code: 'custom', message: EVENT_MESSAGES.unknownType, input: type });
        return z.NEVER;
      }
    }
    return types as TIntegrationEventType[];
  })
  .meta({ description: `Comma-separated event types (${INTEGRATION_EVENT_TYPES.join(', ')}); every type when absent`, example: 'dossier.received,dossier.result' });

export const ZEventListQuery = z.object({
    /** Opaque: `nextCursor` of the previous page; from the start when absent */
    after: zText().max(CURSOR_MAX_LENGTH).optional(),
    types: ZEventTypeList.optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  });
// No `.meta({ id })` here: a querystring schema must stay inline to become OpenAPI parameters.
export type TEventListQuery = z.input<typeof ZEventListQuery>;
export type TEventListFilters = z.output<typeof ZEventListQuery>;
