import type { TAgency, TProcedureDetail, TProcedurePage, TProcedureSummary } from '@portal/domain';

export const procedureSummary = (overrides: Partial<TProcedureSummary> = {}): TProcedureSummary => ({
  id: 'p1',
  code: '1.009972',
  name: 'Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ',
  serviceLevel: 'full_online',
  legacyLevel: 4,
  onlineEnabled: true,
  processingDays: 15,
  agency: { id: 'a-sxd', name: 'Sở Xây dựng', unitCode: '000.00.15.H27' },
  field: { id: 'f-xd', name: 'Hoạt động xây dựng', code: 'XD' },
  ...overrides,
});

export const agency = (overrides: Partial<TAgency> = {}): TAgency => ({
  id: 'a-sxd',
  unitCode: '000.00.15.H27',
  name: 'Sở Xây dựng',
  shortName: 'SXD',
  level: 'department',
  parentId: null,
  address: null,
  phone: null,
  email: null,
  ...overrides,
});

export const procedureDetail = (overrides: Partial<TProcedureDetail> = {}): TProcedureDetail => ({
  ...procedureSummary(),
  steps: ['Tổ chức, cá nhân nộp hồ sơ.', 'Cơ quan tiếp nhận kiểm tra và trả kết quả.'],
  processingNote: null,
  fees: [{ label: 'Lệ phí cấp giấy phép', amountVnd: 75000 }],
  legalBasis: [{ number: '50/2014/QH13', title: 'Luật Xây dựng', issuer: 'Quốc hội', issuedOn: '2014-06-18' }],
  applicants: 'Hộ gia đình, cá nhân',
  conditions: null,
  resultDescription: 'Giấy phép xây dựng',
  submissionChannels: null,
  handlingAgencies: [],
  components: [
    {
      id: 'c1',
      name: 'Đơn đề nghị cấp giấy phép xây dựng',
      description: null,
      required: true,
      originals: 1,
      copies: 0,
      acceptedTypes: ['pdf'],
      paperOriginalAllowed: false,
      template: { id: 'tpl1', name: 'mau-don.docx', mimeType: 'application/msword', size: 35_000 },
    },
  ],
  templates: [],
  sample: null,
  formVersion: 1,
  sampleFormData: { fullName: 'Nguyễn Văn An' },
  form: {
    sections: [
      { title: { vi: 'Thông tin người nộp' }, fields: [{ key: 'fullName', kind: 'text', label: { vi: 'Họ và tên' }, required: true }] },
    ],
  },
  ...overrides,
});

/** A page of GET /api/v1/procedures */
export const procedurePage = (items: TProcedureSummary[], overrides: Partial<TProcedurePage> = {}): TProcedurePage => ({
  items,
  nextCursor: null,
  total: null,
  approximate: false,
  ...overrides,
});
