import { useEffect, useRef } from 'react';
import { Outlet, ScrollRestoration, useLocation } from 'react-router';
import { Footer } from '../../components/footer.tsx';
import { Header } from '../../components/header.tsx';
import { MAIN_CONTENT_ID, SkipLink } from '../../components/skip-link.tsx';
import { usePortalIdentity } from '../../features/portal/queries.ts';

/**
 * After a client-side navigation nothing tells a screen-reader user the page changed, so
 * focus moves to the new page's h1 (or <main>), as a full page load would.
 */
function useFocusOnNavigation() {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    const main = document.getElementById(MAIN_CONTENT_ID);
    const heading = main?.querySelector<HTMLElement>('h1');
    (heading ?? main)?.focus({ preventScroll: true });
  }, [pathname]);
}

export function RootLayout() {
  const identity = usePortalIdentity();
  useFocusOnNavigation();
  return (
    <div className="app-shell">
      <SkipLink />
      <Header portalName={identity.portalName} authorityLine={identity.authorityLine} />
      <main id={MAIN_CONTENT_ID} className="site-main" tabIndex={-1}>
        <Outlet />
      </main>
      <Footer
        portalName={identity.portalName}
        agencyName={identity.agencyName}
        address={identity.address}
        hotline={identity.hotline}
        email={identity.email}
      />
      <ScrollRestoration />
    </div>
  );
}
