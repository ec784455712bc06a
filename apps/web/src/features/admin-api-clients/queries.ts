import { infiniteQueryOptions, keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { TApiClientListQuery, TWebhookDeliveryStatus } from '@portal/domain';
import { apiClientKeys, getApiClient, listApiClientWebhookDeliveries, listApiClientWebhooks, listApiClients } from './api.ts';

/** Every client the administrator may manage (the API limits an agency administrator to their agency). */
export const apiClientListQuery = (query: TApiClientListQuery) =>
  queryOptions({
    queryKey: apiClientKeys.list(query),
    queryFn: ({ signal }) => listApiClients(query, signal),
    // Keep the current list on screen while a new filter loads.
    placeholderData: keepPreviousData,
  });

export const apiClientQuery = (id: string) => queryOptions({ queryKey: apiClientKeys.one(id), queryFn: ({ signal }) => getApiClient(id, signal) });

/** The client's webhook subscriptions (few: at most MAX_WEBHOOK_SUBSCRIPTIONS_PER_CLIENT, no paging). */
export const apiClientWebhooksQuery = (id: string) =>
  queryOptions({ queryKey: apiClientKeys.webhooks(id), queryFn: ({ signal }) => listApiClientWebhooks(id, signal) });

/** The delivery log of one subscription, newest first; "Xem thêm" follows `nextCursor`. */
export const webhookDeliveriesQuery = (id: string, subscriptionId: string, status?: TWebhookDeliveryStatus) =>
  infiniteQueryOptions({
    queryKey: apiClientKeys.deliveries(id, subscriptionId, status),
    queryFn: ({ signal, pageParam }) =>
      listApiClientWebhookDeliveries(id, subscriptionId, { limit: 50, ...(status ? { status } : {}), ...(pageParam ? { cursor: pageParam } : {}) }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
