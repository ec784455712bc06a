import type { TFunction } from 'i18next';
import type { TFormField } from '@portal/domain';
import { useEffect, useRef, useState } from 'react';
import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button.tsx';
import { controlIdOf, errorAt } from './form-resolver.ts';
import { FieldGroup, RequiredMark, describedByOf } from './field-frame.tsx';
import { emptyRowOf, type TFormInputValues } from './form-values.ts';
import { formMessage, localized } from './localized.ts';
import { ScalarControl } from './scalar-control.tsx';

type TTableField = Extract<TFormField, { kind: 'table' }>;

/**
 * A list of rows (members, suppliers, equipment…): a real table on wide screens, one
 * card per row on a phone (CSS). Rows are added and removed with buttons; focus moves
 * to the new row, or to the add button after a removal, so keyboard users keep their place.
 */
export function TableInput({
  field,
  form,
  idPrefix,
  disabled,
}: {
  field: TTableField;
  form: UseFormReturn<TFormInputValues>;
  idPrefix: string;
  disabled?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  // The form's values are records keyed by field; a table is an array of rows of strings.
  const rows = useFieldArray({ control: form.control as never, name: field.key as never });
  const errors = form.formState.errors;
  const groupId = controlIdOf(idPrefix, field.key);
  const addButton = useRef<HTMLButtonElement>(null);
  const [focusAfter, setFocusAfter] = useState<{ row: number } | 'add' | null>(null);

  useEffect(() => {
    if (focusAfter === null) return;
    if (focusAfter === 'add') addButton.current?.focus();
    else document.getElementById(controlIdOf(idPrefix, `${field.key}.${focusAfter.row}.${field.columns[0]?.key ?? ''}`))?.focus();
    setFocusAfter(null);
  }, [focusAfter, idPrefix, field]);

  const rootError = errorAt(errors, `${field.key}.root`);
  const full = field.maxRows !== undefined && rows.fields.length >= field.maxRows;
  const rowLabel = (index: number) => t('dossiers.form.row', { number: index + 1 });

  return (
    <FieldGroup
      id={groupId}
      label={localized(field.label, lang)}
      help={[localized(field.help, lang), rowLimitText(field, t)].filter(Boolean).join(' ')}
      error={rootError ? formMessage(rootError, field, lang) : undefined}
      required={field.required || (field.minRows ?? 0) > 0}
      className="table-input"
    >
      {rows.fields.length === 0 ? <p className="table-input__empty">{t('dossiers.form.noRows')}</p> : null}
      {rows.fields.length > 0 ? (
        <div className="table-input__scroll">
          <table className="data-table table-input__table">
            <thead>
              <tr>
                <th scope="col" className="table-input__index">
                  {t('dossiers.form.rowNumber')}
                </th>
                {field.columns.map((column) => (
                  <th key={column.key} scope="col">
                    {localized(column.label, lang)}
                    {column.required ? <RequiredMark /> : null}
                  </th>
                ))}
                <th scope="col">
                  <span className="visually-hidden">{t('dossiers.form.rowActions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.fields.map((row, index) => (
                <tr key={row.id}>
                  <th scope="row" className="table-input__index">
                    {index + 1}
                  </th>
                  {field.columns.map((column) => {
                    const path = `${field.key}.${index}.${column.key}`;
                    const id = controlIdOf(idPrefix, path);
                    const raw = errorAt(errors, path);
                    const error = raw ? formMessage(raw, column, lang) : undefined;
                    const columnLabel = localized(column.label, lang);
                    return (
                      <td key={column.key} data-label={columnLabel} className={error ? 'form-field--error' : undefined}>
                        {error ? (
                          <p id={`${id}-error`} className="form-field__error">
                            {error}
                          </p>
                        ) : null}
                        <ScalarControl
                          field={column}
                          id={id}
                          registration={form.register(path)}
                          describedBy={describedByOf(id, false, Boolean(error))}
                          invalid={Boolean(error)}
                          ariaLabel={`${columnLabel}, ${rowLabel(index)}`}
                          disabled={disabled}
                        />
                      </td>
                    );
                  })}
                  <td>
                    <Button
                      variant="ghost"
                      disabled={disabled}
                      onClick={() => {
                        rows.remove(index);
                        setFocusAfter('add');
                      }}
                    >
                      {t('dossiers.form.removeRow', { number: index + 1 })}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <button
        ref={addButton}
        // The error summary links a message about the whole table (too few rows) here.
        id={controlIdOf(idPrefix, `${field.key}.root`)}
        type="button"
        className="button button--secondary"
        disabled={disabled || full}
        onClick={() => {
          rows.append(emptyRowOf(field) as never, { shouldFocus: false });
          setFocusAfter({ row: rows.fields.length });
        }}
      >
        {t('dossiers.form.addRow')}
      </button>
    </FieldGroup>
  );
}

const rowLimitText = (field: TTableField, t: TFunction): string => {
  const min = field.minRows ?? 0;
  if (min > 0 && field.maxRows !== undefined) return t('dossiers.form.rowsBetween', { min, max: field.maxRows });
  if (min > 0) return t('dossiers.form.rowsAtLeast', { count: min });
  if (field.maxRows !== undefined) return t('dossiers.form.rowsAtMost', { count: field.maxRows });
  return '';
};
