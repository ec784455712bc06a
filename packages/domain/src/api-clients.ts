import { z } from 'zod';
import { ZUuid, zPathId, zText } from './common.ts';

/**
 * Machine clients (integrators): other systems that call the API with an OAuth 2.0
 * client-credentials token (RFC 6749 §4.4) instead of a staff session.
 *
 * - `POST /api/v1/oauth/token` (form or JSON; `client_secret_basic` or `client_secret_post`)
 *   → `{ access_token, token_type: 'Bearer', expires_in, scope }`, a JWT valid
 *   `CLIENT_TOKEN_TTL_SECONDS`, sent as `Authorization: Bearer`.
 * - `/api/v1/admin/api-clients…`: system administrators manage every client, agency
 *   administrators those of their agency (and its units).
 */

// ───────────── Scopes ─────────────

/** What a client may be granted; a token carries a subset of its client's scopes. */
export const API_SCOPES = ['catalogue:read', 'dossiers:read', 'dossiers:submit', 'dossiers:process', 'events:read', 'webhooks:manage'] as const;
export const ZApiScope = z.enum(API_SCOPES).meta({ id: 'ApiScope', description: 'A permission of a machine client' });
export type TApiScope = z.infer<typeof ZApiScope>;
export const isApiScope = (value: unknown): value is TApiScope => typeof value === 'string' && (API_SCOPES as readonly string[]).includes(value);

export const API_SCOPE_LABELS: Record<TApiScope, { vi: string; en: string }> = {
  'catalogue:read': { vi: 'Đọc danh mục thủ tục, cơ quan', en: 'Read the catalogue of procedures and agencies' },
  'dossiers:read': { vi: 'Đọc hồ sơ của cơ quan', en: 'Read the agency’s dossiers' },
  'dossiers:submit': { vi: 'Nộp hồ sơ thay người dân', en: 'Submit dossiers on behalf of applicants' },
  'dossiers:process': { vi: 'Xử lý hồ sơ (tiếp nhận, chuyển, trả kết quả…)', en: 'Process dossiers (receive, forward, return results…)' },
  'events:read': { vi: 'Đọc luồng sự kiện', en: 'Read the event feed' },
  'webhooks:manage': { vi: 'Quản lý webhook', en: 'Manage webhook subscriptions' },
};

/** Lifetime of an access token: short, so a revoked scope or client also ends soon without a database check (which happens anyway). */
export const CLIENT_TOKEN_TTL_SECONDS = 15 * 60;
/** Default requests per minute of a client (all its tokens together). */
export const DEFAULT_CLIENT_RATE_LIMIT = 600;
/** How long the previous secrets keep working after a rotation, unless the request says otherwise. */
export const DEFAULT_ROTATION_OVERLAP_HOURS = 24;
export const MAX_ROTATION_OVERLAP_HOURS = 24 * 7;

export const API_CLIENT_MESSAGES = {
  name: 'Vui lòng nhập tên ứng dụng (tối đa 100 ký tự)',
  scopes: 'Vui lòng chọn ít nhất một quyền',
  scopeUnknown: 'Quyền không hợp lệ',
  rateLimit: 'Giới hạn từ 1 đến 100.000 yêu cầu mỗi phút',
  overlap: `Thời gian chuyển tiếp từ 0 đến ${MAX_ROTATION_OVERLAP_HOURS} giờ`,
  revision: 'Thiếu phiên bản của ứng dụng đang sửa; vui lòng tải lại trang',
  agencyUnknown: 'Cơ quan không tồn tại',
  nothingToChange: 'Không có thông tin nào thay đổi',
} as const;

export const API_CLIENT_MESSAGES_EN: Readonly<Record<string, string>> = {
  [API_CLIENT_MESSAGES.name]: 'Enter the application name (at most 100 characters)',
  [API_CLIENT_MESSAGES.scopes]: 'Choose at least one scope',
  [API_CLIENT_MESSAGES.scopeUnknown]: 'Unknown scope',
  [API_CLIENT_MESSAGES.rateLimit]: 'The limit is 1 to 100,000 requests a minute',
  [API_CLIENT_MESSAGES.overlap]: `The overlap is 0 to ${MAX_ROTATION_OVERLAP_HOURS} hours`,
  [API_CLIENT_MESSAGES.revision]: 'The revision of the application being edited is missing; reload the page',
  [API_CLIENT_MESSAGES.agencyUnknown]: 'Unknown agency',
  [API_CLIENT_MESSAGES.nothingToChange]: 'Nothing to change',
};

// ───────────── Administration ─────────────

export const API_CLIENT_STATUSES = ['active', 'revoked'] as const;
export const ZApiClientStatus = z.enum(API_CLIENT_STATUSES).meta({ id: 'ApiClientStatus' });
export type TApiClientStatus = z.infer<typeof ZApiClientStatus>;

const ZScopeList = z
  .array(z.enum(API_SCOPES, { error: API_CLIENT_MESSAGES.scopeUnknown }), { error: API_CLIENT_MESSAGES.scopes })
  .min(1, API_CLIENT_MESSAGES.scopes)
  .max(API_SCOPES.length)
  .transform((scopes) => [...new Set(scopes)]);
const ZClientName = zText({ error: API_CLIENT_MESSAGES.name }).trim().min(1, API_CLIENT_MESSAGES.name).max(100, API_CLIENT_MESSAGES.name);
const ZClientDescription = zText().trim().max(1000).nullable();
const ZRateLimit = z.number({ error: API_CLIENT_MESSAGES.rateLimit }).int(API_CLIENT_MESSAGES.rateLimit).min(1, API_CLIENT_MESSAGES.rateLimit).max(100_000, API_CLIENT_MESSAGES.rateLimit);
const ZRevision = z.number({ error: API_CLIENT_MESSAGES.revision }).int(API_CLIENT_MESSAGES.revision).min(1, API_CLIENT_MESSAGES.revision);

/** One secret of a client as the admin page shows it: never the secret itself. */
export const ZApiClientSecretInfo = z
  .object({
    id: zText(),
    /** The first characters of the secret, to tell secrets apart */
    hint: zText(),
    createdAt: z.iso.datetime(),
    /** null: no end; in the past: expired */
    expiresAt: z.iso.datetime().nullable(),
    lastUsedAt: z.iso.datetime().nullable(),
    active: z.boolean(),
  })
  .meta({ id: 'ApiClientSecretInfo' });
export type TApiClientSecretInfo = z.infer<typeof ZApiClientSecretInfo>;

export const ZApiClient = z
  .object({
    id: zText(),
    clientId: zText(),
    name: zText(),
    description: zText().nullable(),
    /** null: the whole province; else the agency and its units */
    agency: z.object({ id: zText(), name: zText() }).nullable(),
    scopes: z.array(ZApiScope),
    rateLimitPerMinute: z.number().int(),
    status: ZApiClientStatus,
    /** Last token or request, updated at most once a minute */
    lastUsedAt: z.iso.datetime().nullable(),
    revokedAt: z.iso.datetime().nullable(),
    revision: z.number().int(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    secrets: z.array(ZApiClientSecretInfo),
  })
  .meta({ id: 'ApiClient' });
export type TApiClient = z.infer<typeof ZApiClient>;

export const ZApiClientList = z.object({ items: z.array(ZApiClient) }).meta({ id: 'ApiClientList' });
export type TApiClientList = z.infer<typeof ZApiClientList>;

export const ZApiClientListQuery = z
  .object({
    agencyId: ZUuid.optional(),
    status: ZApiClientStatus.optional(),
  })
  .meta({ id: 'ApiClientListQuery' });
export type TApiClientListQuery = z.infer<typeof ZApiClientListQuery>;

export const ZApiClientIdParams = z.object({ id: zPathId('API_CLIENT_NOT_FOUND') });

export const ZApiClientCreate = z
  .object({
    name: ZClientName,
    description: ZClientDescription.optional(),
    /** null: province-wide (system administrators only) */
    agencyId: ZUuid.nullable(),
    scopes: ZScopeList,
    rateLimitPerMinute: ZRateLimit.default(DEFAULT_CLIENT_RATE_LIMIT),
  })
  .meta({ id: 'ApiClientCreate' });
export type TApiClientCreate = z.output<typeof ZApiClientCreate>;
export type TApiClientCreateInput = z.input<typeof ZApiClientCreate>;

/** `revision` is the one the administrator loaded: a save over someone else's answers 409 VERSION_CONFLICT. */
export const ZApiClientUpdate = z
  .object({
    name: ZClientName.optional(),
    description: ZClientDescription.optional(),
    scopes: ZScopeList.optional(),
    rateLimitPerMinute: ZRateLimit.optional(),
    revision: ZRevision,
  })
  .refine(({ revision: _revision, ...fields }) => Object.values(fields).some((field) => field !== undefined), { message: API_CLIENT_MESSAGES.nothingToChange })
  .meta({ id: 'ApiClientUpdate' });
export type TApiClientUpdate = z.output<typeof ZApiClientUpdate>;
export type TApiClientUpdateInput = z.input<typeof ZApiClientUpdate>;

export const ZApiClientRotate = z
  .object({
    /** How long the current secrets keep working (0: they end now) */
    overlapHours: z
      .number({ error: API_CLIENT_MESSAGES.overlap })
      .min(0, API_CLIENT_MESSAGES.overlap)
      .max(MAX_ROTATION_OVERLAP_HOURS, API_CLIENT_MESSAGES.overlap)
      .default(DEFAULT_ROTATION_OVERLAP_HOURS),
  })
  .meta({ id: 'ApiClientRotate' });
export type TApiClientRotate = z.output<typeof ZApiClientRotate>;

/** Create and rotate answer the secret, once: it is stored only as an argon2id hash. */
export const ZApiClientWithSecret = z
  .object({
    client: ZApiClient,
    /** Shown once; keep it in the integrating system's secret store */
    clientSecret: zText(),
  })
  .meta({ id: 'ApiClientWithSecret' });
export type TApiClientWithSecret = z.infer<typeof ZApiClientWithSecret>;

// ───────────── OAuth 2.0 token endpoint ─────────────

/**
 * RFC 6749 §4.4.2: form (`application/x-www-form-urlencoded`) or JSON. Every member is
 * optional here because every refusal must be an RFC 6749 §5.2 error, not a validation error.
 */
export const ZClientTokenRequest = z
  .object({
    grant_type: z.string().optional().meta({ description: 'Must be `client_credentials`' }),
    scope: z.string().optional().meta({ description: 'Space-separated subset of the client’s scopes; all of them when omitted' }),
    client_id: z.string().optional().meta({ description: '`client_secret_post`: the client id (else HTTP Basic)' }),
    client_secret: z.string().optional().meta({ description: '`client_secret_post`: the secret (else HTTP Basic)' }),
  })
  .meta({ id: 'ClientTokenRequest' });
export type TClientTokenRequest = z.infer<typeof ZClientTokenRequest>;

export const ZClientTokenResponse = z
  .object({
    access_token: z.string(),
    token_type: z.literal('Bearer'),
    expires_in: z.number().int(),
    /** Space-separated granted scopes */
    scope: z.string(),
  })
  .meta({ id: 'ClientTokenResponse' });
export type TClientTokenResponse = z.infer<typeof ZClientTokenResponse>;

export const OAUTH_ERRORS = ['invalid_request', 'invalid_client', 'invalid_grant', 'unauthorized_client', 'unsupported_grant_type', 'invalid_scope'] as const;
export type TOAuthError = (typeof OAUTH_ERRORS)[number];

/**
 * A token endpoint refusal: an RFC 9457 problem (like every error of this API) that also
 * carries the RFC 6749 §5.2 members `error` and `error_description`, so OAuth libraries
 * that read `error` understand it too.
 */
export const ZOAuthProblem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z.string(),
    error: z.enum(OAUTH_ERRORS),
    error_description: z.string().optional(),
    instance: z.string().optional(),
    requestId: z.string().optional(),
  })
  .meta({ id: 'OAuthProblem' });
export type TOAuthProblem = z.infer<typeof ZOAuthProblem>;
