import type { TProcedureSummary } from '@portal/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ButtonLink } from '../../../components/button.tsx';
import { paths } from '../../../lib/paths.ts';
import { HighlightedName } from './highlighted-name.tsx';
import { ServiceLevelBadge } from './service-level-badge.tsx';

export interface ProcedureListProps {
  items: readonly TProcedureSummary[];
  /** Heading level of each procedure's name inside the surrounding section. */
  headingLevel?: 2 | 3;
  /** Compact cards for the home page: no field or processing time. */
  compact?: boolean;
  /** The online-services tab: an "Đăng ký trực tuyến" button on each procedure that accepts it. */
  registerButtons?: boolean;
}

/** Procedures as a list of entries (reads well at 360 px and in screen readers, unlike a wide table). */
export function ProcedureList({ items, headingLevel = 3, compact = false, registerButtons = false }: ProcedureListProps) {
  const { t } = useTranslation();
  const Heading = `h${headingLevel}` as const;
  return (
    <ul className={compact ? 'procedure-list procedure-list--compact' : 'procedure-list'}>
      {items.map((procedure) => (
        <li key={procedure.id} className="procedure-item">
          <Heading className="procedure-item__name">
            <Link to={paths.procedure(procedure.code)} lang="vi">
              <HighlightedName name={procedure.name} segments={procedure.highlight} />
            </Link>
          </Heading>
          <dl className="procedure-item__meta">
            <div>
              <dt>{t('catalogue.code')}</dt>
              <dd className="procedure-item__code">{procedure.code}</dd>
            </div>
            <div>
              <dt>{t('procedure.agency')}</dt>
              <dd lang="vi">{procedure.agency.name}</dd>
            </div>
            {compact ? null : (
              <>
                <div>
                  <dt>{t('procedure.field')}</dt>
                  <dd lang="vi">{procedure.field.name}</dd>
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
          {registerButtons && procedure.onlineEnabled ? (
            <p className="procedure-item__actions">
              <ButtonLink
                to={paths.citizen.submit(procedure.code)}
                aria-label={t('browse.registerOnlineFor', { name: procedure.name })}
              >
                {t('browse.registerOnline')}
              </ButtonLink>
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
