import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { account } from '../../../test/accounts.ts';
import { json, mockFetch, problem } from '../../../test/fetch-mock.ts';
import { renderApp } from '../../../test/render.tsx';

const signedOut = () => problem({ type: 'about:blank', title: 'Vui lòng đăng nhập', status: 401, code: 'UNAUTHENTICATED' });

describe('Đăng nhập (login)', () => {
  it('signs in with "remember me", goes back where the visitor came from and greets by name', async () => {
    let me: unknown = null;
    const bodies: unknown[] = [];
    mockFetch({
      '/api/v1/me': () => (me ? json(me) : signedOut()),
      '/api/v1/auth/login': (_url, init) => {
        bodies.push(JSON.parse(String(init?.body)));
        me = account();
        return json(me);
      },
    });
    const { user, router } = renderApp('/dang-nhap?next=%2Fca-nhan%2Fho-so');
    await user.type(await screen.findByLabelText(/^Tên tài khoản hoặc thư điện tử/), 'CongDan@Example.com');
    await user.type(screen.getByLabelText(/^Mật khẩu/), 'Demo@2025');
    await user.click(screen.getByLabelText('Tự động đăng nhập lần sau'));
    await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Hồ sơ đã đăng ký' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/ca-nhan/ho-so');
    expect(bodies).toEqual([{ username: 'CongDan@Example.com', password: 'Demo@2025', remember: true }]);
    const account_ = screen.getByRole('navigation', { name: 'Tài khoản' });
    expect(within(account_).getByRole('button', { name: 'Xin chào, Nguyễn Văn An' })).toBeInTheDocument();
    expect(within(account_).queryByRole('link', { name: 'Đăng ký' })).not.toBeInTheDocument();
  });

  it('shows one message for wrong credentials, without saying which part was wrong', async () => {
    mockFetch({
      '/api/v1/me': signedOut,
      '/api/v1/auth/login': () =>
        problem({ type: 'about:blank', title: 'Tên đăng nhập hoặc mật khẩu không đúng', status: 401, code: 'INVALID_CREDENTIALS' }),
    });
    const { user } = renderApp('/dang-nhap');
    await user.type(await screen.findByLabelText(/^Tên tài khoản hoặc thư điện tử/), 'congdan');
    await user.type(screen.getByLabelText(/^Mật khẩu/), 'sai');
    await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));
    const summary = await screen.findByRole('alert', { name: 'Vui lòng kiểm tra lại các thông tin sau' });
    expect(summary).toHaveTextContent('Tên đăng nhập hoặc mật khẩu không đúng');
    await waitFor(() => expect(summary).toHaveFocus());
    expect(screen.getByLabelText(/^Mật khẩu/)).not.toHaveAttribute('aria-invalid');
  });

  it('offers to resend the activation mail when the account is not activated', async () => {
    const resent: unknown[] = [];
    mockFetch({
      '/api/v1/me': signedOut,
      '/api/v1/auth/login': () =>
        problem({ type: 'about:blank', title: 'Tài khoản chưa được kích hoạt, vui lòng kiểm tra thư điện tử', status: 403, code: 'ACCOUNT_NOT_ACTIVATED' }),
      '/api/v1/auth/activation/resend': (_url, init) => {
        resent.push(JSON.parse(String(init?.body)));
        return json({ accepted: true }, { status: 202 });
      },
    });
    const { user } = renderApp('/dang-nhap');
    await user.type(await screen.findByLabelText(/^Tên tài khoản hoặc thư điện tử/), 'thanhxuan123');
    await user.type(screen.getByLabelText(/^Mật khẩu/), 'Hoa-Ban-Trang-2025');
    await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));
    expect(await screen.findByText('Tài khoản chưa được kích hoạt, vui lòng kiểm tra thư điện tử')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Gửi lại thư kích hoạt' }));
    expect(await screen.findByRole('status')).toHaveTextContent('một thư kích hoạt mới đã được gửi');
    expect(resent).toEqual([{ username: 'thanhxuan123' }]);
  });

  it('answers wrong credentials (also a paused account: the API does not tell them apart) with the same message and a hint to reset the password', async () => {
    mockFetch({
      '/api/v1/me': signedOut,
      '/api/v1/auth/login': () =>
        problem({ type: 'urn:portal:problem:invalid-credentials', title: 'Tên đăng nhập hoặc mật khẩu không đúng', status: 401, code: 'INVALID_CREDENTIALS' }),
    });
    const { user } = renderApp('/dang-nhap');
    await user.type(await screen.findByLabelText(/^Tên tài khoản hoặc thư điện tử/), 'congdan');
    await user.type(screen.getByLabelText(/^Mật khẩu/), 'x');
    await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));
    expect(await screen.findByText('Tên đăng nhập hoặc mật khẩu không đúng')).toBeInTheDocument();
    expect(screen.getByText(/tạm dừng ít phút\. Nếu quên mật khẩu, hãy dùng/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Quên mật khẩu' })).toHaveAttribute('href', '/quen-mat-khau');
  });

  it('the staff entry posts to the staff login and leads to the workspace', async () => {
    let me: unknown = null;
    mockFetch({
      '/api/v1/me': () => (me ? json(me) : signedOut()),
      '/api/v1/staff/auth/login': () => {
        me = account({ kind: 'staff', username: 'motcua', fullName: 'Đỗ Thị Hạnh', roles: ['clerk'], agency: { id: 'a', name: 'Sở Xây dựng' } });
        return json(me);
      },
    });
    const { user, router } = renderApp('/can-bo/dang-nhap');
    expect(await screen.findByRole('heading', { level: 1, name: 'Cán bộ đăng nhập' })).toBeInTheDocument();
    await user.type(screen.getByLabelText(/^Tên tài khoản hoặc thư điện tử/), 'motcua');
    await user.type(screen.getByLabelText(/^Mật khẩu/), 'Demo@2025');
    await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Trang làm việc của cán bộ' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/can-bo');
    const nav = screen.getByRole('navigation', { name: 'Tài khoản' });
    await user.click(within(nav).getByRole('button', { name: 'Xin chào, Đỗ Thị Hạnh' }));
    expect(within(nav).getByRole('link', { name: 'Không gian làm việc' })).toHaveAttribute('href', '/can-bo');
    expect(within(nav).queryByRole('link', { name: 'Thông tin cá nhân' })).not.toBeInTheDocument();
  });
});
