import type { TApiClient } from '@portal/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../lib/paths.ts';
import { dateTimeText } from '../format.ts';
import { scopeText } from '../scope-text.ts';

/** The status of a client as a badge (Đang hoạt động / Đã thu hồi). */
export function ApiClientStatusBadge({ status }: { status: TApiClient['status'] }) {
  const { t } = useTranslation();
  return <span className={`badge api-client-status--${status}`}>{t(`apiClients.status.${status}`)}</span>;
}

/**
 * The clients as a table (tên, mã ứng dụng, phạm vi, quyền, trạng thái, lần dùng gần nhất,
 * ngày tạo); on a phone each row becomes a card whose values carry their column's name.
 */
export function ApiClientTable({ items }: { items: readonly TApiClient[] }) {
  const { t } = useTranslation();
  const column = (key: 'name' | 'clientId' | 'agency' | 'scopes' | 'status' | 'lastUsed' | 'createdAt') => t(`apiClients.fields.${key}`);
  return (
    <div className="table-scroll api-client-table-wrap">
      <table className="data-table api-client-table">
        <caption className="visually-hidden">{t('apiClients.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{column('name')}</th>
            <th scope="col">{column('clientId')}</th>
            <th scope="col">{column('agency')}</th>
            <th scope="col">{column('scopes')}</th>
            <th scope="col">{column('status')}</th>
            <th scope="col">{column('lastUsed')}</th>
            <th scope="col">{column('createdAt')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <th scope="row" data-label={column('name')}>
                <Link to={paths.staff.admin.apiClient(item.id)}>{item.name}</Link>
                {item.description ? <span className="data-table__secondary">{item.description}</span> : null}
              </th>
              <td data-label={column('clientId')}>
                <code>{item.clientId}</code>
              </td>
              <td data-label={column('agency')}>{item.agency?.name ?? t('apiClients.provinceWide')}</td>
              <td data-label={column('scopes')}>
                <ul className="role-list">
                  {item.scopes.map((scope) => (
                    <li key={scope} className="role-chip" title={scopeText(t, scope)}>
                      {scope}
                    </li>
                  ))}
                </ul>
              </td>
              <td data-label={column('status')}>
                <ApiClientStatusBadge status={item.status} />
              </td>
              <td data-label={column('lastUsed')} className="nowrap">
                {item.lastUsedAt ? dateTimeText(item.lastUsedAt) : t('apiClients.never')}
              </td>
              <td data-label={column('createdAt')} className="nowrap">
                {dateTimeText(item.createdAt)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
