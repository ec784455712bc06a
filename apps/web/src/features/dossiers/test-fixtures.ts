import { citizenActionsOf, type TDossier, type TDossierSummaryItem, type TProcedureDetail } from '@portal/domain';
import { procedureDetail } from '../../test/fixtures.ts';

/** A procedure with a small online form and two components, one of them required. */
export const dossierProcedure = (overrides: Partial<TProcedureDetail> = {}): TProcedureDetail =>
  procedureDetail({
    id: 'p1',
    code: '1.009994.H18',
    name: 'Cấp giấy phép xây dựng',
    processingDays: 20,
    components: [
      {
        id: 'c1',
        name: 'Đơn đề nghị cấp giấy phép xây dựng',
        description: null,
        required: true,
        originals: 1,
        copies: 0,
        acceptedTypes: ['pdf', 'doc', 'docx'],
        paperOriginalAllowed: false,
        template: null,
      },
      {
        id: 'c2',
        name: 'Bản vẽ thiết kế',
        description: null,
        required: false,
        originals: 0,
        copies: 1,
        acceptedTypes: ['pdf', 'png', 'jpeg'],
        paperOriginalAllowed: false,
        template: null,
      },
    ],
    form: {
      sections: [
        {
          title: { vi: 'Thông tin công trình' },
          fields: [
            { key: 'tenCongTrinh', kind: 'text', label: { vi: 'Tên công trình' }, required: true, maxLength: 500 },
            { key: 'soTang', kind: 'number', label: { vi: 'Số tầng' }, required: true, min: 1, integer: true, unit: 'tầng' },
          ],
        },
      ],
    },
    sampleFormData: { tenCongTrinh: 'Nhà ở riêng lẻ', soTang: 3 },
    ...overrides,
  });

const at = '2026-11-20T02:00:00.000Z';

export const dossier = (overrides: Partial<TDossier> = {}): TDossier => {
  const procedure = dossierProcedure();
  const base: TDossier = {
    id: 'd1',
    code: null,
    status: 'unsent',
    version: 1,
    procedure: { id: procedure.id, code: procedure.code, name: procedure.name, serviceLevel: procedure.serviceLevel, processingDays: procedure.processingDays },
    agency: { id: 'a-sxd', name: 'Sở Xây dựng', unitCode: '000.00.12.H18' },
    applicant: {
      fullName: 'Nguyễn Văn An',
      idNumber: '011085012345',
      phone: '0912345678',
      email: 'congdan@example.com',
      address: 'Số 12, đường Nguyễn Chí Thanh',
    },
    formData: {},
    form: { version: 1, definition: procedure.form },
    components: procedure.components.map((component) => ({ ...component, bringOriginal: false, files: [] })),
    files: [],
    attachmentBytes: 0,
    supplementRequest: null,
    returnReason: null,
    submittedAt: null,
    receivedAt: null,
    dueAt: null,
    finishedAt: null,
    createdAt: at,
    updatedAt: at,
    guest: false,
    awaitingConfirmation: false,
    allowedActions: [],
    rating: null,
    ...overrides,
  };
  return {
    ...base,
    allowedActions: overrides.allowedActions ?? citizenActionsOf({ status: base.status, code: base.code, rated: base.rating !== null, guest: base.guest }),
  };
};

export const summaryItem = (overrides: Partial<TDossierSummaryItem> = {}): TDossierSummaryItem => {
  const base: TDossierSummaryItem = {
    id: 'd1',
    code: null,
    status: 'unsent',
    version: 1,
    procedure: { id: 'p1', code: '1.009994.H18', name: 'Cấp giấy phép xây dựng' },
    agency: { id: 'a-sxd', name: 'Sở Xây dựng' },
    applicantName: 'Nguyễn Văn An',
    createdAt: at,
    updatedAt: at,
    submittedAt: null,
    dueAt: null,
    allowedActions: [],
    ...overrides,
  };
  return { ...base, allowedActions: overrides.allowedActions ?? citizenActionsOf({ status: base.status, code: base.code, rated: false, guest: false }) };
};
