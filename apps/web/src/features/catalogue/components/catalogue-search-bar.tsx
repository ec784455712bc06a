import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Button } from '../../../components/button.tsx';
import { paths, proceduresUrl } from '../../../lib/paths.ts';

export interface CatalogueSearchBarProps {
  /** Catalogue page the search runs on (/thu-tuc or /dich-vu-cong-truc-tuyen). */
  basePath?: string;
  initialQuery?: string;
}

/**
 * "Tìm kiếm theo từ khóa" on every catalogue page: the query goes into the URL
 * (`?q=`), so a search can be shared and the back button works.
 */
export function CatalogueSearchBar({ basePath = paths.procedures, initialQuery = '' }: CatalogueSearchBarProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = useId();
  const [q, setQ] = useState(initialQuery);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void navigate(proceduresUrl({ q: q.trim() || undefined }, basePath));
  };

  return (
    <form className="catalogue-search" role="search" aria-labelledby={`${id}-label`} action={basePath} method="get" onSubmit={submit}>
      <label id={`${id}-label`} htmlFor={`${id}-q`} className="catalogue-search__label">
        {t('browse.searchLabel')}
      </label>
      <div className="catalogue-search__row">
        <input
          id={`${id}-q`}
          name="q"
          type="search"
          className="catalogue-search__input"
          value={q}
          maxLength={200}
          placeholder={t('browse.searchPlaceholder')}
          aria-describedby={`${id}-hint`}
          onChange={(event) => setQ(event.target.value)}
        />
        <Button type="submit">{t('browse.searchButton')}</Button>
      </div>
      <p id={`${id}-hint`} className="catalogue-search__hint">
        {t('browse.searchHint')}
      </p>
    </form>
  );
}
