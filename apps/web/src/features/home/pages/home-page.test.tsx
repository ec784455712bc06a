import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockFetch } from '../../../test/fetch-mock.ts';
import { agency, procedurePage, procedureSummary } from '../../../test/fixtures.ts';
import { renderApp } from '../../../test/render.tsx';

const homeApi = () =>
  mockFetch({
    '/api/v1/portal': () => json({ provinceName: 'Hà Tĩnh', portalName: 'Cổng Dịch vụ công tỉnh Hà Tĩnh', hotline: '0239 3 888 888' }),
    '/api/v1/procedures': () => json(procedurePage([procedureSummary()])),
    '/api/v1/agencies': () => json({ items: [agency()], nextCursor: null }),
  });

describe('HomePage', () => {
  it('shows the province, popular procedures and departments from the API', async () => {
    const { requested } = homeApi();
    renderApp('/');

    expect(await screen.findByText('Ủy ban nhân dân tỉnh Hà Tĩnh')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Cổng Dịch vụ công tỉnh Hà Tĩnh' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '0239 3 888 888' })).toHaveAttribute('href', 'tel:02393888888');

    const popular = screen.getByRole('region', { name: 'Thủ tục được sử dụng nhiều' });
    expect(await within(popular).findByRole('link', { name: /Cấp giấy phép xây dựng/ })).toHaveAttribute(
      'href',
      '/thu-tuc/1.009972',
    );
    const agencies = screen.getByRole('region', { name: 'Sở, ban, ngành' });
    expect(await within(agencies).findByRole('link', { name: 'Sở Xây dựng' })).toHaveAttribute(
      'href',
      '/thu-tuc?agencyId=a-sxd',
    );

    const popularCall = requested().find((url) => url.pathname === '/api/v1/procedures');
    expect(Object.fromEntries(popularCall?.searchParams ?? [])).toEqual({ limit: '8', sort: 'popular' });
    const agencyCall = requested().find((url) => url.pathname === '/api/v1/agencies');
    expect(Object.fromEntries(agencyCall?.searchParams ?? [])).toEqual({ level: 'department' });
  });

  it('searches the catalogue by keyword', async () => {
    homeApi();
    const { user, router } = renderApp('/');

    await user.type(screen.getByRole('searchbox', { name: 'Tìm kiếm thủ tục hành chính' }), 'khai sinh');
    await user.click(screen.getByRole('button', { name: 'Tìm kiếm' }));

    expect(router.state.location.pathname).toBe('/thu-tuc');
    expect(router.state.location.search).toBe('?q=khai+sinh');
    expect(await screen.findByRole('heading', { level: 1, name: 'Thủ tục hành chính' })).toBeInTheDocument();
  });

  it('still renders with the generic name when the portal endpoint is missing', async () => {
    mockFetch({
      '/api/v1/procedures': () => json(procedurePage([])),
      '/api/v1/agencies': () => json({ items: [], nextCursor: null }),
    });
    renderApp('/');
    expect(screen.getByRole('heading', { level: 1, name: 'Cổng Dịch vụ công trực tuyến' })).toBeInTheDocument();
    expect(await screen.findByText('Chưa có thủ tục nào được công bố.')).toBeInTheDocument();
  });
});
