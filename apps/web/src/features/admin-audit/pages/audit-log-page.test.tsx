import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { account } from '../../../test/accounts.ts';
import { json, mockFetch } from '../../../test/fetch-mock.ts';
import { renderApp } from '../../../test/render.tsx';

const quantri = account({ kind: 'staff', username: 'quantri', roles: ['system_admin'], agency: { id: 'vp', name: 'Văn phòng UBND tỉnh' } });
const event = {
  id: '42',
  at: '2026-11-22T02:15:00.000Z',
  actorId: 'u9',
  actorName: 'quantri',
  action: 'staff.update',
  entityType: 'user',
  entityId: 'u3',
  agencyId: 'sxd',
  ip: '10.0.0.1',
  before: { position: 'Chuyên viên', roles: ['specialist'] },
  after: { position: 'Chuyên viên chính', roles: ['specialist'] },
  metadata: null,
};

describe('audit log page', () => {
  it('lists events with readable actions, shows before/after as a diff and sends the filters', async () => {
    const { requested } = mockFetch({
      '/api/v1/me': () => json(quantri),
      '/api/v1/agencies': () => json({ items: [], nextCursor: null }),
      '/api/v1/admin/audit-events': () => json({ items: [event], nextCursor: null }),
    });
    const { user } = renderApp('/can-bo/quan-tri/nhat-ky');
    const row = (await screen.findByText('Sửa tài khoản cán bộ')).closest('tr')!;
    expect(within(row).getByText('quantri')).toBeInTheDocument();
    expect(within(row).getByText('09:15 22/11/2026')).toBeInTheDocument();
    await user.click(within(row).getByText('Xem trước / sau'));
    const diff = within(row).getByRole('table');
    expect(within(diff).getAllByRole('row').map((tr) => tr.textContent)).toEqual(['TrườngTrướcSau', 'positionChuyên viênChuyên viên chính']);

    await user.type(screen.getByLabelText(/^Người thực hiện/), 'quantrixd');
    await user.selectOptions(screen.getByLabelText('Thao tác'), 'staff.');
    await user.click(screen.getByRole('button', { name: 'Lọc' }));
    await waitFor(() => {
      const last = requested().filter((url) => url.pathname === '/api/v1/admin/audit-events').at(-1)!;
      expect(Object.fromEntries(last.searchParams)).toEqual({ actor: 'quantrixd', action: 'staff.', limit: '50' });
    });
  });

  it('names lockouts in Vietnamese, with the address and the details, so an administrator sees password guessing', async () => {
    const lockout = {
      ...event,
      id: '43',
      actorName: 'congdan',
      action: 'auth.lockout.repeated',
      agencyId: null,
      ip: '203.0.113.9',
      before: null,
      after: null,
      metadata: { lockouts: 3, windowHours: 24, addresses: ['203.0.113.7', '203.0.113.8', '203.0.113.9'] },
    };
    mockFetch({
      '/api/v1/me': () => json(quantri),
      '/api/v1/agencies': () => json({ items: [], nextCursor: null }),
      '/api/v1/admin/audit-events': () => json({ items: [lockout, { ...lockout, id: '42', action: 'auth.lockout', metadata: { scope: 'address', minutes: 1 } }], nextCursor: null }),
    });
    const { user } = renderApp('/can-bo/quan-tri/nhat-ky');
    const row = (await screen.findByText('Tài khoản bị tạm khóa nhiều lần (nghi dò mật khẩu)')).closest('tr')!;
    expect(screen.getByText('Tạm khóa đăng nhập do nhập sai mật khẩu')).toBeInTheDocument();
    await user.click(within(row).getByText('Xem trước / sau'));
    expect(within(row).getByText('IP: 203.0.113.9')).toBeInTheDocument();
    expect(within(row).getByText(/"lockouts": 3/)).toBeInTheDocument();
  });
});
