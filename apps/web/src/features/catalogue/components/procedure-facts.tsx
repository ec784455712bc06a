import type { TProcedureDetail } from '@portal/domain';
import { useTranslation } from 'react-i18next';
import { ServiceLevelBadge } from './service-level-badge.tsx';

/** The facts a citizen checks first: who handles it, how long it takes, whether it is online. */
export function ProcedureFacts({ procedure }: { procedure: TProcedureDetail }) {
  const { t } = useTranslation();
  const handling = procedure.handlingAgencies.filter((agency) => agency.id !== procedure.agency.id);
  return (
    <dl className="facts">
      <div className="facts__item">
        <dt>{t('procedure.code')}</dt>
        <dd className="facts__code">{procedure.code}</dd>
      </div>
      <div className="facts__item">
        <dt>{t('serviceLevel.label')}</dt>
        <dd>
          <ServiceLevelBadge level={procedure.serviceLevel} />
          {procedure.legacyLevel ? <span className="facts__note">{t('browse.legacyLevel', { level: procedure.legacyLevel })}</span> : null}
        </dd>
      </div>
      <div className="facts__item">
        <dt>{t('procedure.agency')}</dt>
        <dd lang="vi">{procedure.agency.name}</dd>
      </div>
      <div className="facts__item">
        <dt>{t('procedure.field')}</dt>
        <dd lang="vi">{procedure.field.name}</dd>
      </div>
      <div className="facts__item">
        <dt>{t('procedure.processingTime')}</dt>
        <dd>
          {t('catalogue.processingDays', { count: procedure.processingDays })}
          {procedure.processingNote ? (
            <span className="facts__note" lang="vi">
              {procedure.processingNote}
            </span>
          ) : null}
        </dd>
      </div>
      {handling.length > 0 ? (
        <div className="facts__item">
          <dt>{t('procedure.handlingAgencies')}</dt>
          <dd lang="vi">{handling.map((agency) => agency.name).join('; ')}</dd>
        </div>
      ) : null}
    </dl>
  );
}
