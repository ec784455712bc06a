import type { TApiClientSecretInfo } from '@portal/domain';
import { useTranslation } from 'react-i18next';
import { dateTimeText } from '../format.ts';

/**
 * The secrets of a client, never the secrets themselves: their first characters, when
 * they were created, until when they work and when they were last used.
 */
export function SecretTable({ secrets }: { secrets: readonly TApiClientSecretInfo[] }) {
  const { t } = useTranslation();
  const column = (key: 'hint' | 'createdAt' | 'expiresAt' | 'lastUsed') => t(`apiClients.secrets.${key}`);
  if (secrets.length === 0) return <p>{t('apiClients.secrets.none')}</p>;
  return (
    <div className="table-scroll api-client-table-wrap">
      <table className="data-table api-client-table secret-table">
        <caption className="visually-hidden">{t('apiClients.secrets.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{column('hint')}</th>
            <th scope="col">{column('createdAt')}</th>
            <th scope="col">{column('expiresAt')}</th>
            <th scope="col">{column('lastUsed')}</th>
          </tr>
        </thead>
        <tbody>
          {secrets.map((secret) => (
            <tr key={secret.id}>
              <th scope="row" data-label={column('hint')}>
                <code>{secret.hint}</code>
              </th>
              <td data-label={column('createdAt')} className="nowrap">
                {dateTimeText(secret.createdAt)}
              </td>
              <td data-label={column('expiresAt')}>
                {secret.active ? (secret.expiresAt ? dateTimeText(secret.expiresAt) : t('apiClients.secrets.noExpiry')) : (
                  <span className="badge api-client-status--revoked">
                    {t('apiClients.secrets.expired')}
                    {secret.expiresAt ? ` (${dateTimeText(secret.expiresAt)})` : ''}
                  </span>
                )}
              </td>
              <td data-label={column('lastUsed')} className="nowrap">
                {secret.lastUsedAt ? dateTimeText(secret.lastUsedAt) : t('apiClients.never')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {secrets.every((secret) => !secret.active) ? <p>{t('apiClients.secrets.none')}</p> : null}
    </div>
  );
}
