import { describe, it, expect } from 'vitest';
import { ZFormDefinition, type TFormDefinitionInput, type TFormFieldInput } from './form-definition.ts';
import { buildFormDataSchema, formDataErrors, formFieldsOf, type TFormDataMode } from './form-data-schema.ts';

/** Vietnam local noon on 2026-11-20: "today" for the date range rules. */
const NOW = () => new Date('2026-11-20T05:00:00Z');

const definitionOf = (...fields: TFormFieldInput[]) =>
  ZFormDefinition.parse({ sections: [{ title: { vi: 'Thông tin' }, fields }] } satisfies TFormDefinitionInput);

const errorsOf = (fields: TFormFieldInput[], data: unknown, mode: TFormDataMode) =>
  formDataErrors(definitionOf(...fields), data, mode, { now: NOW });

const parse = (fields: TFormFieldInput[], data: unknown, mode: TFormDataMode) =>
  buildFormDataSchema(definitionOf(...fields), mode, { now: NOW }).parse(data);

const label = (vi: string) => ({ vi });

describe('text', () => {
  const fullName: TFormFieldInput = { key: 'fullName', kind: 'text', label: label('Họ và tên'), required: true, maxLength: 10 };
  const taxCode: TFormFieldInput = {
    key: 'taxCode',
    kind: 'text',
    label: label('Mã số thuế'),
    pattern: '\\d{10}(-\\d{3})?',
    patternMessage: { vi: 'Mã số thuế gồm 10 hoặc 13 chữ số' },
  };
  const postCode: TFormFieldInput = { key: 'postCode', kind: 'text', label: label('Mã bưu chính'), pattern: '\\d{5}' };

  it('submit: required, blank counts as missing, trimmed, maxLength', () => {
    expect(errorsOf([fullName], {}, 'submit')).toEqual({ fullName: 'Vui lòng nhập Họ và tên' });
    expect(errorsOf([fullName], { fullName: '   ' }, 'submit')).toEqual({ fullName: 'Vui lòng nhập Họ và tên' });
    expect(errorsOf([fullName], { fullName: 'Nguyễn Văn Anh Tuấn' }, 'submit')).toEqual({
      fullName: 'Họ và tên không được vượt quá 10 ký tự',
    });
    expect(parse([fullName], { fullName: '  Lê Lan  ' }, 'submit')).toEqual({ fullName: 'Lê Lan' });
  });

  it('submit: the pattern must match the whole value, with the definition’s message or a default one', () => {
    expect(errorsOf([taxCode], { taxCode: '0101234567' }, 'submit')).toEqual({});
    expect(errorsOf([taxCode], { taxCode: '0101234567-001' }, 'submit')).toEqual({});
    expect(errorsOf([taxCode], { taxCode: 'x0101234567' }, 'submit')).toEqual({ taxCode: 'Mã số thuế gồm 10 hoặc 13 chữ số' });
    expect(errorsOf([postCode], { postCode: '100000' }, 'submit')).toEqual({ postCode: 'Mã bưu chính không đúng định dạng' });
    expect(errorsOf([taxCode], {}, 'submit')).toEqual({}); // optional
  });

  it('draft: nothing required and no pattern yet, but the type and maxLength still hold', () => {
    expect(errorsOf([fullName, taxCode], {}, 'draft')).toEqual({});
    expect(errorsOf([taxCode], { taxCode: '01' }, 'draft')).toEqual({});
    expect(errorsOf([fullName], { fullName: 42 }, 'draft')).toEqual({ fullName: 'Giá trị không hợp lệ' });
    expect(errorsOf([fullName], { fullName: 'Nguyễn Văn Anh Tuấn' }, 'draft')).toEqual({
      fullName: 'Họ và tên không được vượt quá 10 ký tự',
    });
    expect(parse([fullName], { fullName: '' }, 'draft')).toEqual({});
  });

  it('a broken pattern in a definition fails when building the schema', () => {
    const broken: TFormFieldInput = { key: 'broken', kind: 'text', label: label('Lỗi'), pattern: '(' };
    expect(() => buildFormDataSchema(definitionOf(broken), 'submit')).toThrow(/broken/);
  });
});

describe('textarea', () => {
  const purpose: TFormFieldInput = { key: 'purpose', kind: 'textarea', label: label('Mục đích'), required: true, maxLength: 20 };

  it('submit and draft', () => {
    expect(errorsOf([purpose], { purpose: '' }, 'submit')).toEqual({ purpose: 'Vui lòng nhập Mục đích' });
    expect(errorsOf([purpose], { purpose: 'Xin cấp giấy phép' }, 'submit')).toEqual({});
    expect(errorsOf([purpose], { purpose: 'x'.repeat(21) }, 'submit')).toEqual({
      purpose: 'Mục đích không được vượt quá 20 ký tự',
    });
    expect(errorsOf([purpose], {}, 'draft')).toEqual({});
    expect(errorsOf([purpose], { purpose: ['a'] }, 'draft')).toEqual({ purpose: 'Giá trị không hợp lệ' });
  });
});

describe('number', () => {
  const area: TFormFieldInput = { key: 'area', kind: 'number', label: label('Diện tích'), required: true, min: 1, max: 1000 };
  const people: TFormFieldInput = { key: 'people', kind: 'number', label: label('Số người'), integer: true, min: 0 };

  it('submit: required, min, max, integer', () => {
    expect(errorsOf([area], {}, 'submit')).toEqual({ area: 'Vui lòng nhập Diện tích' });
    expect(errorsOf([area], { area: Number.NaN }, 'submit')).toEqual({ area: 'Vui lòng nhập Diện tích' });
    expect(errorsOf([area], { area: 0.5 }, 'submit')).toEqual({ area: 'Diện tích không được nhỏ hơn 1' });
    expect(errorsOf([area], { area: 1001 }, 'submit')).toEqual({ area: 'Diện tích không được lớn hơn 1000' });
    expect(errorsOf([area], { area: 120.5 }, 'submit')).toEqual({});
    expect(errorsOf([people], { people: 2.5 }, 'submit')).toEqual({ people: 'Số người phải là số nguyên' });
    expect(errorsOf([people], { people: 3 }, 'submit')).toEqual({});
  });

  it('a number is a number: strings and infinities are refused in both modes', () => {
    for (const mode of ['draft', 'submit'] as const) {
      expect(errorsOf([area], { area: '12' }, mode)).toEqual({ area: 'Giá trị không hợp lệ' });
      expect(errorsOf([area], { area: Number.POSITIVE_INFINITY }, mode)).toEqual({ area: 'Giá trị không hợp lệ' });
    }
  });

  it('draft: out-of-range and fractional values still save', () => {
    expect(errorsOf([area, people], { area: 5000, people: 2.5 }, 'draft')).toEqual({});
    expect(errorsOf([area], { area: null }, 'draft')).toEqual({});
  });
});

describe('date', () => {
  const birthDate: TFormFieldInput = { key: 'birthDate', kind: 'date', label: label('Ngày sinh'), required: true, range: 'past' };
  const eventDate: TFormFieldInput = { key: 'eventDate', kind: 'date', label: label('Ngày tổ chức'), range: 'future' };
  const anyDate: TFormFieldInput = { key: 'anyDate', kind: 'date', label: label('Ngày') };

  it('submit: required, YYYY-MM-DD, a real date', () => {
    expect(errorsOf([birthDate], {}, 'submit')).toEqual({ birthDate: 'Vui lòng nhập Ngày sinh' });
    expect(errorsOf([birthDate], { birthDate: '20/11/1990' }, 'submit')).toEqual({ birthDate: 'Ngày không hợp lệ' });
    expect(errorsOf([birthDate], { birthDate: '1990-02-30' }, 'submit')).toEqual({ birthDate: 'Ngày không hợp lệ' });
    expect(errorsOf([anyDate], { anyDate: '2099-01-01' }, 'submit')).toEqual({});
  });

  it('submit: past means not after today, future means not before today (Vietnam local date)', () => {
    expect(errorsOf([birthDate], { birthDate: '2026-11-20' }, 'submit')).toEqual({});
    expect(errorsOf([birthDate], { birthDate: '2026-11-21' }, 'submit')).toEqual({
      birthDate: 'Ngày sinh không được sau ngày hôm nay',
    });
    expect(errorsOf([eventDate], { eventDate: '2026-11-20' }, 'submit')).toEqual({});
    expect(errorsOf([eventDate], { eventDate: '2026-11-19' }, 'submit')).toEqual({
      eventDate: 'Ngày tổ chức không được trước ngày hôm nay',
    });
    // 2026-11-20T17:30Z is already the 21st in Vietnam.
    const late = formDataErrors(definitionOf(birthDate), { birthDate: '2026-11-21' }, 'submit', {
      now: () => new Date('2026-11-20T17:30:00Z'),
    });
    expect(late).toEqual({});
  });

  it('draft: the format is checked, the range is not', () => {
    expect(errorsOf([birthDate], { birthDate: '2030-01-01' }, 'draft')).toEqual({});
    expect(errorsOf([birthDate], { birthDate: '2030-13-01' }, 'draft')).toEqual({ birthDate: 'Ngày không hợp lệ' });
    expect(errorsOf([birthDate], { birthDate: 19900101 }, 'draft')).toEqual({ birthDate: 'Giá trị không hợp lệ' });
  });
});

describe('select', () => {
  const options = [
    { value: 'nam', label: label('Nam') },
    { value: 'nu', label: label('Nữ') },
  ];
  const gender: TFormFieldInput = { key: 'gender', kind: 'select', label: label('Giới tính'), required: true, options };
  const documents: TFormFieldInput = {
    key: 'documents',
    kind: 'select',
    label: label('Giấy tờ'),
    required: true,
    multiple: true,
    options: [
      { value: 'cccd', label: label('CCCD') },
      { value: 'hc', label: label('Hộ chiếu') },
    ],
  };

  it('submit: single value must be one of the options', () => {
    expect(errorsOf([gender], {}, 'submit')).toEqual({ gender: 'Vui lòng chọn Giới tính' });
    expect(errorsOf([gender], { gender: 'khac' }, 'submit')).toEqual({ gender: 'Giá trị không hợp lệ' });
    expect(parse([gender], { gender: 'nu' }, 'submit')).toEqual({ gender: 'nu' });
  });

  it('submit: multiple is an array of options, empty counts as missing, duplicates collapse', () => {
    expect(errorsOf([documents], { documents: [] }, 'submit')).toEqual({ documents: 'Vui lòng chọn Giấy tờ' });
    expect(errorsOf([documents], { documents: 'cccd' }, 'submit')).toEqual({ documents: 'Giá trị không hợp lệ' });
    expect(errorsOf([documents], { documents: ['cccd', 'bhyt'] }, 'submit')).toEqual({ 'documents.1': 'Giá trị không hợp lệ' });
    expect(parse([documents], { documents: ['hc', 'cccd', 'hc'] }, 'submit')).toEqual({ documents: ['hc', 'cccd'] });
  });

  it('draft: optional, but a value the form could not produce is refused', () => {
    expect(errorsOf([gender, documents], { gender: '', documents: [] }, 'draft')).toEqual({});
    expect(errorsOf([gender], { gender: 'khac' }, 'draft')).toEqual({ gender: 'Giá trị không hợp lệ' });
    expect(errorsOf([documents], { documents: ['x'] }, 'draft')).toEqual({ 'documents.0': 'Giá trị không hợp lệ' });
  });
});

describe('checkbox', () => {
  const pledge: TFormFieldInput = {
    key: 'pledge',
    kind: 'checkbox',
    label: label('Tôi xin cam đoan những lời khai trên là đúng sự thật'),
    mustBeChecked: true,
  };
  const newsletter: TFormFieldInput = { key: 'newsletter', kind: 'checkbox', label: label('Nhận thông báo') };
  const requiredBox: TFormFieldInput = { key: 'agree', kind: 'checkbox', label: label('Đồng ý'), required: true };

  it('submit: mustBeChecked (and required, as in HTML) means ticked', () => {
    const message = 'Vui lòng đánh dấu xác nhận: Tôi xin cam đoan những lời khai trên là đúng sự thật';
    expect(errorsOf([pledge], {}, 'submit')).toEqual({ pledge: message });
    expect(errorsOf([pledge], { pledge: false }, 'submit')).toEqual({ pledge: message });
    expect(errorsOf([pledge], { pledge: true }, 'submit')).toEqual({});
    expect(errorsOf([requiredBox], { agree: false }, 'submit')).toEqual({ agree: 'Vui lòng đánh dấu xác nhận: Đồng ý' });
  });

  it('a plain checkbox may be false or absent', () => {
    expect(parse([newsletter], { newsletter: false }, 'submit')).toEqual({ newsletter: false });
    expect(parse([newsletter], {}, 'submit')).toEqual({});
  });

  it('draft: unticked saves; a non-boolean does not', () => {
    expect(errorsOf([pledge], { pledge: false }, 'draft')).toEqual({});
    expect(errorsOf([pledge], { pledge: 'true' }, 'draft')).toEqual({ pledge: 'Giá trị không hợp lệ' });
  });
});

describe('address', () => {
  const residence: TFormFieldInput = { key: 'residence', kind: 'address', label: label('Nơi cư trú'), required: true };
  const hanoi = { provinceCode: '01', provinceName: 'Thành phố Hà Nội', communeCode: '00004', communeName: 'Phường Ba Đình' };

  it('submit: uses ZAddressValue, with Vietnamese messages per part', () => {
    expect(errorsOf([residence], {}, 'submit')).toEqual({ residence: 'Vui lòng chọn Nơi cư trú' });
    expect(errorsOf([residence], { residence: { provinceCode: '', communeName: '' } }, 'submit')).toEqual({
      residence: 'Vui lòng chọn Nơi cư trú',
    });
    expect(errorsOf([residence], { residence: { provinceCode: '01', provinceName: 'Thành phố Hà Nội' } }, 'submit')).toEqual({
      'residence.communeName': 'Vui lòng chọn Phường/Xã',
    });
    expect(errorsOf([residence], { residence: { communeName: 'Phường Ba Đình' } }, 'submit')).toEqual({
      'residence.provinceCode': 'Vui lòng chọn Tỉnh/Thành phố',
      'residence.provinceName': 'Vui lòng chọn Tỉnh/Thành phố',
    });
    expect(errorsOf([residence], { residence: { ...hanoi, street: 'x'.repeat(301) } }, 'submit')).toEqual({
      'residence.street': 'Địa chỉ chi tiết quá dài',
    });
    expect(errorsOf([residence], { residence: 'Hà Nội' }, 'submit')).toEqual({ residence: 'Giá trị không hợp lệ' });
  });

  it('submit: a complete address passes, blank parts are dropped, unknown parts stripped', () => {
    expect(parse([residence], { residence: { ...hanoi, street: '', ward: 'x' } }, 'submit')).toEqual({ residence: hanoi });
  });

  it('draft: a partly chosen address saves, a wrongly typed part does not', () => {
    expect(errorsOf([residence], { residence: { provinceCode: '01', provinceName: 'Thành phố Hà Nội' } }, 'draft')).toEqual(
      {},
    );
    expect(errorsOf([residence], { residence: { provinceCode: 1 } }, 'draft')).toEqual({
      'residence.provinceCode': 'Giá trị không hợp lệ',
    });
    expect(errorsOf([residence], {}, 'draft')).toEqual({});
  });
});

describe('table', () => {
  const members: TFormFieldInput = {
    key: 'members',
    kind: 'table',
    label: label('Thành viên hộ gia đình'),
    minRows: 1,
    maxRows: 2,
    columns: [
      { key: 'fullName', kind: 'text', label: label('Họ tên'), required: true, maxLength: 50 },
      { key: 'age', kind: 'number', label: label('Tuổi'), integer: true, min: 0 },
      { key: 'birthDate', kind: 'date', label: label('Ngày sinh'), range: 'past' },
      {
        key: 'relation',
        kind: 'select',
        label: label('Quan hệ'),
        required: true,
        options: [
          { value: 'vo', label: label('Vợ') },
          { value: 'con', label: label('Con') },
        ],
      },
    ],
  };
  const optionalTable: TFormFieldInput = {
    key: 'assets',
    kind: 'table',
    label: label('Tài sản'),
    columns: [{ key: 'name', kind: 'text', label: label('Tên') }],
  };
  const requiredTable: TFormFieldInput = { ...optionalTable, key: 'lands', label: label('Thửa đất'), required: true };

  it('submit: minRows and maxRows', () => {
    expect(errorsOf([members], {}, 'submit')).toEqual({ members: 'Thành viên hộ gia đình cần ít nhất 1 dòng' });
    expect(errorsOf([members], { members: [] }, 'submit')).toEqual({ members: 'Thành viên hộ gia đình cần ít nhất 1 dòng' });
    const row = { fullName: 'Trần Thị B', relation: 'vo' };
    expect(errorsOf([members], { members: [row, row, row] }, 'submit')).toEqual({
      members: 'Thành viên hộ gia đình tối đa 2 dòng',
    });
    expect(parse([members], { members: [{ ...row, extra: 1 }] }, 'submit')).toEqual({ members: [row] });
  });

  it('submit: column rules apply per row, every issue reported at once', () => {
    expect(
      errorsOf(
        [members],
        {
          members: [
            { fullName: '', age: 1.5, birthDate: '2030-01-01', relation: 'vo' },
            { fullName: 'Lê C', relation: 'ban' },
          ],
        },
        'submit',
      ),
    ).toEqual({
      'members.0.fullName': 'Vui lòng nhập Họ tên',
      'members.0.age': 'Tuổi phải là số nguyên',
      'members.0.birthDate': 'Ngày sinh không được sau ngày hôm nay',
      'members.1.relation': 'Giá trị không hợp lệ',
    });
    expect(errorsOf([members], { members: ['row'] }, 'submit')).toEqual({ 'members.0': 'Giá trị không hợp lệ' });
  });

  it('submit: a required table needs a row; an optional one may be empty', () => {
    expect(errorsOf([requiredTable], { lands: [] }, 'submit')).toEqual({ lands: 'Vui lòng nhập Thửa đất' });
    expect(errorsOf([optionalTable], { assets: [] }, 'submit')).toEqual({});
    expect(parse([optionalTable], { assets: [] }, 'submit')).toEqual({});
  });

  it('draft: rows may be empty or incomplete, but maxRows and cell types hold', () => {
    expect(errorsOf([members], { members: [] }, 'draft')).toEqual({});
    expect(errorsOf([members], { members: [{ fullName: '', age: -3 }] }, 'draft')).toEqual({});
    expect(errorsOf([members], { members: [{}, {}, {}] }, 'draft')).toEqual({ members: 'Thành viên hộ gia đình tối đa 2 dòng' });
    expect(errorsOf([members], { members: [{ age: 'ba' }] }, 'draft')).toEqual({ 'members.0.age': 'Giá trị không hợp lệ' });
  });
});

describe('the form as a whole', () => {
  const definition = ZFormDefinition.parse({
    sections: [
      {
        title: { vi: 'Người nộp' },
        fields: [
          { key: 'fullName', kind: 'text', label: { vi: 'Họ và tên' }, required: true },
          { key: 'birthDate', kind: 'date', label: { vi: 'Ngày sinh' }, required: true },
        ],
      },
      {
        title: { vi: 'Cam đoan' },
        fields: [{ key: 'pledge', kind: 'checkbox', label: { vi: 'Tôi cam đoan' }, mustBeChecked: true }],
      },
    ],
  } satisfies TFormDefinitionInput);

  it('lists fields across sections in order', () => {
    expect(formFieldsOf(definition).map((field) => field.key)).toEqual(['fullName', 'birthDate', 'pledge']);
  });

  it('reports every missing field at once on submit, none on draft', () => {
    expect(formDataErrors(definition, {}, 'submit', { now: NOW })).toEqual({
      fullName: 'Vui lòng nhập Họ và tên',
      birthDate: 'Vui lòng nhập Ngày sinh',
      pledge: 'Vui lòng đánh dấu xác nhận: Tôi cam đoan',
    });
    expect(formDataErrors(definition, {}, 'draft')).toEqual({});
  });

  it('strips unknown keys and refuses a non-object', () => {
    const schema = buildFormDataSchema(definition, 'draft');
    expect(schema.parse({ fullName: 'An', injected: '<script>' })).toEqual({ fullName: 'An' });
    expect(formDataErrors(definition, null, 'draft')).toEqual({ '': 'Dữ liệu biểu mẫu không hợp lệ' });
    expect(formDataErrors(definition, [], 'draft')).toEqual({ '': 'Dữ liệu biểu mẫu không hợp lệ' });
  });

  it('a valid submission parses to clean data', () => {
    expect(
      buildFormDataSchema(definition, 'submit', { now: NOW }).parse({
        fullName: ' Nguyễn Văn A ',
        birthDate: '1990-05-01',
        pledge: true,
      }),
    ).toEqual({ fullName: 'Nguyễn Văn A', birthDate: '1990-05-01', pledge: true });
  });
});
