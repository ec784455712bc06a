import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { json, mockFetch, problem } from '../../../test/fetch-mock.ts';
import { renderApp } from '../../../test/render.tsx';
import { agencies, apiClient, systemAdmin } from '../test-fixtures.ts';

beforeEach(() => {
  // jsdom has <dialog> without the modal behaviour: open it the simple way.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.open = false;
  };
});

const client = apiClient();
const url = `/api/v1/admin/api-clients/${client.id}`;
const page = `/can-bo/quan-tri/ung-dung-tich-hop/${client.id}`;

describe('one API client', () => {
  it('shows the facts and secrets; saves with the loaded revision and reloads after a conflict', async () => {
    const patches: Record<string, unknown>[] = [];
    let stored = client;
    mockFetch({
      '/api/v1/me': () => json(systemAdmin),
      '/api/v1/agencies': () => json({ items: agencies, nextCursor: null }),
      [`${url}/webhook-subscriptions`]: () => json({ items: [] }),
      [url]: (_url, init) => {
        if (init?.method === 'PATCH') {
          const body = JSON.parse(String(init.body)) as Record<string, unknown>;
          patches.push(body);
          if (body.revision !== stored.revision) return problem({ type: 'about:blank', title: 'Dữ liệu đã được người khác thay đổi', status: 409, code: 'VERSION_CONFLICT' });
          stored = { ...stored, name: String(body.name), scopes: body.scopes as never, revision: stored.revision + 1 };
          return json(stored);
        }
        return json(stored);
      },
    });
    const { user } = renderApp(page);
    expect(await screen.findByRole('heading', { level: 1, name: 'Ứng dụng: Phần mềm một cửa Sở Xây dựng' })).toBeInTheDocument();
    expect(screen.getByText('cli_motcua_sxd')).toBeInTheDocument();
    const secrets = screen.getByRole('table', { name: 'Các mật khẩu ứng dụng' });
    const row = within(secrets).getByRole('row', { name: /Xk3f/ });
    expect(row).toHaveTextContent('20/11/2026 08:30');
    expect(row).toHaveTextContent('Không hết hạn');
    expect(row).toHaveTextContent('01/12/2026 09:05');
    // Its webhooks, read only: none here, and the client may not subscribe without the scope.
    const webhooks = screen.getByRole('region', { name: 'Webhook' });
    expect(await within(webhooks).findByText(/Ứng dụng chưa đăng ký webhook nào\./)).toHaveTextContent('chưa được cấp quyền webhooks:manage');

    const form = screen.getByRole('form', { name: 'Thông tin ứng dụng tích hợp' });
    expect(within(form).getByRole('checkbox', { name: /Xử lý hồ sơ như cán bộ/ })).toBeChecked();
    expect(form).toHaveTextContent('Phạm vi dữ liệu: Sở Xây dựng tỉnh Điện Biên');
    await user.click(within(form).getByRole('checkbox', { name: /Đọc dòng sự kiện/ }));
    await user.click(within(form).getByRole('button', { name: 'Lưu thay đổi' }));
    expect(await screen.findByText('Đã lưu thay đổi.')).toBeInTheDocument();
    expect(patches[0]).toEqual({ name: 'Phần mềm một cửa Sở Xây dựng', description: null, scopes: ['dossiers:read', 'dossiers:process', 'events:read'], rateLimitPerMinute: 600, revision: 1 });

    // Someone else saves in between: 409, the page reloads the client and says so.
    stored = { ...stored, name: 'Một cửa SXD', revision: 5 };
    const renamed = screen.getByRole('form', { name: 'Thông tin ứng dụng tích hợp' });
    await user.clear(within(renamed).getByLabelText(/^Tên ứng dụng/));
    await user.type(within(renamed).getByLabelText(/^Tên ứng dụng/), 'Tên của tôi');
    await user.click(within(renamed).getByRole('button', { name: 'Lưu thay đổi' }));
    expect(await screen.findByText(/Người khác vừa sửa ứng dụng này/)).toBeInTheDocument();
    expect(patches[1]).toMatchObject({ name: 'Tên của tôi', revision: 2 });
    await waitFor(() => expect(within(screen.getByRole('form', { name: 'Thông tin ứng dụng tích hợp' })).getByLabelText(/^Tên ứng dụng/)).toHaveValue('Một cửa SXD'));
    await user.click(within(screen.getByRole('form', { name: 'Thông tin ứng dụng tích hợp' })).getByRole('button', { name: 'Lưu thay đổi' }));
    await waitFor(() => expect(patches[2]).toMatchObject({ name: 'Một cửa SXD', revision: 5 }));
  });

  it('rotates with an overlap (the new secret once, the old one’s end) and revokes after a confirmation', async () => {
    const rotations: unknown[] = [];
    let revoked = false;
    const overlapEnd = '2026-12-08T03:00:00.000Z';
    mockFetch({
      '/api/v1/me': () => json(systemAdmin),
      '/api/v1/admin/api-clients': () => json({ items: [] }),
      [`${url}/webhook-subscriptions`]: () => json({ items: [] }),
      [url]: () => json(client),
      [`${url}/rotate-secret`]: (_url, init) => {
        rotations.push(JSON.parse(String(init?.body)));
        return json({
          client: apiClient({
            revision: 2,
            secrets: [
              { ...client.secrets[0]!, expiresAt: overlapEnd },
              { id: 's2', hint: 'cs_Pq9z…', createdAt: '2026-12-07T03:00:00.000Z', expiresAt: null, lastUsedAt: null, active: true },
            ],
          }),
          clientSecret: 'sec_moi_Pq9zAbCdEf',
        });
      },
      [`${url}/revoke`]: (_url, init) => {
        expect(init?.method).toBe('POST');
        revoked = true;
        return json(apiClient({ status: 'revoked', revokedAt: '2026-12-07T03:10:00.000Z' }));
      },
    });
    const { user, router } = renderApp(page);
    const overlap = await screen.findByLabelText('Mật khẩu cũ còn dùng được trong (giờ)');
    expect(overlap).toHaveValue(24);
    await user.clear(overlap);
    await user.type(overlap, '500');
    await user.click(screen.getByRole('button', { name: 'Đổi mật khẩu' }));
    expect(await screen.findByText('Thời gian chuyển tiếp từ 0 đến 168 giờ')).toBeInTheDocument();
    expect(overlap).toHaveFocus();
    expect(rotations).toHaveLength(0);
    await user.clear(overlap);
    await user.type(overlap, '48');
    await user.click(screen.getByRole('button', { name: 'Đổi mật khẩu' }));
    const dialog = await screen.findByRole('dialog', { name: 'Mật khẩu mới của ứng dụng “Phần mềm một cửa Sở Xây dựng”' });
    expect(rotations).toEqual([{ overlapHours: 48 }]);
    expect(dialog).toHaveTextContent('sec_moi_Pq9zAbCdEf');
    expect(dialog).toHaveTextContent('Mật khẩu ứng dụng chỉ hiển thị một lần');
    expect(dialog).toHaveTextContent('Mật khẩu cũ còn dùng được đến 08/12/2026 10:00.');
    await user.click(within(dialog).getByRole('button', { name: 'Tôi đã lưu mật khẩu' }));
    await waitFor(() => expect(screen.queryByText('sec_moi_Pq9zAbCdEf')).not.toBeInTheDocument());
    // The detail page now lists both secrets.
    expect(within(screen.getByRole('table', { name: 'Các mật khẩu ứng dụng' })).getByRole('row', { name: /Pq9z/ })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Thu hồi ứng dụng' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Thu hồi ứng dụng “Phần mềm một cửa Sở Xây dựng”?' });
    // The safe choice has the focus: Enter right away revokes nothing.
    expect(within(confirm).getByRole('button', { name: 'Không thu hồi' })).toHaveFocus();
    expect(revoked).toBe(false);
    await user.click(within(confirm).getByRole('button', { name: 'Thu hồi' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/can-bo/quan-tri/ung-dung-tich-hop'));
    expect(revoked).toBe(true);
    expect(await screen.findByText('Đã thu hồi ứng dụng Phần mềm một cửa Sở Xây dựng.')).toBeInTheDocument();
  });
});
