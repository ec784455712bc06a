import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Button } from '../../../components/button.tsx';
import { paths, proceduresUrl } from '../../../lib/paths.ts';

/** The portal's main entry point: a keyword search into the catalogue (/thu-tuc?q=…). */
export function HomeSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = useId();
  const [q, setQ] = useState('');

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void navigate(proceduresUrl({ q: q.trim() || undefined }));
  };

  return (
    // action/method keep the form meaningful before the script has loaded.
    <form className="home-search" role="search" action={paths.procedures} method="get" onSubmit={submit}>
      <label htmlFor={`${id}-q`} className="home-search__label">
        {t('home.searchLabel')}
      </label>
      <div className="home-search__row">
        <input
          id={`${id}-q`}
          name="q"
          type="search"
          className="home-search__input"
          value={q}
          maxLength={200}
          placeholder={t('home.searchPlaceholder')}
          aria-describedby={`${id}-hint`}
          onChange={(event) => setQ(event.target.value)}
        />
        <Button type="submit" className="home-search__button">
          {t('common.search')}
        </Button>
      </div>
      <p id={`${id}-hint`} className="home-search__hint">
        {t('home.searchHint')}
      </p>
    </form>
  );
}
