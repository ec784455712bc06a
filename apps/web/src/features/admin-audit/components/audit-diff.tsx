import { auditDiff } from '@portal/domain';
import { useTranslation } from 'react-i18next';

const show = (value: unknown) => (value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value, null, 1));

/** Before/after of an audit event as the list of what changed. */
export function AuditDiff({ before, after }: { before: unknown; after: unknown }) {
  const { t } = useTranslation();
  const changes = auditDiff(before ?? null, after ?? null);
  if (changes.length === 0) return <p className="form-note">{t('admin.audit.noChange')}</p>;
  return (
    <table className="audit-diff">
      <thead>
        <tr>
          <th scope="col">{t('admin.audit.field')}</th>
          <th scope="col">{t('admin.audit.before')}</th>
          <th scope="col">{t('admin.audit.after')}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((change) => (
          <tr key={change.path}>
            <th scope="row">
              <code>{change.path}</code>
            </th>
            <td className={change.kind === 'added' ? undefined : 'audit-diff__before'}>
              <code>{show(change.before)}</code>
            </td>
            <td className={change.kind === 'removed' ? undefined : 'audit-diff__after'}>
              <code>{show(change.after)}</code>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
