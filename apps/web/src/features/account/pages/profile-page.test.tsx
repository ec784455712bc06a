import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { account } from '../../../test/accounts.ts';
import { json, mockFetch, problem } from '../../../test/fetch-mock.ts';
import { renderApp } from '../../../test/render.tsx';

const form = (name: string) => screen.getByRole('form', { name });

describe('Thông tin cá nhân (profile)', () => {
  it('shows the stored profile and saves the edited fields through PATCH /me', async () => {
    const patches: unknown[] = [];
    let current = account();
    mockFetch({
      '/api/v1/me': (_url, init) => {
        if (init?.method === 'PATCH') {
          const body = JSON.parse(String(init.body));
          patches.push(body);
          current = { ...current, ...body, address: body.address || null };
          return json(current);
        }
        return json(current);
      },
    });
    const { user } = renderApp('/ca-nhan/thong-tin');
    const profile = await screen.findByRole('form', { name: 'Thông tin cá nhân' });
    expect(within(profile).getByLabelText('Họ và tên')).toHaveValue('Nguyễn Văn An');
    expect(within(profile).getByLabelText('Giới tính')).toHaveValue('male');
    expect(within(profile).getByLabelText('Ngày sinh')).toHaveValue('1985-03-15');
    expect(within(profile).getByLabelText(/^Số căn cước công dân/)).toHaveValue('011085012345');

    const name = within(profile).getByLabelText('Họ và tên');
    await user.clear(name);
    await user.type(name, 'Nguyễn Văn Bình');
    await user.clear(within(profile).getByLabelText('Địa chỉ'));
    await user.click(within(profile).getByRole('button', { name: 'Lưu thông tin' }));

    expect(await within(profile).findByText('Đã lưu thông tin cá nhân.')).toBeInTheDocument();
    expect(patches).toEqual([
      { fullName: 'Nguyễn Văn Bình', gender: 'male', dateOfBirth: '1985-03-15', idNumber: '011085012345', address: null, phone: '0912345678' },
    ]);
    // The header greets with the new name: one cache for the session and the profile.
    expect(screen.getByRole('button', { name: 'Xin chào, Nguyễn Văn Bình' })).toBeInTheDocument();
  });

  it('checks the CCCD with the shared schema before sending anything', async () => {
    const { fetchMock } = mockFetch({ '/api/v1/me': () => json(account()) });
    const { user } = renderApp('/ca-nhan/thong-tin');
    const profile = await screen.findByRole('form', { name: 'Thông tin cá nhân' });
    const cccd = within(profile).getByLabelText(/^Số căn cước công dân/);
    await user.clear(cccd);
    await user.type(cccd, '01108501234');
    await user.click(within(profile).getByRole('button', { name: 'Lưu thông tin' }));
    expect(await within(profile).findByRole('alert')).toHaveTextContent('Số CCCD gồm 12 chữ số hợp lệ');
    expect(cccd).toHaveAttribute('aria-invalid', 'true');
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'PATCH')).toBe(false);
  });

  it('changes the password: the API’s "wrong current password" lands on that field', async () => {
    const sent: unknown[] = [];
    let attempt = 0;
    mockFetch({
      '/api/v1/me': () => json(account()),
      '/api/v1/me/password': (_url, init) => {
        sent.push(JSON.parse(String(init?.body)));
        attempt += 1;
        return attempt === 1
          ? problem({
              type: 'about:blank',
              title: 'Mật khẩu hiện tại không đúng',
              status: 400,
              code: 'WRONG_PASSWORD',
              errors: { currentPassword: 'Mật khẩu hiện tại không đúng' },
            })
          : new Response(null, { status: 204 });
      },
    });
    const { user } = renderApp('/ca-nhan/thong-tin');
    const passwordForm = await screen.findByRole('form', { name: 'Đổi mật khẩu' });
    await user.type(within(passwordForm).getByLabelText(/^Mật khẩu hiện tại/), 'Sai-Mat-Khau-1');
    await user.type(within(passwordForm).getByLabelText(/^Mật khẩu mới/), 'Mua-Xuan-Tay-Bac-1');
    await user.type(within(passwordForm).getByLabelText(/^Nhập lại mật khẩu mới/), 'Mua-Xuan-Tay-Bac-1');
    await user.click(within(passwordForm).getByRole('button', { name: 'Đổi mật khẩu' }));
    expect(await within(passwordForm).findByLabelText(/^Mật khẩu hiện tại/)).toHaveAccessibleDescription('Mật khẩu hiện tại không đúng');

    const current = within(passwordForm).getByLabelText(/^Mật khẩu hiện tại/);
    await user.clear(current);
    await user.type(current, 'Demo@2025');
    await user.click(within(passwordForm).getByRole('button', { name: 'Đổi mật khẩu' }));
    expect(await within(passwordForm).findByText(/Đã đổi mật khẩu/)).toBeInTheDocument();
    expect(sent).toEqual([
      { currentPassword: 'Sai-Mat-Khau-1', newPassword: 'Mua-Xuan-Tay-Bac-1' },
      { currentPassword: 'Demo@2025', newPassword: 'Mua-Xuan-Tay-Bac-1' },
    ]);
    expect(within(passwordForm).getByLabelText(/^Mật khẩu mới/)).toHaveValue('');
  });

  it('asks for the new e-mail address to be confirmed and shows it as pending', async () => {
    let current = account();
    mockFetch({
      '/api/v1/me': () => json(current),
      '/api/v1/me/email': () => {
        current = { ...current, pendingEmail: 'moi@example.vn' };
        return json({ accepted: true }, { status: 202 });
      },
    });
    const { user } = renderApp('/ca-nhan/thong-tin');
    const emailForm = await screen.findByRole('form', { name: 'Thư điện tử' });
    expect(emailForm).toHaveTextContent('congdan@example.com');
    await user.type(within(emailForm).getByLabelText(/^Địa chỉ thư điện tử mới/), 'Moi@Example.vn');
    await user.type(within(emailForm).getByLabelText(/^Mật khẩu hiện tại/), 'Demo@2025');
    await user.click(within(emailForm).getByRole('button', { name: 'Đổi thư điện tử' }));
    expect(await within(emailForm).findByText(/Đã gửi thư xác nhận tới moi@example.vn/)).toBeInTheDocument();
    expect(form('Thư điện tử')).toHaveTextContent('congdan@example.com');
  });
});
