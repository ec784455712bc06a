import { describe, expect, it } from 'vitest';
import {
  ZApplicant,
  ZApplicantDraft,
  ZDossierCounts,
  ZDossierListQuery,
  ZDossierUpdate,
  DOSSIER_MESSAGES,
  applicantErrors,
  bringOriginalErrors,
  citizenActionsOf,
  dossierSubmitErrors,
} from './dossiers.ts';
import type { TFormDefinition } from './form-definition.ts';

const definition: TFormDefinition = {
  sections: [
    {
      title: { vi: 'Thông tin' },
      fields: [
        { key: 'businessName', kind: 'text', label: { vi: 'Tên hộ kinh doanh' }, required: true },
        { key: 'capital', kind: 'number', label: { vi: 'Vốn' }, required: false, min: 0 },
      ],
    },
  ],
};

const goodApplicant = {
  fullName: 'Nguyễn Văn An',
  idNumber: '001203004567',
  phone: '+84 912 345 678',
  email: 'An@Example.VN',
  address: 'Số 1, phường Mường Thanh',
};

describe('applicant', () => {
  it('saves a half-typed draft', () => {
    expect(ZApplicantDraft.parse({ fullName: '  ', idNumber: '0012', phone: '09' })).toEqual({ idNumber: '0012', phone: '09' });
  });

  it('normalises a complete applicant for sending', () => {
    expect(ZApplicant.parse(goodApplicant)).toMatchObject({ phone: '0912345678', email: 'an@example.vn' });
  });

  it('names every missing or invalid applicant field for sending', () => {
    expect(applicantErrors({ fullName: '', idNumber: '123', email: 'x' })).toEqual({
      'applicant.fullName': 'Vui lòng nhập Họ và tên',
      'applicant.idNumber': 'Số CCCD gồm 12 chữ số hợp lệ',
      'applicant.phone': 'Vui lòng nhập Số điện thoại',
      'applicant.email': 'Địa chỉ thư điện tử không hợp lệ',
      'applicant.address': 'Vui lòng nhập Địa chỉ',
    });
  });
});

describe('dossierSubmitErrors', () => {
  it('lists applicant, form data and required components at once', () => {
    const errors = dossierSubmitErrors({
      applicant: { ...goodApplicant, fullName: '' },
      formData: { capital: -1 },
      definition,
      components: [
        { id: 'c1', required: true },
        { id: 'c2', required: true },
        { id: 'c3', required: false },
      ],
      attachedComponentIds: ['c2'],
    });
    expect(Object.keys(errors).sort()).toEqual(
      ['applicant.fullName', 'components.c1', 'formData.businessName', 'formData.capital'].sort(),
    );
  });

  it('is empty for a complete dossier', () => {
    expect(
      dossierSubmitErrors({
        applicant: goodApplicant,
        formData: { businessName: 'Tạp hoá An' },
        definition,
        components: [{ id: 'c1', required: true }],
        attachedComponentIds: ['c1'],
      }),
    ).toEqual({});
  });
});

describe('bringing an original to the one-stop desk (seed 003, Chọn thông tin bạn có)', () => {
  const components = [
    { id: 'c1', required: true, paperOriginalAllowed: true },
    { id: 'c2', required: true, paperOriginalAllowed: false },
  ];
  const base = { applicant: goodApplicant, formData: { businessName: 'Tạp hoá An' }, definition, components };

  it('completes a required component that allows it, without a file', () => {
    expect(dossierSubmitErrors({ ...base, attachedComponentIds: ['c2'], bringOriginalComponentIds: ['c1'] })).toEqual({});
  });

  it('does not count the choice for a component that does not allow it', () => {
    expect(dossierSubmitErrors({ ...base, attachedComponentIds: ['c1'], bringOriginalComponentIds: ['c2'] })).toEqual({
      'components.c2': DOSSIER_MESSAGES.componentRequired,
    });
  });

  it('keeps a file uploaded before the choice: either one completes the component', () => {
    expect(dossierSubmitErrors({ ...base, attachedComponentIds: ['c1', 'c2'], bringOriginalComponentIds: ['c1'] })).toEqual({});
  });

  it('refuses the choice for a component that does not allow it or does not exist', () => {
    expect(bringOriginalErrors(components, ['c1'])).toEqual({});
    expect(bringOriginalErrors(components, ['c2', 'nope'])).toEqual({
      'components.c2': DOSSIER_MESSAGES.paperOriginalNotAllowed,
      'components.nope': DOSSIER_MESSAGES.paperOriginalNotAllowed,
    });
  });

  it('accepts the choice in a save, without duplicates', () => {
    const id = '0193a000-0000-7000-8000-000000000001';
    expect(ZDossierUpdate.parse({ version: 1, bringOriginals: [id, id] }).bringOriginals).toEqual([id]);
    expect(ZDossierUpdate.safeParse({ version: 1, bringOriginals: ['c1'] }).success).toBe(false);
  });
});

describe('citizenActionsOf', () => {
  it('offers edit, delete and submit on an unsent dossier, no history yet', () => {
    expect(citizenActionsOf({ status: 'unsent', code: null, rated: false, guest: false })).toEqual(['view', 'edit', 'delete', 'submit']);
  });
  it('offers supplement to citizens but never to guests', () => {
    expect(citizenActionsOf({ status: 'supplement-requested', code: 'X-251122-0001', rated: false, guest: false })).toContain('supplement');
    const guest = citizenActionsOf({ status: 'supplement-requested', code: 'X-251122-0001', rated: false, guest: true });
    expect(guest).not.toContain('supplement');
    expect(guest).not.toContain('edit');
  });
  it('offers rating once on a result', () => {
    expect(citizenActionsOf({ status: 'result', code: 'X-251122-0001', rated: false, guest: false })).toEqual([
      'view',
      'history',
      'receipt',
      'view-result',
      'rate',
    ]);
    expect(citizenActionsOf({ status: 'result', code: 'X-251122-0001', rated: true, guest: false })).not.toContain('rate');
  });
});

describe('list query and counts', () => {
  it('defaults to the last updated first, 20 a page', () => {
    expect(ZDossierListQuery.parse({})).toEqual({ sort: 'updated', limit: 20 });
  });
  it('has a count for each of the six categories', () => {
    expect(Object.keys(ZDossierCounts.shape)).toEqual(['unsent', 'sent', 'supplement-requested', 'processing', 'result', 'returned']);
  });
});
