import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { account } from '../../../test/accounts.ts';
import { json, mockFetch } from '../../../test/fetch-mock.ts';
import { renderApp } from '../../../test/render.tsx';

const quantri = account({ kind: 'staff', username: 'quantri', fullName: 'Quản trị hệ thống', roles: ['system_admin'], agency: { id: 'vp', name: 'Văn phòng UBND tỉnh' } });
const quantrixd = account({ kind: 'staff', username: 'quantrixd', fullName: 'Quản trị Sở', roles: ['agency_admin'], agency: { id: 'sxd', name: 'Sở Xây dựng' } });

const year2026 = {
  year: 2026,
  days: [
    { date: '2026-01-01', kind: 'holiday', name: 'Tết Dương lịch' },
    { date: '2026-02-17', kind: 'holiday', name: 'Tết Nguyên đán (Mùng 1 Tết)' },
    { date: '2026-04-30', kind: 'holiday', name: 'Ngày Giải phóng miền Nam' },
    { date: '2026-05-01', kind: 'holiday', name: 'Ngày Quốc tế Lao động' },
    { date: '2026-09-02', kind: 'holiday', name: 'Quốc khánh' },
  ],
};
const year2027 = { year: 2027, days: [{ date: '2027-01-01', kind: 'holiday', name: 'Tết Dương lịch' }, { date: '2027-01-09', kind: 'makeup_workday', name: 'Làm bù' }] };

function setup(me = quantri) {
  const saved: unknown[] = [];
  const fetch = mockFetch({
    '/api/v1/me': () => json(me),
    '/api/v1/admin/calendar/2026': () => json(year2026),
    '/api/v1/admin/calendar/2027': (_url, init) => {
      if (init?.method === 'PUT') {
        const body = JSON.parse(String(init.body)) as { days: unknown[] };
        saved.push(body);
        return json({ year: 2027, days: body.days });
      }
      return json(year2027);
    },
  });
  return { saved, fetch, ...renderApp('/can-bo/quan-tri/lich-lam-viec?nam=2027') };
}

describe('working calendar page', () => {
  it('shows holidays, makeup days and weekends in the month grids, and lists the days by month', async () => {
    setup();
    const january = await screen.findByRole('table', { name: 'Tháng 1/2027' });
    const newYear = within(january).getByText(/Ngày nghỉ lễ, Tết: Tết Dương lịch/).closest('td')!;
    expect(newYear).toHaveClass('month-grid__day--holiday');
    expect(newYear).toHaveTextContent(/^1/);
    // 9 January 2027 is a Saturday made a working day; the 10th a plain Sunday.
    expect(within(january).getByText(/Ngày làm bù: Làm bù/).closest('td')).toHaveClass('month-grid__day--makeup');
    expect(within(january).getByText('10').closest('td')).toHaveClass('month-grid__day--weekend');
    // January 2027 starts on a Friday: four empty cells before it in a Monday-first week.
    expect(within(january).getAllByRole('row')[1]!.querySelectorAll('td')[4]).toHaveTextContent(/^1/);
    const list = screen.getByRole('region', { name: 'Danh sách ngày nghỉ và ngày làm bù năm 2027' });
    expect(within(list).getByRole('heading', { name: 'Tháng 1/2027' })).toBeInTheDocument();
  });

  it('refuses a date of another year before saving', async () => {
    const { user, saved } = setup();
    await user.click(await screen.findByRole('button', { name: 'Thêm ngày' }));
    fireEvent.change(screen.getByLabelText('Ngày, dòng 3'), { target: { value: '2026-12-31' } });
    await user.type(screen.getByLabelText('Tên ngày, dòng 3'), 'Nghỉ cuối năm');
    await user.click(screen.getByRole('button', { name: 'Lưu lịch năm 2027' }));
    expect(await screen.findByText('Ngày không thuộc năm đang sửa')).toBeInTheDocument();
    expect(saved).toEqual([]);
  });

  it('copies last year’s fixed holidays (not Tết) and saves the whole year', async () => {
    const { user, saved } = setup();
    await user.click(await screen.findByRole('button', { name: 'Sao chép ngày lễ cố định từ năm 2026' }));
    expect(await screen.findByText(/Đã thêm 3 ngày lễ cố định từ năm 2026/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Lưu lịch năm 2027' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]).toEqual({
      days: [
        ...year2027.days,
        { date: '2027-04-30', kind: 'holiday', name: 'Ngày Giải phóng miền Nam' },
        { date: '2027-05-01', kind: 'holiday', name: 'Ngày Quốc tế Lao động' },
        { date: '2027-09-02', kind: 'holiday', name: 'Quốc khánh' },
      ],
    });
    expect(await screen.findByText('Đã lưu thay đổi.')).toBeInTheDocument();
    // The grid follows: 30 April is now a holiday.
    expect(within(screen.getByRole('table', { name: 'Tháng 4/2027' })).getByText(/Ngày Giải phóng miền Nam/).closest('td')).toHaveClass('month-grid__day--holiday');
  });

  it('an agency administrator sees the calendar without the editor', async () => {
    setup(quantrixd);
    expect(await screen.findByRole('table', { name: 'Tháng 1/2027' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Lưu lịch năm 2027' })).not.toBeInTheDocument();
    expect(screen.getByText('Chỉ quản trị hệ thống được thay đổi nội dung này; bạn có thể xem.')).toBeInTheDocument();
  });
});
