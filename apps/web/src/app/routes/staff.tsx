import type { RouteObject } from 'react-router';
import { RequireAccount } from '../../features/auth/components/require-account.tsx';
import { paths } from '../../lib/paths.ts';
import { ComingSoonRoute } from './coming-soon-route.tsx';

const home = { labelKey: 'pages.staffHome', to: paths.staff.home } as const;

/**
 * Staff of the handling agencies (/can-bo/…), separate accounts from citizens;
 * RequireAccount sends anyone else to /can-bo/dang-nhap, which lives in public.tsx.
 */
export const staffRoutes: RouteObject[] = [
  {
    element: <RequireAccount kind="staff" />,
    children: [
      { path: paths.staff.home, element: <ComingSoonRoute titleKey="pages.staffHome" /> },
      { path: paths.staff.dossiers, element: <ComingSoonRoute titleKey="pages.staffDossiers" parent={home} /> },
    ],
  },
];
