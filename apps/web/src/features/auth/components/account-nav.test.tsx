import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { account } from '../../../test/accounts.ts';
import { json, mockFetch, problem } from '../../../test/fetch-mock.ts';
import { renderApp } from '../../../test/render.tsx';

describe('account menu in the header', () => {
  it('greets the citizen, opens the menu the role allows, and "Thoát" signs out to the home page', async () => {
    let signedIn = true;
    const { fetchMock } = mockFetch({
      '/api/v1/me': () => (signedIn ? json(account()) : problem({ type: 'about:blank', title: 'x', status: 401, code: 'UNAUTHENTICATED' })),
      '/api/v1/auth/logout': () => {
        signedIn = false;
        return new Response(null, { status: 204 });
      },
    });
    const { user, router } = renderApp('/huong-dan');
    const nav = screen.getByRole('navigation', { name: 'Tài khoản' });
    const toggle = await within(nav).findByRole('button', { name: 'Xin chào, Nguyễn Văn An' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(within(nav).queryByRole('link', { name: 'Thông tin cá nhân' })).not.toBeInTheDocument();

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(within(nav).getByRole('link', { name: 'Hồ sơ cá nhân' })).toHaveAttribute('href', '/ca-nhan');
    expect(within(nav).getByRole('link', { name: 'Thông tin cá nhân' })).toHaveAttribute('href', '/ca-nhan/thong-tin');
    await user.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();

    await user.click(within(nav).getByRole('button', { name: 'Thoát' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(await within(screen.getByRole('navigation', { name: 'Tài khoản' })).findByRole('link', { name: 'Đăng nhập' })).toBeInTheDocument();
    const logout = fetchMock.mock.calls.find(([url]) => String(url).endsWith('/api/v1/auth/logout'));
    expect(logout?.[1]?.method).toBe('POST');
  });
});
