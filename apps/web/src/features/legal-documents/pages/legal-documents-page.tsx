import '../legal-documents.css';
import { LEGAL_DOCUMENT_VALIDITIES } from '@portal/domain';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import { Button } from '../../../components/button.tsx';
import { ErrorMessage } from '../../../components/error-message.tsx';
import { SelectField, TextField } from '../../../components/form-field.tsx';
import { Page } from '../../../components/page.tsx';
import { Pagination } from '../../../components/pagination.tsx';
import { Spinner } from '../../../components/spinner.tsx';
import { cursorPageLinks } from '../../../lib/cursor-pages.ts';
import { paths } from '../../../lib/paths.ts';
import type { LegalDocumentSearch } from '../api.ts';
import { LegalDocumentTable } from '../components/legal-document-table.tsx';
import { validityLabel } from '../components/validity-badge.tsx';
import { legalDocumentListQuery } from '../queries.ts';

const PAGE_SIZE = 20;

/** URL parameter → API parameter: the addresses citizens share are Vietnamese. */
const URL_PARAMS = { q: 'q', loai: 'docType', coQuan: 'issuer', linhVuc: 'fieldId', hieuLuc: 'validity', nam: 'year', cursor: 'cursor' } as const;
type Filters = Omit<Required<{ [K in keyof LegalDocumentSearch]: string }>, 'cursor' | 'limit'>;
const EMPTY: Filters = { q: '', docType: '', issuer: '', fieldId: '', validity: '', year: '' };

const searchOf = (params: URLSearchParams): LegalDocumentSearch =>
  Object.fromEntries(Object.entries(URL_PARAMS).flatMap(([name, key]) => (params.get(name) ? [[key, params.get(name)!]] : [])));

const hrefOf = (search: Omit<LegalDocumentSearch, 'limit'>) => {
  const params = new URLSearchParams();
  for (const [name, key] of Object.entries(URL_PARAMS)) {
    const value = search[key]?.trim();
    if (value) params.set(name, value);
  }
  const qs = params.toString();
  return qs ? `${paths.legalDocs}?${qs}` : paths.legalDocs;
};

/**
 * Văn bản pháp luật (/van-ban?q=&loai=&coQuan=&linhVuc=&hieuLuc=&nam=): keyword search
 * with or without diacritics, the filters the published documents offer, a table of
 * results newest first with the PDF to download, and pages that can be linked to.
 */
export function LegalDocumentsPage() {
  const { t, i18n } = useTranslation();
  const formId = useId();
  const id = (name: string) => `${formId}-${name}`;
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const search = searchOf(params);
  const { cursor, ...applied } = search;
  const list = useQuery(legalDocumentListQuery({ ...search, limit: PAGE_SIZE }));
  const [draft, setDraft] = useState<Filters>({ ...EMPTY, ...applied });
  // Back and forward through the history change the URL: the form follows it.
  useEffect(() => setDraft({ ...EMPTY, ...applied }), [params.toString()]);

  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    setParams(new URLSearchParams(hrefOf(draft).split('?')[1] ?? ''));
  };
  const facets = list.data?.facets;
  const filtered = Object.values(applied).some(Boolean);
  const pages = cursorPageLinks({ locationState: location.state, cursor, nextCursor: list.data?.nextCursor, hrefOf: (at) => hrefOf({ ...applied, cursor: at }) });
  const select = (key: keyof Filters) => ({
    value: draft[key],
    onChange: (event: { target: { value: string } }) => setDraft({ ...draft, [key]: event.target.value }),
  });
  const option = (name: string, count: number) => t('legalDocuments.search.option', { name, count });

  return (
    <Page title={t('pages.legalDocs')} breadcrumbs={[]} lead={t('legalDocuments.lead')}>
      <form role="search" aria-label={t('legalDocuments.search.label')} className="legal-search" onSubmit={onSearch}>
        <div className="legal-search__keyword">
          <TextField id={id('q')} type="search" label={t('legalDocuments.search.keyword')} hint={t('legalDocuments.search.keywordHint')} {...select('q')} />
        </div>
        <SelectField id={id('docType')} label={t('legalDocuments.search.docType')} {...select('docType')}>
          <option value="">{t('legalDocuments.search.allDocTypes')}</option>
          {facets?.docTypes.map((facet) => (
            <option key={facet.value} value={facet.value}>
              {option(facet.value, facet.count)}
            </option>
          ))}
          {/* A value from a shared link that no published document has any more */}
          {draft.docType && facets && !facets.docTypes.some((facet) => facet.value === draft.docType) ? <option value={draft.docType}>{draft.docType}</option> : null}
        </SelectField>
        <SelectField id={id('issuer')} label={t('legalDocuments.search.issuer')} {...select('issuer')}>
          <option value="">{t('legalDocuments.search.allIssuers')}</option>
          {facets?.issuers.map((facet) => (
            <option key={facet.value} value={facet.value}>
              {option(facet.value, facet.count)}
            </option>
          ))}
          {draft.issuer && facets && !facets.issuers.some((facet) => facet.value === draft.issuer) ? <option value={draft.issuer}>{draft.issuer}</option> : null}
        </SelectField>
        <SelectField id={id('field')} label={t('legalDocuments.search.field')} {...select('fieldId')}>
          <option value="">{t('legalDocuments.search.allFields')}</option>
          {facets?.fields.map((field) => (
            <option key={field.id} value={field.id}>
              {option(field.name, field.count)}
            </option>
          ))}
        </SelectField>
        <SelectField id={id('validity')} label={t('legalDocuments.search.validity')} {...select('validity')}>
          <option value="">{t('legalDocuments.search.allValidities')}</option>
          {LEGAL_DOCUMENT_VALIDITIES.map((validity) => (
            <option key={validity} value={validity}>
              {validityLabel(validity, i18n.language)}
            </option>
          ))}
        </SelectField>
        <SelectField id={id('year')} label={t('legalDocuments.search.year')} {...select('year')}>
          <option value="">{t('legalDocuments.search.allYears')}</option>
          {facets?.years.map((year) => (
            <option key={year.value} value={String(year.value)}>
              {option(String(year.value), year.count)}
            </option>
          ))}
        </SelectField>
        <div className="button-row">
          <Button type="submit">{t('legalDocuments.search.submit')}</Button>
          {filtered ? <Link to={paths.legalDocs}>{t('legalDocuments.search.reset')}</Link> : null}
        </div>
      </form>

      <section aria-labelledby={id('results')}>
        <h2 id={id('results')}>{t('legalDocuments.results.heading')}</h2>
        {list.isPending ? (
          <Spinner />
        ) : list.isError ? (
          <ErrorMessage error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <>
            <p role="status" className="results-header__count">
              {t('legalDocuments.results.found', { count: list.data.total })}
            </p>
            {list.data.items.length === 0 ? (
              <div className="alert alert--info">
                <p className="alert__title">{t('legalDocuments.results.empty')}</p>
                <p>{t('legalDocuments.results.emptyHint')}</p>
              </div>
            ) : (
              <LegalDocumentTable items={list.data.items} />
            )}
            <Pagination {...pages} />
          </>
        )}
      </section>
    </Page>
  );
}
