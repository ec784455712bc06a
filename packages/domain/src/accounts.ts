import { z } from 'zod';
import { ZCccd, ZEmail, ZUsername, ZVnMobile, zText } from './common.ts';
import type { TErrorCode } from './errors.ts';
import { STAFF_ROLES } from './lifecycle.ts';
import { PASSWORD_MAX_LENGTH, PASSWORD_MESSAGES, PASSWORD_MIN_LENGTH, passwordProblem } from './password-strength.ts';
import { isValidLocalDate, localDateOf } from './vietnam-time.ts';

export * from './password-strength.ts';

/**
 * Requests and responses of accounts: registration, activation, login, profile,
 * password change and reset. The API validates with these schemas and the SPA's forms
 * use the same ones (the `…Form` variants add what only a form has, such as "repeat
 * the password"). Messages are Vietnamese; `DOMAIN_MESSAGES_EN` translates them.
 *
 * An issue may carry `params.code`, a domain error code: the API then answers with
 * that code instead of VALIDATION_FAILED (a weak password is WEAK_PASSWORD).
 */

export const USER_KINDS = ['citizen', 'staff'] as const;
export const ZUserKind = z.enum(USER_KINDS);
export type TUserKind = z.infer<typeof ZUserKind>;

export const USER_ROLES = ['citizen', ...STAFF_ROLES] as const;
export const ZUserRole = z.enum(USER_ROLES);
export type TUserRole = z.infer<typeof ZUserRole>;

export const GENDERS = ['male', 'female', 'other'] as const;
export const ZGender = z.enum(GENDERS, { error: 'Giới tính không hợp lệ' });
export type TGender = z.infer<typeof ZGender>;
export const GENDER_LABELS = {
  male: { vi: 'Nam', en: 'Male' },
  female: { vi: 'Nữ', en: 'Female' },
  other: { vi: 'Khác', en: 'Other' },
} as const satisfies Record<TGender, { vi: string; en: string }>;

/** The domain error code an issue maps to (see the module comment). */
export const issueCode = (code: TErrorCode) => ({ code });

export const ACCOUNT_MESSAGES = {
  passwordConfirm: 'Mật khẩu nhập lại không khớp',
  passwordSame: 'Mật khẩu mới phải khác mật khẩu hiện tại',
  currentPassword: 'Vui lòng nhập mật khẩu hiện tại',
  login: 'Vui lòng nhập tên đăng nhập hoặc thư điện tử',
  captcha: 'Vui lòng hoàn thành bước mã xác nhận',
  token: 'Liên kết không hợp lệ',
  fullName: 'Họ và tên không được dài quá 100 ký tự',
  address: 'Địa chỉ không được dài quá 300 ký tự',
  dateOfBirth: 'Ngày sinh không hợp lệ',
  // Field errors the API adds after checking with the database or the captcha
  captchaWrong: 'Mã xác nhận không đúng hoặc đã hết hạn, vui lòng thử lại',
  usernameTaken: 'Tên đăng nhập đã được sử dụng',
  emailTaken: 'Địa chỉ thư điện tử đã được sử dụng',
  currentPasswordWrong: 'Mật khẩu hiện tại không đúng',
  sameEmail: 'Đây đã là địa chỉ thư điện tử của tài khoản',
} as const;

/** A new password: the strength rules of password-strength.ts, answered as WEAK_PASSWORD. */
export const ZNewPassword = zText({ error: PASSWORD_MESSAGES.required })
  .superRefine((value, ctx) => {
    const problem = passwordProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: PASSWORD_MESSAGES[problem], params: issueCode('WEAK_PASSWORD') });
  })
  .meta({
    description: `${PASSWORD_MIN_LENGTH}–${PASSWORD_MAX_LENGTH} characters, not a common password; shorter than 12 needs 3 of: lower case, upper case, digit, symbol`,
  });

/** A password typed to prove who you are: never judged, only required. */
export const ZCurrentPassword = zText({ error: PASSWORD_MESSAGES.required })
  .min(1, PASSWORD_MESSAGES.required)
  .max(1024, PASSWORD_MESSAGES.tooLong);

export const ZFullName = zText().trim().max(100, ACCOUNT_MESSAGES.fullName);

/** The ALTCHA payload (base64 JSON of the solved challenge) of the "mã xác nhận" step. */
export const ZCaptchaPayload = zText({ error: ACCOUNT_MESSAGES.captcha })
  .superRefine((value, ctx) => {
    if (value.length === 0 || value.length > 8192) {
      ctx.addIssue({ code: 'custom', message: ACCOUNT_MESSAGES.captcha, params: issueCode('CAPTCHA_INVALID') });
    }
  });

/** A token from an e-mailed link (base64url, 32 random bytes). */
export const ZEmailToken = zText({ error: ACCOUNT_MESSAGES.token })
  .trim()
  .superRefine((value, ctx) => {
    if (!/^[A-Za-z0-9_-]{20,200}$/.test(value)) {
      ctx.addIssue({ code: 'custom', message: ACCOUNT_MESSAGES.token, params: issueCode('TOKEN_INVALID') });
    }
  });

export const ZDateOfBirth = zText().refine(
  (value) => isValidLocalDate(value) && value >= '1900-01-01' && value <= localDateOf(new Date()),
  ACCOUNT_MESSAGES.dateOfBirth,
);

type PersonalFields = { username?: string; email?: string };
/** The password must not contain the username or the e-mail's local part. */
const passwordNotPersonal =
  <K extends string>(passwordKey: K) =>
  (value: PersonalFields & Record<K, string>, ctx: z.RefinementCtx) => {
    if (passwordProblem(value[passwordKey], value) === 'personal') {
      ctx.addIssue({ code: 'custom', path: [passwordKey], message: PASSWORD_MESSAGES.personal, params: issueCode('WEAK_PASSWORD') });
    }
  };

const passwordsMatch =
  <K extends string, C extends string>(passwordKey: K, confirmKey: C) =>
  (value: Record<K | C, string>, ctx: z.RefinementCtx) => {
    if (value[passwordKey] !== value[confirmKey]) {
      ctx.addIssue({ code: 'custom', path: [confirmKey], message: ACCOUNT_MESSAGES.passwordConfirm });
    }
  };

const ZPasswordConfirm = zText({ error: ACCOUNT_MESSAGES.passwordConfirm });

// ───────────── Registration and activation ─────────────

const registerShape = {
  username: ZUsername,
  password: ZNewPassword,
  email: ZEmail,
  phone: ZVnMobile,
  fullName: ZFullName.optional(),
};

export const ZRegisterRequest = z
  .object({
    ...registerShape,
    captcha: ZCaptchaPayload,
    /** Language of the e-mails the account receives (the SPA sends its current one) */
    locale: z.enum(['vi', 'en']).optional(),
  })
  .superRefine(passwordNotPersonal('password')).meta({ id: 'RegisterRequest' });
export type TRegisterRequest = z.infer<typeof ZRegisterRequest>;

/** The registration form: the request without the captcha (the widget adds it), plus "Nhập lại mật khẩu". */
export const ZRegisterForm = z
  .object({ ...registerShape, passwordConfirm: ZPasswordConfirm })
  .superRefine(passwordNotPersonal('password'))
  .superRefine(passwordsMatch('password', 'passwordConfirm'));
export type TRegisterForm = z.infer<typeof ZRegisterForm>;

export const ZRegisterResponse = z.object({
  username: zText(),
  email: zText(),
  status: z.literal('pending_activation'),
}).meta({ id: 'RegisterResponse' });

export const ZTokenRequest = z.object({ token: ZEmailToken }).meta({ id: 'TokenRequest' });
export const ZActivationResult = z.object({ status: z.literal('active') }).meta({ id: 'ActivationResult' });
export const ZEmailChangeResult = z.object({ email: zText() }).meta({ id: 'EmailChangeResult' });
export type TTokenRequest = z.infer<typeof ZTokenRequest>;

export const ZResendActivationRequest = z.object({
  username: zText({ error: ACCOUNT_MESSAGES.login }).trim().min(1, ACCOUNT_MESSAGES.login).max(254, ACCOUNT_MESSAGES.login),
}).meta({ id: 'ResendActivationRequest' });
export type TResendActivationRequest = z.infer<typeof ZResendActivationRequest>;

/** Same answer whatever the input: nobody learns whether an account or address exists. */
export const ZAccepted = z.object({ accepted: z.literal(true) }).meta({ id: 'Accepted' });

/** A proof-of-work challenge (ALTCHA), solved by the browser before registering. */
export const ZCaptchaChallenge = z.object({
  parameters: z.looseObject({
    algorithm: zText(),
    nonce: zText(),
    salt: zText(),
    cost: z.number(),
    keyLength: z.number(),
    keyPrefix: zText(),
    keySignature: zText().optional(),
    expiresAt: z.number().optional(),
  }),
  signature: zText().optional(),
}).meta({ id: 'CaptchaChallenge' });
export type TCaptchaChallenge = z.infer<typeof ZCaptchaChallenge>;

// ───────────── Sessions ─────────────

export const ZLoginRequest = z.object({
  /** The username or the e-mail address */
  username: zText({ error: ACCOUNT_MESSAGES.login }).trim().min(1, ACCOUNT_MESSAGES.login).max(254, ACCOUNT_MESSAGES.login),
  password: ZCurrentPassword,
  /** "Tự động đăng nhập lần sau": keep the session for 30 days instead of until the browser closes */
  remember: z.boolean().default(false),
}).meta({ id: 'LoginRequest' });
export type TLoginRequest = z.input<typeof ZLoginRequest>;

/** The signed-in account as its owner sees it (GET /api/v1/me). */
export const ZAccount = z.object({
  id: zText(),
  kind: ZUserKind,
  username: zText(),
  email: zText(),
  emailVerified: z.boolean(),
  /** A new address waiting for its confirmation link to be opened */
  pendingEmail: zText().nullable(),
  phone: zText().nullable(),
  fullName: zText().nullable(),
  gender: ZGender.nullable(),
  /** 'YYYY-MM-DD' */
  dateOfBirth: zText().nullable(),
  idNumber: zText().nullable(),
  address: zText().nullable(),
  roles: z.array(ZUserRole),
  agency: z.object({ id: zText(), name: zText() }).nullable(),
  position: zText().nullable(),
  locale: zText(),
}).meta({ id: 'Account' });
export type TAccount = z.infer<typeof ZAccount>;

/** "Xin chào, {name}": the full name when given, else the username. */
export const displayNameOf = (account: Pick<TAccount, 'fullName' | 'username'>): string =>
  account.fullName?.trim() || account.username;

// ───────────── Profile ─────────────

/** Form inputs send '' for "empty": stored as null. */
const blankAsNull = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? null : value), schema.nullable());

export const ZProfileUpdate = z.object({
  fullName: blankAsNull(ZFullName).optional(),
  gender: blankAsNull(ZGender).optional(),
  dateOfBirth: blankAsNull(ZDateOfBirth).optional(),
  idNumber: blankAsNull(ZCccd).optional(),
  address: blankAsNull(zText().trim().max(300, ACCOUNT_MESSAGES.address)).optional(),
  phone: ZVnMobile.optional(),
}).meta({ id: 'ProfileUpdate' });
export type TProfileUpdate = z.output<typeof ZProfileUpdate>;

const changePasswordShape = { currentPassword: ZCurrentPassword, newPassword: ZNewPassword };
const newDiffersFromCurrent = (value: { currentPassword: string; newPassword: string }, ctx: z.RefinementCtx) => {
  if (value.currentPassword.length > 0 && value.currentPassword === value.newPassword) {
    ctx.addIssue({ code: 'custom', path: ['newPassword'], message: ACCOUNT_MESSAGES.passwordSame });
  }
};

export const ZChangePasswordRequest = z.object(changePasswordShape).superRefine(newDiffersFromCurrent).meta({ id: 'ChangePasswordRequest' });
export type TChangePasswordRequest = z.infer<typeof ZChangePasswordRequest>;

export const ZChangePasswordForm = z
  .object({ ...changePasswordShape, newPasswordConfirm: ZPasswordConfirm })
  .superRefine(newDiffersFromCurrent)
  .superRefine(passwordsMatch('newPassword', 'newPasswordConfirm'));
export type TChangePasswordForm = z.infer<typeof ZChangePasswordForm>;

export const ZEmailChangeRequest = z.object({ newEmail: ZEmail, currentPassword: ZCurrentPassword }).meta({ id: 'EmailChangeRequest' });
export type TEmailChangeRequest = z.infer<typeof ZEmailChangeRequest>;

// ───────────── Password reset ─────────────

export const ZPasswordResetRequest = z.object({ email: ZEmail }).meta({ id: 'PasswordResetRequest' });
export type TPasswordResetRequest = z.infer<typeof ZPasswordResetRequest>;

export const ZPasswordResetConfirm = z.object({ token: ZEmailToken, password: ZNewPassword }).meta({ id: 'PasswordResetConfirm' });
export type TPasswordResetConfirm = z.infer<typeof ZPasswordResetConfirm>;

export const ZPasswordResetForm = z
  .object({ password: ZNewPassword, passwordConfirm: ZPasswordConfirm })
  .superRefine(passwordsMatch('password', 'passwordConfirm'));
export type TPasswordResetForm = z.infer<typeof ZPasswordResetForm>;

// ───────────── English for the Vietnamese messages ─────────────

/**
 * English for every Vietnamese message the account schemas produce, so the SPA can
 * show inline errors (its own and the API's field errors) in the reader's language.
 */
export const DOMAIN_MESSAGES_EN: Readonly<Record<string, string>> = {
  [PASSWORD_MESSAGES.required]: 'Enter a password',
  [PASSWORD_MESSAGES.tooShort]: 'The password must have at least 8 characters',
  [PASSWORD_MESSAGES.tooLong]: 'The password must not be longer than 128 characters',
  [PASSWORD_MESSAGES.common]: 'This password is too common and easy to guess; choose another one',
  [PASSWORD_MESSAGES.weak]:
    'The password is too weak: combine upper and lower case letters, digits and symbols, or use a passphrase of 16 characters or more',
  [PASSWORD_MESSAGES.personal]: 'The password must not contain your username or e-mail address',
  [ACCOUNT_MESSAGES.passwordConfirm]: 'The passwords do not match',
  [ACCOUNT_MESSAGES.passwordSame]: 'The new password must differ from the current one',
  [ACCOUNT_MESSAGES.currentPassword]: 'Enter your current password',
  [ACCOUNT_MESSAGES.login]: 'Enter your username or e-mail address',
  [ACCOUNT_MESSAGES.captcha]: 'Complete the verification step',
  [ACCOUNT_MESSAGES.token]: 'The link is not valid',
  [ACCOUNT_MESSAGES.fullName]: 'The full name must not be longer than 100 characters',
  [ACCOUNT_MESSAGES.address]: 'The address must not be longer than 300 characters',
  [ACCOUNT_MESSAGES.dateOfBirth]: 'The date of birth is not valid',
  [ACCOUNT_MESSAGES.captchaWrong]: 'The verification failed or expired; try again',
  [ACCOUNT_MESSAGES.usernameTaken]: 'This username is already taken',
  [ACCOUNT_MESSAGES.emailTaken]: 'This e-mail address is already in use',
  [ACCOUNT_MESSAGES.currentPasswordWrong]: 'The current password is wrong',
  [ACCOUNT_MESSAGES.sameEmail]: 'This is already the e-mail address of the account',
  'Giới tính không hợp lệ': 'The gender is not valid',
  // common.ts
  'Vui lòng nhập tên đăng nhập': 'Enter a username',
  'Tên đăng nhập phải có từ 3 đến 32 ký tự': 'The username must have 3 to 32 characters',
  'Tên đăng nhập chỉ gồm chữ cái không dấu (a-z) và chữ số (0-9)': 'The username may only contain letters a-z and digits 0-9',
  'Số điện thoại di động không hợp lệ': 'The mobile phone number is not valid',
  'Số CCCD gồm 12 chữ số hợp lệ': 'The citizen ID (CCCD) must be 12 valid digits',
  'Địa chỉ thư điện tử không hợp lệ': 'The e-mail address is not valid',
};
