import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorMessage } from '../../../components/error-message.tsx';
import { Spinner } from '../../../components/spinner.tsx';
import { proceduresUrl } from '../../../lib/paths.ts';
import { agencyListQuery } from '../../catalogue/queries.ts';

/** Sở, ban, ngành: one tile per department, leading to its procedures. */
export function AgencyGrid() {
  const { t } = useTranslation();
  const agencies = useQuery(agencyListQuery({ level: 'department' }));
  return (
    <section className="home-section" aria-labelledby="agencies-heading">
      <div className="home-section__header">
        <h2 id="agencies-heading">{t('home.agenciesHeading')}</h2>
      </div>
      {agencies.isPending ? <Spinner /> : null}
      {agencies.isError ? <ErrorMessage error={agencies.error} onRetry={() => void agencies.refetch()} /> : null}
      {agencies.isSuccess && agencies.data.items.length === 0 ? <p>{t('home.agenciesEmpty')}</p> : null}
      {agencies.isSuccess && agencies.data.items.length > 0 ? (
        <ul className="agency-grid">
          {agencies.data.items.map((agency) => (
            <li key={agency.id}>
              <Link to={proceduresUrl({ agencyId: agency.id })} className="agency-grid__link">
                <svg className="agency-grid__icon" viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" focusable="false">
                  <path
                    fill="none"
                    stroke="currentColor"
                    strokeWidth="1.6"
                    strokeLinejoin="round"
                    d="M3 9.5 12 4l9 5.5M5 10v8M9.5 10v8M14.5 10v8M19 10v8M3 20.5h18"
                  />
                </svg>
                <span lang="vi">{agency.name}</span>
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
