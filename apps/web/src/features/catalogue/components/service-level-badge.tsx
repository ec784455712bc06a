import type { TServiceLevel } from '@portal/domain';
import { useTranslation } from 'react-i18next';

/** Decree 42/2022 level: "Toàn trình", "Một phần" or "Chỉ cung cấp thông tin". */
export function ServiceLevelBadge({ level }: { level: TServiceLevel }) {
  const { t } = useTranslation();
  return <span className={`badge badge--${level.replace('_', '-')}`}>{t(`serviceLevel.${level}`)}</span>;
}
