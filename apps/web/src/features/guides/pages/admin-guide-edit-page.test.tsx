import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { account } from '../../../test/accounts.ts';
import { json, mockFetch, problem } from '../../../test/fetch-mock.ts';
import { renderApp } from '../../../test/render.tsx';
import { PREVIEW_DELAY_MS } from '../components/use-live-preview.ts';

const quantri = account({ kind: 'staff', username: 'quantri', roles: ['system_admin'], agency: { id: 'vp', name: 'Văn phòng UBND tỉnh' } });
const quantrixd = account({ kind: 'staff', username: 'quantrixd', roles: ['agency_admin'], agency: { id: 'sxd', name: 'Sở Xây dựng' } });
const ID = '0190a3f2-0000-7000-8000-00000000g001';
const GUIDE = {
  id: ID,
  slug: 'cong-dan',
  locale: 'vi',
  title: 'Hướng dẫn dành cho công dân',
  body: '## 1. Đăng ký\n\nBấm **Đăng ký**.',
  sortOrder: 1,
  published: true,
  revision: 4,
  updatedAt: '2026-12-05T03:00:00.000Z',
};

beforeEach(() => {
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.open = false;
  };
});

/** What the API's renderer would answer, enough to tell one preview from another. */
const rendered = (body: string) => ({
  html: `<h2 id="muc-x">Xem trước</h2>\n<p>${body.length} ký tự: ${body.split('\n').at(-1)!.replace(/</g, '&lt;')}</p>\n`,
  toc: [{ id: 'muc-x', text: 'Xem trước', level: 2 }],
});

function setup({ put }: { put?: (body: Record<string, unknown>) => Response } = {}) {
  const previews: string[] = [];
  const puts: Record<string, unknown>[] = [];
  const deletes: string[] = [];
  let current = GUIDE;
  const calls = mockFetch({
    '/api/v1/me': () => json(quantri),
    '/api/v1/admin/guides': () => json({ items: [GUIDE].map(({ body: _body, ...summary }) => summary), nextCursor: null }),
    [`/api/v1/admin/guides/${ID}`]: (url, init) => {
      if (init?.method === 'PUT') {
        const body = JSON.parse(String(init.body)) as Record<string, unknown>;
        puts.push(body);
        if (put) return put(body);
        current = { ...current, ...(body as object), revision: current.revision + 1 } as typeof GUIDE;
        return json(current);
      }
      if (init?.method === 'DELETE') {
        deletes.push(url.search);
        return new Response(null, { status: 204 });
      }
      return json(current);
    },
    '/api/v1/admin/guides/preview': (_url, init) => {
      const { body } = JSON.parse(String(init?.body)) as { body: string };
      previews.push(body);
      return json(rendered(body));
    },
  });
  const view = renderApp(`/can-bo/quan-tri/huong-dan/${ID}`);
  return { ...view, ...calls, previews, puts, deletes, setCurrent: (next: typeof GUIDE) => (current = next) };
}

describe('guide editor (/can-bo/quan-tri/huong-dan/:id)', () => {
  it('previews with the API’s renderer once typing pauses, not at every key', async () => {
    // The pause is 400 ms: on real time a busy machine can take that long between two keys and
    // preview half the text. On a fake clock typing takes no time (renderApp's user advances it by
    // the 0 ms between keys); the clock still creeps with real time for the app's 0 ms timers.
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { user, previews } = setup();
    const markdown = await screen.findByLabelText(/^Nội dung \(Markdown\)/);
    expect(markdown).toHaveValue(GUIDE.body);
    const preview = await screen.findByTestId('guide-preview');
    await waitFor(() => expect(preview).toHaveTextContent(`${GUIDE.body.length} ký tự`));
    expect(previews).toEqual([GUIDE.body]);

    await user.type(markdown, '\n\n<script>alert(1)</script>');
    const typed = `${GUIDE.body}\n\n<script>alert(1)</script>`;
    await vi.advanceTimersByTimeAsync(PREVIEW_DELAY_MS);
    await waitFor(() => expect(screen.getByTestId('guide-preview')).toHaveTextContent(`${typed.length} ký tự: <script>alert(1)</script>`));
    // Every key reset the pause: only the final text went to the server.
    expect(previews).toEqual([GUIDE.body, typed]);
    expect(within(screen.getByTestId('guide-preview')).getByRole('navigation', { name: 'Mục lục' })).toBeInTheDocument();
    expect(document.querySelector('[data-testid="guide-preview"] script')).toBeNull();
  });

  it('saves with the revision it loaded and says the public page follows', async () => {
    const { user, puts } = setup();
    const title = await screen.findByLabelText(/^Tiêu đề/);
    await user.clear(title);
    await user.type(title, 'Hướng dẫn mới');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Đã lưu. Trang công khai được cập nhật trong vòng một phút.')).toBeInTheDocument();
    expect(puts).toEqual([{ slug: 'cong-dan', locale: 'vi', title: 'Hướng dẫn mới', body: GUIDE.body, sortOrder: 1, published: true, revision: 4 }]);
    // Editing the title of an existing page never moves its address.
    expect(screen.getByLabelText(/^Địa chỉ trang/)).toHaveValue('cong-dan');
  });

  it('a stale save keeps the administrator’s text and offers the latest version', async () => {
    const { user, setCurrent } = setup({
      put: () => problem({ type: 'about:blank', title: 'Dữ liệu đã được người khác cập nhật, vui lòng tải lại trang', status: 409, code: 'VERSION_CONFLICT', details: { revision: 5 } }),
    });
    const markdown = await screen.findByLabelText(/^Nội dung \(Markdown\)/);
    await user.type(markdown, '\n\nĐoạn của tôi.');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Trang vừa được người khác lưu');
    expect(alert).toHaveTextContent('phiên bản 5');
    expect(markdown).toHaveValue(`${GUIDE.body}\n\nĐoạn của tôi.`);

    setCurrent({ ...GUIDE, body: '## Bản của người khác', revision: 5 });
    await user.click(within(alert).getByRole('button', { name: 'Tải bản mới nhất' }));
    await waitFor(() => expect(screen.getByLabelText(/^Nội dung \(Markdown\)/)).toHaveValue('## Bản của người khác'));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByText(/^Phiên bản 5,/)).toBeInTheDocument();
  });

  it('deletes after a confirmation, with the revision, and goes back to the list', async () => {
    const { user, deletes, router } = setup();
    await user.click(await screen.findByRole('button', { name: 'Xóa trang' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Xóa trang hướng dẫn' });
    expect(dialog).toHaveTextContent('Xóa trang “Hướng dẫn dành cho công dân” (Tiếng Việt)?');
    await user.click(within(dialog).getByRole('button', { name: 'Xóa ngay' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/can-bo/quan-tri/huong-dan'));
    expect(deletes).toEqual(['?revision=4']);
    expect(await screen.findByText('Đã xóa trang “Hướng dẫn dành cho công dân”.')).toBeInTheDocument();
  });

  it('refuses invalid values before sending, with the shared messages', async () => {
    const { user, puts } = setup();
    const slug = await screen.findByLabelText(/^Địa chỉ trang/);
    await user.clear(slug);
    await user.type(slug, 'Hướng dẫn');
    await user.clear(screen.getByLabelText(/^Thứ tự hiển thị/));
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText(/^Đường dẫn gồm chữ thường không dấu/)).toBeInTheDocument();
    expect(screen.getByText('Thứ tự hiển thị là số nguyên từ 0 đến 9999')).toBeInTheDocument();
    expect(puts).toEqual([]);
  });
});

describe('new guide page (/can-bo/quan-tri/huong-dan/moi)', () => {
  it('suggests the address from the title, creates the page and opens it for editing', async () => {
    const posts: Record<string, unknown>[] = [];
    mockFetch({
      '/api/v1/me': () => json(quantri),
      '/api/v1/admin/guides': (_url, init) => {
        const body = JSON.parse(String(init?.body)) as Record<string, unknown>;
        posts.push(body);
        return json({ ...GUIDE, ...body, id: ID, revision: 1 }, { status: 201 });
      },
      [`/api/v1/admin/guides/${ID}`]: () => json({ ...GUIDE, ...posts[0], revision: 1 }),
      '/api/v1/admin/guides/preview': (_url, init) => json(rendered((JSON.parse(String(init?.body)) as { body: string }).body)),
    });
    const { user, router } = renderApp('/can-bo/quan-tri/huong-dan/moi');
    await user.type(await screen.findByLabelText(/^Tiêu đề/), 'Nộp hồ sơ trực tuyến');
    expect(screen.getByLabelText(/^Địa chỉ trang/)).toHaveValue('nop-ho-so-truc-tuyen');
    await user.selectOptions(screen.getByRole('combobox', { name: /^Ngôn ngữ/ }), 'English');
    await user.type(screen.getByLabelText(/^Nội dung \(Markdown\)/), '## Bước 1');
    await user.click(screen.getByLabelText('Đăng công khai'));
    await user.click(screen.getByRole('button', { name: 'Tạo trang' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/can-bo/quan-tri/huong-dan/${ID}`));
    expect(posts).toEqual([{ title: 'Nộp hồ sơ trực tuyến', slug: 'nop-ho-so-truc-tuyen', locale: 'en', sortOrder: 10, published: true, body: '## Bước 1' }]);
    expect(await screen.findByText('Đã tạo trang hướng dẫn.')).toBeInTheDocument();
    // Nothing unsaved: no "leave without saving?" on the way.
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });
});

describe('guide administration list (/can-bo/quan-tri/huong-dan)', () => {
  it('lists the pages with their language, order and state', async () => {
    mockFetch({
      '/api/v1/me': () => json(quantri),
      '/api/v1/admin/guides': () =>
        json({
          items: [
            { ...GUIDE, body: undefined },
            { ...GUIDE, id: `${ID.slice(0, -1)}2`, locale: 'en', title: 'Citizen guide', published: false, body: undefined },
          ].map(({ body: _body, ...summary }) => summary),
          nextCursor: null,
        }),
    });
    renderApp('/can-bo/quan-tri/huong-dan');
    const table = await screen.findByRole('table', { name: 'Các trang hướng dẫn, theo thứ tự hiển thị' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell').slice(1, 4).map((cell) => cell.textContent))).toEqual([
      ['Tiếng Việt', '1', 'Đang đăng'],
      ['English', '1', 'Chưa đăng'],
    ]);
    expect(within(rows[0]!).getByRole('link', { name: 'Sửa trang “Hướng dẫn dành cho công dân” (Tiếng Việt)' })).toHaveAttribute('href', `/can-bo/quan-tri/huong-dan/${ID}`);
    expect(within(rows[0]!).getByRole('link', { name: 'Xem trang công khai “Hướng dẫn dành cho công dân”' })).toHaveAttribute('href', '/huong-dan/cong-dan');
    expect(within(rows[1]!).queryByRole('link', { name: /Xem trang công khai/ })).not.toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Điều hướng quản trị' })).toHaveTextContent('Hướng dẫn');
  });

  it('an agency administrator is told only system administrators manage guides; nothing is asked of the API', async () => {
    const { requested } = mockFetch({ '/api/v1/me': () => json(quantrixd) });
    renderApp('/can-bo/quan-tri/huong-dan');
    expect(await screen.findByText('Chỉ quản trị hệ thống được quản lý các trang hướng dẫn.')).toBeInTheDocument();
    expect(requested().some((url) => url.pathname.startsWith('/api/v1/admin/guides'))).toBe(false);
  });
});
