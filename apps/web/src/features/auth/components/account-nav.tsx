import { displayNameOf } from '@portal/domain';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { paths } from '../../../lib/paths.ts';
import { useLogout } from '../mutations.ts';
import { useSession } from '../queries.ts';

/**
 * The account corner of the header. Signed out: Cán bộ đăng nhập, Đăng nhập, Đăng ký.
 * Signed in: "Xin chào, {name}" opening the menu the account's kind allows, and Thoát.
 */
export function AccountNav() {
  const { t } = useTranslation();
  const { account } = useSession();
  const logout = useLogout();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menuId = useId();

  useEffect(() => setOpen(false), [pathname]);

  if (!account) {
    return (
      <nav aria-label={t('header.accountNav')}>
        <ul className="utility-links">
          <li>
            <Link to={paths.staffLogin}>{t('header.staffLogin')}</Link>
          </li>
          <li>
            <Link to={paths.login}>{t('header.login')}</Link>
          </li>
          <li>
            <Link to={paths.register}>{t('header.register')}</Link>
          </li>
        </ul>
      </nav>
    );
  }

  const name = displayNameOf(account);
  const items =
    account.kind === 'staff'
      ? [{ to: paths.staff.home, label: t('auth.menu.staffHome') }]
      : [
          { to: paths.citizen.home, label: t('auth.menu.citizenHome') },
          { to: paths.citizen.profile, label: t('auth.menu.profile') },
        ];

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      setOpen(false);
      button.current?.focus();
    }
  };

  const signOut = () =>
    logout.mutate(undefined, {
      // Like the portals it replaces: back to the home page after "Thoát".
      onSettled: () => void navigate(paths.home),
    });

  return (
    <nav aria-label={t('header.accountNav')} className="account-nav" onKeyDown={onKeyDown}>
      <div className="account-menu">
        <button
          ref={button}
          type="button"
          className="account-menu__toggle"
          aria-expanded={open}
          aria-controls={menuId}
          onClick={() => setOpen((value) => !value)}
        >
          {t('auth.menu.greeting', { name })}
          <span className="account-menu__caret" aria-hidden="true" />
        </button>
        <ul id={menuId} className="account-menu__list" hidden={!open}>
          {items.map((item) => (
            <li key={item.to}>
              <Link to={item.to}>{item.label}</Link>
            </li>
          ))}
        </ul>
      </div>
      <button type="button" className="account-nav__logout" onClick={signOut} disabled={logout.isPending}>
        {t('auth.menu.logout')}
      </button>
    </nav>
  );
}
