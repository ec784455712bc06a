import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockFetch } from '../../test/fetch-mock.ts';
import { renderApp } from '../../test/render.tsx';
import { PORTAL_CONFIG_ELEMENT_ID } from './queries.ts';

// What the API puts into index.html (apps/api/src/plugins/app/spa.ts); read once, at start.
const embedded = document.createElement('script');
embedded.id = PORTAL_CONFIG_ELEMENT_ID;
embedded.type = 'application/json';
embedded.textContent = JSON.stringify({
  portalName: 'Cổng Dịch vụ công tỉnh Lai Châu',
  provinceName: 'Lai Châu',
  authorityName: 'Ủy ban nhân dân tỉnh Lai Châu',
  agencyName: 'Ủy ban nhân dân tỉnh Lai Châu',
  address: 'Phường Tân Phong, tỉnh Lai Châu',
  hotline: '0213 3876 111',
  email: null,
}).replace(/</g, '\\u003c');
document.head.append(embedded);

describe('the portal identity that came with the HTML', () => {
  it('shows at once in the header and footer, without asking GET /api/v1/portal', async () => {
    const { requested } = mockFetch({ '/api/v1/portal': () => json({ portalName: 'từ API', provinceName: 'X' }) });
    renderApp('/huong-dan');
    expect(within(screen.getByRole('banner')).getByText('Ủy ban nhân dân tỉnh Lai Châu')).toBeInTheDocument();
    const footer = screen.getByRole('contentinfo');
    expect(within(footer).getByRole('link', { name: '0213 3876 111' })).toBeInTheDocument();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(requested().map((url) => url.pathname)).not.toContain('/api/v1/portal');
  });
});
