import { WEBHOOK_DELIVERY_STATUSES, type TApiClient, type TWebhookDeliveryStatus, type TWebhookSubscription } from '@portal/domain';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearchParams } from 'react-router';
import { Button } from '../../../components/button.tsx';
import { ErrorMessage } from '../../../components/error-message.tsx';
import { SelectField } from '../../../components/form-field.tsx';
import { Spinner } from '../../../components/spinner.tsx';
import { apiClientWebhooksQuery, webhookDeliveriesQuery } from '../queries.ts';
import { WebhookDeliveryTable } from './webhook-delivery-table.tsx';
import { WebhookSubscriptionTable } from './webhook-subscription-table.tsx';

/** The address parameter naming the subscription whose log is open: a link or Back shows the same log. */
export const WEBHOOK_PARAM = 'webhook';

const isDeliveryStatus = (value: string): value is TWebhookDeliveryStatus => (WEBHOOK_DELIVERY_STATUSES as readonly string[]).includes(value);

/**
 * "Webhook" on a client's page, read only (the client manages its subscriptions through the
 * API): the subscriptions, whether each works (why and when it was disabled, since when it
 * fails), and for the one chosen its delivery log, newest first, "Xem thêm" for older ones.
 */
export function WebhookSection({ client }: { client: TApiClient }) {
  const { t } = useTranslation();
  const baseId = useId();
  const location = useLocation();
  const [search, setSearch] = useSearchParams();
  const subscriptions = useQuery(apiClientWebhooksQuery(client.id));
  const chosenId = search.get(WEBHOOK_PARAM);
  const chosen = subscriptions.data?.items.find((item) => item.id === chosenId) ?? null;
  /** Set when the administrator opens a log: the focus goes to its heading (not when the page opens on one). */
  const [focusLog, setFocusLog] = useState(false);
  const buttonId = (subscriptionId: string) => `${baseId}-log-${subscriptionId}`;

  const choose = (subscriptionId: string | null) => {
    const next = new URLSearchParams(search);
    if (subscriptionId) next.set(WEBHOOK_PARAM, subscriptionId);
    else next.delete(WEBHOOK_PARAM);
    // Replaced, not pushed (Back leaves the page); the page's state (the "created" notice) stays.
    setSearch(next, { replace: true, preventScrollReset: true, state: location.state as unknown });
  };

  return (
    <section aria-labelledby={`${baseId}-heading`}>
      <h2 id={`${baseId}-heading`}>{t('apiClients.webhooks.heading')}</h2>
      <p className="form-note">{t('apiClients.webhooks.lead')}</p>
      {subscriptions.isPending ? <Spinner label={t('common.loading')} /> : null}
      {subscriptions.isError ? <ErrorMessage error={subscriptions.error} onRetry={() => void subscriptions.refetch()} /> : null}
      {subscriptions.isSuccess && subscriptions.data.items.length === 0 ? (
        <p>
          {t('apiClients.webhooks.none')}
          {client.scopes.includes('webhooks:manage') ? null : ` ${t('apiClients.webhooks.noScope')}`}
        </p>
      ) : null}
      {subscriptions.data && subscriptions.data.items.length > 0 ? (
        <WebhookSubscriptionTable
          items={subscriptions.data.items}
          selected={chosen?.id ?? null}
          buttonId={buttonId}
          onShowLog={(subscriptionId) => {
            setFocusLog(true);
            choose(subscriptionId);
          }}
        />
      ) : null}
      {chosen ? (
        <DeliveryLog
          key={chosen.id}
          clientId={client.id}
          subscription={chosen}
          focus={focusLog}
          onFocused={() => setFocusLog(false)}
          onClose={() => {
            choose(null);
            document.getElementById(buttonId(chosen.id))?.focus();
          }}
        />
      ) : null}
    </section>
  );
}

function DeliveryLog({
  clientId,
  subscription,
  focus,
  onFocused,
  onClose,
}: {
  clientId: string;
  subscription: TWebhookSubscription;
  focus: boolean;
  onFocused(): void;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [status, setStatus] = useState<TWebhookDeliveryStatus | undefined>();
  const log = useInfiniteQuery(webhookDeliveriesQuery(clientId, subscription.id, status));
  const items = log.data?.pages.flatMap((page) => page.items) ?? [];

  useEffect(() => {
    if (!focus) return;
    heading.current?.focus();
    onFocused();
  }, [focus, onFocused]);

  return (
    <section className="admin-panel webhook-log" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} ref={heading} tabIndex={-1}>
        {t('apiClients.webhooks.log.heading', { url: subscription.url })}
      </h3>
      <p className="form-note">{t('apiClients.webhooks.log.lead')}</p>
      <div className="webhook-log__toolbar">
        <SelectField
          id={`${id}-status`}
          label={t('apiClients.webhooks.log.filter')}
          value={status ?? ''}
          onChange={(event) => setStatus(isDeliveryStatus(event.target.value) ? event.target.value : undefined)}
        >
          <option value="">{t('apiClients.webhooks.log.allStatuses')}</option>
          {WEBHOOK_DELIVERY_STATUSES.map((value) => (
            <option key={value} value={value}>
              {t(`apiClients.webhooks.log.statuses.${value}`)}
            </option>
          ))}
        </SelectField>
        <Button variant="ghost" onClick={onClose}>
          {t('apiClients.webhooks.log.close')}
        </Button>
      </div>
      {log.isPending ? <Spinner label={t('common.loading')} /> : null}
      {log.isError ? <ErrorMessage error={log.error} onRetry={() => void log.refetch()} /> : null}
      {log.isSuccess && items.length === 0 ? <p>{status ? t('apiClients.webhooks.log.emptyFiltered') : t('apiClients.webhooks.log.empty')}</p> : null}
      {items.length > 0 ? <WebhookDeliveryTable items={items} /> : null}
      {log.hasNextPage ? (
        <p>
          {/* Not disabled while loading: the focus stays on the button. */}
          <Button variant="secondary" aria-busy={log.isFetchingNextPage} onClick={() => void (log.isFetchingNextPage ? undefined : log.fetchNextPage())}>
            {log.isFetchingNextPage ? t('common.loading') : t('apiClients.loadMore')}
          </Button>
        </p>
      ) : null}
    </section>
  );
}
