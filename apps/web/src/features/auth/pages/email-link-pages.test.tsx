import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockFetch, problem } from '../../../test/fetch-mock.ts';
import { renderApp } from '../../../test/render.tsx';

const signedOut = () => problem({ type: 'about:blank', title: 'x', status: 401, code: 'UNAUTHENTICATED' });
const TOKEN = 'tok_0123456789abcdefghijABCDEFGHIJ-_xyz';

describe('pages opened from e-mailed links', () => {
  it('activation: activates once with the token of the link and offers to sign in', async () => {
    const bodies: unknown[] = [];
    mockFetch({
      '/api/v1/me': signedOut,
      '/api/v1/auth/activate': (_url, init) => {
        bodies.push(JSON.parse(String(init?.body)));
        return json({ status: 'active' });
      },
    });
    renderApp(`/kich-hoat#token=${TOKEN}`);
    expect(await screen.findByText(/Tài khoản đã được kích hoạt/)).toBeInTheDocument();
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Đăng nhập' })).toHaveAttribute('href', '/dang-nhap');
    expect(bodies).toEqual([{ token: TOKEN }]);
  });

  it('activation: an expired link says so and points to the resend on the login page', async () => {
    mockFetch({
      '/api/v1/me': signedOut,
      '/api/v1/auth/activate': () => problem({ type: 'about:blank', title: 'Liên kết đã hết hạn', status: 400, code: 'TOKEN_EXPIRED' }),
    });
    renderApp(`/kich-hoat#token=${TOKEN}`);
    expect(await screen.findByRole('alert')).toHaveTextContent('Liên kết đã hết hạn');
    expect(screen.getByText(/trang đăng nhập cho phép gửi lại thư kích hoạt/)).toBeInTheDocument();
  });

  it('password reset: sets the new password with the token of the link', async () => {
    const bodies: unknown[] = [];
    mockFetch({
      '/api/v1/me': signedOut,
      '/api/v1/auth/password-reset/confirm': (_url, init) => {
        bodies.push(JSON.parse(String(init?.body)));
        return new Response(null, { status: 204 });
      },
    });
    const { user } = renderApp(`/dat-lai-mat-khau#token=${TOKEN}`);
    await user.type(await screen.findByLabelText(/^Mật khẩu mới/), 'Ruong-Bac-Thang-Ba-9');
    await user.type(screen.getByLabelText(/^Nhập lại mật khẩu mới/), 'Ruong-Bac-Thang-Ba-9');
    await user.click(screen.getByRole('button', { name: 'Đặt mật khẩu mới' }));
    expect(await screen.findByText(/Mật khẩu đã được thay đổi/)).toBeInTheDocument();
    expect(bodies).toEqual([{ token: TOKEN, password: 'Ruong-Bac-Thang-Ba-9' }]);
  });

  it('forgotten password: the same confirmation whatever the address', async () => {
    mockFetch({ '/api/v1/me': signedOut, '/api/v1/auth/password-reset': () => json({ accepted: true }, { status: 202 }) });
    const { user } = renderApp('/quen-mat-khau');
    await user.type(await screen.findByLabelText(/^Thư điện tử/), 'an@example.vn');
    await user.click(screen.getByRole('button', { name: 'Gửi liên kết đặt lại mật khẩu' }));
    expect(await screen.findByText(/Nếu địa chỉ an@example.vn thuộc một tài khoản/)).toBeInTheDocument();
  });
});
