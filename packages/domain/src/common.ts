import { z } from 'zod';
import type { TErrorCode } from './errors.ts';
import { vnPartsOf } from './vietnam-time.ts';

/**
 * Small shared value schemas and Vietnamese formatting. Schemas normalise what people
 * type (case, spaces, +84) so the database stores one spelling and lookups match.
 */

export const COMMON_MESSAGES = {
  invalidText: 'Văn bản chứa ký tự không hợp lệ',
  invalidId: 'Mã định danh không hợp lệ',
  /** A query parameter the route does not declare (answered 400 rather than ignored) */
  unknownParameter: 'Tham số không được hỗ trợ',
} as const;

export const COMMON_MESSAGES_EN: Readonly<Record<string, string>> = {
  [COMMON_MESSAGES.invalidText]: 'The text contains an invalid character',
  [COMMON_MESSAGES.invalidId]: 'Invalid identifier',
  [COMMON_MESSAGES.unknownParameter]: 'Unknown parameter',
};

/**
 * True when the text holds U+0000 or a UTF-16 surrogate without its pair. PostgreSQL
 * refuses the first and cannot encode the second, so neither may reach the database.
 * A loop rather than `isWellFormed()` or a look-behind regex: older browsers run it too.
 */
export const hasInvalidTextChars = (text: string): boolean => {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit === 0) return true;
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return true;
      i++;
    } else if (unit >= 0xdc00 && unit <= 0xdfff) {
      return true;
    }
  }
  return false;
};

/**
 * The one string schema of every text input: `z.string(params)` that refuses NUL and
 * lone surrogates. It stays a ZodString, so `.trim()`, `.min()`, `.max()`, `.regex()`
 * chain as usual.
 */
export const zText = (params?: Parameters<typeof z.string>[0]) =>
  z.string(params).refine((text) => !hasInvalidTextChars(text), { error: COMMON_MESSAGES.invalidText, abort: true });

/** A record id (UUID) in a query or a body: a malformed one is a validation error. */
export const ZUuid = z.uuid({ error: COMMON_MESSAGES.invalidId });

const isUuid = (value: string): boolean => ZUuid.safeParse(value).success;

/**
 * A record id (UUID) whose refusal stands for a domain error: the issue carries `code`
 * and the API answers with it (see accounts.ts `issueCode`) instead of VALIDATION_FAILED.
 * Documented as `format: uuid` all the same.
 */
export const zCodedId = (code: TErrorCode, message: string = COMMON_MESSAGES.invalidId) =>
  z
    .string({ error: message })
    .refine(isUuid, { error: message, params: { code } })
    .meta({ format: 'uuid' });

/**
 * A record id (UUID) in a request path. A malformed id names no record, so it fails with
 * the route's not-found code and the API answers exactly as for an unknown id (e.g.
 * DOSSIER_NOT_FOUND, 404, no field errors) rather than with a validation error.
 */
export const zPathId = (notFound: TErrorCode = 'NOT_FOUND') => zCodedId(notFound);

/**
 * An opaque pagination cursor as the client sends it back: one cap for every list, so a
 * cursor the API makes is always accepted. The longest holds a procedure name (up to 1,000
 * characters, each up to 6 bytes of JSON) and an id, base64url-encoded: under 8,192.
 */
export const CURSOR_MAX_LENGTH = 8192;
export const ZCursorParam = zText().max(CURSOR_MAX_LENGTH);

/** Account username: a-z and 0-9 only (portal rule), stored lower-case. */
export const ZUsername = zText({ error: 'Vui lòng nhập tên đăng nhập' })
  .trim()
  .toLowerCase()
  .min(3, 'Tên đăng nhập phải có từ 3 đến 32 ký tự')
  .max(32, 'Tên đăng nhập phải có từ 3 đến 32 ký tự')
  .regex(/^[a-z0-9]+$/, 'Tên đăng nhập chỉ gồm chữ cái không dấu (a-z) và chữ số (0-9)');
export type TUsername = z.infer<typeof ZUsername>;

/** Mobile prefixes in use since the 2018 renumbering (03x, 05x, 07x, 08x, 09x). */
const VN_MOBILE = /^0[35789]\d{8}$/;

/**
 * Best-effort normalisation to the national form 0xxxxxxxxx: drops spaces, dots, dashes
 * and brackets, and turns +84 / 84 into 0. The result still has to be checked.
 */
export const normalizeVnMobile = (input: string): string => {
  const compact = input.replace(/[\s.\-()]/g, '');
  if (compact.startsWith('+84')) return `0${compact.slice(3)}`;
  if (compact.startsWith('84') && compact.length === 11) return `0${compact.slice(2)}`;
  return compact;
};

const VN_MOBILE_MESSAGE = 'Số điện thoại di động không hợp lệ';
export const ZVnMobile = zText({ error: VN_MOBILE_MESSAGE })
  .overwrite(normalizeVnMobile)
  .regex(VN_MOBILE, VN_MOBILE_MESSAGE);
export type TVnMobile = z.infer<typeof ZVnMobile>;

/**
 * Province codes that open a CCCD number (Circular 07/2016/TT-BCA and later): the 63
 * provinces before the 2025 mergers. Numbers already issued keep their code, so the old
 * list stays the valid one.
 */
export const CCCD_PROVINCE_CODES: ReadonlySet<string> = new Set([
  '001', '002', '004', '006', '008', '010', '011', '012', '014', '015', '017', '019', '020',
  '022', '024', '025', '026', '027', '030', '031', '033', '034', '035', '036', '037', '038',
  '040', '042', '044', '045', '046', '048', '049', '051', '052', '054', '056', '058', '060',
  '062', '064', '066', '067', '068', '070', '072', '074', '075', '077', '079', '080', '082',
  '083', '084', '086', '087', '089', '091', '092', '093', '094', '095', '096',
]);

const CCCD_MESSAGE = 'Số CCCD gồm 12 chữ số hợp lệ';
/**
 * Citizen identity card number: 12 digits = province code (3) + gender/century code
 * (1, any digit 0–9) + year of birth (2) + a random part (6).
 */
export const isValidCccd = (value: string): boolean => /^\d{12}$/.test(value) && CCCD_PROVINCE_CODES.has(value.slice(0, 3));
export const ZCccd = zText({ error: CCCD_MESSAGE })
  .trim()
  .refine(isValidCccd, CCCD_MESSAGE);
export type TCccd = z.infer<typeof ZCccd>;

const EMAIL_MESSAGE = 'Địa chỉ thư điện tử không hợp lệ';
/** Stored trimmed and lower-cased so uniqueness and login by e-mail ignore case. */
export const ZEmail = zText({ error: EMAIL_MESSAGE })
  .trim()
  .toLowerCase()
  .max(254, EMAIL_MESSAGE)
  .pipe(z.email(EMAIL_MESSAGE));
export type TEmail = z.infer<typeof ZEmail>;

const two = (n: number) => String(n).padStart(2, '0');

/** 'dd/MM/yyyy' in Vietnam time, the way Vietnamese documents write dates. */
export const formatDateVn = (date: Date): string => {
  const { year, month, day } = vnPartsOf(date);
  return `${two(day)}/${two(month)}/${String(year).padStart(4, '0')}`;
};

/** 'HH:mm dd/MM/yyyy' in Vietnam time (receipts and processing history). */
export const formatDateTimeVn = (date: Date): string => {
  const { hour, minute } = vnPartsOf(date);
  return `${two(hour)}:${two(minute)} ${formatDateVn(date)}`;
};

const VND = new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND' });
/**
 * e.g. '1.500.000 ₫'. ICU versions differ on the space before ₫ (no-break or narrow
 * no-break), so any space becomes a plain one: browser, server and tests then agree.
 */
export const formatVnd = (amount: number): string => VND.format(amount).replace(/\s/gu, ' ');

/**
 * For search and comparisons: lower-case, no diacritics (đ → d), single spaces, so
 * "Nguyễn  Văn Đức" and "nguyen van duc" compare equal.
 */
export const normalizeVietnamese = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();

/**
 * For public pages (lookup by dossier code): 'Nguyễn Tuấn Anh' → 'Nguyễn T*** A**'.
 * The family name stays so the applicant recognises the dossier; the given names are
 * reduced to their first letter so a stranger learns little.
 */
export const maskPersonName = (fullName: string): string => {
  const words = fullName.normalize('NFC').trim().split(/\s+/u).filter(Boolean);
  return words
    .map((word, index) => {
      if (index === 0) return word;
      const [first = '', ...rest] = Array.from(word);
      return first + '*'.repeat(rest.length);
    })
    .join(' ');
};
