import type { RouteObject } from 'react-router';
import { OnlineServicesPage, ProcedureListPage } from '../../features/catalogue/pages/procedure-list-page.tsx';
import { ProcedurePage } from '../../features/catalogue/pages/procedure-page.tsx';
import { HomePage } from '../../features/home/pages/home-page.tsx';
import { paths } from '../../lib/paths.ts';
import { ComingSoonRoute } from './coming-soon-route.tsx';

/** Anyone, signed in or not. */
export const publicRoutes: RouteObject[] = [
  { index: true, element: <HomePage /> },
  { path: paths.procedures, element: <ProcedureListPage /> },
  { path: `${paths.procedures}/:idOrCode`, element: <ProcedurePage /> },
  { path: paths.onlineServices, element: <OnlineServicesPage /> },
  // Planned pages: real frame and title, no sample data.
  { path: paths.lookup, element: <ComingSoonRoute titleKey="pages.lookup" /> },
  { path: paths.stats, element: <ComingSoonRoute titleKey="pages.stats" /> },
  { path: paths.guides, element: <ComingSoonRoute titleKey="pages.guides" /> },
  { path: paths.qa, element: <ComingSoonRoute titleKey="pages.qa" /> },
  { path: paths.legalDocs, element: <ComingSoonRoute titleKey="pages.legalDocs" /> },
  { path: paths.login, element: <ComingSoonRoute titleKey="pages.login" /> },
  { path: paths.register, element: <ComingSoonRoute titleKey="pages.register" /> },
  { path: paths.staffLogin, element: <ComingSoonRoute titleKey="pages.staffLogin" /> },
];
