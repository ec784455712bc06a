import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { account } from '../../../test/accounts.ts';
import { json, mockFetch } from '../../../test/fetch-mock.ts';
import { renderApp } from '../../../test/render.tsx';

const staff = (roles: string[], agency = { id: 'sxd', name: 'Sở Xây dựng' }) => account({ kind: 'staff', username: 'canbo', roles: roles as never, agency });

describe('admin section', () => {
  it('an agency administrator gets the admin navigation, the home cards and a header link', async () => {
    mockFetch({ '/api/v1/me': () => json(staff(['agency_admin'])), '/api/v1/admin/audit-events': () => json({ items: [], nextCursor: null }) });
    renderApp('/can-bo/quan-tri');
    expect(await screen.findByRole('heading', { level: 1, name: 'Quản trị' })).toBeInTheDocument();
    expect(screen.getByText('Bạn quản trị đơn vị: Sở Xây dựng.')).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Điều hướng quản trị' });
    expect(within(nav).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Tổng quan', '/can-bo/quan-tri'],
      ['Cơ quan & lĩnh vực', '/can-bo/quan-tri/co-quan'],
      ['Thủ tục', '/can-bo/quan-tri/thu-tuc'],
      ['Cán bộ', '/can-bo/quan-tri/can-bo'],
      ['Lịch làm việc', '/can-bo/quan-tri/lich-lam-viec'],
      ['Mẫu e-mail', '/can-bo/quan-tri/mau-email'],
      ['Hướng dẫn', '/can-bo/quan-tri/huong-dan'],
      ['Văn bản', '/can-bo/quan-tri/van-ban'],
      ['Ứng dụng tích hợp', '/can-bo/quan-tri/ung-dung-tich-hop'],
      ['Nhật ký', '/can-bo/quan-tri/nhat-ky'],
    ]);
    expect(within(nav).getByRole('link', { name: 'Tổng quan' })).toHaveAttribute('aria-current', 'page');
    // E-mail templates, guides and legal documents are the system administrator's.
    expect(screen.getAllByText('Chỉ quản trị hệ thống')).toHaveLength(3);
    expect(within(screen.getByRole('navigation', { name: 'Điều hướng chính' })).getByRole('link', { name: 'Quản trị' })).toHaveAttribute('href', '/can-bo/quan-tri');
  });

  it('a clerk sees a 403 page and no admin link', async () => {
    mockFetch({ '/api/v1/me': () => json(staff(['clerk'])) });
    renderApp('/can-bo/quan-tri/can-bo');
    expect(await screen.findByRole('heading', { level: 1, name: 'Không có quyền truy cập' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Điều hướng quản trị' })).not.toBeInTheDocument();
    expect(within(screen.getByRole('navigation', { name: 'Điều hướng chính' })).queryByRole('link', { name: 'Quản trị' })).not.toBeInTheDocument();
  });
});
