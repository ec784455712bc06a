import { describe, expect, it } from 'vitest';
import {
  DOMAIN_MESSAGES_EN,
  ZChangePasswordForm,
  ZEmailToken,
  ZLoginRequest,
  ZPasswordResetForm,
  ZProfileUpdate,
  ZRegisterForm,
  ZRegisterRequest,
  displayNameOf,

} from './accounts.ts';
import { translateDomainMessage } from './messages-en.ts';

const valid = {
  username: 'NguyenVanA',
  password: 'Tr0ng-Dong!',
  email: ' An.Nguyen@Example.VN ',
  phone: '+84 912 345 678',
  captcha: 'eyJ4IjoxfQ==',
};

const issuesOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string; params?: unknown }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), { message: issue.message, params: issue.params }]));

describe('ZRegisterRequest', () => {
  it('normalises what people type: lower-case username and e-mail, national phone form', () => {
    expect(ZRegisterRequest.parse(valid)).toEqual({
      username: 'nguyenvana',
      password: 'Tr0ng-Dong!',
      email: 'an.nguyen@example.vn',
      phone: '0912345678',
      captcha: valid.captcha,
    });
  });

  it('names each bad field in Vietnamese, and marks weak passwords and missing captchas with their error code', () => {
    const issues = issuesOf(ZRegisterRequest.safeParse({ username: 'an-1', password: '12345678', email: 'x@', phone: '0212345678', captcha: '' }));
    expect(issues.username?.message).toBe('Tên đăng nhập chỉ gồm chữ cái không dấu (a-z) và chữ số (0-9)');
    expect(issues.password).toEqual({ message: expect.stringContaining('phổ biến'), params: { code: 'WEAK_PASSWORD' } });
    expect(issues.email?.message).toBe('Địa chỉ thư điện tử không hợp lệ');
    expect(issues.phone?.message).toBe('Số điện thoại di động không hợp lệ');
    expect(issues.captcha?.params).toEqual({ code: 'CAPTCHA_INVALID' });
  });

  it('refuses a password built on the username', () => {
    const issues = issuesOf(ZRegisterRequest.safeParse({ ...valid, password: 'Nguyenvana#1' }));
    expect(issues.password?.params).toEqual({ code: 'WEAK_PASSWORD' });
  });
});

describe('forms', () => {
  it('the registration form wants the password twice', () => {
    const { captcha: _captcha, ...form } = valid;
    expect(ZRegisterForm.safeParse({ ...form, passwordConfirm: 'Tr0ng-Dong!' }).success).toBe(true);
    expect(issuesOf(ZRegisterForm.safeParse({ ...form, passwordConfirm: 'Tr0ng-Dong?' })).passwordConfirm?.message).toBe(
      'Mật khẩu nhập lại không khớp',
    );
  });

  it('the change-password form refuses the same password and a mismatched repeat', () => {
    const same = issuesOf(ZChangePasswordForm.safeParse({ currentPassword: 'Tr0ng-Dong!', newPassword: 'Tr0ng-Dong!', newPasswordConfirm: 'Tr0ng-Dong!' }));
    expect(same.newPassword?.message).toBe('Mật khẩu mới phải khác mật khẩu hiện tại');
    const mismatch = issuesOf(ZChangePasswordForm.safeParse({ currentPassword: 'a', newPassword: 'Tr0ng-Dong!', newPasswordConfirm: 'x' }));
    expect(mismatch.newPasswordConfirm?.message).toBe('Mật khẩu nhập lại không khớp');
    expect(ZPasswordResetForm.safeParse({ password: 'Tr0ng-Dong!', passwordConfirm: 'Tr0ng-Dong!' }).success).toBe(true);
  });

  it('login defaults "remember me" to off', () => {
    expect(ZLoginRequest.parse({ username: ' congdan ', password: 'x' })).toEqual({ username: 'congdan', password: 'x', remember: false });
  });
});

describe('ZProfileUpdate', () => {
  it('stores blank inputs as null and checks CCCD, date of birth and phone', () => {
    expect(ZProfileUpdate.parse({ fullName: '  ', idNumber: '', address: 'Số 1', gender: 'female' })).toEqual({
      fullName: null,
      idNumber: null,
      address: 'Số 1',
      gender: 'female',
    });
    const issues = issuesOf(ZProfileUpdate.safeParse({ idNumber: '123', dateOfBirth: '2999-01-01', phone: '12', gender: 'x' }));
    expect(issues.idNumber?.message).toBe('Số CCCD gồm 12 chữ số hợp lệ');
    expect(issues.dateOfBirth?.message).toBe('Ngày sinh không hợp lệ');
    expect(issues.phone?.message).toBe('Số điện thoại di động không hợp lệ');
    expect(issues.gender?.message).toBe('Giới tính không hợp lệ');
  });
});

describe('tokens and names', () => {
  it('a malformed e-mailed token is TOKEN_INVALID', () => {
    expect(issuesOf(ZEmailToken.safeParse('abc'))['']?.params).toEqual({ code: 'TOKEN_INVALID' });
    expect(ZEmailToken.safeParse('A'.repeat(43)).success).toBe(true);
  });

  it('greets by full name, else by username', () => {
    expect(displayNameOf({ fullName: 'Nguyễn Văn An', username: 'congdan' })).toBe('Nguyễn Văn An');
    expect(displayNameOf({ fullName: ' ', username: 'congdan' })).toBe('congdan');
  });
});

describe('English messages', () => {
  it('has an English text for every message the account forms can show', () => {
    const inputs = [
      ZRegisterForm.safeParse({ username: '', password: '', passwordConfirm: 'x', email: '', phone: '' }),
      ZRegisterForm.safeParse({ username: 'a_b', password: 'abc', passwordConfirm: 'abc', email: 'x', phone: '1' }),
      ZRegisterForm.safeParse({ username: 'abcd', password: 'hoaphuong99', passwordConfirm: 'x', email: 'a@b.vn', phone: '0912345678' }),
      ZRegisterRequest.safeParse({ ...valid, password: 'Nguyenvana#1', captcha: '' }),
      ZProfileUpdate.safeParse({ idNumber: '1', dateOfBirth: 'x', gender: 'x', fullName: 'x'.repeat(101), address: 'x'.repeat(301) }),
      ZChangePasswordForm.safeParse({ currentPassword: '', newPassword: 'password1', newPasswordConfirm: '' }),
      ZLoginRequest.safeParse({ username: '', password: '' }),
      ZEmailToken.safeParse('x'),
    ];
    const messages = new Set(inputs.flatMap((result) => result.error?.issues.map((issue) => issue.message) ?? []));
    expect(messages.size).toBeGreaterThan(12);
    for (const message of messages) expect(DOMAIN_MESSAGES_EN, message).toHaveProperty([message]);
    expect(translateDomainMessage('Mật khẩu nhập lại không khớp', 'en')).toBe('The passwords do not match');
    expect(translateDomainMessage('Mật khẩu nhập lại không khớp', 'vi')).toBe('Mật khẩu nhập lại không khớp');
  });
});
