import type { TFormFieldInput, TFormFieldKind } from '@portal/domain';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button.tsx';
import { CheckboxField, SelectField, TextField } from '../../../components/form-field.tsx';
import { COLUMN_KINDS, FORM_FIELD_KINDS, type BuilderField, type TColumnKind } from './builder-model.ts';
import { LocalizedInputs } from './localized-inputs.tsx';

type SelectLike = Extract<TFormFieldInput, { kind: 'select' }>;
type TableLike = Extract<TFormFieldInput, { kind: 'table' }>;
type Column = TableLike['columns'][number];

export interface FieldEditorProps {
  item: BuilderField;
  /** 1-based position in the whole form, for the headings and button names */
  number: number;
  /** Schema messages of this field, by path below the field ("label.vi", "options") */
  errors: Record<string, string>;
  onChange(change: (field: TFormFieldInput) => TFormFieldInput): void;
  onKindChange(kind: TFormFieldKind): void;
  onMove(delta: -1 | 1): void;
  onRemove(): void;
  canMoveUp: boolean;
  canMoveDown: boolean;
}

/**
 * One field of the online form: its kind, Vietnamese and English label and help, data
 * key, required flag, and what its kind needs (options of a list, columns of a table,
 * unit of a number, declaration of a checkbox). Reordered with buttons, not by dragging.
 */
export function FieldEditor({ item, number, errors, onChange, onKindChange, onMove, onRemove, canMoveUp, canMoveDown }: FieldEditorProps) {
  const { t } = useTranslation();
  const { field, uid } = item;
  const id = (name: string) => `${uid}-${name}`;
  const name = field.label.vi || t('adminCatalogue.builder.untitled');
  return (
    <li className="builder-field" aria-labelledby={id('heading')}>
      <div className="builder-field__header">
        <h4 id={id('heading')} className="builder-field__title">
          {t('adminCatalogue.builder.fieldHeading', { number, name, kind: t(`adminCatalogue.kinds.${field.kind}`) })}
        </h4>
        <div className="builder-field__actions">
          <Button variant="ghost" id={id('up')} disabled={!canMoveUp} onClick={() => onMove(-1)} aria-label={t('adminCatalogue.builder.moveUp', { name })}>
            ↑
          </Button>
          <Button variant="ghost" id={id('down')} disabled={!canMoveDown} onClick={() => onMove(1)} aria-label={t('adminCatalogue.builder.moveDown', { name })}>
            ↓
          </Button>
          <Button variant="ghost" onClick={onRemove} aria-label={t('adminCatalogue.builder.removeField', { name })}>
            {t('adminCatalogue.builder.remove')}
          </Button>
        </div>
      </div>
      <div className="builder-field__grid">
        <SelectField id={id('kind')} label={t('adminCatalogue.builder.kind')} value={field.kind} onChange={(event) => onKindChange(event.target.value as TFormFieldKind)}>
          {FORM_FIELD_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`adminCatalogue.kinds.${kind}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          id={id('key')}
          label={t('adminCatalogue.builder.key')}
          hint={t('adminCatalogue.builder.keyHint')}
          value={field.key}
          error={errors.key}
          spellCheck={false}
          onChange={(event) => {
            const key = event.target.value;
            onChange((current) => ({ ...current, key }));
          }}
        />
      </div>
      <LocalizedInputs
        id={id('label')}
        label={t('adminCatalogue.builder.label')}
        value={field.label}
        required
        errors={{ vi: errors['label.vi'], en: errors['label.en'] }}
        onChange={(label) => onChange((current) => ({ ...current, label }))}
      />
      <LocalizedInputs
        id={id('help')}
        label={t('adminCatalogue.builder.help')}
        value={field.help ?? { vi: '' }}
        errors={{ vi: errors['help.vi'], en: errors['help.en'] }}
        onChange={(help) => onChange((current) => ({ ...current, help }))}
      />
      <CheckboxField
        id={id('required')}
        label={t('adminCatalogue.builder.required')}
        checked={field.required ?? false}
        onChange={(event) => {
          const required = event.target.checked;
          onChange((current) => ({ ...current, required }));
        }}
      />
      {field.kind === 'select' ? <OptionsEditor id={id('options')} field={field} errors={errors} onChange={(next) => onChange(() => next)} /> : null}
      {field.kind === 'table' ? <ColumnsEditor id={id('columns')} field={field} errors={errors} onChange={(next) => onChange(() => next)} /> : null}
      {field.kind === 'number' ? (
        <TextField
          id={id('unit')}
          label={t('adminCatalogue.builder.unit')}
          hint={t('adminCatalogue.builder.unitHint')}
          value={field.unit ?? ''}
          error={errors.unit}
          onChange={(event) => {
            const unit = event.target.value;
            onChange((current) => ({ ...current, unit: unit || undefined }) as TFormFieldInput);
          }}
        />
      ) : null}
      {field.kind === 'checkbox' ? (
        <CheckboxField
          id={id('must')}
          label={t('adminCatalogue.builder.mustBeChecked')}
          checked={field.mustBeChecked ?? false}
          onChange={(event) => {
            const mustBeChecked = event.target.checked;
            onChange((current) => ({ ...current, mustBeChecked }) as TFormFieldInput);
          }}
        />
      ) : null}
      {field.kind === 'select' ? (
        <CheckboxField
          id={id('multiple')}
          label={t('adminCatalogue.builder.multiple')}
          checked={field.multiple ?? false}
          onChange={(event) => {
            const multiple = event.target.checked;
            onChange((current) => ({ ...current, multiple }) as TFormFieldInput);
          }}
        />
      ) : null}
    </li>
  );
}

/** The choices of a list: value (stored) and label (shown), added and removed. */
function OptionsEditor({ id, field, errors, onChange }: { id: string; field: SelectLike; errors: Record<string, string>; onChange(next: SelectLike): void }) {
  const { t } = useTranslation();
  const setOption = (index: number, option: SelectLike['options'][number]) =>
    onChange({ ...field, options: field.options.map((current, i) => (i === index ? option : current)) });
  return (
    <fieldset className="builder-subfields">
      <legend>{t('adminCatalogue.builder.options')}</legend>
      {errors.options ? <p className="form-field__error">{errors.options}</p> : null}
      <ol className="builder-subfields__list">
        {field.options.map((option, index) => (
          <li key={index} className="builder-subfields__row">
            <TextField
              id={`${id}-${index}-label`}
              label={t('adminCatalogue.builder.optionLabel', { number: index + 1 })}
              value={option.label.vi}
              error={errors[`options.${index}.label.vi`]}
              onChange={(event) => setOption(index, { ...option, label: { ...option.label, vi: event.target.value } })}
            />
            <TextField
              id={`${id}-${index}-value`}
              label={t('adminCatalogue.builder.optionValue', { number: index + 1 })}
              value={option.value}
              error={errors[`options.${index}.value`]}
              spellCheck={false}
              onChange={(event) => setOption(index, { ...option, value: event.target.value })}
            />
            <Button
              variant="ghost"
              disabled={field.options.length <= 1}
              onClick={() => onChange({ ...field, options: field.options.filter((_, i) => i !== index) })}
              aria-label={t('adminCatalogue.builder.removeOption', { number: index + 1 })}
            >
              {t('adminCatalogue.builder.remove')}
            </Button>
          </li>
        ))}
      </ol>
      <Button
        variant="secondary"
        onClick={() => {
          const number = field.options.length + 1;
          onChange({ ...field, options: [...field.options, { value: `lua_chon_${number}`, label: { vi: t('adminCatalogue.builder.newOption', { number }) } }] });
        }}
      >
        {t('adminCatalogue.builder.addOption')}
      </Button>
    </fieldset>
  );
}

/** The columns of a table: each a text, number, date or list, with its label and key. */
function ColumnsEditor({ id, field, errors, onChange }: { id: string; field: TableLike; errors: Record<string, string>; onChange(next: TableLike): void }) {
  const { t } = useTranslation();
  const setColumn = (index: number, column: Column) => onChange({ ...field, columns: field.columns.map((current, i) => (i === index ? column : current)) });
  const columnOfKind = (column: Column, kind: TColumnKind): Column =>
    kind === 'select'
      ? { key: column.key, label: column.label, required: column.required, kind, options: [{ value: 'lua_chon_1', label: { vi: 'Lựa chọn 1' } }] }
      : ({ key: column.key, label: column.label, required: column.required, kind } as Column);
  return (
    <fieldset className="builder-subfields">
      <legend>{t('adminCatalogue.builder.columns')}</legend>
      {errors.columns ? <p className="form-field__error">{errors.columns}</p> : null}
      <ol className="builder-subfields__list">
        {field.columns.map((column, index) => (
          <li key={index} className="builder-subfields__row">
            <TextField
              id={`${id}-${index}-label`}
              label={t('adminCatalogue.builder.columnLabel', { number: index + 1 })}
              value={column.label.vi}
              error={errors[`columns.${index}.label.vi`]}
              onChange={(event) => setColumn(index, { ...column, label: { ...column.label, vi: event.target.value } })}
            />
            <TextField
              id={`${id}-${index}-key`}
              label={t('adminCatalogue.builder.columnKey', { number: index + 1 })}
              value={column.key}
              error={errors[`columns.${index}.key`]}
              spellCheck={false}
              onChange={(event) => setColumn(index, { ...column, key: event.target.value })}
            />
            <SelectField
              id={`${id}-${index}-kind`}
              label={t('adminCatalogue.builder.columnKind', { number: index + 1 })}
              value={column.kind}
              onChange={(event) => setColumn(index, columnOfKind(column, event.target.value as TColumnKind))}
            >
              {COLUMN_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`adminCatalogue.kinds.${kind}`)}
                </option>
              ))}
            </SelectField>
            {column.kind === 'select' ? (
              <TextField
                id={`${id}-${index}-options`}
                label={t('adminCatalogue.builder.columnOptions', { number: index + 1 })}
                hint={t('adminCatalogue.builder.columnOptionsHint')}
                value={column.options.map((option) => option.label.vi).join('; ')}
                error={errors[`columns.${index}.options`]}
                onChange={(event) => {
                  const labels = event.target.value.split(';').map((label) => label.trim());
                  setColumn(index, { ...column, options: labels.map((label, n) => ({ value: `lua_chon_${n + 1}`, label: { vi: label } })) });
                }}
              />
            ) : null}
            <CheckboxField
              id={`${id}-${index}-required`}
              label={t('adminCatalogue.builder.columnRequired', { number: index + 1 })}
              checked={column.required ?? false}
              onChange={(event) => setColumn(index, { ...column, required: event.target.checked })}
            />
            <Button
              variant="ghost"
              disabled={field.columns.length <= 1}
              onClick={() => onChange({ ...field, columns: field.columns.filter((_, i) => i !== index) })}
              aria-label={t('adminCatalogue.builder.removeColumn', { number: index + 1 })}
            >
              {t('adminCatalogue.builder.remove')}
            </Button>
          </li>
        ))}
      </ol>
      <Button
        variant="secondary"
        onClick={() => {
          const number = field.columns.length + 1;
          onChange({ ...field, columns: [...field.columns, { key: `cot${number}`, kind: 'text', label: { vi: t('adminCatalogue.builder.newColumn', { number }) } }] });
        }}
      >
        {t('adminCatalogue.builder.addColumn')}
      </Button>
    </fieldset>
  );
}
