import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { json, mockFetch, problem } from '../../../test/fetch-mock.ts';
import { renderApp } from '../../../test/render.tsx';

// The real widget needs Web Workers and WebCrypto; here the test plays its part (see verify()).
vi.mock('../components/altcha-setup.ts', () => ({}));

const signedOut = () => problem({ type: 'about:blank', title: 'Vui lòng đăng nhập', status: 401, code: 'UNAUTHENTICATED' });

/**
 * What the ALTCHA widget does once the proof-of-work is solved. Inside act(): the payload is in
 * the form's state before the next click (otherwise, on a busy machine, the click can come first).
 */
function verifyCaptcha(payload = 'solved-payload') {
  const widget = document.querySelector('altcha-widget')!;
  act(() => {
    widget.dispatchEvent(new CustomEvent('statechange', { detail: { state: 'verified', payload } }));
  });
}

async function fillValidForm(user: ReturnType<typeof renderApp>['user']) {
  await user.type(screen.getByLabelText(/^Tên tài khoản/), 'ThanhXuan123');
  await user.type(screen.getByLabelText(/^Mật khẩu/), 'Hoa-Ban-Trang-2025');
  await user.type(screen.getByLabelText(/^Nhập lại mật khẩu/), 'Hoa-Ban-Trang-2025');
  await user.type(screen.getByLabelText(/^Thư điện tử/), 'thanhxuan@example.vn');
  await user.type(screen.getByLabelText(/^Số điện thoại di động/), '0912 345 678');
  await user.type(screen.getByLabelText(/^Họ và tên/), 'Lò Văn Thắng');
}

describe('Đăng ký (registration)', () => {
  it('checks every field with the shared schema before calling the API, and focuses the error summary', async () => {
    const { fetchMock } = mockFetch({ '/api/v1/me': signedOut });
    const { user } = renderApp('/dang-ky');
    await user.type(await screen.findByLabelText(/^Tên tài khoản/), 'thắng');
    await user.type(screen.getByLabelText(/^Mật khẩu/), '12345678');
    await user.type(screen.getByLabelText(/^Nhập lại mật khẩu/), '1234');
    await user.type(screen.getByLabelText(/^Số điện thoại di động/), '0212');
    await user.click(screen.getByRole('button', { name: 'Đăng ký' }));

    const summary = await screen.findByRole('alert', { name: 'Vui lòng kiểm tra lại các thông tin sau' });
    await waitFor(() => expect(summary).toHaveFocus());
    expect(within(summary).getByRole('link', { name: 'Tên đăng nhập chỉ gồm chữ cái không dấu (a-z) và chữ số (0-9)' })).toBeInTheDocument();
    expect(within(summary).getByRole('link', { name: /Vui lòng hoàn thành bước mã xác nhận/ })).toBeInTheDocument();

    const password = screen.getByLabelText(/^Mật khẩu/);
    expect(password).toHaveAttribute('aria-invalid', 'true');
    expect(password).toHaveAccessibleDescription(expect.stringContaining('quá phổ biến'));
    expect(screen.getByLabelText(/^Nhập lại mật khẩu/)).toHaveAccessibleDescription('Mật khẩu nhập lại không khớp');
    expect(screen.getByLabelText(/^Số điện thoại di động/)).toHaveAccessibleDescription(expect.stringContaining('Số điện thoại di động không hợp lệ'));
    expect(fetchMock.mock.calls.some(([url]) => String(url).includes('/auth/register'))).toBe(false);

    // A link of the summary takes the keyboard to its field.
    await user.click(within(summary).getByRole('link', { name: /Tên đăng nhập chỉ gồm/ }));
    expect(screen.getByLabelText(/^Tên tài khoản/)).toHaveFocus();
  });

  it('sends the normalised form with the captcha payload and shows the API’s field error', async () => {
    const bodies: unknown[] = [];
    mockFetch({
      '/api/v1/me': signedOut,
      '/api/v1/auth/register': (_url, init) => {
        bodies.push(JSON.parse(String(init?.body)));
        return problem({
          type: 'about:blank',
          title: 'Tên đăng nhập đã được sử dụng',
          status: 409,
          code: 'USERNAME_TAKEN',
          errors: { username: 'Tên đăng nhập đã được sử dụng' },
        });
      },
    });
    const { user } = renderApp('/dang-ky');
    await fillValidForm(user);
    verifyCaptcha();
    await user.click(screen.getByRole('button', { name: 'Đăng ký' }));

    expect(await screen.findByLabelText(/^Tên tài khoản/)).toHaveAccessibleDescription(expect.stringContaining('Tên đăng nhập đã được sử dụng'));
    expect(bodies).toEqual([
      {
        username: 'thanhxuan123',
        password: 'Hoa-Ban-Trang-2025',
        email: 'thanhxuan@example.vn',
        phone: '0912345678',
        fullName: 'Lò Văn Thắng',
        captcha: 'solved-payload',
        locale: 'vi',
      },
    ]);
  });

  it('confirms the registration and tells where the activation mail went', async () => {
    mockFetch({
      '/api/v1/me': signedOut,
      '/api/v1/auth/register': () => json({ username: 'thanhxuan123', email: 'thanhxuan@example.vn', status: 'pending_activation' }, { status: 201 }),
      '/api/v1/auth/activation/resend': () => json({ accepted: true }, { status: 202 }),
    });
    const { user } = renderApp('/dang-ky');
    await fillValidForm(user);
    verifyCaptcha();
    await user.click(screen.getByRole('button', { name: 'Đăng ký' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Đăng ký thành công' })).toBeInTheDocument();
    expect(screen.getByText(/đã gửi thư kích hoạt tới thanhxuan@example.vn/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Gửi lại thư kích hoạt' }));
    expect(await screen.findByText(/một thư kích hoạt mới đã được gửi/)).toBeInTheDocument();
  });

  it('shows the messages in English when the reader chose English', async () => {
    mockFetch({ '/api/v1/me': signedOut });
    const { user } = renderApp('/dang-ky');
    await user.click(await screen.findByRole('button', { name: 'English' }));
    await user.type(screen.getByLabelText(/^Password/), 'abc');
    await user.click(screen.getByRole('button', { name: 'Register' }));
    expect(await screen.findByLabelText(/^Password/)).toHaveAccessibleDescription(expect.stringContaining('at least 8 characters'));
    expect(screen.getByRole('alert', { name: 'Please check the following' })).toHaveTextContent('Complete the verification step');
  });
});
