import { z } from 'zod';
import { zText } from './common.ts';

/**
 * The online form of a procedure (biểu mẫu nhập liệu, "quy định theo từng dịch vụ"),
 * stored as JSON on ProcedureFormVersion and validated by this schema. The SPA renders
 * it and both the SPA and the API validate dossier form data with the zod schema built
 * from it (see form-data-schema.ts).
 */
/** The messages an administrator sees while building a form (English in FORM_DEFINITION_MESSAGES_EN). */
export const FORM_DEFINITION_MESSAGES = {
  textVi: 'Nhập nội dung tiếng Việt',
  textEn: 'Nhập nội dung tiếng Anh hoặc bỏ trống ô này',
  textTooLong: 'Tối đa 500 ký tự',
  optionValue: 'Nhập giá trị của lựa chọn (tối đa 100 ký tự)',
  options: 'Danh sách chọn cần từ 1 đến 500 lựa chọn',
  columns: 'Bảng cần từ 1 đến 20 cột',
  fields: 'Mỗi phần của biểu mẫu cần từ 1 đến 200 trường',
  sections: 'Biểu mẫu cần từ 1 đến 30 phần',
} as const;

export const FORM_DEFINITION_MESSAGES_EN: Readonly<Record<string, string>> = {
  [FORM_DEFINITION_MESSAGES.textVi]: 'Enter the Vietnamese text',
  [FORM_DEFINITION_MESSAGES.textEn]: 'Enter the English text or leave this box empty',
  [FORM_DEFINITION_MESSAGES.textTooLong]: 'At most 500 characters',
  [FORM_DEFINITION_MESSAGES.optionValue]: 'Enter the value of the option (at most 100 characters)',
  [FORM_DEFINITION_MESSAGES.options]: 'A choice list needs 1 to 500 options',
  [FORM_DEFINITION_MESSAGES.columns]: 'A table needs 1 to 20 columns',
  [FORM_DEFINITION_MESSAGES.fields]: 'Each part of the form needs 1 to 200 fields',
  [FORM_DEFINITION_MESSAGES.sections]: 'A form needs 1 to 30 parts',
  'Khóa trường chỉ gồm chữ, số và dấu gạch dưới, bắt đầu bằng chữ thường':
    'A field key has only letters, digits and underscores, and starts with a lower-case letter',
};

const M = FORM_DEFINITION_MESSAGES;

export const ZLocalizedText = z.object({
  vi: zText().trim().min(1, M.textVi).max(500, M.textTooLong),
  en: zText().trim().min(1, M.textEn).max(500, M.textTooLong).optional(),
});
export type TLocalizedText = z.infer<typeof ZLocalizedText>;

const ZFieldKey = zText()
  .regex(/^[a-z][a-zA-Z0-9_]{0,63}$/, 'Khóa trường chỉ gồm chữ, số và dấu gạch dưới, bắt đầu bằng chữ thường');

const base = {
  key: ZFieldKey,
  label: ZLocalizedText,
  required: z.boolean().default(false),
  help: ZLocalizedText.optional(),
};

const ZSelectOption = z.object({ value: zText().min(1, M.optionValue).max(100, M.optionValue), label: ZLocalizedText });

export const ZTextField = z.object({
  ...base,
  kind: z.literal('text'),
  maxLength: z.number().int().positive().max(2000).optional(),
  /** ECMAScript regular expression the whole value must match */
  pattern: zText().max(500).optional(),
  patternMessage: ZLocalizedText.optional(),
  placeholder: ZLocalizedText.optional(),
});
export const ZTextareaField = z.object({
  ...base,
  kind: z.literal('textarea'),
  maxLength: z.number().int().positive().max(20000).optional(),
});
export const ZNumberField = z.object({
  ...base,
  kind: z.literal('number'),
  min: z.number().optional(),
  max: z.number().optional(),
  integer: z.boolean().optional(),
  /** e.g. "m²", "VND", "người" */
  unit: zText().max(20).optional(),
});
export const ZDateField = z.object({
  ...base,
  kind: z.literal('date'),
  /** "past": not after today; "future": not before today */
  range: z.enum(['any', 'past', 'future']).optional(),
});
export const ZSelectField = z.object({
  ...base,
  kind: z.literal('select'),
  options: z.array(ZSelectOption).min(1, M.options).max(500, M.options),
  multiple: z.boolean().optional(),
});
export const ZCheckboxField = z.object({
  ...base,
  kind: z.literal('checkbox'),
  /** A declaration that must be ticked before sending (cam đoan) */
  mustBeChecked: z.boolean().optional(),
});
/** Vietnamese address: province → commune/ward, then street and house number */
export const ZAddressField = z.object({
  ...base,
  kind: z.literal('address'),
});

export const ZTableColumn = z.discriminatedUnion('kind', [
  ZTextField,
  ZNumberField,
  ZDateField,
  ZSelectField,
]);
export const ZTableField = z.object({
  ...base,
  kind: z.literal('table'),
  columns: z.array(ZTableColumn).min(1, M.columns).max(20, M.columns),
  minRows: z.number().int().nonnegative().optional(),
  maxRows: z.number().int().positive().max(500).optional(),
});

export const ZFormField = z.discriminatedUnion('kind', [
  ZTextField,
  ZTextareaField,
  ZNumberField,
  ZDateField,
  ZSelectField,
  ZCheckboxField,
  ZAddressField,
  ZTableField,
]);
export type TFormField = z.infer<typeof ZFormField>;
export type TFormFieldInput = z.input<typeof ZFormField>;
export const FORM_FIELD_KINDS = ['text', 'textarea', 'number', 'date', 'select', 'checkbox', 'address', 'table'] as const;
export type TFormFieldKind = (typeof FORM_FIELD_KINDS)[number];

export const ZFormSection = z.object({
  title: ZLocalizedText,
  description: ZLocalizedText.optional(),
  fields: z.array(ZFormField).min(1, M.fields).max(200, M.fields),
});

export const ZFormDefinition = z
  .object({
    sections: z.array(ZFormSection).min(1, M.sections).max(30, M.sections),
  })
  .superRefine((def, ctx) => {
    const seen = new Set<string>();
    def.sections.forEach((section, s) =>
      section.fields.forEach((field, f) => {
        if (seen.has(field.key)) {
          ctx.addIssue({
            code: 'custom',
            path: ['sections', s, 'fields', f, 'key'],
            message: `Khóa trường "${field.key}" bị trùng`,
          });
        }
        seen.add(field.key);
      }),
    );
  });
export type TFormDefinition = z.infer<typeof ZFormDefinition>;
export type TFormDefinitionInput = z.input<typeof ZFormDefinition>;

/** Value of an address field in form data */
export const ZAddressValue = z.object({
  provinceCode: zText().min(1).max(10),
  provinceName: zText().min(1).max(100),
  communeCode: zText().max(10).optional(),
  communeName: zText().min(1).max(100),
  street: zText().max(300).optional(),
});
export type TAddressValue = z.infer<typeof ZAddressValue>;
