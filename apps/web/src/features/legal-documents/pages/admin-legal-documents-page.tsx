import '../legal-documents.css';
import type { TAdminLegalDocument } from '@portal/domain';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import { Button, ButtonLink } from '../../../components/button.tsx';
import { ErrorMessage } from '../../../components/error-message.tsx';
import { SelectField, TextField } from '../../../components/form-field.tsx';
import { Page } from '../../../components/page.tsx';
import { Pagination } from '../../../components/pagination.tsx';
import { Spinner } from '../../../components/spinner.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { cursorPageLinks } from '../../../lib/cursor-pages.ts';
import { formatIsoDate } from '../../../lib/format.ts';
import { paths } from '../../../lib/paths.ts';
import { adminCrumbs, useAdminScope } from '../../admin/admin-scope.ts';
import { updateLegalDocument, type AdminLegalDocumentSearch } from '../api.ts';
import { ValidityBadge } from '../components/validity-badge.tsx';
import { valuesOfDocument } from '../components/legal-document-form.tsx';
import { adminLegalDocumentListQuery, useLegalDocumentMutation } from '../queries.ts';

const PUBLICATIONS = [
  ['all', 'publicationAll'],
  ['published', 'publicationPublished'],
  ['unpublished', 'publicationUnpublished'],
] as const;

type Notice = { kind: 'published' | 'unpublished' | 'stale'; number: string } | null;

/** /can-bo/quan-tri/van-ban: every legal document, published or not; publish in one click. */
export function AdminLegalDocumentsPage() {
  const { t, i18n } = useTranslation();
  const { isSystemAdmin } = useAdminScope();
  const [search, setSearch] = useSearchParams();
  const location = useLocation();
  const params: AdminLegalDocumentSearch = {
    q: search.get('q') ?? undefined,
    publication: search.get('publication') ?? undefined,
    cursor: search.get('cursor') ?? undefined,
  };
  const list = useQuery({ ...adminLegalDocumentListQuery(params), enabled: isSystemAdmin });
  const [q, setQ] = useState(params.q ?? '');
  const [notice, setNotice] = useState<Notice>(null);
  const toggle = useLegalDocumentMutation((document: TAdminLegalDocument) =>
    updateLegalDocument(document.id, { ...valuesOfDocument(document), published: !document.published, revision: document.revision }),
  );
  const deleted = (location.state as { deleted?: string } | null)?.deleted;

  const hrefOf = (cursor: string | undefined) => {
    const next = new URLSearchParams();
    if (params.q) next.set('q', params.q);
    if (params.publication) next.set('publication', params.publication);
    if (cursor) next.set('cursor', cursor);
    const qs = next.toString();
    return qs ? `${paths.staff.admin.legalDocuments}?${qs}` : paths.staff.admin.legalDocuments;
  };
  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    const keyword = String(data.get('q') ?? '').trim();
    const publication = String(data.get('publication') ?? 'all');
    if (keyword) next.set('q', keyword);
    if (publication !== 'all') next.set('publication', publication);
    setSearch(next);
  };
  const flip = (document: TAdminLegalDocument) => {
    setNotice(null);
    toggle.mutate(document, {
      onSuccess: (saved) => setNotice({ kind: saved.published ? 'published' : 'unpublished', number: saved.number }),
      onError: (error) => {
        if (isApiError(error) && error.code === 'VERSION_CONFLICT') {
          setNotice({ kind: 'stale', number: document.number });
          void list.refetch();
        }
      },
    });
  };

  if (!isSystemAdmin) {
    return (
      <Page title={t('legalDocuments.admin.title')} breadcrumbs={adminCrumbs(t)}>
        <p className="alert alert--info">{t('legalDocuments.admin.systemOnly')}</p>
      </Page>
    );
  }
  const pages = cursorPageLinks({ locationState: location.state, cursor: params.cursor, nextCursor: list.data?.nextCursor, hrefOf });

  return (
    <Page
      title={t('legalDocuments.admin.title')}
      breadcrumbs={adminCrumbs(t)}
      lead={t('legalDocuments.admin.lead')}
      actions={<ButtonLink to={paths.staff.admin.newLegalDocument}>{t('legalDocuments.admin.create')}</ButtonLink>}
    >
      <div role="status" aria-live="polite">
        {deleted && !notice ? <p className="alert alert--success">{t('legalDocuments.admin.deletedNotice', { number: deleted })}</p> : null}
        {notice?.kind === 'published' ? <p className="alert alert--success">{t('legalDocuments.admin.publishedNotice', { number: notice.number })}</p> : null}
        {notice?.kind === 'unpublished' ? <p className="alert alert--success">{t('legalDocuments.admin.unpublishedNotice', { number: notice.number })}</p> : null}
      </div>
      {notice?.kind === 'stale' ? (
        <p className="alert alert--error" role="alert">
          {t('legalDocuments.admin.staleList', { number: notice.number })}
        </p>
      ) : null}
      {toggle.error && !(isApiError(toggle.error) && toggle.error.code === 'VERSION_CONFLICT') ? <ErrorMessage error={toggle.error} /> : null}

      <form role="search" aria-label={t('legalDocuments.admin.filters')} onSubmit={apply} className="legal-search">
        <TextField id="admin-legal-q" name="q" type="search" label={t('legalDocuments.search.keyword')} hint={t('legalDocuments.search.keywordHint')} value={q} onChange={(event) => setQ(event.target.value)} />
        <SelectField id="admin-legal-publication" name="publication" label={t('legalDocuments.admin.publication')} defaultValue={params.publication ?? 'all'}>
          {PUBLICATIONS.map(([value, key]) => (
            <option key={value} value={value}>
              {t(`legalDocuments.admin.${key}`)}
            </option>
          ))}
        </SelectField>
        <div className="button-row">
          <Button type="submit">{t('common.search')}</Button>
        </div>
      </form>

      {list.isPending ? <Spinner /> : null}
      {list.error ? <ErrorMessage error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.data ? (
        <>
          <p className="results-header__count">{t('legalDocuments.admin.total', { count: list.data.total })}</p>
          {list.data.items.length === 0 ? (
            <p>{t('legalDocuments.admin.empty')}</p>
          ) : (
            <div className="table-scroll">
              <table className="data-table">
                <caption className="visually-hidden">{t('legalDocuments.admin.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('legalDocuments.columns.number')}</th>
                    <th scope="col">{t('legalDocuments.columns.title')}</th>
                    <th scope="col">{t('legalDocuments.columns.issuedOn')}</th>
                    <th scope="col">{t('legalDocuments.columns.validity')}</th>
                    <th scope="col">{t('legalDocuments.admin.publication')}</th>
                    <th scope="col">{t('legalDocuments.admin.file')}</th>
                    <th scope="col">{t('legalDocuments.admin.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.data.items.map((item) => (
                    <tr key={item.id}>
                      <td className="legal-table__number">
                        <Link to={paths.staff.admin.legalDocument(item.id)}>{item.number}</Link>
                      </td>
                      <td>
                        <span className="data-table__primary">{item.docType}</span>
                        <span className="data-table__secondary">{item.title}</span>
                      </td>
                      <td className="legal-table__date">{formatIsoDate(item.issuedOn, i18n.language)}</td>
                      <td>
                        <ValidityBadge validity={item.validity} />
                      </td>
                      <td>
                        <span className={item.published ? 'badge badge--published' : 'badge badge--unpublished'}>
                          {item.published ? t('legalDocuments.admin.published') : t('legalDocuments.admin.unpublished')}
                        </span>
                      </td>
                      <td>{item.file ? t('legalDocuments.admin.hasFile') : t('legalDocuments.admin.noFile')}</td>
                      <td>
                        <Button
                          variant="secondary"
                          disabled={toggle.isPending}
                          onClick={() => flip(item)}
                          aria-label={t(item.published ? 'legalDocuments.admin.unpublishOf' : 'legalDocuments.admin.publishOf', { number: item.number })}
                        >
                          {item.published ? t('legalDocuments.admin.unpublish') : t('legalDocuments.admin.publish')}
                        </Button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <Pagination {...pages} />
        </>
      ) : null}
    </Page>
  );
}
