import { screen, within } from '@testing-library/react';
import type { TPublicLegalDocument, TPublicLegalDocumentDetail, TPublicLegalDocumentPage } from '@portal/domain';
import { describe, expect, it } from 'vitest';
import { json, mockFetch, problem } from '../../../test/fetch-mock.ts';
import { renderApp } from '../../../test/render.tsx';

const decree = (overrides: Partial<TPublicLegalDocument> = {}): TPublicLegalDocument => ({
  id: '01a2b3c4-0000-7000-8000-000000000045',
  number: '45/2020/NĐ-CP',
  title: 'Nghị định về thực hiện thủ tục hành chính trên môi trường điện tử',
  docType: 'Nghị định',
  issuer: 'Chính phủ',
  issuedOn: '2020-04-08',
  effectiveOn: '2020-05-22',
  validity: 'in_force',
  summary: 'Quy định việc thực hiện thủ tục hành chính trên môi trường điện tử.',
  field: null,
  file: { name: 'Nghị định 45-2020-NĐ-CP.pdf', size: 40_960 },
  ...overrides,
});

const facets: TPublicLegalDocumentPage['facets'] = {
  docTypes: [
    { value: 'Luật', count: 30 },
    { value: 'Nghị định', count: 50 },
  ],
  issuers: [
    { value: 'Quốc hội', count: 30 },
    { value: 'Chính phủ', count: 50 },
  ],
  years: [
    { value: 2024, count: 12 },
    { value: 2020, count: 9 },
  ],
  fields: [{ id: '01a2b3c4-0000-7000-8000-0000000000f1', name: 'Hộ tịch', count: 6 }],
};

const pageOf = (items: TPublicLegalDocument[], nextCursor: string | null = null): TPublicLegalDocumentPage => ({ items, nextCursor, total: items.length, facets });

describe('LegalDocumentsPage (/van-ban)', () => {
  it('lists the documents with number, date, issuer, type, title, validity and the PDF link', async () => {
    mockFetch({
      '/api/v1/legal-documents': () =>
        json(pageOf([decree(), decree({ id: '01a2b3c4-0000-7000-8000-000000000015', number: '15/2021/NĐ-CP', issuedOn: '2021-03-03', validity: 'expired', file: null })])),
    });
    renderApp('/van-ban');
    expect(screen.getByRole('heading', { level: 1, name: 'Văn bản pháp luật' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Văn bản pháp luật, mới ban hành trước' });
    const [, first, second] = within(table).getAllByRole('row');
    expect(within(first!).getByRole('link', { name: '45/2020/NĐ-CP' })).toHaveAttribute('href', '/van-ban/01a2b3c4-0000-7000-8000-000000000045');
    expect(first).toHaveTextContent('08/04/2020');
    expect(first).toHaveTextContent('Chính phủ');
    expect(first).toHaveTextContent('Còn hiệu lực');
    const download = within(first!).getByRole('link', { name: 'Tải về PDF văn bản 45/2020/NĐ-CP' });
    expect(download).toHaveAttribute('href', '/api/v1/legal-documents/01a2b3c4-0000-7000-8000-000000000045/file');
    expect(download).toHaveTextContent('40 KB');
    expect(second).toHaveTextContent('Hết hiệu lực toàn bộ');
    expect(second).toHaveTextContent('Chưa có tệp');
    expect(screen.getByRole('status')).toHaveTextContent('Tìm thấy 2 văn bản');
  });

  it('searches with the words as typed, without diacritics, and the filters the documents offer; the URL can be shared', async () => {
    const { requested } = mockFetch({ '/api/v1/legal-documents': () => json(pageOf([decree()])) });
    const { user, router } = renderApp('/van-ban');
    const form = await screen.findByRole('search', { name: 'Tìm kiếm văn bản' });
    // The choices come from the facets of the answer.
    expect(await within(form).findByRole('option', { name: 'Nghị định (50)' })).toBeInTheDocument();
    await user.type(within(form).getByLabelText(/^Từ khóa/), 'thu tuc hanh chinh dien tu');
    await user.selectOptions(within(form).getByLabelText('Loại văn bản'), 'Nghị định');
    await user.selectOptions(within(form).getByLabelText('Cơ quan ban hành'), 'Chính phủ');
    await user.selectOptions(within(form).getByLabelText('Tình trạng hiệu lực'), 'Còn hiệu lực');
    await user.selectOptions(within(form).getByLabelText('Năm ban hành'), '2020');
    await user.click(within(form).getByRole('button', { name: 'Tìm kiếm' }));

    expect(router.state.location.search).toBe(`?q=${'thu+tuc+hanh+chinh+dien+tu'}&loai=Ngh%E1%BB%8B+%C4%91%E1%BB%8Bnh&coQuan=Ch%C3%ADnh+ph%E1%BB%A7&hieuLuc=in_force&nam=2020`);
    await screen.findByRole('link', { name: 'Xóa bộ lọc' });
    const last = requested().filter((url) => url.pathname === '/api/v1/legal-documents').at(-1)!;
    expect(Object.fromEntries(last.searchParams)).toEqual({ q: 'thu tuc hanh chinh dien tu', docType: 'Nghị định', issuer: 'Chính phủ', validity: 'in_force', year: '2020', limit: '20' });
  });

  it('opens a shared address with its filters filled in, and pages on with the cursor', async () => {
    const { requested } = mockFetch({
      '/api/v1/legal-documents': (url) => json(url.searchParams.get('cursor') ? pageOf([decree({ id: '01a2b3c4-0000-7000-8000-000000000009', number: '09/2017/QH14' })]) : pageOf([decree()], 'c2')),
    });
    const { user } = renderApp('/van-ban?linhVuc=01a2b3c4-0000-7000-8000-0000000000f1&q=ho%20tich');
    expect(await screen.findByLabelText(/^Từ khóa/)).toHaveValue('ho tich');
    await screen.findByRole('option', { name: 'Hộ tịch (6)' });
    expect(screen.getByLabelText('Lĩnh vực')).toHaveValue('01a2b3c4-0000-7000-8000-0000000000f1');
    await user.click(screen.getByRole('link', { name: /Trang tiếp theo/ }));
    expect(await screen.findByRole('link', { name: '09/2017/QH14' })).toBeInTheDocument();
    expect(requested().at(-1)!.searchParams.get('cursor')).toBe('c2');
    expect(requested().at(-1)!.searchParams.get('fieldId')).toBe('01a2b3c4-0000-7000-8000-0000000000f1');
    expect(screen.getByRole('link', { name: /Trang trước/ })).toBeInTheDocument();
  });

  it('says so when nothing matches', async () => {
    mockFetch({ '/api/v1/legal-documents': () => json(pageOf([])) });
    renderApp('/van-ban?q=khong%20co');
    expect(await screen.findByText('Không tìm thấy văn bản phù hợp.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});

describe('LegalDocumentPage (/van-ban/:id)', () => {
  const detail = (overrides: Partial<TPublicLegalDocumentDetail> = {}): TPublicLegalDocumentDetail => ({
    ...decree({ field: { id: 'f1', name: 'Hộ tịch' } }),
    procedures: [{ id: 'p1', code: '1.001193.H18', name: 'Đăng ký khai sinh' }],
    updatedAt: '2026-11-20T02:00:00.000Z',
    ...overrides,
  });

  it('shows the facts, the summary, the PDF and the procedures citing it', async () => {
    mockFetch({ '/api/v1/legal-documents/01a2b3c4-0000-7000-8000-000000000045': () => json(detail()) });
    renderApp('/van-ban/01a2b3c4-0000-7000-8000-000000000045');
    expect(await screen.findByRole('heading', { level: 1, name: 'Nghị định 45/2020/NĐ-CP' })).toBeInTheDocument();
    expect(screen.getByText('Nghị định về thực hiện thủ tục hành chính trên môi trường điện tử')).toBeInTheDocument();
    expect(screen.getByText('Ngày có hiệu lực').nextElementSibling).toHaveTextContent('22/05/2020');
    expect(screen.getByText('Lĩnh vực').nextElementSibling).toHaveTextContent('Hộ tịch');
    expect(screen.getByRole('link', { name: 'Tải về PDF' })).toHaveAttribute('href', '/api/v1/legal-documents/01a2b3c4-0000-7000-8000-000000000045/file');
    const related = screen.getByRole('region', { name: 'Thủ tục hành chính liên quan' });
    expect(within(related).getByRole('link', { name: 'Đăng ký khai sinh' })).toHaveAttribute('href', '/thu-tuc/1.001193.H18');
    expect(within(screen.getByRole('navigation', { name: 'Đường dẫn' })).getByRole('link', { name: 'Văn bản pháp luật' })).toHaveAttribute('href', '/van-ban');
  });

  it('answers an unknown or unpublished document with a plain not-found page (no error alert, no request id) and a way back', async () => {
    mockFetch({
      '/api/v1/legal-documents/01a2b3c4-0000-7000-8000-000000000099': () =>
        problem({ type: 'about:blank', title: 'Không tìm thấy văn bản', status: 404, code: 'LEGAL_DOCUMENT_NOT_FOUND', requestId: 'req-123' }),
    });
    renderApp('/van-ban/01a2b3c4-0000-7000-8000-000000000099');
    expect(await screen.findByRole('heading', { level: 1, name: 'Không tìm thấy văn bản' })).toBeInTheDocument();
    expect(screen.getByText(/không có trên Cổng hoặc chưa được công bố/)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByText(/Mã tra cứu lỗi/)).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Quay lại danh sách văn bản' })).toHaveAttribute('href', '/van-ban');
  });

  it('marks the Vietnamese content with lang="vi"', async () => {
    mockFetch({ '/api/v1/legal-documents/01a2b3c4-0000-7000-8000-000000000045': () => json(detail()) });
    renderApp('/van-ban/01a2b3c4-0000-7000-8000-000000000045');
    expect(await screen.findByRole('heading', { level: 1, name: 'Nghị định 45/2020/NĐ-CP' })).toHaveAttribute('lang', 'vi');
    expect(screen.getByText('Quy định việc thực hiện thủ tục hành chính trên môi trường điện tử.')).toHaveAttribute('lang', 'vi');
  });
});
