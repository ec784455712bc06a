import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { account } from '../../test/accounts.ts';
import { json, mockFetch, problem } from '../../test/fetch-mock.ts';
import { renderApp } from '../../test/render.tsx';
import { SESSION_HINT_COOKIE } from './api.ts';

const dropHint = () => {
  document.cookie = `${SESSION_HINT_COOKIE}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
};
const unauthenticated = () => problem({ type: 'about:blank', title: 'x', status: 401, code: 'UNAUTHENTICATED' });

describe('the session hint cookie', () => {
  it('without it, a public page asks neither GET /me nor POST /auth/refresh: the visitor is anonymous', async () => {
    const { requested } = mockFetch({ '/api/v1/me': unauthenticated, '/api/v1/auth/refresh': unauthenticated });
    dropHint();
    renderApp('/huong-dan');
    const nav = screen.getByRole('navigation', { name: 'Tài khoản' });
    expect(await within(nav).findByRole('link', { name: 'Đăng nhập' })).toBeInTheDocument();
    // Let any query that was going to start do so.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const paths = requested().map((url) => url.pathname);
    expect(paths).not.toContain('/api/v1/me');
    expect(paths).not.toContain('/api/v1/auth/refresh');
  });

  it('with it, the session is asked for and the header greets the account', async () => {
    const { requested } = mockFetch({ '/api/v1/me': () => json(account()) });
    renderApp('/huong-dan');
    const nav = screen.getByRole('navigation', { name: 'Tài khoản' });
    expect(await within(nav).findByRole('button', { name: 'Xin chào, Nguyễn Văn An' })).toBeInTheDocument();
    expect(requested().map((url) => url.pathname)).toContain('/api/v1/me');
  });

  it('a signed-in page asks GET /me even without it, so a session older than the hint is not locked out', async () => {
    const { requested } = mockFetch({ '/api/v1/me': () => json(account()) });
    dropHint();
    renderApp('/ca-nhan/thong-tin');
    const nav = screen.getByRole('navigation', { name: 'Tài khoản' });
    expect(await within(nav).findByRole('button', { name: 'Xin chào, Nguyễn Văn An' })).toBeInTheDocument();
    expect(requested().map((url) => url.pathname)).toContain('/api/v1/me');
  });

  it('a signed-in page without a session sends the visitor to the login page', async () => {
    mockFetch({ '/api/v1/me': unauthenticated, '/api/v1/auth/refresh': unauthenticated });
    dropHint();
    const { router } = renderApp('/ca-nhan/thong-tin');
    await waitFor(() => expect(router.state.location.pathname).toBe('/dang-nhap'));
  });
});
