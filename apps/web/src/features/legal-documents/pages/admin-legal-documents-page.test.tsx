import { screen, waitFor, within } from '@testing-library/react';
import type { TAdminLegalDocument } from '@portal/domain';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { account } from '../../../test/accounts.ts';
import { FakeXhr } from '../../../test/fake-xhr.ts';
import { json, mockFetch, problem } from '../../../test/fetch-mock.ts';
import { renderApp } from '../../../test/render.tsx';

const quantri = account({ kind: 'staff', username: 'quantri', roles: ['system_admin'], agency: { id: 'vp', name: 'Văn phòng UBND tỉnh' } });
const quantrixd = account({ kind: 'staff', username: 'quantrixd', roles: ['agency_admin'], agency: { id: 'sxd', name: 'Sở Xây dựng' } });
const ID = '01a2b3c4-0000-7000-8000-000000000077';
const ADMIN = '/api/v1/admin/legal-documents';

const stored = (overrides: Partial<TAdminLegalDocument> = {}): TAdminLegalDocument => ({
  id: ID,
  number: '12/2026/QĐ-UBND',
  title: 'Quyết định công bố danh mục thủ tục hành chính lĩnh vực hộ tịch',
  docType: 'Quyết định',
  issuer: 'Ủy ban nhân dân tỉnh Điện Biên',
  issuedOn: '2026-03-16',
  effectiveOn: null,
  validity: 'in_force',
  summary: 'Công bố danh mục thủ tục hành chính được sửa đổi trong lĩnh vực hộ tịch.',
  field: null,
  file: null,
  published: false,
  revision: 1,
  createdAt: '2026-11-20T02:00:00.000Z',
  updatedAt: '2026-11-20T02:00:00.000Z',
  ...overrides,
});

const emptyFacets = { docTypes: [], issuers: [], years: [], fields: [] };
const common = {
  '/api/v1/me': () => json(quantri),
  '/api/v1/admin/fields': () => json({ items: [] }),
  '/api/v1/legal-documents': () => json({ items: [], nextCursor: null, total: 0, facets: emptyFacets }),
};
const bodyOf = (init: RequestInit | undefined) => JSON.parse(String(init?.body)) as Record<string, unknown>;

beforeEach(() => {
  FakeXhr.sent = [];
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  document.cookie = 'csrf_token=test-csrf; path=/';
});

describe('Legal document administration (/can-bo/quan-tri/van-ban)', () => {
  it('is for the system administrator: an agency administrator is told so and nothing is asked of the API', async () => {
    const { requested } = mockFetch({ '/api/v1/me': () => json(quantrixd) });
    renderApp('/can-bo/quan-tri/van-ban');
    expect(await screen.findByText('Chỉ quản trị hệ thống quản lý văn bản pháp luật.')).toBeInTheDocument();
    expect(requested().some((url) => url.pathname.startsWith(ADMIN))).toBe(false);
  });

  it('lists published and hidden documents and publishes one in a click, with its revision', async () => {
    const puts: Record<string, unknown>[] = [];
    let current = stored();
    mockFetch({
      ...common,
      [ADMIN]: () => json({ items: [current], nextCursor: null, total: 1 }),
      [`${ADMIN}/${ID}`]: (_url, init) => {
        puts.push(bodyOf(init));
        current = stored({ published: true, revision: 2 });
        return json(current);
      },
    });
    const { user } = renderApp('/can-bo/quan-tri/van-ban');
    const row = (await screen.findByRole('link', { name: '12/2026/QĐ-UBND' })).closest('tr')!;
    expect(row).toHaveTextContent('Không công khai');
    await user.click(within(row).getByRole('button', { name: 'Công khai văn bản 12/2026/QĐ-UBND' }));
    expect(await screen.findByText('Đã công khai văn bản 12/2026/QĐ-UBND.')).toBeInTheDocument();
    expect(puts).toEqual([expect.objectContaining({ number: '12/2026/QĐ-UBND', published: true, revision: 1, effectiveOn: '', fieldId: '' })]);
    expect(await screen.findByRole('button', { name: 'Ngừng công khai văn bản 12/2026/QĐ-UBND' })).toBeInTheDocument();
  });

  it('checks the form with the shared schema before sending, then adds the document and uploads its PDF with progress', async () => {
    const posts: Record<string, unknown>[] = [];
    mockFetch({
      ...common,
      [ADMIN]: (_url, init) => {
        posts.push(bodyOf(init));
        return json(stored(), { status: 201 });
      },
      [`${ADMIN}/${ID}`]: () => json(stored({ revision: 2, file: { id: 'f1', name: 'quyet-dinh.pdf', mimeType: 'application/pdf', size: 2048, uploadedAt: '2026-11-20T03:00:00.000Z' } })),
    });
    const { user, router } = renderApp('/can-bo/quan-tri/van-ban/moi');
    const form = await screen.findByRole('form', { name: 'Thông tin văn bản' });
    await user.click(within(form).getByRole('button', { name: 'Thêm văn bản' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Vui lòng nhập số ký hiệu văn bản');
    expect(within(form).getByLabelText(/^Ngày ban hành/)).toHaveAttribute('aria-invalid', 'true');
    expect(posts).toEqual([]);

    await user.type(within(form).getByLabelText(/^Số ký hiệu/), '12/2026/QĐ-UBND');
    await user.type(within(form).getByLabelText(/^Loại văn bản/), 'Quyết định');
    await user.type(within(form).getByLabelText(/^Cơ quan ban hành/), 'Ủy ban nhân dân tỉnh Điện Biên');
    await user.type(within(form).getByLabelText(/^Ngày ban hành/), '2026-03-16');
    await user.type(within(form).getByLabelText(/^Trích yếu/), 'Quyết định công bố danh mục thủ tục hành chính lĩnh vực hộ tịch');
    await user.type(within(form).getByLabelText(/^Tóm tắt nội dung/), 'Công bố danh mục thủ tục hành chính được sửa đổi trong lĩnh vực hộ tịch.');
    await user.click(within(form).getByLabelText('Công khai trên trang Văn bản của Cổng'));
    await user.upload(within(form).getByLabelText('Tệp PDF của văn bản'), new File(['%PDF-1.4'], 'quyet-dinh.pdf', { type: 'application/pdf' }));
    await user.click(within(form).getByRole('button', { name: 'Thêm văn bản' }));

    await waitFor(() => expect(FakeXhr.sent).toHaveLength(1));
    expect(posts).toEqual([expect.objectContaining({ number: '12/2026/QĐ-UBND', issuedOn: '2026-03-16', effectiveOn: null, fieldId: null, published: false, validity: 'in_force' })]);
    const xhr = FakeXhr.sent[0]!;
    expect([xhr.method, xhr.url, xhr.headers['X-CSRF-Token']]).toEqual(['PUT', `${ADMIN}/${ID}/file`, 'test-csrf']);
    xhr.progress(40);
    expect(screen.getByLabelText(/Đang tải lên quyet-dinh\.pdf/)).toHaveValue(40);
    xhr.respond(200, stored({ revision: 2, file: { id: 'f1', name: 'quyet-dinh.pdf', mimeType: 'application/pdf', size: 2048, uploadedAt: '2026-11-20T03:00:00.000Z' } }));

    expect(await screen.findByText('Đã thêm văn bản. Bạn có thể tải lên hoặc thay tệp PDF bên dưới.')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/can-bo/quan-tri/van-ban/${ID}`);
    expect(await screen.findByText('quyet-dinh.pdf')).toBeInTheDocument();
  });

  it('shows why a file is refused (not a PDF) and keeps the document as it was', async () => {
    mockFetch({ ...common, [`${ADMIN}/${ID}`]: () => json(stored()) });
    const { user } = renderApp(`/can-bo/quan-tri/van-ban/${ID}`);
    await user.upload(await screen.findByLabelText('Tải lên tệp PDF'), new File(['MZ'], 'van-ban.pdf', { type: 'application/pdf' }));
    await waitFor(() => expect(FakeXhr.sent).toHaveLength(1));
    FakeXhr.sent[0]!.respond(415, {
      type: 'about:blank',
      status: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
      title: 'Định dạng tệp hoặc dữ liệu không được hỗ trợ',
      errors: { file: 'Tệp "van-ban.pdf" không đúng định dạng cho phép. Chỉ chấp nhận tệp PDF.' },
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Định dạng tệp hoặc dữ liệu không được hỗ trợ');
    expect(alert).toHaveTextContent('Tệp PDF của văn bản: Tệp "van-ban.pdf" không đúng định dạng cho phép');
    expect(screen.getByText('Văn bản chưa có tệp PDF.')).toBeInTheDocument();
  });

  it('a save over someone else’s answers 409: the page says so and reloads the latest version', async () => {
    const puts: Record<string, unknown>[] = [];
    let current = stored({ published: true });
    mockFetch({
      ...common,
      [`${ADMIN}/${ID}`]: (_url, init) => {
        if (init?.method === 'PUT') {
          puts.push(bodyOf(init));
          // Meanwhile a colleague renamed it.
          current = stored({ published: true, revision: 2, title: 'Quyết định công bố danh mục thủ tục hành chính (bản của đồng nghiệp)' });
          return problem({ type: 'about:blank', status: 409, code: 'VERSION_CONFLICT', title: 'Dữ liệu đã được người khác cập nhật, vui lòng tải lại trang' });
        }
        return json(current);
      },
    });
    const { user } = renderApp(`/can-bo/quan-tri/van-ban/${ID}`);
    const title = await screen.findByLabelText(/^Trích yếu/);
    await user.clear(title);
    await user.type(title, 'Tiêu đề của tôi');
    await user.click(screen.getByRole('button', { name: 'Lưu thay đổi' }));
    expect(await screen.findByText(/Văn bản vừa được người khác cập nhật/)).toBeInTheDocument();
    expect(puts).toEqual([expect.objectContaining({ title: 'Tiêu đề của tôi', revision: 1 })]);
    await waitFor(() => expect(screen.getByLabelText(/^Trích yếu/)).toHaveValue('Quyết định công bố danh mục thủ tục hành chính (bản của đồng nghiệp)'));
  });

  it('deletes only after a confirmation, with the revision, and says so on the list', async () => {
    const deletes: string[] = [];
    mockFetch({
      ...common,
      [`${ADMIN}/${ID}`]: (url, init) => {
        if (init?.method === 'DELETE') {
          deletes.push(url.search);
          return new Response(null, { status: 204 });
        }
        return json(stored({ revision: 4 }));
      },
      [ADMIN]: () => json({ items: [], nextCursor: null, total: 0 }),
    });
    const { user, router } = renderApp(`/can-bo/quan-tri/van-ban/${ID}`);
    await user.click(await screen.findByRole('button', { name: 'Xóa văn bản' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Xóa văn bản 12/2026/QĐ-UBND?' });
    expect(dialog).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(deletes).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Xóa văn bản' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Xóa văn bản' }));
    expect(await screen.findByText('Đã xóa văn bản 12/2026/QĐ-UBND.')).toBeInTheDocument();
    expect(deletes).toEqual(['?revision=4']);
    expect(router.state.location.pathname).toBe('/can-bo/quan-tri/van-ban');
  });
});
