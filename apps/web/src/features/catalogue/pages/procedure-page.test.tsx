import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockFetch } from '../../../test/fetch-mock.ts';
import { procedureDetail } from '../../../test/fixtures.ts';
import { renderApp } from '../../../test/render.tsx';

describe('ProcedurePage (/thu-tuc/:idOrCode)', () => {
  it('keeps room for the title and the button while loading, then marks the Vietnamese name with lang="vi"', async () => {
    let answer: (response: Response) => void = () => {};
    mockFetch({ '/api/v1/procedures/1.009972': () => new Promise<Response>((resolve) => (answer = resolve)) });
    const { container } = renderApp('/thu-tuc/1.009972');
    // While the API has not answered: a two-line title placeholder and a button-sized one (no layout shift).
    expect(await screen.findByRole('status')).toHaveTextContent('Đang tải…');
    expect(container.querySelector('h1 .skeleton--title')).not.toBeNull();
    expect(container.querySelector('.page__actions .skeleton--button')).not.toBeNull();
    answer(json(procedureDetail()));
    const title = await screen.findByRole('heading', { level: 1, name: 'Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ' });
    expect(title).toHaveAttribute('lang', 'vi');
    expect(container.querySelector('.skeleton')).toBeNull();
  });

  it('shows the facts, steps, documents and fees in VND', async () => {
    mockFetch({ '/api/v1/procedures/1.009972': () => json(procedureDetail()) });
    renderApp('/thu-tuc/1.009972');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ' }),
    ).toBeInTheDocument();
    expect(screen.getByText('15 ngày làm việc')).toBeInTheDocument();
    // The call to action, at the top and again after the details
    const register = screen.getAllByRole('link', { name: 'Đăng ký trực tuyến' });
    expect(register).toHaveLength(2);
    for (const link of register) expect(link).toHaveAttribute('href', '/ca-nhan/nop-ho-so/1.009972');
    expect(screen.getByRole('region', { name: 'Nộp hồ sơ trực tuyến' })).toHaveTextContent('Toàn trình');

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
    expect(legal).toHaveTextContent('Quốc hội ban hành ngày 18/06/2014');

    const crumbs = screen.getByRole('navigation', { name: 'Đường dẫn' });
    expect(within(crumbs).getByRole('link', { name: 'Thủ tục hành chính' })).toHaveAttribute('href', '/thu-tuc');
  });

  it('shows the sample dossier, read-only, in a dialog', async () => {
    mockFetch({
      '/api/v1/procedures/1.009972': () =>
        json(
          procedureDetail({
            legacyLevel: 3,
            form: {
              sections: [
                {
                  title: { vi: 'Thông tin người nộp' },
                  fields: [
                    { key: 'fullName', kind: 'text', label: { vi: 'Họ và tên' }, required: true },
                    { key: 'ngaySinh', kind: 'date', label: { vi: 'Ngày sinh' }, required: false },
                    {
                      key: 'gioiTinh',
                      kind: 'select',
                      label: { vi: 'Giới tính' },
                      required: false,
                      options: [
                        { value: 'nam', label: { vi: 'Nam' } },
                        { value: 'nu', label: { vi: 'Nữ' } },
                      ],
                    },
                    { key: 'soTang', kind: 'number', label: { vi: 'Số tầng' }, required: false, unit: 'tầng' },
                  ],
                },
              ],
            },
            sampleFormData: { fullName: 'Nguyễn Văn An', ngaySinh: '1990-03-15', gioiTinh: 'nam', soTang: 5 },
          }),
        ),
    });
    // jsdom has <dialog> without the modal behaviour: open it the simple way.
    HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
      this.open = true;
    };
    HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
      this.open = false;
    };
    const { user } = renderApp('/thu-tuc/1.009972');

    expect(await screen.findByText('Mức độ 3')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Xem hồ sơ mẫu' }));
    const dialog = screen.getByRole('dialog', { name: 'Hồ sơ mẫu: Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ' });
    expect(within(dialog).getByRole('heading', { name: 'Thông tin người nộp' })).toBeInTheDocument();
    const value = (label: string) => within(dialog).getByText(label).closest('div')?.querySelector('dd')?.textContent;
    expect(value('Họ và tên')).toBe('Nguyễn Văn An');
    expect(value('Ngày sinh')).toBe('15/03/1990');
    expect(value('Giới tính')).toBe('Nam');
    expect(value('Số tầng')).toBe('5 tầng');
    expect(within(dialog).queryByRole('textbox')).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Đóng' }));
    expect(screen.getByRole('button', { name: 'Xem hồ sơ mẫu' })).toHaveFocus();
  });

  it('explains how to submit in person when the procedure is not online', async () => {
    mockFetch({
      '/api/v1/procedures/1.009972': () =>
        json(
          procedureDetail({
            serviceLevel: 'info_only',
            onlineEnabled: false,
            submissionChannels: 'Nộp trực tiếp tại Bộ phận Một cửa.',
            handlingAgencies: [{ id: 'a1', name: 'UBND xã Thạch Hà', unitCode: 'X1' }],
          }),
        ),
    });
    renderApp('/thu-tuc/1.009972');
    const cta = await screen.findByRole('region', { name: 'Thủ tục chưa nộp trực tuyến' });
    expect(cta).toHaveTextContent('Nộp trực tiếp tại Bộ phận Một cửa.');
    expect(cta).toHaveTextContent('Nơi tiếp nhận: UBND xã Thạch Hà.');
    expect(screen.queryByRole('link', { name: 'Đăng ký trực tuyến' })).not.toBeInTheDocument();
  });

  it('links a legal basis that is a published legal document to its page (Văn bản)', async () => {
    mockFetch({
      '/api/v1/procedures/1.009972': () =>
        json(procedureDetail({ legalBasis: [{ number: '50/2014/QH13', title: 'Luật Xây dựng' }, { number: '99/2099/NĐ-CP', title: 'Nghị định chưa có trên Cổng' }] })),
      '/api/v1/legal-documents/refs': (url) =>
        json({ items: url.searchParams.get('numbers')?.split(',').includes('50/2014/QH13') ? [{ id: 'd50', number: '50/2014/QH13' }] : [] }),
    });
    renderApp('/thu-tuc/1.009972');
    const legal = await screen.findByRole('region', { name: 'Căn cứ pháp lý' });
    expect(await within(legal).findByRole('link', { name: '50/2014/QH13' })).toHaveAttribute('href', '/van-ban/d50');
    expect(within(legal).queryByRole('link', { name: '99/2099/NĐ-CP' })).not.toBeInTheDocument();
    expect(legal).toHaveTextContent('99/2099/NĐ-CP Nghị định chưa có trên Cổng');
  });

  it('says the procedure does not exist on a 404', async () => {
    mockFetch({});
    renderApp('/thu-tuc/khong-ton-tai');
    expect(await screen.findByRole('heading', { level: 1, name: 'Không tìm thấy thủ tục' })).toBeInTheDocument();
    expect(screen.getByText('Thủ tục “khong-ton-tai” không tồn tại hoặc đã ngừng áp dụng.')).toBeInTheDocument();
  });
});
