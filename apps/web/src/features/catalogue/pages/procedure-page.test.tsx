import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockFetch } from '../../../test/fetch-mock.ts';
import { procedureDetail } from '../../../test/fixtures.ts';
import { renderApp } from '../../../test/render.tsx';

describe('ProcedurePage (/thu-tuc/:idOrCode)', () => {
  it('shows the facts, steps, documents and fees in VND', async () => {
    mockFetch({ '/api/v1/procedures/1.009972': () => json(procedureDetail()) });
    renderApp('/thu-tuc/1.009972');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ' }),
    ).toBeInTheDocument();
    expect(screen.getByText('15 ngày làm việc')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Nộp hồ sơ trực tuyến' })).toHaveAttribute('href', '/ca-nhan/nop-ho-so/1.009972');

    const fees = screen.getByRole('region', { name: 'Phí, lệ phí' });
    // Intl separates the symbol with a no-break space.
    expect(within(fees).getByRole('cell', { name: /^75\.000\s₫$/ })).toBeInTheDocument();

    const documents = screen.getByRole('region', { name: 'Thành phần hồ sơ' });
    expect(within(documents).getByRole('cell', { name: /Đơn đề nghị cấp giấy phép xây dựng/ })).toBeInTheDocument();
    expect(within(documents).getByRole('link', { name: /mau-don\.docx/ })).toHaveAttribute(
      'href',
      '/api/v1/procedures/p1/templates/tpl1',
    );

    const legal = screen.getByRole('region', { name: 'Căn cứ pháp lý' });
    expect(legal).toHaveTextContent('50/2014/QH13 Luật Xây dựng');
    expect(legal).toHaveTextContent('Quốc hội ban hành ngày 18/6/2014');

    const crumbs = screen.getByRole('navigation', { name: 'Đường dẫn' });
    expect(within(crumbs).getByRole('link', { name: 'Thủ tục hành chính' })).toHaveAttribute('href', '/thu-tuc');
  });

  it('says the procedure does not exist on a 404', async () => {
    mockFetch({});
    renderApp('/thu-tuc/khong-ton-tai');
    expect(await screen.findByRole('heading', { level: 1, name: 'Không tìm thấy thủ tục' })).toBeInTheDocument();
    expect(screen.getByText('Thủ tục “khong-ton-tai” không tồn tại hoặc đã ngừng áp dụng.')).toBeInTheDocument();
  });
});
