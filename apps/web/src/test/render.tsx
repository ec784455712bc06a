import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { vi } from 'vitest';
import { AppProviders } from '../app/providers.tsx';
import { routes } from '../app/router.tsx';

/**
 * A test that fakes the clock (vi.useFakeTimers) to check a debounce or an autosave gets a user
 * whose pause between two keys takes no fake time at all: however slow the machine, the debounce
 * cannot run out in the middle of typing. With real timers this does nothing.
 */
const advanceTimers = (ms: number) => {
  if (vi.isFakeTimers()) vi.advanceTimersByTime(ms);
};

/**
 * The app's routes load their pages lazily (routes/*.tsx); tests get them loaded beforehand, so a
 * page renders on the first paint, as in a browser once its chunk has arrived.
 */
async function loaded(tree: RouteObject[]): Promise<RouteObject[]> {
  return Promise.all(
    tree.map(async (route) => {
      const { lazy, children, ...rest } = route;
      const resolved = typeof lazy === 'function' ? await lazy() : {};
      const loadedRoute = { ...rest, ...resolved } as RouteObject;
      if (children) loadedRoute.children = await loaded(children);
      return loadedRoute;
    }),
  );
}
const loadedRoutes = await loaded(routes);

const testQueryClient = () =>
  new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity } } });

/** The whole app (layout + real routes) at `url`, as a user would open it. */
export function renderApp(url: string) {
  const router = createMemoryRouter(loadedRoutes, { initialEntries: [url] });
  const user = userEvent.setup({ advanceTimers });
  const view = render(
    <AppProviders queryClient={testQueryClient()}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...view, router, user };
}

/** One component with the providers and a router around it. */
export function renderWithProviders(ui: ReactElement, { url = '/' }: { url?: string } = {}) {
  const router = createMemoryRouter([{ path: '*', element: ui }], { initialEntries: [url] });
  const user = userEvent.setup({ advanceTimers });
  const view = render(
    <AppProviders queryClient={testQueryClient()}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...view, router, user };
}
