import { EMPTY_STATS_COUNTS, monthsBetween, statsFiguresOf, type TStatsReport } from '@portal/domain';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockFetch, problem } from '../../../test/fetch-mock.ts';
import { renderApp } from '../../../test/render.tsx';

const signedOut = () => problem({ type: 'about:blank', title: 'Vui lòng đăng nhập', status: 401, code: 'UNAUTHENTICATED' });
const SXD = { id: '0190a3f2-0000-7000-8000-0000000a0001', name: 'Sở Xây dựng' };
const TP = { id: '0190a3f2-0000-7000-8000-0000000a0002', name: 'Sở Tư pháp' };
const XD = { id: '0190a3f2-0000-7000-8000-0000000f0001', name: 'Xây dựng' };

const figures = (counts: Partial<typeof EMPTY_STATS_COUNTS>) => statsFiguresOf({ ...EMPTY_STATS_COUNTS, ...counts });
const agency = (item: { id: string; name: string }, parentId: string | null = null) => ({
  ...item,
  unitCode: '000.00.12.H18',
  shortName: null,
  level: 'department',
  parentId,
  address: null,
  phone: null,
  email: null,
});

function report(from = '2026-01', to = '2026-12'): TStatsReport {
  const december = { submitted: 12, received: 10, receivedOnline: 8, inProgress: 2, resolvedEarly: 3, resolvedOnTime: 4, resolvedLate: 1, returned: 1, ratingCount: 4, ratingSum: 17 };
  return {
    from,
    to,
    agency: null,
    field: null,
    totals: figures(december),
    byMonth: monthsBetween(from, to).map((month) => ({ month, ...figures(month === to ? december : {}) })),
    byAgency: [
      { agency: SXD, ...figures({ ...december, received: 7, receivedOnline: 5 }) },
      { agency: TP, ...figures({ received: 3, receivedOnline: 3 }) },
    ],
    byField: [{ field: XD, ...figures(december) }],
  };
}

describe('Thống kê (public page)', () => {
  it('shows the key figures, the charts described in words, and the same data as a table by month, agency or field', async () => {
    mockFetch({
      '/api/v1/me': signedOut,
      '/api/v1/agencies': () => json({ items: [agency(SXD), agency(TP)], nextCursor: null }),
      '/api/v1/fields': () => json({ items: [{ ...XD, code: 'XD', procedureCount: 3 }], nextCursor: null }),
      '/api/v1/stats': () => json(report()),
    });
    const { user } = renderApp('/thong-ke');

    const cards = await screen.findByRole('heading', { name: 'Số liệu chính' });
    const key = cards.closest('section')!;
    expect(within(key).getByText('Hồ sơ đã tiếp nhận').nextElementSibling).toHaveTextContent('10');
    expect(within(key).getByText('Tỷ lệ giải quyết đúng hạn').nextElementSibling).toHaveTextContent('87,5%');
    expect(within(key).getByText('Tỷ lệ hồ sơ trực tuyến').nextElementSibling).toHaveTextContent('80%');
    expect(within(key).getByText('Mức độ hài lòng').nextElementSibling).toHaveTextContent('4,25 / 5');

    // The pictures are images with a text summary of every month.
    const bars = screen.getByRole('img', { name: 'Hồ sơ đã giải quyết theo tháng' });
    expect(bars).toHaveAccessibleDescription(/12\/2026: Trước hạn 3, Đúng hạn 4, Quá hạn 1/);
    expect(screen.getByRole('img', { name: /Tỷ lệ đúng hạn và tỷ lệ trực tuyến/ })).toHaveAccessibleDescription(/12\/2026: Tỷ lệ đúng hạn 87,5%, Tỷ lệ trực tuyến 80%/);

    const byMonth = screen.getByRole('table', { name: /theo tháng/ });
    expect(within(byMonth).getAllByRole('row')).toHaveLength(1 + 12 + 1);
    const december = within(byMonth).getByRole('rowheader', { name: '12/2026' }).closest('tr')!;
    expect(within(december).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['12', '10', '2', '3', '4', '1', '1', '87,5%', '80%', '4,25', '4']);
    expect(within(within(byMonth).getByRole('rowheader', { name: '01/2026' }).closest('tr')!).getAllByRole('cell')[7]).toHaveTextContent('—');
    expect(screen.getByRole('link', { name: 'Tải bảng số liệu (CSV)' })).toHaveAttribute('href', expect.stringMatching(/^\/api\/v1\/stats\.csv\?.*groupBy=month/));

    await user.click(screen.getByRole('radio', { name: 'Cơ quan' }));
    const byAgency = await screen.findByRole('table', { name: /theo cơ quan/ });
    expect(within(byAgency).getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual(['Sở Xây dựng', 'Sở Tư pháp', 'Tổng cộng']);
    expect(screen.getByRole('link', { name: 'Tải bảng số liệu (CSV)' })).toHaveAttribute('href', expect.stringMatching(/groupBy=agency/));
  });

  it('asks for the chosen months, agency and field, and refuses a reversed range before asking', async () => {
    const { requested } = mockFetch({
      '/api/v1/me': signedOut,
      '/api/v1/agencies': () => json({ items: [agency(SXD), agency(TP, SXD.id)], nextCursor: null }),
      '/api/v1/fields': () => json({ items: [{ ...XD, code: 'XD', procedureCount: 3 }], nextCursor: null }),
      '/api/v1/stats': (url) => json(report(url.searchParams.get('from') ?? '2026-01', url.searchParams.get('to') ?? '2026-12')),
    });
    const { user } = renderApp('/thong-ke');
    await screen.findByRole('heading', { name: 'Số liệu chính' });
    const from = screen.getByLabelText('Từ tháng');
    const to = screen.getByLabelText('Đến tháng');
    await user.clear(from);
    await user.type(from, '2026-09');
    await user.clear(to);
    await user.type(to, '2026-03');
    await user.click(screen.getByRole('button', { name: 'Xem thống kê' }));
    expect(await screen.findByText(/Tháng bắt đầu phải trước/)).toBeInTheDocument();
    const asked = () => requested().filter((url) => url.pathname === '/api/v1/stats');
    expect(asked()).toHaveLength(1);

    await user.clear(to);
    await user.type(to, '2026-11');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Cơ quan' }), SXD.id);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Lĩnh vực' }), XD.id);
    await user.click(screen.getByRole('button', { name: 'Xem thống kê' }));
    expect(await screen.findByText('Từ 09/2026 đến 11/2026')).toBeInTheDocument();
    expect(Object.fromEntries(asked().at(-1)!.searchParams)).toEqual({ from: '2026-09', to: '2026-11', agencyId: SXD.id, fieldId: XD.id });
    expect(within(screen.getByRole('group', { name: 'Sở, ban, ngành' })).getAllByRole('option').map((option) => option.textContent)).toEqual(['Sở Xây dựng', 'Sở Tư pháp']);
  });
});
