import type { TAccount } from '@portal/domain';

/** The signed-in account of GET /api/v1/me (a citizen unless overridden). */
export const account = (overrides: Partial<TAccount> = {}): TAccount => ({
  id: 'u1',
  kind: 'citizen',
  username: 'congdan',
  email: 'congdan@example.com',
  emailVerified: true,
  pendingEmail: null,
  phone: '0912345678',
  fullName: 'Nguyễn Văn An',
  gender: 'male',
  dateOfBirth: '1985-03-15',
  idNumber: '011085012345',
  address: 'Số 12, đường Nguyễn Chí Thanh',
  roles: ['citizen'],
  agency: null,
  position: null,
  locale: 'vi',
  ...overrides,
});
