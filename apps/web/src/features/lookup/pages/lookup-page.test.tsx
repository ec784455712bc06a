import type { TDossierLookup } from '@portal/domain';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockFetch, problem } from '../../../test/fetch-mock.ts';
import { renderApp } from '../../../test/render.tsx';

const CODE = '000.00.12.H29-261122-0008';
const CCCD = '011085012345';
const signedOut = () => problem({ type: 'about:blank', title: 'Vui lòng đăng nhập', status: 401, code: 'UNAUTHENTICATED' });
const notFound = () =>
  problem({
    type: 'about:blank#LOOKUP_NOT_FOUND',
    title: 'Không tìm thấy hồ sơ. Vui lòng kiểm tra lại mã hồ sơ, hoặc số biên nhận và số CCCD, trên giấy tiếp nhận hồ sơ.',
    status: 404,
    code: 'LOOKUP_NOT_FOUND',
  });

const FOUND: TDossierLookup = {
  code: CODE,
  applicantName: 'Nguyễn T*** A**',
  procedure: { code: '1.009994.H18', name: 'Cấp giấy phép xây dựng' },
  agency: { name: 'Sở Xây dựng' },
  status: 'processing',
  submittedAt: '2026-11-22T01:15:00.000Z',
  receivedAt: '2026-11-22T02:30:00.000Z',
  dueAt: '2026-12-21T10:00:00.000Z',
  finishedAt: null,
  history: [
    {
      at: '2026-11-22T01:15:00.000Z',
      sender: { role: 'applicant', unit: null },
      action: { code: 'submit', label: { vi: 'Nộp hồ sơ trực tuyến', en: 'Submit online' } },
      receiver: { role: 'clerk', unit: 'Sở Xây dựng' },
    },
    {
      at: '2026-11-22T02:30:00.000Z',
      sender: { role: 'clerk', unit: 'Sở Xây dựng' },
      action: { code: 'receive', label: { vi: 'Tiếp nhận hồ sơ', en: 'Receive dossier' } },
      receiver: null,
    },
    {
      at: '2026-11-23T03:00:00.000Z',
      sender: { role: 'clerk', unit: 'Sở Xây dựng' },
      action: { code: 'forward', label: { vi: 'Chuyển xử lý', en: 'Forward for processing' } },
      receiver: { role: 'leader', unit: 'Sở Xây dựng' },
    },
  ],
};

/** The value beside a label in THÔNG TIN HỒ SƠ. */
const fact = (label: string) => screen.getByText(label, { selector: 'dt' }).nextElementSibling as HTMLElement;

describe('Tra cứu hồ sơ', () => {
  it('fills the code from the QR link, looks it up at once and shows the masked owner and the history', async () => {
    const { requested } = mockFetch({
      '/api/v1/me': signedOut,
      '/api/v1/lookup': (url) => (url.searchParams.get('code') === CODE ? json(FOUND) : notFound()),
    });
    renderApp(`/tra-cuu?code=${encodeURIComponent(CODE)}`);

    expect(screen.getByRole('heading', { level: 1, name: 'Tra cứu hồ sơ' })).toBeInTheDocument();
    const byCode = screen.getByRole('search', { name: 'Tra cứu theo mã hồ sơ' });
    expect(within(byCode).getByLabelText(/^Mã hồ sơ/)).toHaveValue(CODE);

    expect(await screen.findByRole('heading', { level: 2, name: 'Thông tin hồ sơ' })).toBeInTheDocument();
    expect(fact('Chủ hồ sơ')).toHaveTextContent('Nguyễn T*** A**');
    expect(fact('Mã hồ sơ')).toHaveTextContent(CODE);
    expect(fact('Tên thủ tục')).toHaveTextContent('Cấp giấy phép xây dựng (1.009994.H18)');
    expect(fact('Cơ quan giải quyết')).toHaveTextContent('Sở Xây dựng');
    expect(fact('Ngày nộp')).toHaveTextContent('08:15 22/11/2026');
    expect(fact('Ngày tiếp nhận')).toHaveTextContent('09:30 22/11/2026');
    expect(fact('Ngày hẹn trả')).toHaveTextContent('21/12/2026');
    expect(fact('Tình trạng')).toHaveTextContent('Đang xử lý');

    const table = screen.getByRole('table', { name: `Các bước xử lý hồ sơ ${CODE}, theo thứ tự thời gian` });
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['STT', 'Thời gian', 'Người gửi', 'Thao tác xử lý', 'Người nhận']);
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['1', '08:15 22/11/2026', 'Người nộp hồ sơ', 'Nộp hồ sơ trực tuyến', 'Bộ phận một cửa – Sở Xây dựng'],
      ['2', '09:30 22/11/2026', 'Bộ phận một cửa – Sở Xây dựng', 'Tiếp nhận hồ sơ', ''],
      ['3', '10:00 23/11/2026', 'Bộ phận một cửa – Sở Xây dựng', 'Chuyển xử lý', 'Lãnh đạo – Sở Xây dựng'],
    ]);
    expect(requested().filter((url) => url.pathname === '/api/v1/lookup')).toHaveLength(1);
  });

  it('says a code is not found in friendly words, and puts a new code in the address', async () => {
    mockFetch({ '/api/v1/me': signedOut, '/api/v1/lookup': notFound });
    const { user, router } = renderApp('/tra-cuu');
    const byCode = screen.getByRole('search', { name: 'Tra cứu theo mã hồ sơ' });

    await user.click(within(byCode).getByRole('button', { name: 'Tra cứu' }));
    expect(await within(byCode).findByText('Vui lòng nhập mã hồ sơ', { selector: '.form-field__error' })).toBeInTheDocument();

    await user.type(within(byCode).getByLabelText(/^Mã hồ sơ/), ' 000.00.12.h29-261122-0099 ');
    await user.click(within(byCode).getByRole('button', { name: 'Tra cứu' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Không tìm thấy hồ sơ' })).toHaveFocus();
    expect(screen.getByText(/Hồ sơ chưa gửi đi chưa thể tra cứu/)).toBeInTheDocument();
    expect(router.state.location.search).toBe(`?code=${encodeURIComponent('000.00.12.h29-261122-0099')}`);
  });

  it('looks up by receipt number and CCCD without putting the CCCD in the address', async () => {
    const { requested } = mockFetch({
      '/api/v1/me': signedOut,
      '/api/v1/lookup': (url) => (url.searchParams.get('idNumber') === CCCD ? json(FOUND) : notFound()),
    });
    const { user, router } = renderApp('/tra-cuu');
    const byReceipt = screen.getByRole('search', { name: 'Tra cứu theo số biên nhận và số CCCD' });
    await user.type(within(byReceipt).getByLabelText(/^Số biên nhận/), CODE);
    await user.type(within(byReceipt).getByLabelText(/^Số CCCD/), '01108501234');
    await user.click(within(byReceipt).getByRole('button', { name: 'Tra cứu' }));
    expect(await within(byReceipt).findByText('Số CCCD gồm đúng 12 chữ số', { selector: '.form-field__error' })).toBeInTheDocument();
    expect(requested().some((url) => url.pathname === '/api/v1/lookup')).toBe(false);

    await user.type(within(byReceipt).getByLabelText(/^Số CCCD/), '5');
    await user.click(within(byReceipt).getByRole('button', { name: 'Tra cứu' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Thông tin hồ sơ' })).toBeInTheDocument();
    const call = requested().find((url) => url.pathname === '/api/v1/lookup')!;
    expect(Object.fromEntries(call.searchParams)).toEqual({ receiptNo: CODE, idNumber: CCCD });
    expect(router.state.location.search).toBe(`?receiptNo=${encodeURIComponent(CODE)}`);
    expect(router.state.location.search).not.toContain(CCCD);
  });

  it('tells a visitor who looked up too often to wait', async () => {
    mockFetch({
      '/api/v1/me': signedOut,
      '/api/v1/lookup': () => problem({ type: 'about:blank#RATE_LIMITED', title: 'Bạn thao tác quá nhanh, vui lòng thử lại sau ít phút', status: 429, code: 'RATE_LIMITED' }),
    });
    renderApp(`/tra-cuu?code=${encodeURIComponent(CODE)}`);
    expect(await screen.findByRole('heading', { level: 2, name: 'Bạn đã tra cứu quá nhiều lần' })).toBeInTheDocument();
    expect(screen.getByText(/Vui lòng đợi vài phút rồi thử lại/)).toBeInTheDocument();
  });

  it('says what is wrong with a damaged QR link instead of searching', async () => {
    const { requested } = mockFetch({ '/api/v1/me': signedOut });
    renderApp('/tra-cuu?code=HS-12');
    const byCode = screen.getByRole('search', { name: 'Tra cứu theo mã hồ sơ' });
    expect(await within(byCode).findByText(/^Mã hồ sơ không đúng định dạng/, { selector: '.form-field__error' })).toBeInTheDocument();
    expect(requested().some((url) => url.pathname === '/api/v1/lookup')).toBe(false);
  });
});
