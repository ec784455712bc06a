import { z } from 'zod';

/**
 * The words of every validation message a schema does not spell out itself (zod's
 * defaults: an empty required text, a number out of range, a malformed e-mail…), in
 * Vietnamese and English. One error map for the API and the SPA: both install the
 * Vietnamese one at start (`installVietnameseValidationMessages`), so no library default text
 * reaches a person; `translateValidationMessage` turns such a Vietnamese message into
 * English (the API for `Accept-Language: en`, the SPA for English readers), so the
 * Vietnamese text stays the one that travels.
 *
 * zod 4.6 ships a Vietnamese locale (`z.locales.vi()`), but its sentences are a developer's
 * ("Đầu vào không hợp lệ: mong đợi string, nhận được number"), with type names in English;
 * these are a citizen's.
 */

type TLanguage = 'vi' | 'en';
type TIssue = z.core.$ZodRawIssue;

const TYPE_NAMES: Record<string, { vi: string; en: string }> = {
  string: { vi: 'văn bản', en: 'a text' },
  number: { vi: 'một số', en: 'a number' },
  int: { vi: 'một số nguyên', en: 'a whole number' },
  bigint: { vi: 'một số nguyên', en: 'a whole number' },
  boolean: { vi: 'đúng hoặc sai', en: 'true or false' },
  date: { vi: 'một ngày', en: 'a date' },
  array: { vi: 'một danh sách', en: 'a list' },
  object: { vi: 'một đối tượng', en: 'an object' },
  record: { vi: 'một đối tượng', en: 'an object' },
  map: { vi: 'một đối tượng', en: 'an object' },
  set: { vi: 'một danh sách', en: 'a list' },
  tuple: { vi: 'một danh sách', en: 'a list' },
  file: { vi: 'một tệp', en: 'a file' },
};

const FORMAT_NAMES: Record<string, { vi: string; en: string }> = {
  email: { vi: 'Địa chỉ e-mail không hợp lệ', en: 'Invalid e-mail address' },
  url: { vi: 'Địa chỉ URL không hợp lệ', en: 'Invalid URL' },
  uuid: { vi: 'Mã định danh không hợp lệ', en: 'Invalid identifier' },
  guid: { vi: 'Mã định danh không hợp lệ', en: 'Invalid identifier' },
  datetime: { vi: 'Ngày giờ không hợp lệ', en: 'Invalid date and time' },
  date: { vi: 'Ngày không hợp lệ', en: 'Invalid date' },
  time: { vi: 'Giờ không hợp lệ', en: 'Invalid time' },
};

/**
 * Each message as a pair of templates; `{n}` and `{v}` are filled from the issue. The
 * table is also the way back from Vietnamese to English (translateValidationMessage).
 */
const TEMPLATES = {
  required: { vi: 'Bắt buộc nhập', en: 'Required' },
  invalidType: { vi: 'Phải là {v}', en: 'Must be {v}' },
  notEmpty: { vi: 'Không được để trống', en: 'Must not be empty' },
  minChars: { vi: 'Tối thiểu {n} ký tự', en: 'At least {n} characters' },
  maxChars: { vi: 'Tối đa {n} ký tự', en: 'At most {n} characters' },
  exactChars: { vi: 'Phải có đúng {n} ký tự', en: 'Must have exactly {n} characters' },
  minItems: { vi: 'Tối thiểu {n} mục', en: 'At least {n} items' },
  maxItems: { vi: 'Tối đa {n} mục', en: 'At most {n} items' },
  atLeast: { vi: 'Phải lớn hơn hoặc bằng {n}', en: 'Must be at least {n}' },
  above: { vi: 'Phải lớn hơn {n}', en: 'Must be greater than {n}' },
  atMost: { vi: 'Phải nhỏ hơn hoặc bằng {n}', en: 'Must be at most {n}' },
  below: { vi: 'Phải nhỏ hơn {n}', en: 'Must be less than {n}' },
  maxSize: { vi: 'Tối đa {n} byte', en: 'At most {n} bytes' },
  multipleOf: { vi: 'Phải là bội số của {n}', en: 'Must be a multiple of {n}' },
  oneOf: { vi: 'Phải là một trong các giá trị: {v}', en: 'Must be one of: {v}' },
  unknownKeys: { vi: 'Trường không được chấp nhận: {v}', en: 'Field not accepted: {v}' },
  badFormat: { vi: 'Sai định dạng', en: 'Invalid format' },
  invalid: { vi: 'Giá trị không hợp lệ', en: 'Invalid value' },
} as const satisfies Record<string, { vi: string; en: string }>;

const fill = (template: string, n?: unknown, v?: string) =>
  template.replace('{n}', n === undefined ? '' : String(n)).replace('{v}', v ?? '');

function messageOf(issue: TIssue, language: TLanguage): string {
  const t = (key: keyof typeof TEMPLATES, n?: unknown, v?: string) => fill(TEMPLATES[key][language], n, v);
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return t('required');
      // z.coerce.number() of "abc" is NaN: still "must be a number"
      const expected = issue.expected === 'number' && Number.isNaN(issue.input) ? 'number' : issue.expected;
      const name = TYPE_NAMES[expected];
      return name ? t('invalidType', undefined, name[language]) : t('invalid');
    }
    case 'too_small': {
      const n = issue.minimum;
      if (issue.origin === 'string') {
        if (issue.exact) return t('exactChars', n);
        return Number(n) === 1 ? t('notEmpty') : t('minChars', n);
      }
      if (issue.origin === 'array' || issue.origin === 'set') return Number(n) === 1 ? t('notEmpty') : t('minItems', n);
      return issue.inclusive === false ? t('above', n) : t('atLeast', n);
    }
    case 'too_big': {
      const n = issue.maximum;
      if (issue.origin === 'string') return issue.exact ? t('exactChars', n) : t('maxChars', n);
      if (issue.origin === 'array' || issue.origin === 'set') return t('maxItems', n);
      if (issue.origin === 'file') return t('maxSize', n);
      return issue.inclusive === false ? t('below', n) : t('atMost', n);
    }
    case 'invalid_format': {
      const format = FORMAT_NAMES[issue.format];
      return format ? format[language] : t('badFormat');
    }
    case 'not_multiple_of':
      return t('multipleOf', issue.divisor);
    case 'invalid_value':
      return t('oneOf', undefined, issue.values.map((value) => String(value)).join(', '));
    case 'unrecognized_keys':
      return t('unknownKeys', undefined, issue.keys.join(', '));
    default:
      return t('invalid');
  }
}

/** zod's error map in one language: the messages a schema does not write itself. */
export const validationErrorMap =
  (language: TLanguage): z.core.$ZodErrorMap =>
  (issue) =>
    messageOf(issue, language);

/** Installs the Vietnamese map as zod's default, once at start (API and SPA). */
export function installVietnameseValidationMessages(): void {
  z.config({ localeError: validationErrorMap('vi') });
}

// Vietnamese message → English, for each template (a `{v}` list or type name, a `{n}` number).
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const REVERSE = Object.entries(TEMPLATES).map(([key, { vi, en }]) => ({
  key,
  pattern: new RegExp(`^${escape(vi).replace('\\{n\\}', '(?<n>-?[\\d.e+-]+)').replace('\\{v\\}', '(?<v>.+)')}$`),
  en,
}));
const TYPE_NAMES_BACK = new Map(Object.values(TYPE_NAMES).map(({ vi, en }) => [vi, en]));
const FORMAT_NAMES_BACK = new Map(Object.values(FORMAT_NAMES).map(({ vi, en }) => [vi, en]));

/** The English of a message this map wrote in Vietnamese; null for any other text. */
export function translateValidationMessage(message: string): string | null {
  const format = FORMAT_NAMES_BACK.get(message);
  if (format) return format;
  for (const { key, pattern, en } of REVERSE) {
    const match = pattern.exec(message);
    if (!match) continue;
    const v = match.groups?.v;
    // "Phải là …" is also how some domain messages begin: only zod's type names are ours
    if (key === 'invalidType' && !(v !== undefined && TYPE_NAMES_BACK.has(v))) continue;
    return fill(en, match.groups?.n, v === undefined ? undefined : (TYPE_NAMES_BACK.get(v) ?? v));
  }
  return null;
}
