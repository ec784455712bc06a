import type { TLegalBasis } from '@portal/domain';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatIsoDate } from '../../../lib/format.ts';
import { paths } from '../../../lib/paths.ts';
import { legalDocumentRefsQuery } from '../../legal-documents/queries.ts';

/** Căn cứ pháp lý; a number that is a published document of the portal links to its page (Văn bản). */
export function LegalBasisList({ items }: { items: readonly TLegalBasis[] }) {
  const { t, i18n } = useTranslation();
  // Without an answer (offline, not found) the numbers stay plain text.
  const refs = useQuery(legalDocumentRefsQuery(items.map((item) => item.number)));
  const documentOf = new Map(refs.data?.items.map((ref) => [ref.number, ref.id]) ?? []);
  return (
    <ul className="legal-list">
      {items.map((item) => {
        const issued = [
          item.issuer ? t('procedure.issuedBy', { issuer: item.issuer }) : null,
          item.issuedOn ? t('procedure.issuedOn', { date: formatIsoDate(item.issuedOn, i18n.language) }) : null,
        ]
          .filter(Boolean)
          .join(' ');
        const documentId = documentOf.get(item.number);
        return (
          <li key={item.number}>
            {documentId ? (
              <Link to={paths.legalDoc(documentId)} className="legal-list__number">
                {item.number}
              </Link>
            ) : (
              <span className="legal-list__number">{item.number}</span>
            )}{' '}
            <span lang="vi">{item.title}</span>
            {issued ? <span className="legal-list__issued">{issued}</span> : null}
          </li>
        );
      })}
    </ul>
  );
}
