import { z } from 'zod';
import { ZId } from './catalogue.ts';
import { ZCursorParam, ZUuid, zPathId, zText } from './common.ts';
import {
  ZApplicantDraft,
  ZDossierAgencyRef,
  ZDossierFile,
  ZDossierProcedureRef,
  ZFormDataInput,
  ZHistoryRow,
} from './dossiers.ts';
import { ZDossierAction, ZDossierStatus } from './lifecycle.ts';

/**
 * Dossiers for other systems (`/api/v1/integrations/dossiers…`, OAuth 2.0 client
 * credentials, `Authorization: Bearer`). Three kinds of integrators, three scopes:
 *
 * - `dossiers:read` (the national portal, provincial reporting, an agency's back office):
 *   `GET /integrations/dossiers?updatedSince=&status=&agencyId=&limit=&cursor=` lists every
 *   SENT dossier of the client's agencies (a province-wide client: all), oldest change
 *   first, ordered by (`updatedAt`, `id`) with keyset pages; `GET /integrations/dossiers/:id`
 *   answers one; `GET /integrations/dossiers/:id/files/:fileId` downloads a file.
 *   A dossier outside the client's agencies, unknown or still unsent answers the one
 *   404 DOSSIER_NOT_FOUND (no existence oracle).
 * - `dossiers:submit` (a kiosk, a post office, the national portal submitting for an
 *   applicant) — ONE flow for every dossier, with or without files:
 *   1. `POST /integrations/dossiers` `ZIntegrationDossierCreate` → 201: an `unsent` dossier
 *      whose applicant and form data already passed the SPA's submit rules (the applicant
 *      block, and the procedure's current form version: 400 VALIDATION_FAILED with
 *      `errors` keyed `applicant.<field>` / `formData.<path>`, nothing saved).
 *   2. `POST /integrations/dossiers/:id/files` (multipart: `componentId`, then `file`) for
 *      each attachment, with the same content checks and limits as the SPA's uploads.
 *   3. `POST /integrations/dossiers/:id/send` → the dossier is `sent`, gets its code, the
 *      processing history names the system as the sender, and the applicant receives the
 *      usual "dossier received" e-mail with the public lookup link. Missing required
 *      components: 422 DOSSIER_INCOMPLETE.
 *   The applicant then follows the dossier like a guest (e-mail news, public lookup). No
 *   e-mail confirmation step: the submitting system is trusted and answerable for it (its
 *   client id is kept on the dossier, `channel: integration`).
 * - `dossiers:process` (an agency's back-office system): `POST /integrations/dossiers/:id/actions`
 *   with the staff workspace's `ZStaffActionRequest` (same lifecycle table, same version
 *   check: 409 DOSSIER_VERSION_CONFLICT) and `POST /integrations/dossiers/:id/result-files`.
 *   The system acts as the handling agency's one-stop desk, leader and specialist together
 *   (it carries out what the agency decided in its own software); the history records
 *   the system itself (role `system`, the client's name), the audit trail its client id.
 *
 * What a client sees (`access`): `full` — applicant, form data, file downloads, history
 * with names and notes — for a client holding `dossiers:process` (it handles the dossier)
 * or the client that submitted the dossier. Every other reader (reporting) gets `summary`:
 * the applicant's name masked, no applicant details or form data, file metadata without
 * download (403 DOSSIER_PERSONAL_DATA_WITHHELD), history without people's names and notes.
 */

export const SUBMISSION_CHANNELS = ['online', 'in_person', 'post', 'integration'] as const;
export const ZSubmissionChannel = z.enum(SUBMISSION_CHANNELS).meta({ id: 'SubmissionChannel' });
export type TSubmissionChannel = z.infer<typeof ZSubmissionChannel>;

export const INTEGRATION_ACCESS_LEVELS = ['full', 'summary'] as const;
export const ZIntegrationAccess = z.enum(INTEGRATION_ACCESS_LEVELS).meta({ id: 'IntegrationDossierAccess' });
export type TIntegrationAccess = z.infer<typeof ZIntegrationAccess>;

/** A status an integrator lists: every one but `unsent`. */
const ZListedStatus = ZDossierStatus.exclude(['unsent']);

// ───────────── Reading ─────────────

/** `GET /integrations/dossiers` */
export const ZIntegrationDossierListQuery = z
  .strictObject({
    /** Only dossiers changed at or after this time (ISO 8601 with offset) */
    updatedSince: z.iso.datetime({ offset: true }).optional(),
    status: ZListedStatus.optional(),
    /** One agency of the client's scope (else 403 CLIENT_AGENCY_OUT_OF_SCOPE) */
    agencyId: ZUuid.optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    /** Opaque: `nextCursor` of the previous page */
    cursor: ZCursorParam.optional(),
  })
  .meta({ id: 'IntegrationDossierListQuery' });
export type TIntegrationDossierListQuery = z.input<typeof ZIntegrationDossierListQuery>;
export type TIntegrationDossierListFilters = z.output<typeof ZIntegrationDossierListQuery>;

export const ZIntegrationDossierListItem = z
  .object({
    id: ZId,
    code: zText(),
    status: ZListedStatus,
    /** Send it back with an action */
    version: z.number().int().positive(),
    channel: ZSubmissionChannel,
    procedure: z.object({ id: ZId, code: zText(), name: zText() }),
    agency: ZDossierAgencyRef,
    submittedAt: z.iso.datetime(),
    receivedAt: z.iso.datetime().nullable(),
    dueAt: z.iso.datetime().nullable(),
    finishedAt: z.iso.datetime().nullable(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'IntegrationDossierListItem' });
export type TIntegrationDossierListItem = z.infer<typeof ZIntegrationDossierListItem>;

export const ZIntegrationDossierPage = z
  .object({
    items: z.array(ZIntegrationDossierListItem),
    /** null on the last page; keep the last `updatedAt` seen for the next `updatedSince` */
    nextCursor: zText().nullable(),
  })
  .meta({ id: 'IntegrationDossierPage' });
export type TIntegrationDossierPage = z.infer<typeof ZIntegrationDossierPage>;

/** `GET /integrations/dossiers/:id` */
export const ZIntegrationDossier = z
  .object({
    id: ZId,
    /** null only for the submitting client's own dossier before it is sent */
    code: zText().nullable(),
    status: ZDossierStatus,
    version: z.number().int().positive(),
    channel: ZSubmissionChannel,
    /** The client's own submission */
    submittedByThisClient: z.boolean(),
    access: ZIntegrationAccess,
    procedure: ZDossierProcedureRef,
    agency: ZDossierAgencyRef,
    /** Masked ('Nguyễn T*** A**') when `access` is `summary` */
    applicantName: zText(),
    /** null when `access` is `summary` */
    applicant: ZApplicantDraft.nullable(),
    /** null when `access` is `summary` */
    formData: z.record(zText(), z.unknown()).nullable(),
    /** The form version the dossier was filled in with */
    formVersion: z.number().int().positive(),
    /** Attachments and result documents (results also while being prepared) */
    files: z.array(ZDossierFile),
    /** Components whose original the applicant brings on paper to the one-stop desk instead of uploading */
    bringOriginals: z.array(z.object({ componentId: ZId, name: zText() })),
    supplementRequest: zText().nullable(),
    returnReason: zText().nullable(),
    submittedAt: z.iso.datetime().nullable(),
    receivedAt: z.iso.datetime().nullable(),
    dueAt: z.iso.datetime().nullable(),
    finishedAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    /** What this client may do now (`dossiers:process`), from the lifecycle table */
    allowedActions: z.array(ZDossierAction),
    /** Oldest first; names and notes only with `full` access */
    history: z.array(ZHistoryRow),
  })
  .meta({ id: 'IntegrationDossier' });
export type TIntegrationDossier = z.infer<typeof ZIntegrationDossier>;

// ───────────── Submitting ─────────────

/**
 * `POST /integrations/dossiers`: the SPA's dossier form, already complete. `applicant` is
 * the SPA's applicant block and must pass the submit rules (`applicant.email` required:
 * every piece of news goes there); `formData` the submit rules of the procedure's current
 * form version. `agencyId`: a handling agency of the procedure within the client's scope
 * (default: the procedure's managing agency, else its only handling agency in scope).
 */
export const ZIntegrationDossierCreate = z
  .strictObject({
    procedureId: ZUuid,
    agencyId: ZUuid.optional(),
    applicant: ZApplicantDraft,
    formData: ZFormDataInput.default({}),
    /** Language of the applicant's e-mails */
    locale: z.enum(['vi', 'en']).optional(),
  })
  .meta({ id: 'IntegrationDossierCreate' });
export type TIntegrationDossierCreate = z.input<typeof ZIntegrationDossierCreate>;

/** `POST /integrations/dossiers/:id/send` */
export const ZIntegrationSendRequest = z
  .strictObject({
    /** Given: a stale one answers 409 VERSION_CONFLICT */
    version: z.number().int().positive().optional(),
  })
  .meta({ id: 'IntegrationSendRequest' });

export const ZIntegrationSendResult = z
  .object({
    id: ZId,
    code: zText(),
    status: ZDossierStatus,
    version: z.number().int().positive(),
    submittedAt: z.iso.datetime(),
    /** The public lookup page the applicant was e-mailed */
    trackingUrl: zText(),
  })
  .meta({ id: 'IntegrationSendResult' });
export type TIntegrationSendResult = z.infer<typeof ZIntegrationSendResult>;

export const ZIntegrationDossierParams = z.object({ id: zPathId('DOSSIER_NOT_FOUND') }).meta({ id: 'IntegrationDossierParams' });
export const ZIntegrationFileParams = z
  .object({ id: zPathId('DOSSIER_NOT_FOUND'), fileId: zPathId('DOSSIER_FILE_NOT_FOUND') })
  .meta({ id: 'IntegrationDossierFileParams' });
