import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n/index.ts';
import { json, mockFetch } from '../../../test/fetch-mock.ts';
import { renderWithProviders } from '../../../test/render.tsx';
import { apiClient, webhookDelivery, webhookSubscription } from '../test-fixtures.ts';
import { WebhookDeliveryTable } from './webhook-delivery-table.tsx';
import { WebhookSection } from './webhook-section.tsx';

afterEach(async () => {
  await i18n.changeLanguage('vi');
});

const client = apiClient({ scopes: ['events:read', 'webhooks:manage'] });
const base = `/api/v1/admin/api-clients/${client.id}/webhook-subscriptions`;
const active = webhookSubscription({ failingSince: '2026-12-06T23:00:00.000Z' });
const disabled = webhookSubscription({
  id: '0190f3c4-0000-7000-8000-0000000e0002',
  url: 'https://baocao.dienbien.gov.vn/webhook',
  description: 'Báo cáo tỉnh',
  eventTypes: [],
  status: 'disabled',
  disabledReason: 'failing',
  disabledAt: '2026-12-04T03:00:00.000Z',
  failingSince: '2026-12-01T03:00:00.000Z',
});
const longError = `HTTP 500: ${'x'.repeat(300)}`;

describe('the webhooks of an API client', () => {
  it('lists the subscriptions with their status in words, why and when one was disabled, since when it fails', async () => {
    mockFetch({ [base]: () => json({ items: [active, disabled] }) });
    renderWithProviders(<WebhookSection client={client} />);
    const table = await screen.findByRole('table', { name: 'Các đăng ký webhook của ứng dụng' });
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Địa chỉ nhận', 'Loại sự kiện', 'Trạng thái', 'Gửi lỗi từ', 'Nhật ký']);
    const first = within(table).getByRole('row', { name: /motcua\.sxd/ });
    expect(first).toHaveTextContent('dossier.submitted');
    expect(first).toHaveTextContent('Đang hoạt động');
    expect(first).toHaveTextContent('07/12/2026 06:00');
    const second = within(table).getByRole('row', { name: /baocao\.dienbien/ });
    expect(second).toHaveTextContent('Mọi loại sự kiện');
    expect(second).toHaveTextContent('Đã tắt');
    expect(second).toHaveTextContent('Gửi lỗi liên tục 3 ngày lúc 04/12/2026 10:00');
    expect(second).toHaveTextContent('01/12/2026 10:00');
    expect(screen.queryByRole('table', { name: 'Nhật ký gửi webhook' })).not.toBeInTheDocument();
  });

  it('says when there is none, and why it cannot be otherwise without the scope', async () => {
    mockFetch({ [base]: () => json({ items: [] }) });
    renderWithProviders(<WebhookSection client={apiClient()} />);
    expect(await screen.findByText(/Ứng dụng chưa đăng ký webhook nào\./)).toHaveTextContent('chưa được cấp quyền webhooks:manage');
  });

  it('opens the delivery log of the chosen subscription, pages with "Xem thêm", filters by status and closes', async () => {
    const older = '0190f3c4-0000-7000-8000-0000000d0009';
    const { requested } = mockFetch({
      [base]: () => json({ items: [active, disabled] }),
      [`${base}/${disabled.id}/deliveries`]: (url) => {
        if (url.searchParams.get('cursor') === 'page2') return json({ items: [webhookDelivery({ id: older, eventType: 'webhook.ping', lastStatusCode: 204, lastDurationMs: 1234 })], nextCursor: null });
        if (url.searchParams.get('status') === 'delivered') return json({ items: [], nextCursor: null });
        return json({
          items: [
            webhookDelivery({ status: 'pending', attempts: 3, lastStatusCode: null, lastDurationMs: null, lastError: 'connect ECONNREFUSED', nextAttemptAt: '2026-12-07T04:00:30.000Z', deliveredAt: null }),
            webhookDelivery({ id: '0190f3c4-0000-7000-8000-0000000d0002', status: 'failed', attempts: 12, lastStatusCode: 500, lastError: longError, lastAttemptAt: '2026-12-04T02:59:59.000Z' }),
          ],
          nextCursor: 'page2',
        });
      },
    });
    const { user, router } = renderWithProviders(<WebhookSection client={client} />, { url: '/can-bo/quan-tri/ung-dung-tich-hop/x' });
    const show = await screen.findByRole('button', { name: 'Xem nhật ký gửi tới https://baocao.dienbien.gov.vn/webhook' });
    expect(show).toHaveAttribute('aria-pressed', 'false');
    await user.click(show);
    expect(await screen.findByRole('heading', { level: 3, name: 'Nhật ký gửi tới https://baocao.dienbien.gov.vn/webhook' })).toHaveFocus();
    expect(show).toHaveAttribute('aria-pressed', 'true');
    expect(router.state.location.search).toBe(`?webhook=${disabled.id}`);

    const log = await screen.findByRole('table', { name: 'Nhật ký gửi webhook' });
    expect(within(log).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Loại sự kiện', 'Trạng thái', 'Số lần thử', 'Lần thử gần nhất', 'Mã phản hồi', 'Thời gian', 'Lỗi']);
    const [pending, failed] = within(log).getAllByRole('row').slice(1);
    expect(pending).toHaveTextContent('Đang chờ gửi lại');
    expect(pending).toHaveTextContent('Thử lại lúc 07/12/2026 11:00:30');
    expect(pending).toHaveTextContent('01/12/2026 09:05:07');
    expect(pending).toHaveTextContent('Không có phản hồi');
    expect(pending).toHaveTextContent('connect ECONNREFUSED');
    expect(failed).toHaveTextContent('Thất bại');
    expect(failed).toHaveTextContent('12');
    expect(failed).toHaveTextContent('04/12/2026 09:59:59');
    expect(failed).toHaveTextContent('500');
    expect(failed).toHaveTextContent('182 ms');
    // A long error shows its start; the rest on demand.
    expect(within(failed!).getByText((_text, element) => element?.tagName === 'SUMMARY')).toHaveTextContent(`${longError.slice(0, 160)}… Xem toàn bộ`);

    await user.click(screen.getByRole('button', { name: 'Xem thêm' }));
    const ping = await within(log).findByRole('row', { name: /webhook\.ping/ });
    expect(ping).toHaveTextContent('thử kết nối');
    expect(ping).toHaveTextContent('204');
    expect(ping).toHaveTextContent('1.234 ms');
    expect(screen.queryByRole('button', { name: 'Xem thêm' })).not.toBeInTheDocument();
    expect(requested().filter((url) => url.pathname.endsWith('/deliveries')).map((url) => url.search)).toEqual(['?limit=50', '?limit=50&cursor=page2']);

    await user.selectOptions(screen.getByLabelText('Lọc theo trạng thái'), 'Đã gửi');
    expect(await screen.findByText('Không có lần gửi nào ở trạng thái này.')).toBeInTheDocument();
    expect(requested().at(-1)?.searchParams.get('status')).toBe('delivered');

    await user.click(screen.getByRole('button', { name: 'Đóng nhật ký' }));
    await waitFor(() => expect(screen.queryByRole('table', { name: 'Nhật ký gửi webhook' })).not.toBeInTheDocument());
    expect(show).toHaveFocus();
    expect(router.state.location.search).toBe('');
  });

  it('opens on the log named in the address', async () => {
    mockFetch({
      [base]: () => json({ items: [active] }),
      [`${base}/${active.id}/deliveries`]: () => json({ items: [], nextCursor: null }),
    });
    renderWithProviders(<WebhookSection client={client} />, { url: `/x?webhook=${active.id}` });
    expect(await screen.findByText('Chưa có lần gửi nào.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3 })).not.toHaveFocus();
  });

  it('speaks English too', async () => {
    await i18n.changeLanguage('en');
    renderWithProviders(<WebhookDeliveryTable items={[webhookDelivery({ status: 'failed', attempts: 0, lastAttemptAt: null, lastStatusCode: null, lastDurationMs: null })]} />);
    const row = within(screen.getByRole('table', { name: 'Webhook delivery log' })).getAllByRole('row')[1]!;
    expect(row).toHaveTextContent('Failed');
    expect(row).toHaveTextContent('Not tried yet');
    expect(row).not.toHaveTextContent('No response');
  });
});
