import { z } from 'zod';
import { vnPartsOf } from './vietnam-time.ts';

/**
 * Small shared value schemas and Vietnamese formatting. Schemas normalise what people
 * type (case, spaces, +84) so the database stores one spelling and lookups match.
 */

/** Account username: a-z and 0-9 only (portal rule), stored lower-case. */
export const ZUsername = z
  .string({ error: 'Vui lòng nhập tên đăng nhập' })
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
export const ZVnMobile = z
  .string({ error: VN_MOBILE_MESSAGE })
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
export const ZCccd = z
  .string({ error: CCCD_MESSAGE })
  .trim()
  .refine(isValidCccd, CCCD_MESSAGE);
export type TCccd = z.infer<typeof ZCccd>;

const EMAIL_MESSAGE = 'Địa chỉ thư điện tử không hợp lệ';
/** Stored trimmed and lower-cased so uniqueness and login by e-mail ignore case. */
export const ZEmail = z
  .string({ error: EMAIL_MESSAGE })
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
