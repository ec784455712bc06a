import { z } from 'zod';

/**
 * The online form of a procedure (biểu mẫu nhập liệu, "quy định theo từng dịch vụ"),
 * stored as JSON on ProcedureFormVersion and validated by this schema. The SPA renders
 * it and both the SPA and the API validate dossier form data with the zod schema built
 * from it (see form-data-schema.ts).
 */
export const ZLocalizedText = z.object({
  vi: z.string().min(1).max(500),
  en: z.string().min(1).max(500).optional(),
});
export type TLocalizedText = z.infer<typeof ZLocalizedText>;

const ZFieldKey = z
  .string()
  .regex(/^[a-z][a-zA-Z0-9_]{0,63}$/, 'Khóa trường chỉ gồm chữ, số và dấu gạch dưới, bắt đầu bằng chữ thường');

const base = {
  key: ZFieldKey,
  label: ZLocalizedText,
  required: z.boolean().default(false),
  help: ZLocalizedText.optional(),
};

const ZSelectOption = z.object({ value: z.string().min(1).max(100), label: ZLocalizedText });

export const ZTextField = z.object({
  ...base,
  kind: z.literal('text'),
  maxLength: z.number().int().positive().max(2000).optional(),
  /** ECMAScript regular expression the whole value must match */
  pattern: z.string().max(500).optional(),
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
  unit: z.string().max(20).optional(),
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
  options: z.array(ZSelectOption).min(1).max(500),
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
  columns: z.array(ZTableColumn).min(1).max(20),
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
  fields: z.array(ZFormField).min(1).max(200),
});

export const ZFormDefinition = z
  .object({
    sections: z.array(ZFormSection).min(1).max(30),
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
  provinceCode: z.string().min(1).max(10),
  provinceName: z.string().min(1).max(100),
  communeCode: z.string().max(10).optional(),
  communeName: z.string().min(1).max(100),
  street: z.string().max(300).optional(),
});
export type TAddressValue = z.infer<typeof ZAddressValue>;
