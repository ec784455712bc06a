import {
  formFieldsOf,
  vnProvinceByCode,
  type TFormData,
  type TFormDefinition,
  type TFormField,
} from '@portal/domain';

/**
 * The form keeps what the citizen typed (strings for numbers, "dd/mm/yyyy" for dates);
 * the dossier stores typed values (numbers, "YYYY-MM-DD"). These two functions convert
 * between the two, so the shared schema always validates the stored shape and whatever
 * could not be converted reaches it unchanged and is reported as invalid.
 */
export type TInputValue = string | boolean | string[] | TAddressInput | TTableRowInput[];
export type TTableRowInput = Record<string, string>;
export type TAddressInput = { provinceCode: string; communeName: string; street: string };
export type TFormInputValues = Record<string, TInputValue>;

const two = (n: number) => String(n).padStart(2, '0');

/** "YYYY-MM-DD" → "dd/mm/yyyy"; anything else is returned as is. */
export const isoToVnDate = (iso: string): string => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
};

/**
 * What a person types as a date → "YYYY-MM-DD": "15/03/1985", "15/3/1985", "15-03-1985",
 * "15.03.1985" or already ISO. Returns null when it is not shaped like a date; whether
 * the day exists (30/02) is for the schema to say.
 */
export const vnToIsoDate = (input: string): string | null => {
  const text = input.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  return match ? `${match[3]}-${two(Number(match[2]))}-${two(Number(match[1]))}` : null;
};

/** "1.850,5" is not something we guess at: a comma is a decimal point, spaces are dropped. */
const toNumber = (input: string): number | string => {
  const text = input.trim().replace(/\s/gu, '').replace(',', '.');
  const value = Number(text);
  return text !== '' && Number.isFinite(value) ? value : input;
};

type TScalarField = Exclude<TFormField, { kind: 'table' | 'address' }>;

const emptyInputOf = (field: TFormField): TInputValue => {
  switch (field.kind) {
    case 'checkbox':
      return false;
    case 'select':
      return field.multiple ? [] : '';
    case 'address':
      return { provinceCode: '', communeName: '', street: '' };
    case 'table':
      return Array.from({ length: field.minRows ?? 0 }, () => emptyRowOf(field));
    default:
      return '';
  }
};

export const emptyRowOf = (field: Extract<TFormField, { kind: 'table' }>): TTableRowInput =>
  Object.fromEntries(field.columns.map((column) => [column.key, '']));

const scalarInputOf = (field: TScalarField, value: unknown): TInputValue => {
  if (value === undefined || value === null) return emptyInputOf(field);
  switch (field.kind) {
    case 'checkbox':
      return value === true;
    case 'number':
      return typeof value === 'number' ? String(value) : String(value);
    case 'date':
      return typeof value === 'string' ? isoToVnDate(value) : '';
    case 'select':
      if (field.multiple) return Array.isArray(value) ? value.map(String) : [];
      return typeof value === 'string' ? value : '';
    default:
      return typeof value === 'string' ? value : String(value);
  }
};

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Stored form data → the values the inputs start with (missing keys get empty inputs). */
export function toInputValues(definition: TFormDefinition, data: TFormData | null | undefined): TFormInputValues {
  const values: TFormInputValues = {};
  for (const field of formFieldsOf(definition)) {
    const value = data?.[field.key];
    if (field.kind === 'address') {
      const address = isRecord(value) ? value : {};
      values[field.key] = {
        provinceCode: typeof address.provinceCode === 'string' ? address.provinceCode : '',
        communeName: typeof address.communeName === 'string' ? address.communeName : '',
        street: typeof address.street === 'string' ? address.street : '',
      };
    } else if (field.kind === 'table') {
      values[field.key] = Array.isArray(value)
        ? value.map((row) =>
            Object.fromEntries(
              field.columns.map((column) => [column.key, String(scalarInputOf(column, isRecord(row) ? row[column.key] : undefined))]),
            ),
          )
        : emptyInputOf(field);
    } else {
      values[field.key] = scalarInputOf(field, value);
    }
  }
  return values;
}

const scalarDataOf = (field: TScalarField, input: unknown): unknown => {
  switch (field.kind) {
    case 'number':
      return typeof input === 'string' ? (input.trim() === '' ? undefined : toNumber(input)) : input;
    case 'date':
      return typeof input === 'string' ? (input.trim() === '' ? undefined : (vnToIsoDate(input) ?? input)) : input;
    case 'checkbox':
      return input === true;
    default:
      return input;
  }
};

/** The inputs → form data as stored on the dossier (blank values are left for the schema to drop). */
export function toFormData(definition: TFormDefinition, values: TFormInputValues): TFormData {
  const data: TFormData = {};
  for (const field of formFieldsOf(definition)) {
    const input = values[field.key];
    if (field.kind === 'address') {
      const address = isRecord(input) ? (input as Partial<TAddressInput>) : {};
      const provinceCode = address.provinceCode ?? '';
      // No commune code: the portal knows commune names, not their national codes.
      data[field.key] = {
        provinceCode,
        provinceName: vnProvinceByCode(provinceCode)?.name ?? '',
        communeName: (address.communeName ?? '').trim(),
        street: address.street ?? '',
      };
    } else if (field.kind === 'table') {
      data[field.key] = Array.isArray(input)
        ? (input as TTableRowInput[]).map((row) =>
            Object.fromEntries(field.columns.map((column) => [column.key, scalarDataOf(column, row[column.key] ?? '')])),
          )
        : [];
    } else {
      data[field.key] = scalarDataOf(field, input);
    }
  }
  return data;
}
