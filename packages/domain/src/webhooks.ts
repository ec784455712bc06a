import { z } from 'zod';
import { ZCursorParam, zPathId, zText } from './common.ts';
import { INTEGRATION_EVENT_TYPES } from './events.ts';

/**
 * Webhooks (Standard Webhooks, https://www.standardwebhooks.com): a machine client with the
 * `webhooks:manage` scope subscribes an HTTPS endpoint to event types; every event of the
 * feed (`GET /api/v1/events`) the client may see is POSTed there, signed with the
 * subscription's secret (`webhook-id`, `webhook-timestamp`, `webhook-signature` headers),
 * at least once: retried with exponential back-off for three days, then given up. A
 * subscription failing for three days in a row is disabled and the administrators told.
 *
 * The body of a delivery is the event exactly as the feed shows it (`IntegrationEvent`);
 * a test ping's body is a `WebhookPing`.
 */

export const WEBHOOK_MESSAGES = {
  url: 'Vui lòng nhập địa chỉ URL đầy đủ bắt đầu bằng https:// (tối đa 2.000 ký tự)',
  urlCredentials: 'Địa chỉ URL không được chứa tên đăng nhập hoặc mật khẩu',
  eventType: 'Loại sự kiện không hợp lệ',
  description: 'Mô tả tối đa 500 ký tự',
  nothingToChange: 'Không có thông tin nào thay đổi',
} as const;

export const WEBHOOK_MESSAGES_EN: Readonly<Record<string, string>> = {
  [WEBHOOK_MESSAGES.url]: 'Enter a full URL starting with https:// (at most 2,000 characters)',
  [WEBHOOK_MESSAGES.urlCredentials]: 'The URL may not contain a user name or password',
  [WEBHOOK_MESSAGES.eventType]: 'Unknown event type',
  [WEBHOOK_MESSAGES.description]: 'The description has at most 500 characters',
  [WEBHOOK_MESSAGES.nothingToChange]: 'Nothing to change',
};

/** The message type of a test ping (`POST …/ping`); never an event of the feed. */
export const WEBHOOK_PING_TYPE = 'webhook.ping';

/** Subscriptions a client may hold. */
export const MAX_WEBHOOK_SUBSCRIPTIONS_PER_CLIENT = 20;

/**
 * An endpoint URL as written: absolute http(s), no credentials, no fragment. Whether it is
 * acceptable (https in production, no private or loopback address) the API decides.
 */
const ZHttpUrl = z.url({ protocol: /^https?$/ });

export const ZWebhookUrl = zText({ error: WEBHOOK_MESSAGES.url })
  .trim()
  .min(1, WEBHOOK_MESSAGES.url)
  .max(2000, WEBHOOK_MESSAGES.url)
  .superRefine((value, ctx) => {
    if (!ZHttpUrl.safeParse(value).success) ctx.addIssue({ code: 'custom', message: WEBHOOK_MESSAGES.url });
    else if (/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*@/i.test(value)) ctx.addIssue({ code: 'custom', message: WEBHOOK_MESSAGES.urlCredentials });
  })
  // The fragment is never sent; drop it so the stored URL is the one used.
  .transform((value) => value.replace(/#.*$/s, ''))
  .meta({ format: 'uri', example: 'https://one-stop.example.gov.vn/hooks/portal' });

const ZEventTypes = z
  .array(z.enum(INTEGRATION_EVENT_TYPES, { error: WEBHOOK_MESSAGES.eventType }), { error: WEBHOOK_MESSAGES.eventType })
  .max(INTEGRATION_EVENT_TYPES.length)
  .transform((types) => [...new Set(types)])
  .meta({ description: 'The event types delivered; empty: every type' });

const ZDescription = zText().trim().max(500, WEBHOOK_MESSAGES.description).nullable();

export const WEBHOOK_SUBSCRIPTION_STATUSES = ['active', 'disabled'] as const;
export const ZWebhookSubscriptionStatus = z.enum(WEBHOOK_SUBSCRIPTION_STATUSES).meta({
  id: 'WebhookSubscriptionStatus',
  description: '`disabled`: by its owner, or after three days of failed deliveries; set `active` again to resume',
});
export type TWebhookSubscriptionStatus = z.infer<typeof ZWebhookSubscriptionStatus>;

/** `POST /webhooks/subscriptions` */
export const ZWebhookSubscriptionInput = z
  .object({
    url: ZWebhookUrl,
    description: ZDescription.optional(),
    eventTypes: ZEventTypes.default([]),
  })
  .strict()
  .meta({ id: 'WebhookSubscriptionInput' });
export type TWebhookSubscriptionInput = z.input<typeof ZWebhookSubscriptionInput>;

/** `PATCH /webhooks/subscriptions/{id}`: what is given changes; `status: active` enables a disabled subscription again. */
export const ZWebhookSubscriptionPatch = z
  .object({
    url: ZWebhookUrl.optional(),
    description: ZDescription.optional(),
    eventTypes: ZEventTypes.optional(),
    status: ZWebhookSubscriptionStatus.optional(),
  })
  .strict()
  .refine((patch) => Object.values(patch).some((value) => value !== undefined), { error: WEBHOOK_MESSAGES.nothingToChange })
  .meta({ id: 'WebhookSubscriptionPatch' });
export type TWebhookSubscriptionPatch = z.input<typeof ZWebhookSubscriptionPatch>;

export const ZWebhookSubscription = z
  .object({
    id: z.uuid(),
    url: z.string(),
    description: z.string().nullable(),
    eventTypes: z.array(z.enum(INTEGRATION_EVENT_TYPES)).meta({ description: 'Empty: every type' }),
    status: ZWebhookSubscriptionStatus,
    /** Why it was disabled (`failing` for three days, or `owner`) */
    disabledReason: z.string().nullable(),
    disabledAt: z.iso.datetime().nullable(),
    /** First failure of the current run of failed attempts; null after a success */
    failingSince: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'WebhookSubscription' });
export type TWebhookSubscription = z.infer<typeof ZWebhookSubscription>;

/** The signing secret: `whsec_` + base64 of 32 random bytes (Standard Webhooks). Shown on creation and rotation only. */
export const ZWebhookSecret = z
  .object({ secret: z.string().regex(/^whsec_[A-Za-z0-9+/=]+$/) })
  .meta({ id: 'WebhookSecret', description: 'Keep it secret: it verifies that a message comes from the portal' });
export type TWebhookSecret = z.infer<typeof ZWebhookSecret>;

export const ZWebhookSubscriptionCreated = ZWebhookSubscription.extend({ secret: ZWebhookSecret.shape.secret }).meta({ id: 'WebhookSubscriptionCreated' });
export type TWebhookSubscriptionCreated = z.infer<typeof ZWebhookSubscriptionCreated>;

export const ZWebhookSubscriptionList = z.object({ items: z.array(ZWebhookSubscription) }).meta({ id: 'WebhookSubscriptionList' });
export type TWebhookSubscriptionList = z.infer<typeof ZWebhookSubscriptionList>;

export const ZWebhookSubscriptionParams = z.object({ id: zPathId('WEBHOOK_SUBSCRIPTION_NOT_FOUND') });
/** `/admin/api-clients/{id}/webhook-subscriptions/{subscriptionId}…` */
export const ZAdminWebhookParams = z.object({ id: zPathId('API_CLIENT_NOT_FOUND'), subscriptionId: zPathId('WEBHOOK_SUBSCRIPTION_NOT_FOUND') });
export const ZWebhookDeliveryParams = z.object({ id: zPathId('WEBHOOK_SUBSCRIPTION_NOT_FOUND'), deliveryId: zPathId('WEBHOOK_DELIVERY_NOT_FOUND') });

export const WEBHOOK_DELIVERY_STATUSES = ['pending', 'delivered', 'failed'] as const;
export const ZWebhookDeliveryStatus = z.enum(WEBHOOK_DELIVERY_STATUSES).meta({
  id: 'WebhookDeliveryStatus',
  description: '`pending`: not yet delivered (retrying); `failed`: given up after three days, or the subscription was disabled',
});
export type TWebhookDeliveryStatus = z.infer<typeof ZWebhookDeliveryStatus>;

/** One message of the delivery log. */
export const ZWebhookDelivery = z
  .object({
    id: z.uuid(),
    /** The `webhook-id` header: the same on every attempt and redelivery */
    messageId: z.string(),
    /** The event's `id` (as in the feed); null for a test ping */
    eventId: z.string().nullable(),
    eventType: z.string().meta({ description: 'An IntegrationEventType, or `webhook.ping`' }),
    status: ZWebhookDeliveryStatus,
    attempts: z.number().int().min(0),
    /** When the next attempt is due (pending only) */
    nextAttemptAt: z.iso.datetime().nullable(),
    lastAttemptAt: z.iso.datetime().nullable(),
    /** HTTP status of the last answer; null when there was none (connection refused, timeout, address refused) */
    lastStatusCode: z.number().int().nullable(),
    /** What went wrong on the last attempt, with the start of the response body */
    lastError: z.string().nullable(),
    lastDurationMs: z.number().int().nullable(),
    deliveredAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'WebhookDelivery' });
export type TWebhookDelivery = z.infer<typeof ZWebhookDelivery>;

export const ZWebhookDeliveryPage = z
  .object({ items: z.array(ZWebhookDelivery), nextCursor: z.string().nullable() })
  .meta({ id: 'WebhookDeliveryPage', description: 'Newest first; `nextCursor` is null on the last page' });
export type TWebhookDeliveryPage = z.infer<typeof ZWebhookDeliveryPage>;

// No `.meta({ id })`: a querystring schema must stay inline to become OpenAPI parameters.
export const ZWebhookDeliveryQuery = z
  .object({
    status: ZWebhookDeliveryStatus.optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
    /** Opaque: `nextCursor` of the previous page */
    cursor: ZCursorParam.optional(),
  })
  .strict();
export type TWebhookDeliveryQuery = z.output<typeof ZWebhookDeliveryQuery>;

/** The body of a test ping. */
export const ZWebhookPing = z
  .object({
    id: z.string(),
    type: z.literal(WEBHOOK_PING_TYPE),
    occurredAt: z.iso.datetime(),
    data: z.object({ subscriptionId: z.uuid(), message: z.string() }),
  })
  .meta({ id: 'WebhookPing' });
export type TWebhookPing = z.infer<typeof ZWebhookPing>;
