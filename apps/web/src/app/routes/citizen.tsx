import type { RouteObject } from 'react-router';
import { paths } from '../../lib/paths.ts';
import { ComingSoonRoute } from './coming-soon-route.tsx';

const home = { labelKey: 'pages.citizenHome', to: paths.citizen.home } as const;

/**
 * Signed-in citizens (/ca-nhan/…). The session guard arrives with the auth feature: it
 * will wrap these routes in a layout that redirects to /dang-nhap.
 */
export const citizenRoutes: RouteObject[] = [
  { path: paths.citizen.home, element: <ComingSoonRoute titleKey="pages.citizenHome" /> },
  { path: paths.citizen.dossiers, element: <ComingSoonRoute titleKey="pages.citizenDossiers" parent={home} /> },
  { path: paths.citizen.profile, element: <ComingSoonRoute titleKey="pages.citizenProfile" parent={home} /> },
  {
    path: `${paths.citizen.home}/nop-ho-so/:idOrCode`,
    element: <ComingSoonRoute titleKey="pages.citizenSubmit" parent={home} />,
  },
];
