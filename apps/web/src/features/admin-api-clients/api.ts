import {
  ZApiClient,
  ZApiClientList,
  ZApiClientWithSecret,
  ZWebhookDeliveryPage,
  ZWebhookSubscriptionList,
  type TApiClientCreate,
  type TApiClientListQuery,
  type TApiClientRotate,
  type TApiClientUpdate,
  type TWebhookDeliveryQuery,
} from '@portal/domain';
import { apiGet, apiSend, buildUrl } from '../../lib/api-client.ts';

/** Ứng dụng tích hợp: the machine clients of `/api/v1/admin/api-clients` (features/api-clients of the API). */
const BASE = '/api/v1/admin/api-clients';
const one = (id: string) => `${BASE}/${encodeURIComponent(id)}`;

export const listApiClients = (query: TApiClientListQuery, signal?: AbortSignal) => apiGet(BASE, ZApiClientList, { query: { ...query }, signal });
export const getApiClient = (id: string, signal?: AbortSignal) => apiGet(one(id), ZApiClient, { signal });
/** Answers the client and its secret, the only time the secret is readable. */
export const createApiClient = (body: TApiClientCreate) => apiSend('POST', BASE, body, ZApiClientWithSecret);
export const updateApiClient = (id: string, body: TApiClientUpdate) => apiSend('PATCH', one(id), body, ZApiClient);
/** A new secret; the previous ones keep working `overlapHours` more. */
export const rotateApiClientSecret = (id: string, body: TApiClientRotate) => apiSend('POST', `${one(id)}/rotate-secret`, body, ZApiClientWithSecret);
export const revokeApiClient = (id: string) => apiSend('POST', `${one(id)}/revoke`, {}, ZApiClient);

/** The client's webhook subscriptions, read only (the client manages them through the API). */
export const listApiClientWebhooks = (id: string, signal?: AbortSignal) => apiGet(`${one(id)}/webhook-subscriptions`, ZWebhookSubscriptionList, { signal });
/** The delivery log of one subscription, newest first; `nextCursor` pages on. */
export const listApiClientWebhookDeliveries = (id: string, subscriptionId: string, query: Partial<TWebhookDeliveryQuery>, signal?: AbortSignal) =>
  apiGet(`${one(id)}/webhook-subscriptions/${encodeURIComponent(subscriptionId)}/deliveries`, ZWebhookDeliveryPage, { query: { ...query }, signal });

/** Where integrators get their access tokens (OAuth 2.0 client credentials), as an absolute URL. */
export const tokenUrl = () => new URL(buildUrl('/api/v1/oauth/token'), window.location.origin).href;

export const apiClientKeys = {
  all: ['admin-api-clients'] as const,
  list: (query: TApiClientListQuery) => [...apiClientKeys.all, 'list', query] as const,
  one: (id: string) => [...apiClientKeys.all, 'one', id] as const,
  webhooks: (id: string) => [...apiClientKeys.all, 'webhooks', id] as const,
  deliveries: (id: string, subscriptionId: string, status: TWebhookDeliveryQuery['status']) =>
    [...apiClientKeys.webhooks(id), 'deliveries', subscriptionId, status ?? 'all'] as const,
};
