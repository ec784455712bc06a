import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { account } from '../../../test/accounts.ts';
import { json, mockFetch } from '../../../test/fetch-mock.ts';
import { renderApp } from '../../../test/render.tsx';
import { summaryItem } from '../test-fixtures.ts';

const counts = { unsent: 2, sent: 1, 'supplement-requested': 1, processing: 3, result: 0, returned: 0 };

beforeEach(() => {
  // jsdom has <dialog> without the modal behaviour: open it the simple way.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.open = false;
  };
});

describe('Hồ sơ cá nhân (dashboard)', () => {
  it('shows the six categories with their counts, each opening its list', async () => {
    mockFetch({
      '/api/v1/me': () => json(account()),
      '/api/v1/dossiers/summary': () => json({ counts, total: 7 }),
    });
    renderApp('/ca-nhan');
    expect(await screen.findByRole('heading', { level: 1, name: 'Hồ sơ cá nhân' })).toBeInTheDocument();
    await screen.findByRole('heading', { level: 3, name: 'Hồ sơ chưa gửi' });
    const cards = screen.getAllByRole('listitem');
    const card = (name: string) => cards.find((item) => within(item).queryByRole('heading', { name }))!;
    expect(within(card('Hồ sơ chưa gửi')).getByText('2 hồ sơ')).toBeInTheDocument();
    expect(within(card('Hồ sơ đã gửi')).getByText('1 hồ sơ')).toBeInTheDocument();
    expect(within(card('Hồ sơ yêu cầu bổ sung')).getByText('1 hồ sơ')).toBeInTheDocument();
    expect(within(card('Hồ sơ đang xử lý')).getByText('3 hồ sơ')).toBeInTheDocument();
    expect(within(card('Hồ sơ đã trả kết quả')).getByText('0 hồ sơ')).toBeInTheDocument();
    expect(within(card('Hồ sơ bị trả lại')).getByText('0 hồ sơ')).toBeInTheDocument();
    expect(within(card('Hồ sơ yêu cầu bổ sung')).getByRole('link', { name: 'Xem danh sách hồ sơ: Hồ sơ yêu cầu bổ sung' })).toHaveAttribute(
      'href',
      '/ca-nhan/ho-so?status=supplement-requested',
    );
    expect(screen.getByText(/Tổng cộng 7 hồ sơ/)).toBeInTheDocument();
  });
});

describe('Xem danh sách hồ sơ', () => {
  it('lists one category from the URL, with the actions its state allows', async () => {
    const { requested } = mockFetch({
      '/api/v1/me': () => json(account()),
      '/api/v1/dossiers/summary': () => json({ counts, total: 7 }),
      '/api/v1/dossiers': () =>
        json({
          items: [summaryItem({ id: 'd1' }), summaryItem({ id: 'd2', procedure: { id: 'p2', code: '2.0001', name: 'Đăng ký khai sinh' } })],
          nextCursor: 'next-page',
          total: 2,
        }),
    });
    renderApp('/ca-nhan/ho-so?status=unsent&q=xay+dung');
    expect(await screen.findByRole('heading', { level: 1, name: 'Hồ sơ chưa gửi' })).toBeInTheDocument();
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    const first = rows[0]!;
    expect(within(first).getByText('Chưa có mã')).toBeInTheDocument();
    expect(within(first).getByText('Chưa gửi')).toBeInTheDocument();
    // Unsent: Sửa, Gửi, Xem, Xóa — no history, no result.
    expect(within(first).getByRole('link', { name: /^Sửa/ })).toHaveAttribute('href', '/ca-nhan/ho-so/d1/sua');
    expect(within(first).getByRole('button', { name: /^Gửi/ })).toBeInTheDocument();
    expect(within(first).getByRole('button', { name: /^Xóa/ })).toBeInTheDocument();
    expect(within(first).queryByRole('button', { name: /^Quá trình XL/ })).not.toBeInTheDocument();
    expect(await screen.findByRole('link', { name: /^Hồ sơ chưa gửi\s*\(2\)$/ })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('searchbox', { name: 'Tìm theo mã hồ sơ hoặc tên thủ tục' })).toHaveValue('xay dung');
    expect(screen.getByRole('link', { name: /Trang tiếp theo/ })).toHaveAttribute('href', '/ca-nhan/ho-so?status=unsent&q=xay+dung&cursor=next-page');
    const list = requested().find((url) => url.pathname === '/api/v1/dossiers')!;
    expect(Object.fromEntries(list.searchParams)).toEqual({ status: 'unsent', q: 'xay dung', sort: 'updated', limit: '20' });
  });

  it('Xóa asks "Bạn chắc chắn muốn xóa hồ sơ này?": Bỏ qua keeps it, Xóa ngay deletes it', async () => {
    const deletes: string[] = [];
    let items = [summaryItem({ id: 'd1' })];
    mockFetch({
      '/api/v1/me': () => json(account()),
      '/api/v1/dossiers/summary': () => json({ counts, total: 7 }),
      '/api/v1/dossiers': () => json({ items, nextCursor: null, total: items.length }),
      '/api/v1/dossiers/d1': (_url, init) => {
        if (init?.method === 'DELETE') {
          deletes.push('d1');
          items = [];
          return new Response(null, { status: 204 });
        }
        return json({});
      },
    });
    const { user } = renderApp('/ca-nhan/ho-so?status=unsent');
    const row = (await screen.findAllByRole('row'))[1]!;

    await user.click(within(row).getByRole('button', { name: /^Xóa/ }));
    let dialog = screen.getByRole('alertdialog', { name: 'Xóa hồ sơ' });
    expect(within(dialog).getByText('Bạn chắc chắn muốn xóa hồ sơ này?')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Bỏ qua' }));
    expect(deletes).toEqual([]);
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();

    await user.click(within(row).getByRole('button', { name: /^Xóa/ }));
    dialog = screen.getByRole('alertdialog', { name: 'Xóa hồ sơ' });
    await user.click(within(dialog).getByRole('button', { name: 'Xóa ngay' }));
    expect(await screen.findByText('Đã xóa hồ sơ.')).toBeInTheDocument();
    expect(deletes).toEqual(['d1']);
    expect(await screen.findByText('Không có hồ sơ nào.')).toBeInTheDocument();
  });

  it('Quá trình XL shows the processing history: time, sender, action, receiver', async () => {
    mockFetch({
      '/api/v1/me': () => json(account()),
      '/api/v1/dossiers/summary': () => json({ counts, total: 7 }),
      '/api/v1/dossiers': () => json({ items: [summaryItem({ id: 'd9', status: 'processing', code: '000.00.12.H18-261120-0001' })], nextCursor: null, total: 1 }),
      '/api/v1/dossiers/d9/history': () =>
        json({
          items: [
            {
              id: 'h1',
              at: '2026-11-20T01:15:00.000Z',
              actor: { name: 'Nguyễn Văn An', role: 'citizen', unit: null },
              action: { code: 'submit', label: { vi: 'Nộp hồ sơ trực tuyến', en: 'Submit online' } },
              fromStatus: 'unsent',
              toStatus: 'sent',
              receiver: { name: null, role: null, unit: 'Sở Xây dựng' },
              note: null,
              attachments: [],
            },
            {
              id: 'h2',
              at: '2026-11-20T03:30:00.000Z',
              actor: { name: 'Đỗ Thị Hạnh', role: 'clerk', unit: 'Sở Xây dựng' },
              action: { code: 'receive', label: { vi: 'Tiếp nhận hồ sơ', en: 'Receive dossier' } },
              fromStatus: 'sent',
              toStatus: 'processing',
              receiver: null,
              note: 'Hồ sơ đầy đủ',
              attachments: [],
            },
          ],
        }),
    });
    const { user } = renderApp('/ca-nhan/ho-so?status=processing');
    const row = (await screen.findAllByRole('row'))[1]!;
    expect(within(row).getByRole('link', { name: /^Tải giấy tiếp nhận/ })).toHaveAttribute('href', '/api/v1/dossiers/d9/receipt.pdf');
    await user.click(within(row).getByRole('button', { name: /^Quá trình XL/ }));
    const dialog = screen.getByRole('dialog', { name: 'Quá trình xử lý hồ sơ 000.00.12.H18-261120-0001' });
    const history = await within(dialog).findByRole('table');
    const lines = within(history)
      .getAllByRole('row')
      .slice(1)
      .map((line) => within(line).getAllByRole('cell').map((cell) => cell.textContent));
    expect(lines).toEqual([
      ['1', '08:15 20/11/2026', 'Nguyễn Văn AnCông dân / Doanh nghiệp', 'Nộp hồ sơ trực tuyến', 'Sở Xây dựng', ''],
      ['2', '10:30 20/11/2026', 'Đỗ Thị HạnhBộ phận một cửa · Sở Xây dựng', 'Tiếp nhận hồ sơ', '', 'Hồ sơ đầy đủ'],
    ]);
  });
});
