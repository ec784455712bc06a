import type { RouteObject } from 'react-router';
import { RequireAccount } from '../../features/auth/components/require-account.tsx';
import { paths } from '../../lib/paths.ts';

/**
 * Signed-in citizens (/ca-nhan/…): RequireAccount sends anyone else to /dang-nhap with
 * the way back.
 */
export const citizenRoutes: RouteObject[] = [
  {
    element: <RequireAccount kind="citizen" />,
    children: [
      { path: paths.citizen.home, lazy: () => import('../../features/dossiers/pages/dashboard-page.tsx').then((m) => ({ Component: m.DashboardPage })) },
      { path: paths.citizen.dossiers, lazy: () => import('../../features/dossiers/pages/dossier-list-page.tsx').then((m) => ({ Component: m.DossierListPage })) },
      { path: `${paths.citizen.dossiers}/:id`, lazy: () => import('../../features/dossiers/pages/dossier-detail-page.tsx').then((m) => ({ Component: m.DossierDetailPage })) },
      { path: `${paths.citizen.dossiers}/:id/sua`, lazy: () => import('../../features/dossiers/pages/dossier-edit-page.tsx').then((m) => ({ Component: m.DossierEditPage })) },
      { path: `${paths.citizen.dossiers}/:id/bo-sung`, lazy: () => import('../../features/dossiers/pages/dossier-edit-page.tsx').then((m) => ({ Component: m.DossierEditPage })) },
      { path: paths.citizen.profile, lazy: () => import('../../features/account/pages/profile-page.tsx').then((m) => ({ Component: m.ProfilePage })) },
      { path: `${paths.citizen.home}/nop-ho-so/:idOrCode`, lazy: () => import('../../features/dossiers/pages/dossier-create-page.tsx').then((m) => ({ Component: m.DossierCreatePage })) },
    ],
  },
];
