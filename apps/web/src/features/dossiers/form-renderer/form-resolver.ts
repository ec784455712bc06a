import {
  buildFormDataSchema,
  fieldErrorsOf,
  formFieldsOf,
  type TFormDataMode,
  type TFormDefinition,
  type TFormField,
} from '@portal/domain';
import { set, type FieldErrors, type Resolver } from 'react-hook-form';
import { toFormData, type TFormInputValues } from './form-values.ts';

/**
 * Validation of the rendered form with the shared schema (`buildFormDataSchema`), the
 * one the API applies: the inputs are converted to form data, parsed in the current
 * mode (`draft` for Lưu lại, `submit` for Gửi đi), and every issue lands on its input.
 */
export function formDataResolver(definition: TFormDefinition, mode: () => TFormDataMode): Resolver<TFormInputValues> {
  const schemas = new Map<TFormDataMode, ReturnType<typeof buildFormDataSchema>>();
  const schemaOf = (current: TFormDataMode) => {
    let schema = schemas.get(current);
    if (!schema) {
      schema = buildFormDataSchema(definition, current);
      schemas.set(current, schema);
    }
    return schema;
  };
  return (values) => {
    const result = schemaOf(mode()).safeParse(toFormData(definition, values));
    if (result.success) return { values, errors: {} };
    return { values: {}, errors: nestFieldErrors(definition, fieldErrorsOf(result.error)) };
  };
}

/**
 * Where a schema path is shown: the address's province name is chosen with its code, a
 * table's own rules (minRows) sit on the table as a whole (`root`, like RHF field arrays).
 */
export const inputPathOf = (definition: TFormDefinition, path: string): string => {
  const [key = '', ...rest] = path.split('.');
  const field = formFieldsOf(definition).find((candidate) => candidate.key === key);
  if (field?.kind === 'address') {
    const part = rest[0];
    if (part === undefined || part === 'provinceName' || part === 'provinceCode') return `${key}.provinceCode`;
    if (part === 'communeCode') return `${key}.communeName`;
    return `${key}.${part}`;
  }
  if (field?.kind === 'table' && rest.length === 0) return `${key}.root`;
  return path;
};

/** Flat `path → message` (schema or API) → react-hook-form's nested errors. */
export function nestFieldErrors(definition: TFormDefinition, flat: Readonly<Record<string, string>>): FieldErrors<TFormInputValues> {
  const errors: FieldErrors<TFormInputValues> = {};
  for (const [path, message] of Object.entries(flat)) {
    const target = inputPathOf(definition, path);
    // The first message for an input wins (e.g. provinceCode before provinceName).
    if (readError(errors, target) === undefined) set(errors, target, { type: 'validate', message });
  }
  return errors;
}

const readError = (errors: unknown, path: string): string | undefined => {
  let node: unknown = errors;
  for (const part of path.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  if (typeof node !== 'object' || node === null) return undefined;
  const message = (node as { message?: unknown }).message;
  return typeof message === 'string' && message ? message : undefined;
};

/** The message on one input, from nested errors (`address.provinceCode`, `members.0.name`, `members.root`). */
export const errorAt = (errors: FieldErrors<TFormInputValues>, path: string): string | undefined => readError(errors, path);

/** DOM id of the control for an input path; the error summary links to it. */
export const controlIdOf = (prefix: string, path: string): string => `${prefix}-${path.replace(/\./g, '-')}`;

export type TFormErrorItem = { path: string; field: TFormField; message: string };

/**
 * Every error on the form in the order the fields are shown, each with the path of the
 * control to focus: a table's own message points at its first cell (or its add button).
 */
export function formErrorList(definition: TFormDefinition, errors: FieldErrors<TFormInputValues>): TFormErrorItem[] {
  const items: TFormErrorItem[] = [];
  const push = (path: string, field: TFormField) => {
    const message = readError(errors, path);
    if (message) items.push({ path, field, message });
  };
  for (const field of formFieldsOf(definition)) {
    if (field.kind === 'address') {
      for (const part of ['provinceCode', 'communeName', 'street']) push(`${field.key}.${part}`, field);
    } else if (field.kind === 'table') {
      push(`${field.key}.root`, field);
      const rows = (errors as Record<string, unknown>)[field.key];
      if (typeof rows === 'object' && rows !== null) {
        const indexes = Object.keys(rows)
          .filter((key) => /^\d+$/.test(key))
          .map(Number)
          .sort((a, b) => a - b);
        for (const index of indexes) for (const column of field.columns) push(`${field.key}.${index}.${column.key}`, column);
      }
    } else {
      push(field.key, field);
    }
  }
  return items;
}
