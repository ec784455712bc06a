import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../i18n/index.ts';
import { ApiError, CLIENT_ERROR_CODES } from '../../lib/api-client.ts';
import { apiErrorTitle } from '../../lib/api-error-text.ts';
import { mockFetch } from '../../test/fetch-mock.ts';
import { renderApp } from '../../test/render.tsx';

/** What the API answers while its database is down (problem-details.ts). */
const unavailable = () =>
  new Response(
    JSON.stringify({
      type: 'about:blank#SERVICE_UNAVAILABLE',
      title: 'Hệ thống đang tạm ngừng phục vụ, vui lòng thử lại sau',
      status: 503,
      code: 'SERVICE_UNAVAILABLE',
      requestId: 'req-503',
    }),
    { status: 503, headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '5' } },
  );

describe('the service is down (503)', () => {
  it('says the service is temporarily unavailable, not to check one’s own network; the header and footer keep the province and hotline', async () => {
    // Every API call fails, /api/v1/portal included.
    mockFetch(Object.fromEntries(['/api/v1/procedures/1.009972', '/api/v1/portal', '/api/v1/me', '/api/v1/auth/refresh'].map((path) => [path, unavailable])));
    renderApp('/thu-tuc/1.009972');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Hệ thống đang tạm thời gián đoạn (không phải do kết nối mạng của bạn)');
    expect(alert).not.toHaveTextContent('kiểm tra kết nối mạng');
    expect(alert).toHaveTextContent('req-503');

    // Bundled with the page (features/portal/defaults.ts), not from the failing API
    expect(within(screen.getByRole('banner')).getByText('Ủy ban nhân dân tỉnh Điện Biên')).toBeInTheDocument();
    const footer = screen.getByRole('contentinfo');
    expect(within(footer).getByRole('link', { name: '0215 3825 123' })).toHaveAttribute('href', 'tel:02153825123');
    expect(footer).not.toHaveTextContent('Đang cập nhật');
  });

  it('words it in English too, and tells a gateway error from a lost connection', async () => {
    const t = i18n.getFixedT('en');
    const fromApi = new ApiError({ status: 503, code: 'SERVICE_UNAVAILABLE', title: 'Hệ thống đang tạm ngừng phục vụ, vui lòng thử lại sau', fromServer: true });
    expect(apiErrorTitle(fromApi, 'en', t)).toBe(
      'The service is temporarily unavailable (this is not a problem with your connection). Please try again in a few minutes; for urgent matters, call the hotline at the bottom of the page.',
    );
    const gateway = new ApiError({ status: 502, code: CLIENT_ERROR_CODES.http, title: 'HTTP 502 Bad Gateway', fromServer: false });
    expect(apiErrorTitle(gateway, 'vi', i18n.getFixedT('vi'))).toMatch(/^Hệ thống đang tạm thời gián đoạn/);
    const offline = new ApiError({ status: 0, code: CLIENT_ERROR_CODES.network, title: 'Network request failed', fromServer: false });
    expect(apiErrorTitle(offline, 'en', t)).toBe('Cannot reach the server. Please check your connection and try again.');
  });
});
