import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation } from 'react-router';
import { paths } from '../lib/paths.ts';
import { isAdministrator } from '@portal/domain';
import { AccountNav } from '../features/auth/components/account-nav.tsx';
import { useSession } from '../features/auth/queries.ts';
import { handlesDossiers } from '../features/staff-dossiers/roles.ts';
import { EmblemMark } from './emblem-mark.tsx';
import { LanguageSwitch } from './language-switch.tsx';

const NAV_ITEMS = [
  { to: paths.home, key: 'nav.home', end: true },
  { to: paths.procedures, key: 'nav.procedures', end: false },
  { to: paths.onlineServices, key: 'nav.onlineServices', end: false },
  { to: paths.lookup, key: 'nav.lookup', end: false },
  { to: paths.stats, key: 'nav.stats', end: false },
  { to: paths.guides, key: 'nav.guides', end: false },
  { to: paths.qa, key: 'nav.qa', end: false },
  { to: paths.legalDocs, key: 'nav.legalDocs', end: false },
] as const;

export interface HeaderProps {
  /** Name of the portal as the province publishes it; falls back to the generic name. */
  portalName?: string | undefined;
  /** "Ủy ban nhân dân tỉnh …", shown above the portal name when known. */
  authorityLine?: string | null | undefined;
}

export function Header({ portalName, authorityLine }: HeaderProps) {
  const { t } = useTranslation();
  const name = portalName || t('app.name');
  const [menuOpen, setMenuOpen] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);
  const menuId = useId();
  const { pathname } = useLocation();
  const { account } = useSession();
  const isAdmin = account?.kind === 'staff' && isAdministrator(account.roles);
  const isDossierHandler = account?.kind === 'staff' && handlesDossiers(account.roles);

  // A followed link closes the menu on small screens.
  useEffect(() => setMenuOpen(false), [pathname]);

  const onNavKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && menuOpen) {
      setMenuOpen(false);
      menuButton.current?.focus();
    }
  };

  return (
    <header className="site-header">
      <div className="site-header__utility">
        <div className="container site-header__utility-inner">
          <AccountNav />
          <LanguageSwitch />
        </div>
      </div>

      <div className="site-header__brand">
        <div className="container">
          <Link to={paths.home} className="brand">
            <EmblemMark />
            <span className="brand__text">
              {/* The province's own name for its portal stays Vietnamese in English mode (WCAG 3.1.2). */}
              {authorityLine ? (
                <span className="brand__authority" lang="vi">
                  {authorityLine}
                </span>
              ) : null}
              <span className="brand__name" lang={portalName ? 'vi' : undefined}>
                {name}
              </span>
            </span>
          </Link>
        </div>
      </div>

      <nav className="main-nav" aria-label={t('nav.label')} onKeyDown={onNavKeyDown}>
        <div className="container">
          <button
            ref={menuButton}
            type="button"
            className="main-nav__toggle"
            aria-expanded={menuOpen}
            aria-controls={menuId}
            onClick={() => setMenuOpen((open) => !open)}
          >
            <span className="main-nav__toggle-icon" aria-hidden="true" />
            {t('header.menu')}
          </button>
          <ul id={menuId} className={['main-nav__list', isDossierHandler || isAdmin ? 'main-nav__list--long' : null, menuOpen ? 'is-open' : null].filter(Boolean).join(' ')}>
            {NAV_ITEMS.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.end} className="main-nav__link">
                  {t(item.key)}
                </NavLink>
              </li>
            ))}
            {isDossierHandler ? (
              <li>
                <NavLink to={paths.staff.dossiers} className="main-nav__link">
                  {t('staffDossiers.nav')}
                </NavLink>
              </li>
            ) : null}
            {isDossierHandler ? (
              <li>
                <NavLink to={paths.staff.questions} className="main-nav__link">
                  {t('questions.staff.nav')}
                </NavLink>
              </li>
            ) : null}
            {isAdmin ? (
              <li>
                <NavLink to={paths.staff.admin.home} className="main-nav__link">
                  {t('admin.title')}
                </NavLink>
              </li>
            ) : null}
          </ul>
        </div>
      </nav>
    </header>
  );
}
