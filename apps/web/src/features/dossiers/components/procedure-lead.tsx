import { useTranslation } from 'react-i18next';

/** "Thủ tục 1.009994.H18 · Sở Xây dựng · 20 ngày làm việc" under the page title. */
export function ProcedureLead({ procedure, agencyName }: { procedure: { code: string; processingDays: number }; agencyName: string }) {
  const { t } = useTranslation();
  return (
    <>
      {t('dossiers.editor.procedureInfo', {
        code: procedure.code,
        agency: agencyName,
        days: t('dossiers.editor.days', { count: procedure.processingDays }),
      })}
    </>
  );
}
