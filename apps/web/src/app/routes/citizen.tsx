import type { RouteObject } from 'react-router';
import { ProfilePage } from '../../features/account/pages/profile-page.tsx';
import { RequireAccount } from '../../features/auth/components/require-account.tsx';
import { paths } from '../../lib/paths.ts';
import { ComingSoonRoute } from './coming-soon-route.tsx';

const home = { labelKey: 'pages.citizenHome', to: paths.citizen.home } as const;

/**
 * Signed-in citizens (/ca-nhan/…): RequireAccount sends anyone else to /dang-nhap with
 * the way back.
 */
export const citizenRoutes: RouteObject[] = [
  {
    element: <RequireAccount kind="citizen" />,
    children: [
      { path: paths.citizen.home, element: <ComingSoonRoute titleKey="pages.citizenHome" /> },
      { path: paths.citizen.dossiers, element: <ComingSoonRoute titleKey="pages.citizenDossiers" parent={home} /> },
      { path: paths.citizen.profile, element: <ProfilePage /> },
      {
        path: `${paths.citizen.home}/nop-ho-so/:idOrCode`,
        element: <ComingSoonRoute titleKey="pages.citizenSubmit" parent={home} />,
      },
    ],
  },
];
