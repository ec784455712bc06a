import { SERVICE_LEVELS, type TServiceLevel } from '@portal/domain';
import { useQuery } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../../components/button.tsx';
import { useMediaQuery } from '../../../lib/use-media-query.ts';
import { agencyListQuery, fieldListQuery } from '../queries.ts';
import { AgencyOptions } from './agency-options.tsx';
import type { CatalogueFilters } from '../search-params.ts';

export interface CatalogueFilterFormProps {
  /** Current filters from the URL. Re-mount (change `key`) to reset the form when they change. */
  initial: CatalogueFilters;
  onSubmit: (filters: CatalogueFilters) => void;
  /** Where "Xóa bộ lọc" leads: the page without any query. */
  resetTo: string;
  /** Field counts of online procedures only (Dịch vụ công trực tuyến tab) */
  onlineOnly?: boolean;
}

/**
 * Applied with a submit button, not on change: changing a select must not reload results
 * under a keyboard or screen-reader user (WCAG 3.2.2).
 */
export function CatalogueFilterForm({ initial, onSubmit, resetTo, onlineOnly = false }: CatalogueFilterFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [q, setQ] = useState(initial.q ?? '');
  const [agencyId, setAgencyId] = useState(initial.agencyId ?? '');
  const [fieldId, setFieldId] = useState(initial.fieldId ?? '');
  const [level, setLevel] = useState<TServiceLevel | ''>(initial.level ?? '');

  // One column (phones, narrow windows): after a search the filters fold into a "Bộ lọc"
  // toggle, so the first result is near the top instead of under the whole form.
  const oneColumn = useMediaQuery('(max-width: 55.99rem)');
  const active = [initial.q, initial.agencyId, initial.fieldId, initial.level].filter(Boolean).length;
  const [open, setOpen] = useState(active === 0);

  const agencies = useQuery(agencyListQuery());
  const fields = useQuery(fieldListQuery({ agencyId: agencyId || undefined, online: onlineOnly || undefined }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit({
      q: q.trim() || undefined,
      agencyId: agencyId || undefined,
      fieldId: fieldId || undefined,
      level: level || undefined,
    });
  };

  const form = (
    <form className="filter-form" role="search" aria-labelledby={`${id}-heading`} onSubmit={submit}>
      <h2 id={`${id}-heading`} className="filter-form__heading">
        {t('catalogue.filtersHeading')}
      </h2>

      <div className="form-field">
        <label htmlFor={`${id}-q`}>{t('catalogue.keyword')}</label>
        <input
          id={`${id}-q`}
          name="q"
          type="search"
          value={q}
          maxLength={200}
          aria-describedby={`${id}-q-hint`}
          onChange={(event) => setQ(event.target.value)}
        />
        <p id={`${id}-q-hint`} className="form-field__hint">
          {t('catalogue.keywordHint')}
        </p>
      </div>

      <div className="form-field">
        <label htmlFor={`${id}-agency`}>{t('catalogue.agency')}</label>
        <select
          id={`${id}-agency`}
          name="agencyId"
          value={agencyId}
          onChange={(event) => {
            setAgencyId(event.target.value);
            // Fields differ per agency; a stale field would silently empty the results.
            setFieldId('');
          }}
        >
          <option value="">{t('catalogue.allAgencies')}</option>
          <AgencyOptions agencies={agencies.data?.items ?? []} />
        </select>
      </div>

      <div className="form-field">
        <label htmlFor={`${id}-field`}>{t('catalogue.field')}</label>
        <select id={`${id}-field`} name="fieldId" value={fieldId} onChange={(event) => setFieldId(event.target.value)}>
          <option value="">{t('catalogue.allFields')}</option>
          {(fields.data?.items ?? []).map((field) => (
            <option key={field.id} value={field.id}>
              {t('catalogue.fieldOption', { name: field.name, total: field.procedureCount })}
            </option>
          ))}
        </select>
      </div>

      <div className="form-field">
        <label htmlFor={`${id}-level`}>{t('catalogue.level')}</label>
        <select
          id={`${id}-level`}
          name="level"
          value={level}
          onChange={(event) => setLevel(event.target.value as TServiceLevel | '')}
        >
          <option value="">{t('catalogue.allLevels')}</option>
          {SERVICE_LEVELS.map((value) => (
            <option key={value} value={value}>
              {t(`serviceLevel.${value}`)}
            </option>
          ))}
        </select>
      </div>

      <div className="filter-form__actions">
        <Button type="submit">{t('catalogue.submit')}</Button>
        <Link to={resetTo} className="filter-form__reset">
          {t('catalogue.reset')}
        </Link>
      </div>
    </form>
  );
  if (!oneColumn) return form;
  return (
    <details className="filter-disclosure" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="filter-disclosure__summary">
        {active > 0 ? t('catalogue.filtersToggleActive', { count: active }) : t('catalogue.filtersToggle')}
      </summary>
      {form}
    </details>
  );
}
