import type { TPublicLegalDocument } from '@portal/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fileSizeKb, formatIsoDate } from '../../../lib/format.ts';
import { paths } from '../../../lib/paths.ts';
import { legalDocumentFileUrl } from '../api.ts';
import { ValidityBadge } from './validity-badge.tsx';

/**
 * The results as a table (số ký hiệu, ngày ban hành, cơ quan, loại, trích yếu, hiệu lực,
 * tải về); on a phone each row becomes a card whose values carry their column's name.
 */
export function LegalDocumentTable({ items }: { items: readonly TPublicLegalDocument[] }) {
  const { t, i18n } = useTranslation();
  const column = (key: 'number' | 'issuedOn' | 'issuer' | 'docType' | 'title' | 'validity' | 'download') => t(`legalDocuments.columns.${key}`);
  return (
    <div className="table-scroll legal-table-wrap">
      <table className="data-table legal-table">
        <caption className="visually-hidden">{t('legalDocuments.results.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{column('number')}</th>
            <th scope="col">{column('issuedOn')}</th>
            <th scope="col">{column('issuer')}</th>
            <th scope="col">{column('docType')}</th>
            <th scope="col">{column('title')}</th>
            <th scope="col">{column('validity')}</th>
            <th scope="col">{column('download')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <td data-label={column('number')} className="legal-table__number">
                <Link to={paths.legalDoc(item.id)}>{item.number}</Link>
              </td>
              <td data-label={column('issuedOn')} className="legal-table__date">
                {formatIsoDate(item.issuedOn, i18n.language)}
              </td>
              <td data-label={column('issuer')} lang="vi">
                {item.issuer}
              </td>
              <td data-label={column('docType')} lang="vi">
                {item.docType}
              </td>
              <td data-label={column('title')} lang="vi">
                {item.title}
              </td>
              <td data-label={column('validity')}>
                <ValidityBadge validity={item.validity} />
              </td>
              <td data-label={column('download')}>
                {item.file ? (
                  <a href={legalDocumentFileUrl(item.id)} download={item.file.name} aria-label={t('legalDocuments.downloadOf', { number: item.number })}>
                    {t('legalDocuments.download')}
                    <span className="file-meta"> ({t('common.fileSize', { size: fileSizeKb(item.file.size) })})</span>
                  </a>
                ) : (
                  <span className="file-meta">{t('legalDocuments.noFile')}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
