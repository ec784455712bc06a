import type { TLegalBasis } from '@portal/domain';
import { useTranslation } from 'react-i18next';
import { formatIsoDate } from '../../../lib/format.ts';

export function LegalBasisList({ items }: { items: readonly TLegalBasis[] }) {
  const { t, i18n } = useTranslation();
  return (
    <ul className="legal-list">
      {items.map((item) => {
        const issued = [
          item.issuer ? t('procedure.issuedBy', { issuer: item.issuer }) : null,
          item.issuedOn ? t('procedure.issuedOn', { date: formatIsoDate(item.issuedOn, i18n.language) }) : null,
        ]
          .filter(Boolean)
          .join(' ');
        return (
          <li key={item.number}>
            <span className="legal-list__number">{item.number}</span> {item.title}
            {issued ? <span className="legal-list__issued">{issued}</span> : null}
          </li>
        );
      })}
    </ul>
  );
}
