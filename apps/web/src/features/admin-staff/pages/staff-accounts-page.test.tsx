import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { account } from '../../../test/accounts.ts';
import { json, mockFetch, problem } from '../../../test/fetch-mock.ts';
import { renderApp } from '../../../test/render.tsx';

/** Agency ids are UUIDs: the invitation form refuses anything else. */
const SXD = '0190f3c4-0000-7000-8000-00000000a5d1';

const quantrixd = account({ id: 'admin1', kind: 'staff', username: 'quantrixd', roles: ['agency_admin'], agency: { id: SXD, name: 'Sở Xây dựng tỉnh Điện Biên' } });
const member = (overrides: Record<string, unknown> = {}) => ({
  id: 'u2',
  username: 'motcua',
  email: 'motcua.sxd@dienbien.gov.vn',
  fullName: 'Lường Thị Mai',
  position: 'Văn thư Sở',
  roles: ['clerk'],
  agency: { id: SXD, name: 'Sở Xây dựng tỉnh Điện Biên' },
  status: 'active',
  lastLoginAt: null,
  createdAt: '2026-11-01T00:00:00.000Z',
  invitation: null,
  ...overrides,
});

describe('staff accounts page', () => {
  it('an agency administrator invites into their own agency, without the system administrator role', async () => {
    const invited: unknown[] = [];
    mockFetch({
      '/api/v1/me': () => json(quantrixd),
      '/api/v1/admin/staff': (_url, init) => {
        if (init?.method === 'POST') {
          const body = JSON.parse(String(init.body)) as Record<string, unknown>;
          invited.push(body);
          if (body.username === 'motcua') return problem({ type: 'about:blank', title: 'Tên đăng nhập đã được sử dụng', status: 409, code: 'USERNAME_TAKEN', errors: { username: 'Tên đăng nhập đã được sử dụng' } });
          return json(member({ id: 'u9', username: body.username, email: body.email, status: 'pending_activation' }), { status: 201 });
        }
        return json({ items: [member()], nextCursor: null });
      },
    });
    const { user } = renderApp('/can-bo/quan-tri/can-bo');
    expect(await screen.findByRole('row', { name: /motcua/ })).toHaveTextContent('Bộ phận một cửa');
    await user.click(screen.getByRole('button', { name: 'Mời cán bộ' }));
    const form = screen.getByRole('form', { name: 'Mời cán bộ mới' });
    expect(within(form).queryByRole('checkbox', { name: 'Quản trị hệ thống' })).not.toBeInTheDocument();
    expect(within(form).queryByLabelText(/^Đơn vị/)).not.toBeInTheDocument();
    expect(form).toHaveTextContent('Đơn vị: Sở Xây dựng tỉnh Điện Biên');

    await user.type(within(form).getByLabelText(/^Tên đăng nhập/), 'motcua');
    await user.type(within(form).getByLabelText(/^Thư điện tử/), 'hoa@soxaydung.gov.vn');
    await user.type(within(form).getByLabelText(/^Họ và tên/), 'Lò Thị Hoa');
    await user.type(within(form).getByLabelText(/^Chức vụ/), 'Văn thư');
    await user.click(within(form).getByRole('checkbox', { name: 'Chuyên viên' }));
    await user.click(within(form).getByRole('button', { name: 'Gửi lời mời' }));
    // The API's answer lands on the field.
    expect(await within(form).findAllByText('Tên đăng nhập đã được sử dụng')).not.toHaveLength(0);

    await user.clear(within(form).getByLabelText(/^Tên đăng nhập/));
    await user.type(within(form).getByLabelText(/^Tên đăng nhập/), 'vanthu2');
    await user.click(within(form).getByRole('button', { name: 'Gửi lời mời' }));
    expect(await screen.findByText('Đã gửi lời mời tới hoa@soxaydung.gov.vn. Liên kết có hiệu lực trong 72 giờ.')).toBeInTheDocument();
    await waitFor(() => expect(invited).toHaveLength(2));
    expect(invited[1]).toEqual({ username: 'vanthu2', email: 'hoa@soxaydung.gov.vn', fullName: 'Lò Thị Hoa', position: 'Văn thư', agencyId: SXD, roles: ['specialist'], locale: 'vi' });
  });
});
