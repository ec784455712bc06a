import { useTranslation } from 'react-i18next';

/** A polite live region, so screen readers hear "Đang tải…" once. */
export function Spinner({ label, inline = false }: { label?: string; inline?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className={inline ? 'spinner spinner--inline' : 'spinner'} role="status">
      <span className="spinner__icon" aria-hidden="true" />
      <span className="spinner__label">{label ?? t('common.loading')}</span>
    </div>
  );
}
