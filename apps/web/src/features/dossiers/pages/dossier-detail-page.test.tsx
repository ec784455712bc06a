import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { account } from '../../../test/accounts.ts';
import { json, mockFetch } from '../../../test/fetch-mock.ts';
import { renderApp } from '../../../test/render.tsx';
import { dossier } from '../test-fixtures.ts';

const CODE = '000.00.12.H18-261120-0001';
const history = { items: [] };

describe('Xem hồ sơ (dossier page)', () => {
  it('a dossier with a result: result files, the receipt and the rating form', async () => {
    const ratings: unknown[] = [];
    let rated = false;
    const result = () =>
      dossier({
        status: 'result',
        code: CODE,
        submittedAt: '2026-11-20T02:00:00.000Z',
        receivedAt: '2026-11-20T03:00:00.000Z',
        dueAt: '2026-12-18T10:00:00.000Z',
        finishedAt: '2026-12-01T09:00:00.000Z',
        formData: { tenCongTrinh: 'Nhà ở riêng lẻ', soTang: 3 },
        files: [{ id: 'r1', componentId: null, role: 'result', name: 'giay-phep.pdf', size: 40_960, mimeType: 'application/pdf', sha256: 'c'.repeat(64), uploadedAt: '2026-12-01T09:00:00.000Z' }],
        rating: rated ? { score: 5, comment: 'Nhanh gọn', createdAt: '2026-12-02T01:00:00.000Z' } : null,
      });
    mockFetch({
      '/api/v1/me': () => json(account()),
      '/api/v1/dossiers/d1': () => json(result()),
      '/api/v1/dossiers/d1/history': () => json(history),
      '/api/v1/dossiers/d1/rating': (_url, init) => {
        ratings.push(JSON.parse(String(init?.body)));
        rated = true;
        return json({ score: 5, comment: 'Nhanh gọn', createdAt: '2026-12-02T01:00:00.000Z' }, { status: 201 });
      },
    });
    const { user } = renderApp('/ca-nhan/ho-so/d1');
    expect(await screen.findByRole('heading', { level: 1, name: `Hồ sơ ${CODE}` })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /^Tải giấy tiếp nhận/ })).toHaveAttribute('href', '/api/v1/dossiers/d1/receipt.pdf');
    const resultSection = screen.getByRole('region', { name: 'Kết quả giải quyết' });
    expect(within(resultSection).getByRole('link', { name: 'giay-phep.pdf' })).toHaveAttribute('href', '/api/v1/dossiers/d1/files/r1');
    expect(screen.getByText('18/12/2026')).toBeInTheDocument(); // due date, dd/MM/yyyy

    const form = within(resultSection).getByRole('form', { name: 'Đánh giá mức độ hài lòng' });
    await user.click(within(form).getByRole('button', { name: 'Gửi đánh giá' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('Vui lòng chọn mức đánh giá từ 1 đến 5');
    await user.click(within(form).getByRole('radio', { name: '5 – Rất hài lòng' }));
    await user.type(within(form).getByRole('textbox', { name: 'Ý kiến góp ý' }), 'Nhanh gọn');
    await user.click(within(form).getByRole('button', { name: 'Gửi đánh giá' }));
    expect(await screen.findByText('Bạn đã đánh giá: 5/5 (Rất hài lòng).')).toBeInTheDocument();
    expect(ratings).toEqual([{ score: 5, comment: 'Nhanh gọn' }]);
  });

  it('a returned dossier shows the reason; one asked for a supplement shows the request and Bổ sung hồ sơ', async () => {
    mockFetch({
      '/api/v1/me': () => json(account()),
      '/api/v1/dossiers/d1': () => json(dossier({ status: 'returned', code: CODE, returnReason: 'Hồ sơ không thuộc thẩm quyền giải quyết của Sở.' })),
      '/api/v1/dossiers/d2': () =>
        json(dossier({ id: 'd2', status: 'supplement-requested', code: CODE, supplementRequest: 'Bổ sung bản sao giấy chứng nhận quyền sử dụng đất.' })),
      '/api/v1/dossiers/d1/history': () => json(history),
      '/api/v1/dossiers/d2/history': () => json(history),
    });
    const first = renderApp('/ca-nhan/ho-so/d1');
    const reason = await screen.findByRole('region', { name: 'Lý do trả lại hồ sơ' });
    expect(reason).toHaveTextContent('Hồ sơ không thuộc thẩm quyền giải quyết của Sở.');
    expect(screen.queryByRole('link', { name: /^Sửa/ })).not.toBeInTheDocument();
    first.unmount();

    renderApp('/ca-nhan/ho-so/d2');
    const request = await screen.findByRole('region', { name: 'Nội dung yêu cầu bổ sung' });
    expect(request).toHaveTextContent('Bổ sung bản sao giấy chứng nhận quyền sử dụng đất.');
    expect(within(request).getByRole('link', { name: 'Bổ sung hồ sơ' })).toHaveAttribute('href', '/ca-nhan/ho-so/d2/bo-sung');
  });

  it('after Gửi đi, says the dossier was sent with its code', async () => {
    mockFetch({
      '/api/v1/me': () => json(account()),
      '/api/v1/dossiers/d1': () => json(dossier({ status: 'sent', code: CODE, submittedAt: '2026-11-20T02:00:00.000Z' })),
      '/api/v1/dossiers/d1/history': () => json(history),
    });
    const { router } = renderApp('/');
    await router.navigate('/ca-nhan/ho-so/d1', { state: { submitted: CODE } });
    expect(await screen.findByText(`Đã gửi hồ sơ. Mã hồ sơ của bạn là ${CODE}. Thư xác nhận đã được gửi tới địa chỉ thư điện tử của bạn.`)).toBeInTheDocument();
    expect(screen.getByText('Đã gửi', { selector: '.status-badge' })).toBeInTheDocument();
    // The same address as the receipt's QR code, in the notice and beside the code
    for (const link of screen.getAllByRole('link', { name: 'Tra cứu công khai' })) {
      expect(link).toHaveAttribute('href', `/tra-cuu?code=${encodeURIComponent(CODE)}`);
    }
    expect(screen.getAllByRole('link', { name: 'Tra cứu công khai' })).toHaveLength(2);
  });
});
