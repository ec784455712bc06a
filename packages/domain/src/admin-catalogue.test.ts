import { describe, expect, it } from 'vitest';
import { STARTER_FORM, ZAgencyInput, ZComponentInput, ZFormDefinition, ZProcedureFacts, fieldErrorsOf } from './index.ts';

const facts = {
  code: '1.000948.H38',
  name: 'Cấp giấy phép xây dựng',
  agencyId: '0196a000-0000-7000-8000-000000000001',
  fieldId: '0196a000-0000-7000-8000-000000000002',
  serviceLevel: 'full_online',
  processingDays: 15,
  steps: ['Nộp hồ sơ', 'Nhận kết quả'],
  applicants: 'Cá nhân, tổ chức',
  resultDescription: 'Giấy phép xây dựng',
};

describe('catalogue administration schemas', () => {
  it('accepts a procedure with the required facts and fills the defaults', () => {
    const parsed = ZProcedureFacts.parse({ ...facts, conditions: '  ', processingNote: undefined });
    expect(parsed).toMatchObject({ handlingAgencyIds: [], fees: [], legalBasis: [], legacyLevel: null, conditions: null, processingNote: null });
  });

  it('names every wrong fact in Vietnamese', () => {
    const result = ZProcedureFacts.safeParse({ ...facts, code: 'Mã sai', name: ' ', processingDays: 1.5, steps: [], agencyId: '', fees: [{ label: 'Lệ phí', amountVnd: -1 }] });
    expect(result.success).toBe(false);
    expect(fieldErrorsOf(result.error!)).toEqual({
      code: expect.stringMatching(/^Mã thủ tục chỉ gồm/),
      name: 'Vui lòng nhập tên thủ tục',
      agencyId: 'Vui lòng chọn cơ quan quản lý',
      processingDays: 'Thời hạn giải quyết phải là số nguyên',
      steps: 'Vui lòng nhập ít nhất một bước thực hiện',
      'fees.0.amountVnd': 'Mức thu không được âm',
    });
  });

  it('refuses a dash in a unit code (it separates the parts of a dossier code) and turns an empty e-mail into null', () => {
    const base = { unitCode: '000.00.12.H29', name: 'Sở Xây dựng', level: 'department', parentId: null, email: '' };
    expect(ZAgencyInput.parse(base)).toMatchObject({ email: null, shortName: null, sortOrder: 0 });
    expect(fieldErrorsOf(ZAgencyInput.safeParse({ ...base, unitCode: '000-12' }).error!).unitCode).toMatch(/dấu chấm/);
  });

  it('a component accepts every file kind by default, each once', () => {
    expect(ZComponentInput.parse({ name: 'Đơn đề nghị' }).acceptedTypes).toHaveLength(7);
    expect(ZComponentInput.parse({ name: 'Bản vẽ', acceptedTypes: ['pdf', 'pdf'] }).acceptedTypes).toEqual(['pdf']);
    expect(ZComponentInput.safeParse({ name: 'Bản vẽ', acceptedTypes: [] }).success).toBe(false);
  });

  it('the starter form of a new procedure is a valid form definition', () => {
    expect(ZFormDefinition.safeParse(STARTER_FORM).success).toBe(true);
  });
});
