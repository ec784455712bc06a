/**
 * A filled-in example for an online form definition (the JSON of procedure_form_version):
 * one value per field that the form itself could have produced. seed-large computes one
 * template per distinct definition here, then PostgreSQL copies it into every dossier,
 * overwriting the applicant's name / id number / phone / e-mail fields per row.
 */

type Field = {
  kind: string;
  key: string;
  required?: boolean;
  label?: { vi?: string };
  maxLength?: number;
  pattern?: string;
  min?: number;
  max?: number;
  integer?: boolean;
  range?: 'any' | 'past' | 'future';
  options?: { value: string }[];
  multiple?: boolean;
  columns?: Field[];
  minRows?: number;
  maxRows?: number;
};
type Definition = { sections?: { fields?: Field[] }[] };

export interface FormTemplate {
  template: Record<string, unknown>;
  /** Keys to overwrite per dossier (null when the form has no such field) */
  nameKey: string | null;
  idKey: string | null;
  phoneKey: string | null;
  emailKey: string | null;
  /** Fields whose pattern the generated value does not match (reported, not fatal) */
  unmatched: string[];
}

const ID = '011085012345';
const PHONE = '0912345678';
const EMAIL = 'nguoinop@example.com';
const TAX = '5600123456';

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

function textValue(field: Field): string {
  const label = (field.label?.vi ?? '').toLowerCase();
  const key = field.key.toLowerCase();
  const pattern = field.pattern ?? '';
  let value: string;
  if (pattern.includes('{12}')) value = ID;
  else if (pattern.startsWith('^0(3|5|7|8|9)') || key.includes('dienthoai') || label.includes('điện thoại')) value = PHONE;
  else if (pattern.includes('@') || key.includes('email') || label.includes('thư điện tử')) value = EMAIL;
  else if (pattern.includes('{10}') || key.includes('masothue') || key.includes('masodoanhnghiep')) value = TAX;
  else if (label.startsWith('họ') || key.startsWith('hoten')) value = 'Nguyễn Văn An';
  else if (label.includes('số')) value = '12/2025';
  else value = `Nội dung ${field.label?.vi ?? field.key}`.slice(0, 200);
  if (field.maxLength !== undefined) value = value.slice(0, field.maxLength);
  return value;
}

/** Generic candidates tried in turn when the preferred value does not match a field's pattern */
const FALLBACKS = [ID, PHONE, EMAIL, TAX, '4711', ...Array.from({ length: 16 }, (_, i) => '1234567890123456'.slice(0, i + 1)), 'ABC123'];

function matches(pattern: string, value: string): boolean {
  try {
    return new RegExp(pattern, 'u').test(value);
  } catch {
    return false;
  }
}

function valueOf(field: Field, unmatched: string[]): unknown {
  switch (field.kind) {
    case 'text': {
      const value = textValue(field);
      if (!field.pattern || matches(field.pattern, value)) return value;
      const fallback = FALLBACKS.find(
        (candidate) => candidate.length <= (field.maxLength ?? Infinity) && matches(field.pattern!, candidate),
      );
      if (fallback !== undefined) return fallback;
      unmatched.push(field.key);
      return value;
    }
    case 'textarea':
      return `Trình bày ${field.label?.vi?.toLowerCase() ?? field.key}: nội dung mẫu do bộ sinh dữ liệu thử tạo.`.slice(
        0,
        field.maxLength ?? 4000,
      );
    case 'number': {
      let value = field.min !== undefined ? Math.max(field.min, 1) : 1;
      if (field.max !== undefined && value > field.max) value = field.max;
      if (field.min === undefined && (field.max === undefined || field.max >= 100)) value = 100;
      return field.integer ? Math.ceil(value) : value;
    }
    case 'date': {
      const now = Date.now();
      if (field.range === 'future') return isoDate(new Date(now + 30 * 86_400_000));
      return isoDate(new Date(now - 400 * 86_400_000));
    }
    case 'select': {
      const first = field.options?.[0]?.value ?? '';
      return field.multiple ? [first] : first;
    }
    case 'checkbox':
      return true;
    case 'address':
      return {
        provinceCode: '11',
        provinceName: 'Tỉnh Điện Biên',
        communeCode: '03127',
        communeName: 'Phường Mường Thanh',
        street: 'Số 12, đường Nguyễn Chí Thanh, tổ dân phố 7',
      };
    case 'table': {
      const rows = Math.max(1, field.minRows ?? 0);
      return Array.from({ length: Math.min(rows, field.maxRows ?? rows) }, () =>
        Object.fromEntries((field.columns ?? []).map((column) => [column.key, valueOf(column, unmatched)])),
      );
    }
    default:
      return null;
  }
}

/**
 * `sample`: the form's own filled-in example when the database has one (it wins over the
 * generated values, field by field).
 */
export function formTemplateOf(definition: unknown, sample?: unknown): FormTemplate {
  const fields = ((definition as Definition).sections ?? []).flatMap((section) => section.fields ?? []);
  const unmatched: string[] = [];
  const own = sample && typeof sample === 'object' && !Array.isArray(sample) ? (sample as Record<string, unknown>) : {};
  const template: Record<string, unknown> = {};
  for (const field of fields) {
    if (own[field.key] !== undefined && own[field.key] !== null) template[field.key] = own[field.key];
    else template[field.key] = valueOf(field, unmatched);
  }
  const text = fields.filter((field) => field.kind === 'text');
  const find = (test: (field: Field) => boolean) => text.find(test)?.key ?? null;
  return {
    template,
    nameKey: find((f) => f.key.toLowerCase().startsWith('hoten') || (f.label?.vi ?? '').toLowerCase().startsWith('họ')),
    idKey: find((f) => (f.pattern ?? '').includes('{12}')),
    phoneKey: find((f) => (f.pattern ?? '').startsWith('^0(3|5|7|8|9)')),
    emailKey: find((f) => (f.pattern ?? '').includes('@')),
    unmatched,
  };
}
