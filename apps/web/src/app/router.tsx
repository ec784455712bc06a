import { createBrowserRouter, type RouteObject } from 'react-router';
import { RootLayout } from './layouts/root-layout.tsx';
import { NotFoundPage } from './pages/not-found-page.tsx';
import { RouteErrorPage } from './pages/route-error-page.tsx';
import { RouteLoading } from './pages/route-loading.tsx';
import { citizenRoutes } from './routes/citizen.tsx';
import { publicRoutes } from './routes/public.tsx';
import { staffRoutes } from './routes/staff.tsx';

export const routes: RouteObject[] = [
  {
    element: <RootLayout />,
    // Last resort, if the layout itself fails.
    errorElement: <RouteErrorPage />,
    children: [
      {
        // Errors render inside the layout, so header, navigation and footer stay usable.
        errorElement: <RouteErrorPage />,
        // Every page loads its code lazily (public, citizen, staff and administration apart): until the
        // first one has arrived, the layout shows this in place of the page.
        hydrateFallbackElement: <RouteLoading />,
        children: [...publicRoutes, ...citizenRoutes, ...staffRoutes, { path: '*', element: <NotFoundPage /> }],
      },
    ],
  },
];

export const createAppRouter = () => createBrowserRouter(routes);
