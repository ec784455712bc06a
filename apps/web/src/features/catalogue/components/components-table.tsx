import type { TProcedureDetail } from '@portal/domain';
import { useTranslation } from 'react-i18next';
import { fileSizeKb } from '../../../lib/format.ts';
import { templateDownloadUrl } from '../api.ts';

/** Thành phần hồ sơ: the documents to prepare, with their template when there is one. */
export function ComponentsTable({ procedure, captionId }: { procedure: TProcedureDetail; captionId: string }) {
  const { t } = useTranslation();
  if (procedure.components.length === 0) return <p>{t('procedure.noComponents')}</p>;
  return (
    // Focusable so keyboard users can scroll the table sideways on a phone.
    <div className="table-scroll" role="group" aria-labelledby={captionId} tabIndex={0}>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('procedure.componentName')}</th>
            <th scope="col">{t('procedure.componentQuantity')}</th>
            <th scope="col">{t('procedure.required')}</th>
            <th scope="col">{t('procedure.componentTemplate')}</th>
          </tr>
        </thead>
        <tbody>
          {procedure.components.map((component) => {
            const quantity = [
              component.originals > 0 ? t('procedure.originals', { count: component.originals }) : null,
              component.copies > 0 ? t('procedure.copies', { count: component.copies }) : null,
            ].filter(Boolean);
            return (
              <tr key={component.id}>
                <td lang="vi">
                  <span className="data-table__primary">{component.name}</span>
                  {component.description ? <span className="data-table__secondary">{component.description}</span> : null}
                  {component.paperOriginalAllowed ? <span className="data-table__secondary">{t('procedure.paperOriginalAllowed')}</span> : null}
                </td>
                <td>{quantity.length > 0 ? quantity.join(', ') : '—'}</td>
                <td>{component.required ? t('procedure.required') : t('procedure.optional')}</td>
                <td>
                  {component.template ? (
                    <a href={templateDownloadUrl(procedure.id, component.template.id)} download>
                      {component.template.name}
                      <span className="file-meta">
                        {' '}
                        ({t('common.download')}, {t('common.fileSize', { size: fileSizeKb(component.template.size) })})
                      </span>
                    </a>
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
