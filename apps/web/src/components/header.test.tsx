import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_STORAGE_KEY } from '../i18n/index.ts';
import { renderWithProviders } from '../test/render.tsx';
import { Header } from './header.tsx';

const VI_NAV = [
  'Trang chủ',
  'Thủ tục hành chính',
  'Dịch vụ công trực tuyến',
  'Tra cứu',
  'Thống kê',
  'Hướng dẫn',
  'Hỏi đáp',
  'Văn bản',
];

describe('Header', () => {
  it('shows the main navigation in Vietnamese, with the current page marked', () => {
    renderWithProviders(<Header />, { url: '/thu-tuc' });

    const nav = screen.getByRole('navigation', { name: 'Điều hướng chính' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(VI_NAV);
    expect(within(nav).getByRole('link', { name: 'Thủ tục hành chính' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Trang chủ' })).not.toHaveAttribute('aria-current');
  });

  it('offers account links and the generic portal name when the province is unknown', () => {
    renderWithProviders(<Header />);

    const account = screen.getByRole('navigation', { name: 'Tài khoản' });
    expect(within(account).getByRole('link', { name: 'Cán bộ đăng nhập' })).toHaveAttribute('href', '/can-bo/dang-nhap');
    expect(within(account).getByRole('link', { name: 'Đăng nhập' })).toHaveAttribute('href', '/dang-nhap');
    expect(within(account).getByRole('link', { name: 'Đăng ký' })).toHaveAttribute('href', '/dang-ky');
    expect(screen.getByRole('link', { name: 'Cổng Dịch vụ công trực tuyến' })).toHaveAttribute('href', '/');
  });

  it('shows the authority line and portal name it is given', () => {
    renderWithProviders(
      <Header portalName="Cổng Dịch vụ công tỉnh Hà Tĩnh" authorityLine="Ủy ban nhân dân tỉnh Hà Tĩnh" />,
    );
    expect(screen.getByRole('link', { name: /Ủy ban nhân dân tỉnh Hà Tĩnh.*Cổng Dịch vụ công tỉnh Hà Tĩnh/ })).toBeVisible();
  });

  it('switches the interface to English and remembers the choice', async () => {
    const { user } = renderWithProviders(<Header />);

    const vietnamese = screen.getByRole('button', { name: 'Tiếng Việt' });
    expect(vietnamese).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('button', { name: 'English' }));

    const nav = screen.getByRole('navigation', { name: 'Main navigation' });
    expect(within(nav).getByRole('link', { name: 'Home' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Administrative procedures' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Q&A' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Staff sign in' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement).toHaveAttribute('lang', 'en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');

    await user.click(screen.getByRole('button', { name: 'Tiếng Việt' }));
    expect(screen.getByRole('navigation', { name: 'Điều hướng chính' })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('lang', 'vi');
  });

  it('opens and closes the menu with a button that reports its state', async () => {
    const { user } = renderWithProviders(<Header />);

    const toggle = screen.getByRole('button', { name: 'Danh mục' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');

    // Escape closes it and gives focus back to the button.
    await user.tab();
    await user.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
  });
});
