import { ZFormDefinition, type TFormData, type TFormDataMode, type TFormDefinitionInput } from '@portal/domain';
import { screen, within } from '@testing-library/react';
import { useRef } from 'react';
import { useForm } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../test/render.tsx';
import { i18n } from '../../../i18n/index.ts';
import { FormRenderer } from './form-renderer.tsx';
import { formDataResolver, formErrorList } from './form-resolver.ts';
import { toFormData, toInputValues, type TFormInputValues } from './form-values.ts';

const definition = ZFormDefinition.parse({
  sections: [
    {
      title: { vi: 'Thông tin người đề nghị', en: 'Applicant' },
      fields: [
        { key: 'hoTen', kind: 'text', label: { vi: 'Họ và tên', en: 'Full name' }, required: true, maxLength: 20 },
        { key: 'soCccd', kind: 'text', label: { vi: 'Số CCCD' }, pattern: '[0-9]{12}', patternMessage: { vi: 'Số CCCD gồm 12 chữ số' } },
        { key: 'ngaySinh', kind: 'date', label: { vi: 'Ngày sinh' }, required: true, range: 'past' },
        { key: 'dienTich', kind: 'number', label: { vi: 'Diện tích' }, required: true, min: 1, unit: 'm²' },
        {
          key: 'gioiTinh',
          kind: 'select',
          label: { vi: 'Giới tính' },
          required: true,
          options: [
            { value: 'nam', label: { vi: 'Nam' } },
            { value: 'nu', label: { vi: 'Nữ' } },
          ],
        },
        {
          key: 'hinhThuc',
          kind: 'select',
          multiple: true,
          label: { vi: 'Hình thức nhận' },
          options: [
            { value: 'truc_tiep', label: { vi: 'Trực tiếp' } },
            { value: 'buu_chinh', label: { vi: 'Bưu chính' } },
          ],
        },
        { key: 'ghiChu', kind: 'textarea', label: { vi: 'Ghi chú' }, help: { vi: 'Không quá 50 ký tự' }, maxLength: 50 },
        { key: 'diaChi', kind: 'address', label: { vi: 'Nơi cư trú', en: 'Place of residence' }, required: true },
        {
          key: 'thanhVien',
          kind: 'table',
          label: { vi: 'Thành viên' },
          minRows: 1,
          maxRows: 2,
          columns: [
            { key: 'ten', kind: 'text', label: { vi: 'Tên' }, required: true },
            { key: 'namSinh', kind: 'number', label: { vi: 'Năm sinh' }, integer: true },
          ],
        },
        { key: 'camDoan', kind: 'checkbox', label: { vi: 'Tôi cam đoan' }, required: true, mustBeChecked: true },
      ],
    },
  ],
} satisfies TFormDefinitionInput);

/** The renderer inside a real react-hook-form, with Lưu lại (draft) and Gửi đi (submit) buttons. */
function Harness({ initial, onValid }: { initial?: TFormData; onValid: (data: TFormData, mode: TFormDataMode) => void }) {
  const mode = useRef<TFormDataMode>('draft');
  const form = useForm<TFormInputValues>({ defaultValues: toInputValues(definition, initial), resolver: formDataResolver(definition, () => mode.current) });
  // Read during render, as the editor's error summary does (formState is a render snapshot).
  const errors = formErrorList(definition, form.formState.errors).map((item) => `${item.path}: ${item.message}`);
  const run = (next: TFormDataMode) => async () => {
    mode.current = next;
    if (await form.trigger()) onValid(toFormData(definition, form.getValues()), next);
  };
  return (
    <form aria-label="Tờ khai">
      <FormRenderer
        definition={definition}
        form={form}
        idPrefix="t"
        communes={{ '11': [{ name: 'Phường Mường Thanh' }, { name: 'Xã Thanh Nưa' }] }}
      />
      <button type="button" onClick={run('draft')}>
        Lưu lại
      </button>
      <button type="button" onClick={run('submit')}>
        Gửi đi
      </button>
      <ul aria-label="Lỗi">
        {errors.map((error) => (
          <li key={error}>{error}</li>
        ))}
      </ul>
    </form>
  );
}

const setup = (initial?: TFormData) => {
  const results: { data: TFormData; mode: TFormDataMode }[] = [];
  const view = renderWithProviders(<Harness initial={initial} onValid={(data, mode) => results.push({ data, mode })} />);
  return { ...view, results };
};

describe('FormRenderer', () => {
  it('renders every kind with its label, required mark, help and unit', () => {
    setup();
    expect(screen.getByRole('heading', { name: 'Thông tin người đề nghị' })).toBeInTheDocument();
    const name = screen.getByRole('textbox', { name: /^Họ và tên/ });
    expect(name).toHaveAttribute('aria-required', 'true');
    expect(name).toHaveAttribute('maxlength', '20');
    expect(screen.getByRole('textbox', { name: /^Ngày sinh/ })).toHaveAttribute('placeholder', 'dd/mm/yyyy');
    expect(screen.getByRole('textbox', { name: /^Diện tích/ })).toHaveAccessibleDescription(/Đơn vị tính: m²/);
    expect(screen.getByRole('combobox', { name: /^Giới tính/ })).toHaveDisplayValue('— Chọn —');
    const choices = screen.getByRole('group', { name: 'Hình thức nhận' });
    expect(within(choices).getAllByRole('checkbox')).toHaveLength(2);
    expect(screen.getByRole('textbox', { name: 'Ghi chú' })).toHaveAccessibleDescription('Không quá 50 ký tự');
    const address = screen.getByRole('group', { name: /^Nơi cư trú/ });
    const province = within(address).getByRole('combobox', { name: /^Tỉnh\/Thành phố/ });
    // The 34 provinces after the 2025 reform, plus "— Chọn —".
    expect(within(province).getAllByRole('option')).toHaveLength(35);
    const table = screen.getByRole('group', { name: /^Thành viên/ });
    expect(table).toHaveAccessibleDescription(/Từ 1 đến 2 dòng/);
    expect(within(table).getByRole('textbox', { name: 'Tên, dòng 1' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /^Tôi cam đoan/ })).not.toBeChecked();
  });

  it('Lưu lại accepts an incomplete form; Gửi đi lists every missing value at once, each on its input', async () => {
    const { user, results } = setup();
    await user.type(screen.getByRole('textbox', { name: /^Họ và tên/ }), 'Nguyễn Văn An');
    await user.click(screen.getByRole('button', { name: 'Lưu lại' }));
    expect(results).toEqual([{ mode: 'draft', data: expect.objectContaining({ hoTen: 'Nguyễn Văn An' }) }]);

    await user.click(screen.getByRole('button', { name: 'Gửi đi' }));
    const errors = within(screen.getByRole('list', { name: 'Lỗi' }))
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(errors).toEqual([
      'ngaySinh: Vui lòng nhập Ngày sinh',
      'dienTich: Vui lòng nhập Diện tích',
      'gioiTinh: Vui lòng chọn Giới tính',
      // Nothing of the address yet: one message, on its first box.
      'diaChi.provinceCode: Vui lòng chọn Nơi cư trú',
      'thanhVien.0.ten: Vui lòng nhập Tên',
      'camDoan: Vui lòng đánh dấu xác nhận: Tôi cam đoan',
    ]);
    expect(results).toHaveLength(1);
    // Each message sits next to its input and is announced with it.
    const date = screen.getByRole('textbox', { name: /^Ngày sinh/ });
    expect(date).toHaveAttribute('aria-invalid', 'true');
    expect(date).toHaveAccessibleDescription(/Vui lòng nhập Ngày sinh/);
    expect(screen.getByRole('textbox', { name: 'Tên, dòng 1' })).toHaveAccessibleDescription('Vui lòng nhập Tên');
    expect(screen.getByRole('checkbox', { name: /^Tôi cam đoan/ })).toHaveAccessibleDescription('Vui lòng đánh dấu xác nhận: Tôi cam đoan');
  });

  it('converts what people type: dd/mm/yyyy dates, decimal commas, address parts, rows', async () => {
    const { user, results } = setup();
    await user.type(screen.getByRole('textbox', { name: /^Họ và tên/ }), 'Lò Thị Hoa');
    await user.type(screen.getByRole('textbox', { name: /^Ngày sinh/ }), '5/3/1990');
    await user.type(screen.getByRole('textbox', { name: /^Diện tích/ }), '120,5');
    await user.selectOptions(screen.getByRole('combobox', { name: /^Giới tính/ }), 'Nữ');
    await user.click(screen.getByRole('checkbox', { name: 'Bưu chính' }));
    const address = screen.getByRole('group', { name: /^Nơi cư trú/ });
    await user.selectOptions(within(address).getByRole('combobox', { name: /^Tỉnh\/Thành phố/ }), 'Tỉnh Điện Biên');
    const commune = within(address).getByRole('combobox', { name: /^Phường\/Xã/ });
    // The portal's own province suggests its communes; any name can still be typed.
    expect(commune).toHaveAttribute('list');
    expect(document.querySelectorAll(`#${commune.getAttribute('list')} option`)).toHaveLength(2);
    await user.type(commune, 'Phường Mường Thanh');
    await user.type(within(address).getByRole('textbox', { name: /^Số nhà/ }), 'Tổ 7');
    const table = screen.getByRole('group', { name: /^Thành viên/ });
    await user.type(within(table).getByRole('textbox', { name: 'Tên, dòng 1' }), 'Lò Văn A');
    await user.type(within(table).getByRole('textbox', { name: 'Năm sinh, dòng 1' }), '2015');
    await user.click(screen.getByRole('checkbox', { name: /^Tôi cam đoan/ }));
    await user.click(screen.getByRole('button', { name: 'Gửi đi' }));

    expect(results).toHaveLength(1);
    expect(results[0]).toEqual({
      mode: 'submit',
      data: {
        hoTen: 'Lò Thị Hoa',
        soCccd: '',
        ngaySinh: '1990-03-05',
        dienTich: 120.5,
        gioiTinh: 'nu',
        hinhThuc: ['buu_chinh'],
        ghiChu: '',
        diaChi: { provinceCode: '11', provinceName: 'Tỉnh Điện Biên', communeName: 'Phường Mường Thanh', street: 'Tổ 7' },
        thanhVien: [{ ten: 'Lò Văn A', namSinh: 2015 }],
        camDoan: true,
      },
    });
  });

  it('reports values the schema refuses: impossible dates, patterns, limits, too few rows', async () => {
    const { user } = setup({
      hoTen: 'An',
      ngaySinh: '2000-01-01',
      dienTich: 10,
      gioiTinh: 'nam',
      diaChi: { provinceCode: '11', provinceName: 'Tỉnh Điện Biên', communeName: 'Xã Thanh Nưa' },
      thanhVien: [{ ten: 'Lò Văn A' }],
      camDoan: true,
    });
    const date = screen.getByRole('textbox', { name: /^Ngày sinh/ });
    expect(date).toHaveValue('01/01/2000');
    await user.clear(date);
    await user.type(date, '30/02/2020');
    await user.type(screen.getByRole('textbox', { name: 'Số CCCD' }), '0123');
    const area = screen.getByRole('textbox', { name: /^Diện tích/ });
    await user.clear(area);
    await user.type(area, '0');
    const table = screen.getByRole('group', { name: /^Thành viên/ });
    await user.click(within(table).getByRole('button', { name: 'Xóa dòng 1' }));
    expect(within(table).getByText('Chưa có dòng nào.')).toBeInTheDocument();
    // Focus goes back to "Thêm dòng", so the keyboard user keeps their place.
    expect(within(table).getByRole('button', { name: 'Thêm dòng' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Gửi đi' }));

    const errors = within(screen.getByRole('list', { name: 'Lỗi' }))
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(errors).toEqual([
      'soCccd: Số CCCD gồm 12 chữ số',
      'ngaySinh: Ngày không hợp lệ',
      'dienTich: Diện tích không được nhỏ hơn 1',
      'thanhVien.root: Thành viên cần ít nhất 1 dòng',
    ]);
    expect(table).toHaveAccessibleDescription(/Thành viên cần ít nhất 1 dòng/);
  });

  it('adds rows up to the maximum and moves focus to the new row', async () => {
    const { user } = setup();
    const table = screen.getByRole('group', { name: /^Thành viên/ });
    const add = within(table).getByRole('button', { name: 'Thêm dòng' });
    await user.click(add);
    expect(within(table).getByRole('textbox', { name: 'Tên, dòng 2' })).toHaveFocus();
    expect(add).toBeDisabled(); // maxRows: 2
  });

  it('speaks English with the definition’s English labels and translated messages', async () => {
    await i18n.changeLanguage('en');
    const { user } = setup();
    expect(screen.getByRole('heading', { name: 'Applicant' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Gửi đi' }));
    expect(screen.getByRole('textbox', { name: /^Full name/ })).toHaveAccessibleDescription('Enter Full name');
    expect(screen.getByRole('combobox', { name: /^Province\/City/ })).toHaveAccessibleDescription('Choose Place of residence');
    await user.type(screen.getByRole('textbox', { name: /^Ward\/Commune/ }), 'Phường Mường Thanh');
    await user.click(screen.getByRole('button', { name: 'Gửi đi' }));
    expect(screen.getByRole('combobox', { name: /^Province\/City/ })).toHaveAccessibleDescription('Choose the province or city');
  });
});
