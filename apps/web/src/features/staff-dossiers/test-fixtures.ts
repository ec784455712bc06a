import { allowedActions, type TAccount, type TStaffDossier, type TStaffDossierListItem } from '@portal/domain';
import { account } from '../../test/accounts.ts';
import { dossier } from '../dossiers/test-fixtures.ts';

export const CODE = '000.00.12.H18-261120-0001';

/** motcua of Sở Xây dựng (the clerk of the demo seed). */
export const clerk = (overrides: Partial<TAccount> = {}): TAccount =>
  account({
    id: 's-motcua',
    kind: 'staff',
    username: 'motcua',
    fullName: 'Đỗ Thị Hạnh',
    roles: ['clerk'],
    agency: { id: 'a-sxd', name: 'Sở Xây dựng' },
    position: 'Văn thư Sở (Bộ phận Một cửa)',
    ...overrides,
  });

/** A sent dossier as a clerk sees it; `allowedActions` follow the lifecycle for a clerk unless given. */
export const staffDossier = (overrides: Partial<TStaffDossier> = {}): TStaffDossier => {
  const { allowedActions: _citizenActions, awaitingConfirmation: _awaiting, ...base } = dossier({
    code: CODE,
    status: 'sent',
    submittedAt: '2026-11-20T02:00:00.000Z',
    formData: { tenCongTrinh: 'Nhà ở riêng lẻ', soTang: 3 },
  });
  const status = overrides.status ?? 'sent';
  return {
    ...base,
    code: CODE,
    status,
    version: 3,
    submittedAt: '2026-11-20T02:00:00.000Z',
    receiveDeadlineAt: '2026-11-20T10:00:00.000Z',
    receiveDeadlinePassed: false,
    originalDueAt: null,
    apologyCount: 0,
    overdue: false,
    paused: false,
    pauses: [],
    assignee: null,
    resultFiles: [],
    history: [],
    allowedActions: allowedActions(status, 'clerk'),
    ...overrides,
  };
};

export const listItem = (overrides: Partial<TStaffDossierListItem> = {}): TStaffDossierListItem => ({
  id: 'd1',
  code: CODE,
  status: 'sent',
  version: 1,
  procedure: { id: 'p1', code: '1.009994.H18', name: 'Cấp giấy phép xây dựng' },
  applicantName: 'Nguyễn Văn An',
  applicantIdNumber: '011085012345',
  submittedAt: '2026-11-20T02:00:00.000Z',
  receiveDeadlineAt: '2026-11-20T10:00:00.000Z',
  receiveDeadlinePassed: false,
  receivedAt: null,
  dueAt: null,
  overdue: false,
  dueSoon: false,
  paused: false,
  assignee: null,
  updatedAt: '2026-11-20T02:00:00.000Z',
  ...overrides,
});

export const counts = { new: 2, processing: 5, mine: 1, supplement: 1, 'due-soon': 2, overdue: 1, done: 9 };
