import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockFetch } from '../../../test/fetch-mock.ts';
import { renderApp } from '../../../test/render.tsx';
import { CODE, clerk, counts, listItem } from '../test-fixtures.ts';

const emptyCatalogue = () => json({ items: [], nextCursor: null, total: 0, approximate: false });

describe('Trang làm việc của cán bộ (staff home)', () => {
  it('greets the clerk with unit and role and shows every view with its count', async () => {
    mockFetch({
      '/api/v1/me': () => json(clerk()),
      '/api/v1/staff/dossiers/summary': () => json({ counts }),
    });
    renderApp('/can-bo');
    const greeting = await screen.findByRole('region', { name: 'Xin chào, Đỗ Thị Hạnh' });
    const menu = screen.getByRole('navigation', { name: 'Điều hướng chính' });
    expect(within(menu).getByRole('link', { name: 'Hồ sơ' })).toHaveAttribute('href', '/can-bo/ho-so');
    expect(within(greeting).getByText('Bộ phận một cửa · Sở Xây dựng · Văn thư Sở (Bộ phận Một cửa)')).toBeInTheDocument();
    await screen.findByRole('heading', { level: 3, name: 'Hồ sơ mới' });
    const card = (name: string) => screen.getAllByRole('listitem').find((item) => within(item).queryByRole('heading', { level: 3, name }))!;
    expect(within(card('Hồ sơ mới')).getByText('2 hồ sơ')).toBeInTheDocument();
    expect(within(card('Đang xử lý')).getByText('5 hồ sơ')).toBeInTheDocument();
    expect(within(card('Được giao cho tôi')).getByText('1 hồ sơ')).toBeInTheDocument();
    expect(within(card('Quá hạn')).getByRole('link', { name: 'Xem danh sách: Quá hạn' })).toHaveAttribute('href', '/can-bo/ho-so?view=overdue');
    expect(within(card('Đã xong')).getByText('9 hồ sơ')).toBeInTheDocument();
    // The chart repeats each number as text.
    const chart = screen.getByRole('figure', { name: 'Số hồ sơ theo nhóm' });
    expect(within(chart).getAllByRole('listitem').map((row) => row.textContent)).toEqual([
      'Hồ sơ mới2',
      'Đang xử lý5',
      'Được giao cho tôi1',
      'Yêu cầu bổ sung1',
      'Sắp đến hạn2',
      'Quá hạn1',
      'Đã xong9',
    ]);
  });

  it('sends an administrator to the administration instead of an inbox', async () => {
    const { requested } = mockFetch({ '/api/v1/me': () => json(clerk({ username: 'quantri', roles: ['system_admin'] })) });
    renderApp('/can-bo');
    expect(await screen.findByText(/Tài khoản quản trị không trực tiếp xử lý hồ sơ/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Đến trang quản trị' })).toHaveAttribute('href', '/can-bo/quan-tri');
    expect(within(screen.getByRole('navigation', { name: 'Điều hướng chính' })).queryByRole('link', { name: 'Hồ sơ' })).not.toBeInTheDocument();
    expect(requested().some((url) => url.pathname.startsWith('/api/v1/staff/dossiers'))).toBe(false);
  });
});

describe('Hồ sơ cần xử lý (list)', () => {
  it('lists one view from the URL with the counts on the tabs, searching and sorting by due date', async () => {
    const { requested } = mockFetch({
      '/api/v1/me': () => json(clerk()),
      '/api/v1/staff/dossiers/summary': () => json({ counts }),
      '/api/v1/fields': emptyCatalogue,
      '/api/v1/procedures': emptyCatalogue,
      '/api/v1/staff/dossiers': () =>
        json({
          items: [
            // Sent long ago: the 8-working-hour receive deadline has passed.
            listItem({ id: 'd1', receiveDeadlineAt: '2020-01-02T10:00:00.000Z', receiveDeadlinePassed: true }),
            listItem({ id: 'd2', code: '000.00.12.H18-261120-0002', applicantName: 'Quàng Thị Hoa', receiveDeadlineAt: '2099-01-02T10:00:00.000Z' }),
          ],
          nextCursor: 'next-page',
          total: 2,
        }),
    });
    renderApp('/can-bo/ho-so?view=new&q=011085012345');
    expect(await screen.findByRole('heading', { level: 1, name: 'Hồ sơ mới' })).toBeInTheDocument();
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(within(rows[0]!).getByRole('link', { name: CODE })).toHaveAttribute('href', '/can-bo/ho-so/d1');
    expect(within(rows[0]!).getByText('CCCD: 011085012345')).toBeInTheDocument();
    const late = within(rows[0]!).getByText(/^Hạn tiếp nhận: 02\/01\/2020 17:00/);
    expect(late).toHaveTextContent(/quá hạn tiếp nhận/);
    expect(late).toHaveClass('deadline--late');
    const inTime = within(rows[1]!).getByText(/^Hạn tiếp nhận: 02\/01\/2099 17:00/);
    expect(inTime).toHaveTextContent(/\(còn \d+ ngày \d+ giờ\)/);
    expect(inTime).not.toHaveClass('deadline--late');

    expect(await screen.findByRole('link', { name: /^Hồ sơ mới\s*\(2\)$/ })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: /^Quá hạn\s*\(1\)$/ })).toHaveAttribute('href', '/can-bo/ho-so?view=overdue&q=011085012345');
    expect(screen.getByRole('searchbox', { name: 'Tìm theo mã hồ sơ, tên người nộp hoặc số CCCD' })).toHaveValue('011085012345');
    expect(screen.getByRole('link', { name: /Trang tiếp theo/ })).toHaveAttribute('href', '/can-bo/ho-so?view=new&q=011085012345&cursor=next-page');
    const list = requested().find((url) => url.pathname === '/api/v1/staff/dossiers')!;
    expect(Object.fromEntries(list.searchParams)).toEqual({ view: 'new', q: '011085012345', sort: 'due', limit: '20' });
  });

  it('marks overdue, due-soon and paused dossiers in words and shows due dates as dd/MM/yyyy HH:mm', async () => {
    mockFetch({
      '/api/v1/me': () => json(clerk()),
      '/api/v1/staff/dossiers/summary': () => json({ counts }),
      '/api/v1/fields': emptyCatalogue,
      '/api/v1/procedures': emptyCatalogue,
      '/api/v1/staff/dossiers': () =>
        json({
          items: [
            listItem({ id: 'd1', status: 'processing', receivedAt: '2026-11-20T03:00:00.000Z', dueAt: '2026-11-21T10:00:00.000Z', overdue: true }),
            listItem({ id: 'd2', status: 'processing', receivedAt: '2026-11-20T03:00:00.000Z', dueAt: '2026-12-18T10:00:00.000Z', dueSoon: true, assignee: { id: 'u1', name: 'Lò Thị Mai', position: null } }),
            listItem({ id: 'd3', status: 'supplement-requested', paused: true }),
          ],
          nextCursor: null,
          total: 3,
        }),
    });
    renderApp('/can-bo/ho-so');
    const rows = within(await screen.findByRole('table')).getAllByRole('row').slice(1);
    expect(within(rows[0]!).getByText('Hẹn trả: 21/11/2026 17:00')).toBeInTheDocument();
    expect(within(rows[0]!).getByText('Quá hạn')).toHaveClass('badge--overdue');
    expect(within(rows[0]!).queryByText(/Hạn tiếp nhận/)).not.toBeInTheDocument();
    expect(within(rows[1]!).getByText('Sắp đến hạn')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('Người đang xử lý: Lò Thị Mai')).toBeInTheDocument();
    expect(within(rows[2]!).getByText('Tạm dừng (chờ bổ sung)')).toBeInTheDocument();
    expect(screen.getByText('3 hồ sơ')).toBeInTheDocument();
  });
});
