import type { TDossierStatus } from '@portal/domain';
import { useTranslation } from 'react-i18next';

/** The dossier's state in words, coloured by category (the words carry the meaning, not the colour). */
export function StatusBadge({ status }: { status: TDossierStatus }) {
  const { t } = useTranslation();
  return <span className={`badge status-badge status-badge--${status}`}>{t(`dossiers.status.${status}`)}</span>;
}
