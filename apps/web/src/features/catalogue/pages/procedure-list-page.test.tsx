import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, mockFetch, problem } from '../../../test/fetch-mock.ts';
import { agency, procedurePage, procedureSummary } from '../../../test/fixtures.ts';
import { renderApp } from '../../../test/render.tsx';

const catalogueApi = (procedures: (url: URL) => Response) =>
  mockFetch({
    '/api/v1/procedures': procedures,
    '/api/v1/agencies': () =>
      json({
        items: [
          agency(),
          agency({ id: 'a-xa', name: 'UBND xã Thạch Hà', level: 'commune', shortName: null }),
          agency({ id: 'a-tt', name: 'Trung tâm Phục vụ hành chính công tỉnh', level: 'service_center', shortName: null }),
        ],
        nextCursor: null,
      }),
    '/api/v1/fields': (url) =>
      json({
        items: [
          { id: 'f-xd', code: 'XD', name: 'Hoạt động xây dựng', procedureCount: url.searchParams.get('agencyId') ? 3 : 12 },
          { id: 'f-ht', code: 'HT', name: 'Hộ tịch', procedureCount: url.searchParams.get('agencyId') ? 0 : 7 },
        ],
        nextCursor: null,
      }),
  });

describe('ProcedureListPage (/thu-tuc)', () => {
  it('reads q from the URL, asks the API for it and lists the procedures with the matched words marked', async () => {
    const { requested } = catalogueApi(() =>
      json(
        procedurePage(
          [
            procedureSummary({
              highlight: [
                { text: 'Cấp ', match: false },
                { text: 'giấy phép', match: true },
                { text: ' xây dựng mới đối với nhà ở riêng lẻ', match: false },
              ],
            }),
            procedureSummary({
              id: 'p2',
              code: '2.000123',
              name: 'Đăng ký khai sinh',
              serviceLevel: 'partial_online',
              agency: { id: 'a-xa', name: 'UBND xã Thạch Hà', unitCode: 'X1' },
              field: { id: 'f-ht', name: 'Hộ tịch', code: 'HT' },
            }),
          ],
          { total: 2 },
        ),
      ),
    );

    renderApp('/thu-tuc?q=giay%20phep');

    expect(screen.getByRole('heading', { level: 1, name: 'Thủ tục hành chính' })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Từ khóa' })).toHaveValue('giay phep');

    const first = await screen.findByRole('link', { name: 'Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ' });
    expect(first).toHaveAttribute('href', '/thu-tuc/1.009972');
    const marks = first.querySelectorAll('mark');
    expect([...marks].map((mark) => mark.textContent)).toEqual(['giấy phép']);

    const results = screen.getByRole('region', { name: 'Kết quả cho từ khóa “giay phep”' });
    const items = within(results).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('1.009972');
    expect(items[0]).toHaveTextContent('Sở Xây dựng');
    expect(items[0]).toHaveTextContent('Toàn trình');
    expect(items[1]).toHaveTextContent('Hộ tịch');
    expect(items[1]).toHaveTextContent('Một phần');
    expect(within(results).getByRole('status')).toHaveTextContent('Tìm thấy 2 thủ tục');
    // The catalogue tab has no submit buttons in the list.
    expect(within(results).queryByRole('link', { name: /Đăng ký trực tuyến/ })).not.toBeInTheDocument();

    const listCall = requested().find((url) => url.pathname === '/api/v1/procedures');
    expect(listCall?.searchParams.get('q')).toBe('giay phep');
    expect(listCall?.searchParams.get('limit')).toBe('20');
  });

  it('says when the results allow for typos', async () => {
    catalogueApi(() => json(procedurePage([procedureSummary()], { total: 1, approximate: true })));
    renderApp('/thu-tuc?q=giay%20phep%20xay%20dnug');
    expect(
      await screen.findByText('Không có thủ tục nào chứa đủ các từ “giay phep xay dnug”. Dưới đây là các kết quả gần đúng.'),
    ).toBeInTheDocument();
  });

  it('starts with the agencies grouped as Sở, ban, ngành / Xã, phường / Trung tâm, and the fields', async () => {
    catalogueApi(() => json(procedurePage([])));
    renderApp('/thu-tuc');

    const agencies = await screen.findByRole('region', { name: 'Chọn cơ quan thực hiện' });
    const departments = await within(agencies).findByRole('region', { name: 'Sở, ban, ngành' });
    expect(await within(departments).findByRole('link', { name: 'Sở Xây dựng' })).toHaveAttribute('href', '/thu-tuc?agencyId=a-sxd');
    expect(within(within(agencies).getByRole('region', { name: 'Xã, phường' })).getByRole('link', { name: 'UBND xã Thạch Hà' })).toBeInTheDocument();
    expect(within(agencies).getByRole('region', { name: 'Trung tâm Phục vụ hành chính công' })).toBeInTheDocument();

    // Field-first: no agency needed.
    const fields = screen.getByRole('region', { name: 'Hoặc chọn trực tiếp lĩnh vực' });
    expect(await within(fields).findByRole('link', { name: /Hoạt động xây dựng\s*12 thủ tục/ })).toHaveAttribute(
      'href',
      '/thu-tuc?fieldId=f-xd',
    );
    expect(screen.getByRole('search', { name: 'Tìm kiếm theo từ khóa' })).toBeInTheDocument();
  });

  it('goes agency → field → procedures, each step in the URL', async () => {
    const { requested } = catalogueApi(() => json(procedurePage([procedureSummary()], { total: 1 })));
    const { user, router } = renderApp('/thu-tuc');

    await user.click(await screen.findByRole('link', { name: 'Sở Xây dựng' }));
    expect(router.state.location.search).toBe('?agencyId=a-sxd');
    const step = await screen.findByRole('region', { name: 'Lĩnh vực của Sở Xây dựng' });
    // Only fields where the agency has procedures.
    expect(within(step).queryByRole('link', { name: /Hộ tịch/ })).not.toBeInTheDocument();
    await user.click(await within(step).findByRole('link', { name: /Hoạt động xây dựng\s*3 thủ tục/ }));

    expect(router.state.location.search).toBe('?agencyId=a-sxd&fieldId=f-xd');
    expect(await screen.findByRole('link', { name: /Cấp giấy phép xây dựng/ })).toBeInTheDocument();
    const call = requested().filter((url) => url.pathname === '/api/v1/procedures').at(-1);
    expect(call?.searchParams.get('agencyId')).toBe('a-sxd');
    expect(call?.searchParams.get('fieldId')).toBe('f-xd');
    const trail = screen.getByRole('navigation', { name: 'Đang xem' });
    expect(within(trail).getByRole('link', { name: 'Cơ quan: Sở Xây dựng' })).toHaveAttribute('href', '/thu-tuc?agencyId=a-sxd');
    expect(await within(trail).findByText('Lĩnh vực: Hoạt động xây dựng')).toBeInTheDocument();
  });

  it('applies the filters through the URL and pages with nextCursor', async () => {
    const { requested } = catalogueApi((url) =>
      url.searchParams.get('cursor') === 'c2'
        ? json(procedurePage([procedureSummary({ id: 'p9', code: '9.9', name: 'Thủ tục trang hai' })]))
        : json(procedurePage([procedureSummary()], { nextCursor: 'c2', total: 2 })),
    );
    const { user, router } = renderApp('/thu-tuc?fieldId=f-xd');

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
    expect(screen.getByRole('link', { name: /Trang trước/ })).toHaveAttribute('href', '/thu-tuc?agencyId=a-sxd&level=full_online');
  });

  it('says so when nothing matches', async () => {
    catalogueApi(() => json(procedurePage([], { total: 0 })));
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

  it('lists only online procedures on /dich-vu-cong-truc-tuyen, each with an “Đăng ký trực tuyến” button', async () => {
    const { requested } = catalogueApi(() => json(procedurePage([procedureSummary()], { total: 1 })));
    renderApp('/dich-vu-cong-truc-tuyen?fieldId=f-xd');
    expect(screen.getByRole('heading', { level: 1, name: 'Dịch vụ công trực tuyến' })).toBeInTheDocument();
    await screen.findByRole('link', { name: /^Cấp giấy phép xây dựng/ });
    expect(screen.getByRole('link', { name: 'Đăng ký trực tuyến: Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ' })).toHaveAttribute(
      'href',
      '/ca-nhan/nop-ho-so/1.009972',
    );
    expect(requested().find((url) => url.pathname === '/api/v1/procedures')?.searchParams.get('online')).toBe('true');
    expect(requested().find((url) => url.pathname === '/api/v1/fields')?.searchParams.get('online')).toBe('true');
  });

  describe('on a phone (one column)', () => {
    // jsdom has no matchMedia: a wide screen by default, a phone in these tests.
    window.matchMedia ??= ((query: string) =>
      ({ matches: false, media: query, addEventListener: () => {}, removeEventListener: () => {} }) as unknown as MediaQueryList) as typeof window.matchMedia;
    const phone = () =>
      vi.spyOn(window, 'matchMedia').mockImplementation(
        (query: string) =>
          ({ matches: query.includes('max-width'), media: query, addEventListener: () => {}, removeEventListener: () => {} }) as unknown as MediaQueryList,
      );
    afterEach(() => vi.restoreAllMocks());

    it('folds the filters into a "Bộ lọc" toggle after a search, so the results come first', async () => {
      phone();
      catalogueApi(() => json(procedurePage([procedureSummary()], { total: 1 })));
      renderApp('/thu-tuc?q=giay%20phep');
      const toggle = await screen.findByText('Bộ lọc (đang áp dụng 1)');
      const disclosure = toggle.closest('details')!;
      expect(disclosure).not.toHaveAttribute('open');
      expect(await screen.findByRole('link', { name: /giấy phép xây dựng/i })).toBeInTheDocument();
    });

    it('keeps the filters in the side column on a wide screen, without a toggle', async () => {
      catalogueApi(() => json(procedurePage([procedureSummary()], { total: 1 })));
      renderApp('/thu-tuc?q=giay%20phep');
      expect(await screen.findByRole('searchbox', { name: 'Từ khóa' })).toBeVisible();
      expect(screen.queryByText('Bộ lọc (đang áp dụng 1)')).not.toBeInTheDocument();
    });
  });
});
