import type { TWebhookSubscription } from '@portal/domain';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button.tsx';
import { dateTimeText } from '../format.ts';

/** Why a subscription was disabled, in words; an unknown reason as the API wrote it. */
function reasonText(t: TFunction, reason: string): string {
  return reason === 'failing' || reason === 'owner' ? t(`apiClients.webhooks.reasons.${reason}`) : reason;
}

/** The status of a subscription as a badge with its words (never its colour alone), and why and when it was disabled. */
export function WebhookStatus({ subscription }: { subscription: TWebhookSubscription }) {
  const { t } = useTranslation();
  return (
    <>
      <span className={`badge webhook-status--${subscription.status}`}>{t(`apiClients.webhooks.statuses.${subscription.status}`)}</span>
      {subscription.status === 'disabled' && (subscription.disabledReason || subscription.disabledAt) ? (
        <span className="data-table__secondary">
          {[subscription.disabledReason ? reasonText(t, subscription.disabledReason) : null, subscription.disabledAt ? t('apiClients.webhooks.disabledOn', { when: dateTimeText(subscription.disabledAt) }) : null]
            .filter(Boolean)
            .join(' ')}
        </span>
      ) : null}
    </>
  );
}

/**
 * The webhook subscriptions of a client (địa chỉ nhận, loại sự kiện, trạng thái, gửi lỗi từ),
 * each with a button showing its delivery log; on a phone each row becomes a card whose
 * values carry their column's name.
 */
export function WebhookSubscriptionTable({
  items,
  selected,
  buttonId,
  onShowLog,
}: {
  items: readonly TWebhookSubscription[];
  selected: string | null;
  /** The id of a row's button, for the focus to come back to it when the log closes. */
  buttonId(subscriptionId: string): string;
  onShowLog(subscriptionId: string): void;
}) {
  const { t } = useTranslation();
  const column = (key: 'url' | 'eventTypes' | 'status' | 'failingSince' | 'actions') => t(`apiClients.webhooks.${key}`);
  return (
    <div className="table-scroll api-client-table-wrap">
      <table className="data-table api-client-table webhook-table">
        <caption className="visually-hidden">{t('apiClients.webhooks.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{column('url')}</th>
            <th scope="col">{column('eventTypes')}</th>
            <th scope="col">{column('status')}</th>
            <th scope="col">{column('failingSince')}</th>
            <th scope="col">{column('actions')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id} aria-current={item.id === selected ? 'true' : undefined}>
              <th scope="row" data-label={column('url')}>
                <code>{item.url}</code>
                {item.description ? <span className="data-table__secondary">{item.description}</span> : null}
              </th>
              <td data-label={column('eventTypes')}>
                {item.eventTypes.length === 0 ? (
                  t('apiClients.webhooks.allEvents')
                ) : (
                  <ul className="role-list">
                    {item.eventTypes.map((type) => (
                      <li key={type} className="role-chip">
                        {type}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td data-label={column('status')}>
                <WebhookStatus subscription={item} />
              </td>
              <td data-label={column('failingSince')} className="nowrap">
                {item.failingSince ? dateTimeText(item.failingSince) : t('apiClients.webhooks.notFailing')}
              </td>
              <td data-label={column('actions')}>
                <Button
                  id={buttonId(item.id)}
                  variant="secondary"
                  aria-pressed={item.id === selected}
                  aria-label={t('apiClients.webhooks.showLogOf', { url: item.url })}
                  onClick={() => onShowLog(item.id)}
                >
                  {t('apiClients.webhooks.showLog')}
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
