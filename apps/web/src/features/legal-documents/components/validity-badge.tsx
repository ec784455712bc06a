import { LEGAL_DOCUMENT_VALIDITY_LABELS, type TLegalDocumentValidity } from '@portal/domain';
import { useTranslation } from 'react-i18next';

export const validityLabel = (validity: TLegalDocumentValidity, language: string) => LEGAL_DOCUMENT_VALIDITY_LABELS[validity][language === 'en' ? 'en' : 'vi'];

/** Tình trạng hiệu lực as a badge: the words carry the meaning, the colour only repeats it. */
export function ValidityBadge({ validity }: { validity: TLegalDocumentValidity }) {
  const { i18n } = useTranslation();
  return <span className={`badge badge--${validity.replace(/_/g, '-')}`}>{validityLabel(validity, i18n.language)}</span>;
}
