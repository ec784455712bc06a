import type { TFormDefinition, TFormField, TLocalizedText } from '@portal/domain';
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button.tsx';
import { formatIsoDate } from '../../../lib/format.ts';

type Values = Readonly<Record<string, unknown>>;

/**
 * A year (an integer field with no unit whose bounds are four-digit numbers, such as
 * "Năm tốt nghiệp" 1960–2100) reads "2022", never "2.022"; other numbers are grouped.
 */
export const isYearField = (field: Extract<TFormField, { kind: 'number' }>) =>
  field.integer === true && !field.unit && field.min !== undefined && field.min >= 1000 && (field.max === undefined || field.max <= 9999);

export const formatFieldNumber = (field: Extract<TFormField, { kind: 'number' }>, value: number, language: string) =>
  new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'vi-VN', isYearField(field) ? { useGrouping: false } : undefined).format(value);

const localized = (text: TLocalizedText | undefined, language: string) => (text ? (language === 'en' && text.en ? text.en : text.vi) : '');

/** One value of the sample as a citizen would read it on paper. */
function FieldValue({ field, value }: { field: TFormField; value: unknown }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) {
    return <span className="sample-dossier__empty">{t('browse.sampleEmpty')}</span>;
  }
  switch (field.kind) {
    case 'checkbox':
      return <>{value === true ? t('browse.sampleYes') : t('browse.sampleNo')}</>;
    case 'date':
      return <>{typeof value === 'string' ? formatIsoDate(value, lang) : String(value)}</>;
    case 'number':
      return (
        <>
          {formatFieldNumber(field, Number(value), lang)}
          {field.unit ? ` ${field.unit}` : ''}
        </>
      );
    case 'select': {
      const chosen = (Array.isArray(value) ? value : [value]).map(
        (v) => localized(field.options.find((option) => option.value === v)?.label, lang) || String(v),
      );
      return <>{chosen.join(', ')}</>;
    }
    case 'address': {
      const address = value as { street?: string; communeName?: string; provinceName?: string };
      return <>{[address.street, address.communeName, address.provinceName].filter(Boolean).join(', ')}</>;
    }
    case 'table': {
      const rows = Array.isArray(value) ? (value as Values[]) : [];
      return (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                {field.columns.map((column) => (
                  <th key={column.key} scope="col">
                    {localized(column.label, lang)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => (
                <tr key={index}>
                  {field.columns.map((column) => (
                    <td key={column.key}>
                      <FieldValue field={column} value={row[column.key]} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    }
    default:
      return <span className="preserve-lines">{String(value)}</span>;
  }
}

/** The online form filled with the procedure's sample data, read-only. */
export function SampleDossier({ form, values }: { form: TFormDefinition; values: Values }) {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <div className="sample-dossier">
      {form.sections.map((section, index) => (
        <section key={index} className="sample-dossier__section">
          <h3>{localized(section.title, lang)}</h3>
          <dl className="sample-dossier__fields">
            {section.fields.map((field) => (
              <div key={field.key} className={field.kind === 'table' ? 'sample-dossier__field sample-dossier__field--wide' : 'sample-dossier__field'}>
                <dt>{localized(field.label, lang)}</dt>
                <dd>
                  <FieldValue field={field} value={values[field.key]} />
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </div>
  );
}

/**
 * "Xem hồ sơ mẫu": a button opening a modal <dialog> (the browser traps focus inside,
 * Esc closes it, focus returns to the button).
 */
export function SampleDossierButton({ procedureName, form, values }: { procedureName: string; form: TFormDefinition; values: Values }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const id = useId();
  const close = () => {
    dialog.current?.close();
    opener.current?.focus();
  };
  return (
    <>
      <button ref={opener} type="button" className="button button--secondary" aria-haspopup="dialog" onClick={() => dialog.current?.showModal()}>
        {t('browse.sampleButton')}
      </button>
      <dialog ref={dialog} className="dialog" aria-labelledby={`${id}-title`} onClose={() => opener.current?.focus()}>
        <div className="dialog__header">
          <h2 id={`${id}-title`} className="dialog__title">
            {t('browse.sampleTitle', { name: procedureName })}
          </h2>
          <Button variant="ghost" onClick={close}>
            {t('browse.sampleClose')}
          </Button>
        </div>
        <p className="dialog__intro">{t('browse.sampleIntro')}</p>
        <SampleDossier form={form} values={values} />
      </dialog>
    </>
  );
}
