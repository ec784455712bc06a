import {
  FORM_FIELD_KINDS,
  ZFormDefinition,
  ZFormField,
  searchNormalize,
  type TFormDefinition,
  type TFormFieldInput,
  type TFormFieldKind,
} from '@portal/domain';
import { z } from 'zod';

/**
 * The form builder's working copy of an online form: sections of fields, each with a
 * stable `uid` for React and for focus (keys change with labels), and `autoKey` while
 * the field's data key still follows its Vietnamese label. Pure functions only: the
 * builder component keeps the state, the tests drive these directly.
 */
export type TColumnKind = 'text' | 'number' | 'date' | 'select';
export const COLUMN_KINDS: readonly TColumnKind[] = ['text', 'number', 'date', 'select'];
export { FORM_FIELD_KINDS };

export interface BuilderField {
  uid: string;
  autoKey: boolean;
  field: TFormFieldInput;
}

export interface BuilderSection {
  uid: string;
  title: { vi: string; en?: string | undefined };
  fields: BuilderField[];
}

export interface BuilderState {
  sections: BuilderSection[];
}

let sequence = 0;
const nextUid = () => `b${++sequence}`;

/** "Độ sâu giếng (m)" → "doSauGiengM": a data key from a label, as the schema wants it. */
export function keyFromLabel(label: string): string {
  const words = searchNormalize(label).split(' ').filter(Boolean);
  const camel = words.map((word, index) => (index === 0 ? word : word.charAt(0).toUpperCase() + word.slice(1))).join('');
  const key = /^[a-z]/.test(camel) ? camel : `truong${camel.charAt(0).toUpperCase()}${camel.slice(1)}`;
  return key.slice(0, 64) || 'truong';
}

/** Every key used in the form. */
const keysOf = (state: BuilderState, exceptUid?: string) =>
  new Set(state.sections.flatMap((section) => section.fields.filter((item) => item.uid !== exceptUid).map((item) => item.field.key)));

/** `base`, or `base2`, `base3`… : the first not yet used. */
function uniqueKey(base: string, used: Set<string>): string {
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}${n}`)) return `${base}${n}`;
}

export function fromDefinition(definition: TFormDefinition): BuilderState {
  return {
    sections: definition.sections.map((section) => ({
      uid: nextUid(),
      title: { ...section.title },
      fields: section.fields.map((field) => ({ uid: nextUid(), autoKey: false, field: structuredClone(field) as TFormFieldInput })),
    })),
  };
}

/** A field of `kind` with the defaults it needs to be valid at once (a label, an option, a column). */
export function newField(kind: TFormFieldKind, label: string, key: string): TFormFieldInput {
  const base = { key, label: { vi: label }, required: false };
  switch (kind) {
    case 'select':
      return { ...base, kind, options: [{ value: 'lua_chon_1', label: { vi: 'Lựa chọn 1' } }] };
    case 'table':
      return { ...base, kind, columns: [{ key: 'cot1', kind: 'text', label: { vi: 'Cột 1' } }] };
    default:
      return { ...base, kind };
  }
}

/** Adds a field of `kind` at the end of a section; returns the new state and the field's uid. */
export function addField(state: BuilderState, sectionUid: string, kind: TFormFieldKind, label: string): { state: BuilderState; uid: string } {
  const uid = nextUid();
  const key = uniqueKey(keyFromLabel(label), keysOf(state));
  return {
    uid,
    state: {
      sections: state.sections.map((section) =>
        section.uid === sectionUid ? { ...section, fields: [...section.fields, { uid, autoKey: true, field: newField(kind, label, key) }] } : section,
      ),
    },
  };
}

/** Replaces a field (its editor changed it); a label change renames an automatic key. */
export function updateField(state: BuilderState, uid: string, change: (field: TFormFieldInput) => TFormFieldInput): BuilderState {
  return mapField(state, uid, (item) => {
    const field = change(item.field);
    // The administrator typed a key: it is theirs from now on.
    if (field.key !== item.field.key) return { ...item, field, autoKey: false };
    if (item.autoKey && field.label.vi !== item.field.label.vi) {
      return { ...item, field: { ...field, key: uniqueKey(keyFromLabel(field.label.vi), keysOf(state, uid)) } };
    }
    return { ...item, field };
  });
}

/** The kind changes, keeping what the kinds share (key, label, required, help). */
export function changeKind(state: BuilderState, uid: string, kind: TFormFieldKind): BuilderState {
  return mapField(state, uid, (item) => {
    const { key, label, required, help } = item.field;
    const field = { ...newField(kind, label.vi, key), label, required, ...(help ? { help } : {}) } as TFormFieldInput;
    return { ...item, field };
  });
}

export function removeField(state: BuilderState, uid: string): BuilderState {
  return { sections: state.sections.map((section) => ({ ...section, fields: section.fields.filter((item) => item.uid !== uid) })) };
}

/** Moves a field one place up (-1) or down (+1), across into the neighbouring section at the edges. */
export function moveField(state: BuilderState, uid: string, delta: -1 | 1): BuilderState {
  const sections = state.sections.map((section) => ({ ...section, fields: [...section.fields] }));
  const s = sections.findIndex((section) => section.fields.some((item) => item.uid === uid));
  if (s < 0) return state;
  const fields = sections[s]!.fields;
  const f = fields.findIndex((item) => item.uid === uid);
  const target = f + delta;
  if (target >= 0 && target < fields.length) {
    [fields[f], fields[target]] = [fields[target]!, fields[f]!];
    return { sections };
  }
  const neighbour = sections[s + delta];
  if (!neighbour) return state;
  const [moved] = fields.splice(f, 1);
  if (delta < 0) neighbour.fields.push(moved!);
  else neighbour.fields.unshift(moved!);
  return { sections };
}

export function addSection(state: BuilderState, title: string): BuilderState {
  return { sections: [...state.sections, { uid: nextUid(), title: { vi: title }, fields: [] }] };
}

export function updateSection(state: BuilderState, uid: string, title: BuilderSection['title']): BuilderState {
  return { sections: state.sections.map((section) => (section.uid === uid ? { ...section, title } : section)) };
}

export function removeSection(state: BuilderState, uid: string): BuilderState {
  return { sections: state.sections.filter((section) => section.uid !== uid) };
}

export function moveSection(state: BuilderState, uid: string, delta: -1 | 1): BuilderState {
  const sections = [...state.sections];
  const index = sections.findIndex((section) => section.uid === uid);
  const target = index + delta;
  if (index < 0 || target < 0 || target >= sections.length) return state;
  [sections[index], sections[target]] = [sections[target]!, sections[index]!];
  return { sections };
}

/** Empty English texts are left out (the schema wants either a text or nothing). */
const cleanText = (text: { vi: string; en?: string | undefined }) => (text.en?.trim() ? { vi: text.vi, en: text.en.trim() } : { vi: text.vi });

/** What is sent to the API: `PUT …/form` validates it with the same ZFormDefinition. */
export function toDefinitionInput(state: BuilderState) {
  return {
    sections: state.sections.map((section) => ({
      title: cleanText(section.title),
      fields: section.fields.map((item) => cleanField(item.field)),
    })),
  };
}

function cleanField(field: TFormFieldInput): TFormFieldInput {
  const cleaned = { ...field, label: cleanText(field.label) } as TFormFieldInput;
  if (field.help) {
    if (field.help.vi.trim()) cleaned.help = cleanText(field.help);
    else delete cleaned.help;
  }
  if (cleaned.kind === 'select') cleaned.options = cleaned.options.map((option) => ({ ...option, label: cleanText(option.label) }));
  if (cleaned.kind === 'table') cleaned.columns = cleaned.columns.map((column) => cleanField(column as TFormFieldInput) as typeof column);
  return cleaned;
}

/**
 * The whole form as the API will judge it: the definition, or the schema's messages per
 * path, in the language of the page (the API answers in Vietnamese).
 */
export function validate(state: BuilderState, language = 'vi'): { definition: TFormDefinition; errors: null } | { definition: null; errors: Record<string, string> } {
  const result = ZFormDefinition.safeParse(toDefinitionInput(state), { error: (language === 'en' ? z.locales.en() : z.locales.vi()).localeError });
  if (result.success) return { definition: result.data, errors: null };
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) errors[issue.path.map(String).join('.')] ??= issue.message;
  return { definition: null, errors };
}

/**
 * What the live preview shows while the form is being edited: every field that is valid
 * on its own (a field whose label is still empty waits), in sections that have one.
 */
export function previewDefinition(state: BuilderState): TFormDefinition | null {
  const used = new Set<string>();
  const sections = toDefinitionInput(state)
    .sections.map((section) => ({
      title: section.title.vi.trim() ? section.title : { vi: '—' },
      fields: section.fields.filter((field) => {
        if (used.has(field.key) || !ZFormField.safeParse(field).success) return false;
        used.add(field.key);
        return true;
      }),
    }))
    .filter((section) => section.fields.length > 0);
  const parsed = ZFormDefinition.safeParse({ sections });
  return parsed.success ? parsed.data : null;
}

function mapField(state: BuilderState, uid: string, change: (item: BuilderField) => BuilderField): BuilderState {
  return { sections: state.sections.map((section) => ({ ...section, fields: section.fields.map((item) => (item.uid === uid ? change(item) : item)) })) };
}
