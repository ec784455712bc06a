import type { TProcedureSummary } from '@portal/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../lib/paths.ts';
import { ServiceLevelBadge } from './service-level-badge.tsx';

export interface ProcedureListProps {
  items: readonly TProcedureSummary[];
  /** Heading level of each procedure's name inside the surrounding section. */
  headingLevel?: 2 | 3;
  /** Compact cards for the home page: no field or processing time. */
  compact?: boolean;
}

/** Procedures as a list of entries (reads well at 360 px and in screen readers, unlike a wide table). */
export function ProcedureList({ items, headingLevel = 3, compact = false }: ProcedureListProps) {
  const { t } = useTranslation();
  const Heading = `h${headingLevel}` as const;
  return (
    <ul className={compact ? 'procedure-list procedure-list--compact' : 'procedure-list'}>
      {items.map((procedure) => (
        <li key={procedure.id} className="procedure-item">
          <Heading className="procedure-item__name">
            <Link to={paths.procedure(procedure.code)}>{procedure.name}</Link>
          </Heading>
          <dl className="procedure-item__meta">
            <div>
              <dt>{t('catalogue.code')}</dt>
              <dd className="procedure-item__code">{procedure.code}</dd>
            </div>
            <div>
              <dt>{t('procedure.agency')}</dt>
              <dd>{procedure.agency.name}</dd>
            </div>
            {compact ? null : (
              <>
                <div>
                  <dt>{t('procedure.field')}</dt>
                  <dd>{procedure.field.name}</dd>
                </div>
                <div>
                  <dt>{t('procedure.processingTime')}</dt>
                  <dd>{t('catalogue.processingDays', { count: procedure.processingDays })}</dd>
                </div>
              </>
            )}
            <div>
              <dt>{t('serviceLevel.label')}</dt>
              <dd>
                <ServiceLevelBadge level={procedure.serviceLevel} />
              </dd>
            </div>
          </dl>
        </li>
      ))}
    </ul>
  );
}
