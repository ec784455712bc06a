import { WEBHOOK_PING_TYPE, type TWebhookDelivery } from '@portal/domain';
import { useTranslation } from 'react-i18next';
import { dateTimeSecondsText } from '../format.ts';

/** Longer errors show their start, the rest on demand. */
export const ERROR_EXCERPT = 160;

function ErrorExcerpt({ error }: { error: string | null }) {
  const { t } = useTranslation();
  if (!error) return <>—</>;
  if (error.length <= ERROR_EXCERPT) return <span className="webhook-error">{error}</span>;
  return (
    <details className="webhook-error">
      <summary>
        {error.slice(0, ERROR_EXCERPT)}… <span className="webhook-error__more">{t('apiClients.webhooks.log.fullError')}</span>
      </summary>
      <span>{error}</span>
    </details>
  );
}

/**
 * The delivery log of a subscription (loại sự kiện, trạng thái, số lần thử, lần thử gần nhất,
 * mã phản hồi, thời gian, lỗi), newest first; on a phone each row becomes a card.
 */
export function WebhookDeliveryTable({ items }: { items: readonly TWebhookDelivery[] }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'vi-VN');
  const column = (key: 'eventType' | 'status' | 'attempts' | 'lastAttempt' | 'responseCode' | 'duration' | 'error') => t(`apiClients.webhooks.log.${key}`);
  return (
    <div className="table-scroll api-client-table-wrap">
      <table className="data-table api-client-table webhook-table">
        <caption className="visually-hidden">{t('apiClients.webhooks.log.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{column('eventType')}</th>
            <th scope="col">{column('status')}</th>
            <th scope="col">{column('attempts')}</th>
            <th scope="col">{column('lastAttempt')}</th>
            <th scope="col">{column('responseCode')}</th>
            <th scope="col">{column('duration')}</th>
            <th scope="col">{column('error')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <th scope="row" data-label={column('eventType')}>
                <code>{item.eventType}</code>
                {item.eventType === WEBHOOK_PING_TYPE ? <span className="data-table__secondary">{t('apiClients.webhooks.log.ping')}</span> : null}
              </th>
              <td data-label={column('status')}>
                <span className={`badge webhook-delivery--${item.status}`}>{t(`apiClients.webhooks.log.statuses.${item.status}`)}</span>
                {item.status === 'pending' && item.nextAttemptAt ? (
                  <span className="data-table__secondary">{t('apiClients.webhooks.log.nextAttempt', { when: dateTimeSecondsText(item.nextAttemptAt) })}</span>
                ) : null}
              </td>
              <td data-label={column('attempts')}>{number.format(item.attempts)}</td>
              <td data-label={column('lastAttempt')} className="nowrap">
                {item.lastAttemptAt ? dateTimeSecondsText(item.lastAttemptAt) : t('apiClients.webhooks.log.notTried')}
              </td>
              <td data-label={column('responseCode')}>
                {item.lastStatusCode !== null ? <code>{item.lastStatusCode}</code> : item.attempts > 0 ? t('apiClients.webhooks.log.noResponse') : '—'}
              </td>
              <td data-label={column('duration')} className="nowrap">
                {item.lastDurationMs !== null ? t('apiClients.webhooks.log.durationMs', { ms: number.format(item.lastDurationMs) }) : '—'}
              </td>
              <td data-label={column('error')}>
                <ErrorExcerpt error={item.lastError} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
