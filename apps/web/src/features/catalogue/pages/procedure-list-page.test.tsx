import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockFetch, problem } from '../../../test/fetch-mock.ts';
import { agency, procedureSummary } from '../../../test/fixtures.ts';
import { renderApp } from '../../../test/render.tsx';

const catalogueApi = (procedures: (url: URL) => Response) =>
  mockFetch({
    '/api/v1/procedures': procedures,
    '/api/v1/agencies': () =>
      json({
        items: [agency(), agency({ id: 'a-xa', name: 'UBND xã Thạch Hà', level: 'commune', shortName: null })],
        nextCursor: null,
      }),
    '/api/v1/fields': () =>
      json({ items: [{ id: 'f-xd', code: 'XD', name: 'Hoạt động xây dựng', procedureCount: 12 }], nextCursor: null }),
  });

describe('ProcedureListPage (/thu-tuc)', () => {
  it('reads q from the URL, asks the API for it and lists the procedures', async () => {
    const { requested } = catalogueApi(() =>
      json({
        items: [
          procedureSummary(),
          procedureSummary({
            id: 'p2',
            code: '2.000123',
            name: 'Đăng ký khai sinh',
            serviceLevel: 'partial_online',
            agency: { id: 'a-xa', name: 'UBND xã Thạch Hà', unitCode: 'X1' },
            field: { id: 'f-ht', name: 'Hộ tịch', code: 'HT' },
          }),
        ],
        nextCursor: null,
      }),
    );

    renderApp('/thu-tuc?q=giay%20phep');

    expect(screen.getByRole('heading', { level: 1, name: 'Thủ tục hành chính' })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Từ khóa' })).toHaveValue('giay phep');

    const first = await screen.findByRole('link', { name: 'Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ' });
    expect(first).toHaveAttribute('href', '/thu-tuc/1.009972');
    const results = screen.getByRole('region', { name: 'Kết quả cho từ khóa “giay phep”' });
    const items = within(results).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('1.009972');
    expect(items[0]).toHaveTextContent('Sở Xây dựng');
    expect(items[0]).toHaveTextContent('Toàn trình');
    expect(items[1]).toHaveTextContent('Hộ tịch');
    expect(items[1]).toHaveTextContent('Một phần');
    expect(within(results).getByRole('status')).toHaveTextContent('Đang hiển thị 2 thủ tục');

    const listCall = requested().find((url) => url.pathname === '/api/v1/procedures');
    expect(listCall?.searchParams.get('q')).toBe('giay phep');
    expect(listCall?.searchParams.get('limit')).toBe('20');
  });

  it('applies the filters through the URL and pages with nextCursor', async () => {
    const { requested } = catalogueApi((url) =>
      url.searchParams.get('cursor') === 'c2'
        ? json({ items: [procedureSummary({ id: 'p9', code: '9.9', name: 'Thủ tục trang hai' })], nextCursor: null })
        : json({ items: [procedureSummary()], nextCursor: 'c2' }),
    );
    const { user, router } = renderApp('/thu-tuc');

    await screen.findByRole('link', { name: /Cấp giấy phép xây dựng/ });
    await screen.findByRole('option', { name: 'Sở Xây dựng' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Cơ quan thực hiện' }), 'Sở Xây dựng');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Mức độ dịch vụ' }), 'Toàn trình');
    await user.click(screen.getByRole('button', { name: 'Tìm kiếm' }));

    expect(router.state.location.search).toBe('?agencyId=a-sxd&level=full_online');
    const filtered = requested().filter((url) => url.pathname === '/api/v1/procedures').at(-1);
    expect(filtered?.searchParams.get('agencyId')).toBe('a-sxd');
    expect(filtered?.searchParams.get('level')).toBe('full_online');

    await user.click(await screen.findByRole('link', { name: /Trang tiếp theo/ }));
    expect(await screen.findByRole('link', { name: 'Thủ tục trang hai' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?agencyId=a-sxd&level=full_online&cursor=c2');
    expect(screen.getByRole('link', { name: /Trang trước/ })).toHaveAttribute(
      'href',
      '/thu-tuc?agencyId=a-sxd&level=full_online',
    );
  });

  it('says so when nothing matches', async () => {
    catalogueApi(() => json({ items: [], nextCursor: null }));
    renderApp('/thu-tuc?q=khong%20co');
    expect(await screen.findByText('Không tìm thấy thủ tục phù hợp.')).toBeInTheDocument();
  });

  it("shows the API's error title when the search fails", async () => {
    catalogueApi(() =>
      problem({ type: 'about:blank', status: 400, code: 'VALIDATION_FAILED', title: 'Từ khóa quá dài', errors: { q: 'Tối đa 200 ký tự' } }),
    );
    renderApp('/thu-tuc?q=abc');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Từ khóa quá dài');
    expect(alert).toHaveTextContent('q: Tối đa 200 ký tự');
  });

  it('lists only online procedures on /dich-vu-cong-truc-tuyen', async () => {
    const { requested } = catalogueApi(() => json({ items: [procedureSummary()], nextCursor: null }));
    renderApp('/dich-vu-cong-truc-tuyen');
    expect(screen.getByRole('heading', { level: 1, name: 'Dịch vụ công trực tuyến' })).toBeInTheDocument();
    await screen.findByRole('link', { name: /Cấp giấy phép xây dựng/ });
    expect(requested().find((url) => url.pathname === '/api/v1/procedures')?.searchParams.get('online')).toBe('true');
  });
});
