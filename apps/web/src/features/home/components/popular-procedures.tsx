import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorMessage } from '../../../components/error-message.tsx';
import { Spinner } from '../../../components/spinner.tsx';
import { paths } from '../../../lib/paths.ts';
import { ProcedureList } from '../../catalogue/components/procedure-list.tsx';
import { procedureListQuery } from '../../catalogue/queries.ts';

export const POPULAR_LIMIT = 8;

export function PopularProcedures() {
  const { t } = useTranslation();
  const popular = useQuery(procedureListQuery({ limit: POPULAR_LIMIT, sort: 'popular' }));
  return (
    <section className="home-section" aria-labelledby="popular-heading">
      <div className="home-section__header">
        <h2 id="popular-heading">{t('home.popularHeading')}</h2>
        <Link to={paths.procedures} className="home-section__more">
          {t('home.viewAllProcedures')}
        </Link>
      </div>
      {popular.isPending ? <Spinner /> : null}
      {popular.isError ? <ErrorMessage error={popular.error} onRetry={() => void popular.refetch()} /> : null}
      {popular.isSuccess && popular.data.items.length === 0 ? <p>{t('home.popularEmpty')}</p> : null}
      {popular.isSuccess && popular.data.items.length > 0 ? (
        <ProcedureList items={popular.data.items} compact />
      ) : null}
    </section>
  );
}
