import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { account } from '../../../test/accounts.ts';
import { json, mockFetch } from '../../../test/fetch-mock.ts';
import { renderApp } from '../../../test/render.tsx';

const quantri = account({ kind: 'staff', username: 'quantri', roles: ['system_admin'], agency: { id: 'vp', name: 'Văn phòng UBND tỉnh' } });
const detail = {
  key: 'staff-invitation',
  locale: 'vi',
  label: 'Mời cán bộ',
  description: 'Gửi khi quản trị mời cán bộ mới.',
  placeholders: [
    { name: 'displayName', description: 'Tên người nhận', sample: 'Lò Thị Hoa' },
    { name: 'agencyName', description: 'Đơn vị công tác', sample: 'Sở Xây dựng' },
    { name: 'link', description: 'Liên kết', sample: 'https://x.vn' },
  ],
  default: { subject: 'Lời mời sử dụng tài khoản cán bộ', text: 'Xin chào {{displayName}},\n\nBạn được mời vào {{agencyName}}.', html: null },
  override: null,
};

function setup() {
  const puts: unknown[] = [];
  const previews: unknown[] = [];
  mockFetch({
    '/api/v1/me': () => json(quantri),
    '/api/v1/admin/mail-templates': () => json({ items: [{ key: 'staff-invitation', label: 'Mời cán bộ', description: '', overridden: [] }] }),
    '/api/v1/admin/mail-templates/staff-invitation/vi': (_url, init) => {
      if (init?.method === 'PUT') {
        const body = JSON.parse(String(init.body)) as { subject: string; text: string; html: string | null };
        puts.push(body);
        return json({ ...detail, override: { ...body, updatedAt: '2026-11-22T02:00:00.000Z' } });
      }
      return json(detail);
    },
    '/api/v1/admin/mail-templates/staff-invitation/vi/preview': (_url, init) => {
      previews.push(JSON.parse(String(init?.body)));
      return json({ subject: 'Chào Lò Thị Hoa', text: 'Chào Lò Thị Hoa', html: '<p>Chào Lò Thị Hoa</p>' });
    },
  });
  return { puts, previews, ...renderApp('/can-bo/quan-tri/mau-email?mau=staff-invitation&ngon-ngu=vi') };
}

describe('e-mail template editor', () => {
  it('starts from the built-in wording and lists the placeholders with samples', async () => {
    setup();
    expect(await screen.findByLabelText(/^Tiêu đề thư/)).toHaveValue('Lời mời sử dụng tài khoản cán bộ');
    expect(screen.getByLabelText(/^Nội dung \(văn bản\)/)).toHaveValue('Xin chào {{displayName}},\n\nBạn được mời vào {{agencyName}}.');
    expect(screen.getByText('{{agencyName}}')).toBeInTheDocument();
    expect(screen.getByText('Đang dùng nội dung mặc định của Cổng.')).toBeInTheDocument();
  });

  it('flags an unknown placeholder as it is typed and does not save it', async () => {
    const { user, puts } = setup();
    const subject = await screen.findByLabelText(/^Tiêu đề thư/);
    await user.clear(subject);
    await user.type(subject, 'Chào {{{{hoTen}}');
    expect(await screen.findByText('Biến không dùng được trong mẫu thư này: {{hoTen}}')).toBeInTheDocument();
    expect(subject).toHaveAttribute('aria-invalid', 'true');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(puts).toEqual([]);
  });

  it('previews and saves a valid wording; the editor then says it is in use', async () => {
    const { user, puts, previews } = setup();
    const subject = await screen.findByLabelText(/^Tiêu đề thư/);
    await user.clear(subject);
    await user.type(subject, 'Chào {{{{displayName}}');
    await user.click(screen.getByRole('button', { name: 'Xem trước' }));
    expect(await screen.findByTestId('preview-subject')).toHaveTextContent('Chào Lò Thị Hoa');
    expect(screen.getByTitle('Thư xem trước')).toHaveAttribute('sandbox', '');
    expect(previews).toEqual([{ subject: 'Chào {{displayName}}', text: detail.default.text, html: null }]);

    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(puts).toEqual([{ subject: 'Chào {{displayName}}', text: detail.default.text, html: null }]));
    expect(await screen.findByText(/Đang dùng nội dung do quản trị soạn/)).toBeInTheDocument();
    expect(screen.getByText('Đã lưu: các thư gửi từ bây giờ dùng nội dung này.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Khôi phục mặc định' })).toBeInTheDocument();
  });
});
