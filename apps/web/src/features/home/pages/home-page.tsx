import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../../components/page-title.tsx';
import { usePortalIdentity } from '../../portal/queries.ts';
import { AgencyGrid } from '../components/agency-grid.tsx';
import { GuideCards } from '../components/guide-cards.tsx';
import { HomeSearch } from '../components/home-search.tsx';
import { PopularProcedures } from '../components/popular-procedures.tsx';

export function HomePage() {
  const { t } = useTranslation();
  const { portalName } = usePortalIdentity();
  useDocumentTitle(t('home.title'));
  return (
    <>
      <div className="hero">
        <div className="container hero__inner">
          <h1 className="hero__title" tabIndex={-1}>
            {portalName}
          </h1>
          <p className="hero__lead">{t('home.lead')}</p>
          <HomeSearch />
        </div>
      </div>
      <div className="container home-body">
        <PopularProcedures />
        <AgencyGrid />
        <GuideCards />
      </div>
    </>
  );
}
