import { z } from 'zod';
import { zText } from './common.ts';
import { fieldErrorsOf } from './errors.ts';
import { ZAddressValue, type TFormDefinition, type TFormField } from './form-definition.ts';
import { isValidLocalDate, localDateOf } from './vietnam-time.ts';

/**
 * Validation of a dossier's `formData` against its procedure's form definition. The SPA
 * and the API build the same schema from the same definition, so a form the SPA accepts
 * is never refused by the API for a different reason.
 *
 * Two modes:
 * - `draft`: saving an unsent dossier. Nothing is required, but every value present must
 *   be something the form itself could have produced: the right type, a real date, one
 *   of the options, within maxLength / maxRows. Rules the citizen may still be working
 *   towards (required, min/max, integer, pattern, date range, minRows, ticked
 *   declarations) wait for `submit`, so a half-filled draft always saves.
 * - `submit`: sending or sending a supplement; every rule applies.
 *
 * Blank values (empty or whitespace-only strings, null, NaN from an empty number input,
 * empty arrays, an address with no part filled in) count as missing, and missing
 * optional values are left out of the output. Unknown keys are stripped. Every issue is
 * reported at once, keyed by path, with a Vietnamese message the SPA shows as is.
 */
export type TFormDataMode = 'draft' | 'submit';
export const FORM_DATA_MODES = ['draft', 'submit'] as const satisfies readonly TFormDataMode[];

export type TFormDataSchemaOptions = {
  /** The clock for `date` range rules; "today" is the Vietnam local date of now(). */
  now?: () => Date;
};

export type TFormData = Record<string, unknown>;

const INVALID = 'Giá trị không hợp lệ';

/** Vietnamese messages; `label` is the field's Vietnamese label. */
export const FORM_DATA_MESSAGES = {
  invalid: INVALID,
  enter: (label: string) => `Vui lòng nhập ${label}`,
  choose: (label: string) => `Vui lòng chọn ${label}`,
  confirm: (label: string) => `Vui lòng đánh dấu xác nhận: ${label}`,
  tooLong: (label: string, max: number) => `${label} không được vượt quá ${max} ký tự`,
  pattern: (label: string) => `${label} không đúng định dạng`,
  integer: (label: string) => `${label} phải là số nguyên`,
  min: (label: string, min: number) => `${label} không được nhỏ hơn ${min}`,
  max: (label: string, max: number) => `${label} không được lớn hơn ${max}`,
  invalidDate: 'Ngày không hợp lệ',
  notAfterToday: (label: string) => `${label} không được sau ngày hôm nay`,
  notBeforeToday: (label: string) => `${label} không được trước ngày hôm nay`,
  minRows: (label: string, min: number) => `${label} cần ít nhất ${min} dòng`,
  maxRows: (label: string, max: number) => `${label} tối đa ${max} dòng`,
  province: 'Vui lòng chọn Tỉnh/Thành phố',
  commune: 'Vui lòng chọn Phường/Xã',
  streetTooLong: 'Địa chỉ chi tiết quá dài',
} as const;
const M = FORM_DATA_MESSAGES;

type TBuildContext = { mode: TFormDataMode; today: () => string };

const isBlankString = (value: unknown): boolean => typeof value === 'string' && value.trim() === '';
const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Address parts left empty by the widget are absent, not invalid. */
const withoutBlankParts = (value: unknown): unknown =>
  isPlainObject(value) ? Object.fromEntries(Object.entries(value).filter(([, part]) => !isBlankString(part) && part !== null)) : value;

const blankToUndefined =
  (field: TFormField) =>
  (value: unknown): unknown => {
    if (value === null || isBlankString(value)) return undefined;
    if (typeof value === 'number' && Number.isNaN(value)) return undefined;
    if (Array.isArray(value) && value.length === 0 && (field.kind === 'table' || field.kind === 'select')) return undefined;
    if (field.kind === 'address') {
      const parts = withoutBlankParts(value);
      if (isPlainObject(parts) && Object.keys(parts).length === 0) return undefined;
      return parts;
    }
    return value;
  };

/**
 * When a value is needed in this mode, and the message for its absence. A ticked-box
 * rule follows HTML: a `required` checkbox must be ticked, like one with mustBeChecked.
 * A table with minRows ≥ 1 needs rows even when not marked required.
 */
const missingMessageOf = (field: TFormField, mode: TFormDataMode): string | null => {
  if (mode === 'draft') return null;
  const label = field.label.vi;
  switch (field.kind) {
    case 'checkbox':
      return field.required || field.mustBeChecked ? M.confirm(label) : null;
    case 'table':
      if ((field.minRows ?? 0) >= 1) return M.minRows(label, field.minRows ?? 1);
      return field.required ? M.enter(label) : null;
    case 'select':
    case 'address':
      return field.required ? M.choose(label) : null;
    default:
      return field.required ? M.enter(label) : null;
  }
};

/** Compiled once per schema; a broken pattern is a form-definition bug and fails loudly. */
const wholeValueRegex = (field: { key: string; pattern: string }): RegExp => {
  try {
    return new RegExp(`^(?:${field.pattern})$`, 'u');
  } catch (cause) {
    throw new Error(`Form field "${field.key}" has an invalid pattern: ${field.pattern}`, { cause });
  }
};

/** Runs a schema whose own messages are not ours (shared ZAddressValue) and rewrites them. */
const withMessages = <T extends z.ZodType>(
  schema: T,
  messageOf: (issue: z.core.$ZodIssue, value: unknown) => string,
) =>
  z.unknown().transform((value, ctx): z.output<T> => {
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      ctx.addIssue({ code: 'custom', path: [...issue.path], message: messageOf(issue, value) });
    }
    return z.NEVER;
  });

const addressMessageOf = (issue: z.core.$ZodIssue, value: unknown): string => {
  const part = issue.path[0];
  const missing = isPlainObject(value) && typeof part === 'string' && value[part] === undefined;
  if (missing && (part === 'provinceCode' || part === 'provinceName')) return M.province;
  if (missing && part === 'communeName') return M.commune;
  if (part === 'street' && issue.code === 'too_big') return M.streetTooLong;
  return M.invalid;
};

/** The schema of a value that is present (not blank). */
const presentValueSchema = (field: TFormField, ctx: TBuildContext): z.ZodType => {
  const label = field.label.vi;
  const submit = ctx.mode === 'submit';
  switch (field.kind) {
    case 'text':
    case 'textarea': {
      let schema = zText({ error: M.invalid }).trim();
      if (field.maxLength !== undefined) schema = schema.max(field.maxLength, M.tooLong(label, field.maxLength));
      if (submit && field.kind === 'text' && field.pattern !== undefined) {
        schema = schema.regex(wholeValueRegex({ key: field.key, pattern: field.pattern }), field.patternMessage?.vi ?? M.pattern(label));
      }
      return schema;
    }
    case 'number': {
      let schema = z.number({ error: M.invalid });
      if (submit && field.integer) schema = schema.int(M.integer(label));
      if (submit && field.min !== undefined) schema = schema.min(field.min, M.min(label, field.min));
      if (submit && field.max !== undefined) schema = schema.max(field.max, M.max(label, field.max));
      return schema;
    }
    case 'date': {
      let schema = zText({ error: M.invalid }).refine(isValidLocalDate, { error: M.invalidDate, abort: true });
      // "today" is read at parse time so a schema cached across midnight stays right.
      if (submit && field.range === 'past') schema = schema.refine((d) => d <= ctx.today(), M.notAfterToday(label));
      if (submit && field.range === 'future') schema = schema.refine((d) => d >= ctx.today(), M.notBeforeToday(label));
      return schema;
    }
    case 'select': {
      const values = new Set(field.options.map((option) => option.value));
      const option = zText({ error: M.invalid }).refine((v) => values.has(v), M.invalid);
      if (!field.multiple) return option;
      // Ticking the same option twice is a UI glitch, not an error.
      return z.array(option, { error: M.invalid }).transform((chosen) => [...new Set(chosen)]);
    }
    case 'checkbox': {
      const schema = z.boolean({ error: M.invalid });
      return submit && (field.required || field.mustBeChecked) ? schema.refine((v) => v, M.confirm(label)) : schema;
    }
    case 'address':
      return withMessages(submit ? ZAddressValue : ZAddressValue.partial(), addressMessageOf);
    case 'table': {
      const row = z.object(
        Object.fromEntries(field.columns.map((column) => [column.key, fieldSchema(column, ctx)])),
        { error: M.invalid },
      );
      let schema = z.array(row, { error: M.invalid });
      if (field.maxRows !== undefined) schema = schema.max(field.maxRows, M.maxRows(label, field.maxRows));
      if (submit && field.minRows !== undefined && field.minRows > 0) {
        schema = schema.min(field.minRows, M.minRows(label, field.minRows));
      }
      return schema;
    }
  }
};

const fieldSchema = (field: TFormField, ctx: TBuildContext): z.ZodType => {
  const present = presentValueSchema(field, ctx);
  const missingMessage = missingMessageOf(field, ctx.mode);
  const blank = blankToUndefined(field);
  if (missingMessage === null) return z.preprocess(blank, present.optional());
  return z.preprocess(
    blank,
    z
      .unknown()
      .refine((value): boolean => value !== undefined, { error: missingMessage, abort: true })
      .pipe(present),
  );
};

/** All fields of the definition, in display order. */
export const formFieldsOf = (definition: TFormDefinition): TFormField[] =>
  definition.sections.flatMap((section) => section.fields);

export const buildFormDataSchema = (
  definition: TFormDefinition,
  mode: TFormDataMode,
  options: TFormDataSchemaOptions = {},
) => {
  const now = options.now ?? (() => new Date());
  const ctx: TBuildContext = { mode, today: () => localDateOf(now()) };
  const shape: Record<string, z.ZodType> = {};
  for (const field of formFieldsOf(definition)) shape[field.key] = fieldSchema(field, ctx);
  return z.object(shape, { error: 'Dữ liệu biểu mẫu không hợp lệ' });
};
export type TFormDataSchema = ReturnType<typeof buildFormDataSchema>;

/**
 * Field errors for the API's problem body: path joined with '.' (e.g. `members.0.fullName`,
 * `address.provinceCode`) → the first message for that path. Empty when the data is valid.
 */
export const formDataErrors = (
  definition: TFormDefinition,
  data: unknown,
  mode: TFormDataMode,
  options: TFormDataSchemaOptions = {},
): Record<string, string> => {
  const result = buildFormDataSchema(definition, mode, options).safeParse(data);
  return result.success ? {} : fieldErrorsOf(result.error);
};
