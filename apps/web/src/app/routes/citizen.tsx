import type { RouteObject } from 'react-router';
import { ProfilePage } from '../../features/account/pages/profile-page.tsx';
import { RequireAccount } from '../../features/auth/components/require-account.tsx';
import { DashboardPage } from '../../features/dossiers/pages/dashboard-page.tsx';
import { DossierCreatePage } from '../../features/dossiers/pages/dossier-create-page.tsx';
import { DossierDetailPage } from '../../features/dossiers/pages/dossier-detail-page.tsx';
import { DossierEditPage } from '../../features/dossiers/pages/dossier-edit-page.tsx';
import { DossierListPage } from '../../features/dossiers/pages/dossier-list-page.tsx';
import { paths } from '../../lib/paths.ts';

/**
 * Signed-in citizens (/ca-nhan/…): RequireAccount sends anyone else to /dang-nhap with
 * the way back.
 */
export const citizenRoutes: RouteObject[] = [
  {
    element: <RequireAccount kind="citizen" />,
    children: [
      { path: paths.citizen.home, element: <DashboardPage /> },
      { path: paths.citizen.dossiers, element: <DossierListPage /> },
      { path: `${paths.citizen.dossiers}/:id`, element: <DossierDetailPage /> },
      { path: `${paths.citizen.dossiers}/:id/sua`, element: <DossierEditPage /> },
      { path: `${paths.citizen.dossiers}/:id/bo-sung`, element: <DossierEditPage /> },
      { path: paths.citizen.profile, element: <ProfilePage /> },
      { path: `${paths.citizen.home}/nop-ho-so/:idOrCode`, element: <DossierCreatePage /> },
    ],
  },
];
