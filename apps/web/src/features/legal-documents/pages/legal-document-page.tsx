import '../legal-documents.css';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorMessage } from '../../../components/error-message.tsx';
import { Page } from '../../../components/page.tsx';
import { Spinner } from '../../../components/spinner.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { fileSizeKb, formatIsoDate } from '../../../lib/format.ts';
import { paths } from '../../../lib/paths.ts';
import { legalDocumentFileUrl } from '../api.ts';
import { ValidityBadge } from '../components/validity-badge.tsx';
import { legalDocumentQuery } from '../queries.ts';

/**
 * /van-ban/:id: one document — its facts (number, type, issuer, dates, validity, field),
 * the summary, the PDF to download and the procedures of the portal that cite it.
 */
export function LegalDocumentPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const document = useQuery(legalDocumentQuery(id));
  const crumbs = [{ label: t('pages.legalDocs'), to: paths.legalDocs }];

  if (document.isPending) return <Spinner />;
  if (document.isError) {
    // Unknown, unpublished or malformed id: a plain "not found" page, no error alert or request id.
    const missing = isApiError(document.error) && (document.error.status === 404 || document.error.status === 400);
    return (
      <Page title={missing ? t('legalDocuments.detail.notFound') : t('pages.legalDocs')} breadcrumbs={crumbs}>
        {missing ? <p>{t('legalDocuments.detail.notFoundBody')}</p> : <ErrorMessage error={document.error} onRetry={() => void document.refetch()} />}
        <p>
          <Link to={paths.legalDocs}>{t('legalDocuments.detail.back')}</Link>
        </p>
      </Page>
    );
  }
  const data = document.data;
  const date = (iso: string) => formatIsoDate(iso, i18n.language);
  const facts: [string, ReactNode][] = [
    [t('legalDocuments.detail.number'), <span className="facts__code">{data.number}</span>],
    [t('legalDocuments.detail.docType'), <span lang="vi">{data.docType}</span>],
    [t('legalDocuments.detail.issuer'), <span lang="vi">{data.issuer}</span>],
    [t('legalDocuments.detail.issuedOn'), date(data.issuedOn)],
    [t('legalDocuments.detail.effectiveOn'), data.effectiveOn ? date(data.effectiveOn) : t('legalDocuments.detail.effectiveUnknown')],
    [t('legalDocuments.detail.validity'), <ValidityBadge validity={data.validity} />],
    ...(data.field ? ([[t('legalDocuments.detail.field'), <span lang="vi">{data.field.name}</span>]] as [string, ReactNode][]) : []),
  ];

  return (
    <Page title={`${data.docType} ${data.number}`} titleLang="vi" breadcrumbs={crumbs} lead={<span lang="vi">{data.title}</span>}>
      <section aria-labelledby="legal-facts" className="procedure-section">
        <h2 id="legal-facts" className="visually-hidden">
          {t('legalDocuments.detail.facts')}
        </h2>
        <dl className="facts">
          {facts.map(([label, value]) => (
            <div key={label} className="facts__item">
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="legal-file" className="procedure-section">
        <h2 id="legal-file">{t('legalDocuments.detail.file')}</h2>
        {data.file ? (
          <p className="legal-document__download">
            <a className="button button--primary" href={legalDocumentFileUrl(data.id)} download={data.file.name}>
              {t('legalDocuments.download')}
            </a>
            <span className="file-meta">
              {data.file.name} · {t('legalDocuments.detail.fileMeta', { size: fileSizeKb(data.file.size) })}
            </span>
          </p>
        ) : (
          <p>{t('legalDocuments.detail.noFile')}</p>
        )}
      </section>

      <section aria-labelledby="legal-summary" className="procedure-section">
        <h2 id="legal-summary">{t('legalDocuments.detail.summary')}</h2>
        <p className="legal-document__summary" lang="vi">
          {data.summary}
        </p>
      </section>

      <section aria-labelledby="legal-procedures" className="procedure-section">
        <h2 id="legal-procedures">{t('legalDocuments.detail.procedures')}</h2>
        {data.procedures.length > 0 ? (
          <>
            <p>{t('legalDocuments.detail.proceduresLead')}</p>
            <ul className="legal-list">
              {data.procedures.map((procedure) => (
                <li key={procedure.id}>
                  <Link to={paths.procedure(procedure.code)} lang="vi">
                    {procedure.name}
                  </Link>{' '}
                  <span className="file-meta">({procedure.code})</span>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>{t('legalDocuments.detail.noProcedures')}</p>
        )}
      </section>

      <p>
        <Link to={paths.legalDocs}>{t('legalDocuments.detail.back')}</Link>
      </p>
    </Page>
  );
}
