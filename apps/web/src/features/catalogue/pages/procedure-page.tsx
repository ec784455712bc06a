import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ButtonLink } from '../../../components/button.tsx';
import { ErrorMessage } from '../../../components/error-message.tsx';
import { Page } from '../../../components/page.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { fileSizeKb } from '../../../lib/format.ts';
import { paths } from '../../../lib/paths.ts';
import { templateDownloadUrl } from '../api.ts';
import { CatalogueSearchBar } from '../components/catalogue-search-bar.tsx';
import { ComponentsTable } from '../components/components-table.tsx';
import { FeesTable } from '../components/fees-table.tsx';
import { LegalBasisList } from '../components/legal-basis-list.tsx';
import { ProcedureFacts } from '../components/procedure-facts.tsx';
import { SampleDossierButton } from '../components/sample-dossier.tsx';
import { procedureQuery } from '../queries.ts';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="procedure-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** /thu-tuc/:idOrCode: everything a citizen needs before preparing a dossier. */
export function ProcedurePage() {
  const { t } = useTranslation();
  const { idOrCode = '' } = useParams();
  const procedure = useQuery(procedureQuery(idOrCode));
  const data = procedure.data;
  const notFound = isApiError(procedure.error) && procedure.error.status === 404;

  const title = data?.name ?? (notFound ? t('procedure.notFoundTitle') : t('catalogue.title'));
  const canSubmitOnline = data ? data.onlineEnabled && data.serviceLevel !== 'info_only' : false;
  const receivers = data ? (data.handlingAgencies.length > 0 ? data.handlingAgencies : [data.agency]).map((agency) => agency.name) : [];

  return (
    <Page
      title={title}
      titleLang={data ? 'vi' : undefined}
      loading={procedure.isPending}
      breadcrumbs={[{ label: t('nav.procedures'), to: paths.procedures }]}
      actions={
        // Always one button in the header, placeholder included: the header keeps its height
        // from the first paint to the loaded page (no layout shift).
        procedure.isPending ? (
          <span className="skeleton skeleton--button" aria-hidden="true" />
        ) : data ? (
          canSubmitOnline ? (
            <ButtonLink to={paths.citizen.submit(data.code)}>{t('browse.registerOnline')}</ButtonLink>
          ) : (
            <a className="button button--secondary" href="#cta-heading">
              {t('browse.howToSubmit')}
            </a>
          )
        ) : null
      }
    >
      <CatalogueSearchBar />
      {procedure.isPending ? (
        <>
          <p className="visually-hidden" role="status">
            {t('common.loading')}
          </p>
          {/* The facts box and the first sections at their usual size; the footer stays below the fold. */}
          <div className="procedure procedure--loading" aria-hidden="true">
            <div className="skeleton skeleton--facts" />
            <div className="skeleton skeleton--section" />
            <div className="skeleton skeleton--section" />
          </div>
        </>
      ) : null}

      {notFound ? (
        <div className="alert alert--info">
          <p>{t('procedure.notFoundBody', { idOrCode })}</p>
          <p>
            <Link to={paths.procedures}>{t('procedure.backToList')}</Link>
          </p>
        </div>
      ) : procedure.isError ? (
        <ErrorMessage error={procedure.error} onRetry={() => void procedure.refetch()} />
      ) : null}

      {data ? (
        <div className="procedure">
          <ProcedureFacts procedure={data} />
          {canSubmitOnline ? null : <p className="alert alert--info">{t('procedure.infoOnly')}</p>}
          {data.sampleFormData ? (
            // A <div>: the button's <dialog> holds headings and blocks, which a <p> cannot.
            <div className="procedure__sample">
              <SampleDossierButton procedureName={data.name} form={data.form} values={data.sampleFormData} />
            </div>
          ) : null}

          {data.steps.length > 0 ? (
            <Section id="steps" title={t('procedure.steps')}>
              <ol className="steps" lang="vi">
                {data.steps.map((step, index) => (
                  <li key={index} className="preserve-lines">
                    {step}
                  </li>
                ))}
              </ol>
            </Section>
          ) : null}

          {data.submissionChannels ? (
            <Section id="channels" title={t('procedure.channels')}>
              <p className="preserve-lines" lang="vi">
                {data.submissionChannels}
              </p>
            </Section>
          ) : null}

          <Section id="components" title={t('procedure.components')}>
            <ComponentsTable procedure={data} captionId="components" />
          </Section>

          <Section id="fees" title={t('procedure.fees')}>
            <FeesTable fees={data.fees} />
          </Section>

          <Section id="applicants" title={t('procedure.applicants')}>
            <p className="preserve-lines" lang="vi">
              {data.applicants}
            </p>
          </Section>

          <Section id="result" title={t('procedure.result')}>
            <p className="preserve-lines" lang="vi">
              {data.resultDescription}
            </p>
          </Section>

          {data.conditions ? (
            <Section id="conditions" title={t('procedure.conditions')}>
              <p className="preserve-lines" lang="vi">
                {data.conditions}
              </p>
            </Section>
          ) : null}

          {data.legalBasis.length > 0 ? (
            <Section id="legal-basis" title={t('procedure.legalBasis')}>
              <LegalBasisList items={data.legalBasis} />
            </Section>
          ) : null}

          {data.templates.length > 0 || data.sample ? (
            <Section id="templates" title={t('procedure.templates')}>
              <ul className="file-list">
                {data.templates.map((file) => (
                  <li key={file.id}>
                    <a href={templateDownloadUrl(data.id, file.id)} download lang="vi">
                      {file.title}
                    </a>{' '}
                    <span className="file-meta">
                      ({file.name}, {t('common.fileSize', { size: fileSizeKb(file.size) })})
                    </span>
                  </li>
                ))}
                {data.sample ? (
                  <li>
                    <a href={templateDownloadUrl(data.id, data.sample.id)} download>
                      {t('procedure.sample')}
                    </a>{' '}
                    <span className="file-meta">
                      ({data.sample.name}, {t('common.fileSize', { size: fileSizeKb(data.sample.size) })})
                    </span>
                  </li>
                ) : null}
              </ul>
            </Section>
          ) : null}

          {canSubmitOnline ? (
            <section className="cta cta--online" aria-labelledby="cta-heading">
              <h2 id="cta-heading">{t('browse.ctaOnlineHeading')}</h2>
              <p>{t('browse.ctaOnlineText', { level: t(`serviceLevel.${data.serviceLevel}`) })}</p>
              <p className="button-row">
                <ButtonLink to={paths.citizen.submit(data.code)}>{t('browse.registerOnline')}</ButtonLink>
                {/* Seed 004: "Đăng ký trực tuyến hoặc Đăng ký hồ sơ không tài khoản" */}
                <ButtonLink variant="secondary" to={paths.guestSubmit(data.code)}>
                  {t('dossiers.guest.entry')}
                </ButtonLink>
              </p>
            </section>
          ) : (
            <section className="cta cta--offline" aria-labelledby="cta-heading">
              <h2 id="cta-heading">{t('browse.ctaOfflineHeading')}</h2>
              <p>{t('browse.ctaOfflineText')}</p>
              {data.submissionChannels ? (
                <p className="preserve-lines" lang="vi">
                  {data.submissionChannels}
                </p>
              ) : null}
              <p>{t('browse.ctaOfflineWhere', { agencies: receivers.join('; ') })}</p>
            </section>
          )}
          <p className="procedure-ask">
            {t('browse.askPrompt')} <Link to={paths.askAbout(data.code)}>{t('browse.askLink')}</Link>
          </p>
        </div>
      ) : null}
    </Page>
  );
}
