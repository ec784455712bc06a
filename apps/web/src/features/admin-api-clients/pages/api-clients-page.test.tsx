import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { json, mockFetch, problem } from '../../../test/fetch-mock.ts';
import { renderApp } from '../../../test/render.tsx';
import { SXD, SXD_UNIT, agencies, agencyAdmin, apiClient, systemAdmin } from '../test-fixtures.ts';

beforeEach(() => {
  // jsdom has <dialog> without the modal behaviour: open it the simple way.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.open = false;
  };
});

const provinceWide = apiClient({ id: '0190f3c4-0000-7000-8000-0000000c1002', clientId: 'cli_quocgia', name: 'Cổng DVC quốc gia', agency: null, scopes: ['dossiers:read', 'events:read'], lastUsedAt: null, status: 'revoked' });

describe('API clients (Ứng dụng tích hợp)', () => {
  it('lists the clients with their scope, status, last use (dd/MM/yyyy HH:mm) and filters by status in the address', async () => {
    const { requested } = mockFetch({
      '/api/v1/me': () => json(systemAdmin),
      '/api/v1/agencies': () => json({ items: agencies, nextCursor: null }),
      '/api/v1/admin/api-clients': () => json({ items: [apiClient(), provinceWide] }),
    });
    const { user, router } = renderApp('/can-bo/quan-tri/ung-dung-tich-hop');
    expect(await screen.findByRole('heading', { level: 1, name: 'Ứng dụng tích hợp' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Danh sách ứng dụng tích hợp' });
    const first = within(table).getByRole('row', { name: /Phần mềm một cửa Sở Xây dựng/ });
    expect(first).toHaveTextContent('cli_motcua_sxd');
    expect(first).toHaveTextContent('Sở Xây dựng tỉnh Điện Biên');
    expect(first).toHaveTextContent('dossiers:process');
    expect(first).toHaveTextContent('Đang hoạt động');
    // Vietnam time: 02:05 UTC is 09:05.
    expect(first).toHaveTextContent('01/12/2026 09:05');
    expect(first).toHaveTextContent('20/11/2026 08:30');
    expect(within(first).getByRole('link', { name: 'Phần mềm một cửa Sở Xây dựng' })).toHaveAttribute('href', `/can-bo/quan-tri/ung-dung-tich-hop/${apiClient().id}`);
    const second = within(table).getByRole('row', { name: /Cổng DVC quốc gia/ });
    expect(second).toHaveTextContent('Toàn tỉnh');
    expect(second).toHaveTextContent('Đã thu hồi');
    expect(second).toHaveTextContent('Chưa sử dụng');

    const filters = screen.getByRole('search', { name: 'Lọc ứng dụng tích hợp' });
    await user.selectOptions(within(filters).getByLabelText('Trạng thái'), 'revoked');
    await user.selectOptions(within(filters).getByLabelText('Phạm vi dữ liệu'), SXD);
    await user.click(within(filters).getByRole('button', { name: 'Tìm kiếm' }));
    await waitFor(() => expect(router.state.location.search).toBe(`?status=revoked&agencyId=${SXD}`));
    await waitFor(() => expect(requested().some((url) => url.pathname === '/api/v1/admin/api-clients' && url.searchParams.get('status') === 'revoked' && url.searchParams.get('agencyId') === SXD)).toBe(true));
    // The filters come from the address: they survive Back and bookmarks.
    expect(within(screen.getByRole('search', { name: 'Lọc ứng dụng tích hợp' })).getByLabelText('Trạng thái')).toHaveValue('revoked');
    expect(within(screen.getByRole('search', { name: 'Lọc ứng dụng tích hợp' })).getByLabelText('Phạm vi dữ liệu')).toHaveValue(SXD);
  });

  it('a system administrator creates a province-wide client; the secret is shown once with a copy button, the token URL and curl', async () => {
    const sent: unknown[] = [];
    const created = apiClient({ id: '0190f3c4-0000-7000-8000-0000000c1009', clientId: 'cli_buudien', name: 'Bưu điện tỉnh', agency: null, scopes: ['catalogue:read', 'dossiers:submit'], lastUsedAt: null });
    mockFetch({
      '/api/v1/me': () => json(systemAdmin),
      '/api/v1/agencies': () => json({ items: agencies, nextCursor: null }),
      '/api/v1/admin/api-clients': (_url, init) => {
        if (init?.method === 'POST') {
          sent.push(JSON.parse(String(init.body)));
          return json({ client: created, clientSecret: 'sec_Q2hhbmcgY2hvIGFpIGJpZXQ' }, { status: 201 });
        }
        return json({ items: [] });
      },
      [`/api/v1/admin/api-clients/${created.id}`]: () => json(created),
    });
    const { user, router } = renderApp('/can-bo/quan-tri/ung-dung-tich-hop');
    expect(await screen.findByText(/Chưa có ứng dụng tích hợp nào/)).toBeInTheDocument();
    await user.click(screen.getAllByRole('link', { name: 'Tạo ứng dụng' })[0]!);
    expect(await screen.findByRole('heading', { level: 1, name: 'Ứng dụng tích hợp mới' })).toBeInTheDocument();
    const form = screen.getByRole('form', { name: 'Thông tin ứng dụng tích hợp' });

    // Sent empty: the shared schema's messages, in the summary and on the fields.
    await user.click(within(form).getByRole('button', { name: 'Tạo ứng dụng' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Vui lòng nhập tên ứng dụng (tối đa 100 ký tự)');
    expect(summary).toHaveTextContent('Vui lòng chọn ít nhất một quyền');
    expect(summary).toHaveFocus();
    expect(sent).toHaveLength(0);

    await user.type(within(form).getByLabelText(/^Tên ứng dụng/), 'Bưu điện tỉnh');
    // The agency drop-down is grouped by level; "Toàn tỉnh" is the system administrator's default.
    const scope = within(form).getByLabelText(/^Phạm vi dữ liệu/);
    expect(scope).toHaveValue('');
    expect(within(scope).getByRole('group', { name: 'Sở, ban, ngành' })).toBeInTheDocument();
    await user.click(within(form).getByRole('checkbox', { name: /Đọc danh mục thủ tục/ }));
    await user.click(within(form).getByRole('checkbox', { name: /Nộp hồ sơ thay người nộp/ }));
    await user.clear(within(form).getByLabelText(/^Giới hạn số yêu cầu mỗi phút/));
    await user.type(within(form).getByLabelText(/^Giới hạn số yêu cầu mỗi phút/), '120');
    await user.click(within(form).getByRole('button', { name: 'Tạo ứng dụng' }));

    const dialog = await screen.findByRole('dialog', { name: 'Đã tạo ứng dụng “Bưu điện tỉnh”' });
    expect(sent).toEqual([{ name: 'Bưu điện tỉnh', description: null, agencyId: null, scopes: ['catalogue:read', 'dossiers:submit'], rateLimitPerMinute: 120 }]);
    expect(dialog).toHaveTextContent('Mật khẩu ứng dụng chỉ hiển thị một lần');
    expect(dialog).toHaveTextContent('sec_Q2hhbmcgY2hvIGFpIGJpZXQ');
    expect(dialog).toHaveTextContent('cli_buudien');
    expect(dialog).toHaveTextContent('http://localhost:3000/api/v1/oauth/token'.replace('http://localhost:3000', window.location.origin));
    expect(dialog).toHaveTextContent("-u 'cli_buudien:sec_Q2hhbmcgY2hvIGFpIGJpZXQ'");
    await user.click(within(dialog).getByRole('button', { name: 'Sao chép mật khẩu ứng dụng' }));
    expect(await within(dialog).findByText('Đã sao chép.')).toBeInTheDocument();
    await expect(navigator.clipboard.readText()).resolves.toBe('sec_Q2hhbmcgY2hvIGFpIGJpZXQ');

    // Closing it opens the client's page, which never shows the secret again.
    await user.click(within(dialog).getByRole('button', { name: 'Tôi đã lưu mật khẩu' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/can-bo/quan-tri/ung-dung-tich-hop/${created.id}`));
    expect(await screen.findByRole('heading', { level: 1, name: 'Ứng dụng: Bưu điện tỉnh' })).toBeInTheDocument();
    expect(screen.queryByText('sec_Q2hhbmcgY2hvIGFpIGJpZXQ')).not.toBeInTheDocument();
    expect(screen.getByRole('row', { name: /Xk3f/ })).toBeInTheDocument();
  });

  it('an agency administrator creates for their agency or its units only, never province-wide; the API’s field errors land on the fields', async () => {
    const sent: Record<string, unknown>[] = [];
    mockFetch({
      '/api/v1/me': () => json(agencyAdmin),
      '/api/v1/agencies': () => json({ items: agencies, nextCursor: null }),
      '/api/v1/admin/api-clients': (_url, init) => {
        if (init?.method === 'POST') {
          sent.push(JSON.parse(String(init.body)) as Record<string, unknown>);
          return problem({ type: 'about:blank', title: 'Dữ liệu không hợp lệ', status: 400, code: 'VALIDATION_FAILED', errors: { name: 'Tên ứng dụng đã được sử dụng' } });
        }
        return json({ items: [] });
      },
    });
    const { user } = renderApp('/can-bo/quan-tri/ung-dung-tich-hop/moi');
    const form = await screen.findByRole('form', { name: 'Thông tin ứng dụng tích hợp' });
    const scope = await within(form).findByLabelText(/^Phạm vi dữ liệu/);
    expect(scope).toHaveValue(SXD);
    expect(within(scope).getAllByRole('option').map((option) => option.textContent)).toEqual(['Sở Xây dựng tỉnh Điện Biên', 'Trung tâm Quy hoạch xây dựng']);
    await user.selectOptions(scope, SXD_UNIT);
    await user.type(within(form).getByLabelText(/^Tên ứng dụng/), 'Quy hoạch');
    await user.type(within(form).getByLabelText(/^Mô tả/), 'Liên hệ: anh Tòng');
    await user.click(within(form).getByRole('checkbox', { name: /Đọc dòng sự kiện/ }));
    await user.click(within(form).getByRole('button', { name: 'Tạo ứng dụng' }));
    expect(await within(form).findByText('Tên ứng dụng đã được sử dụng')).toBeInTheDocument();
    expect(within(form).getByLabelText(/^Tên ứng dụng/)).toHaveAttribute('aria-invalid', 'true');
    expect(sent).toEqual([{ name: 'Quy hoạch', description: 'Liên hệ: anh Tòng', agencyId: SXD_UNIT, scopes: ['events:read'], rateLimitPerMinute: 600 }]);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
