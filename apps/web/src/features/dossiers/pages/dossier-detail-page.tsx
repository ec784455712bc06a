import { formatDateTimeVn, formatDateVn, type TDossier } from '@portal/domain';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { ErrorMessage } from '../../../components/error-message.tsx';
import { Page } from '../../../components/page.tsx';
import { Spinner } from '../../../components/spinner.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { paths } from '../../../lib/paths.ts';
import { SampleDossier } from '../../catalogue/components/sample-dossier.tsx';
import { dossierFileUrl } from '../api.ts';
import { dossierQuery } from '../queries.ts';
import { useActionDialogs } from '../components/action-dialogs.tsx';
import { ApplicantFacts } from '../components/applicant-facts.tsx';
import { DossierActions } from '../components/dossier-actions.tsx';
import { DossierHistory } from '../components/history-table.tsx';
import { RatingForm } from '../components/rating-form.tsx';
import { StatusBadge } from '../components/status-badge.tsx';
import { formatBytes } from '../uploads/file-checks.ts';

const flash = (state: unknown, key: 'submitted' | 'supplemented'): string | null => {
  if (state && typeof state === 'object' && key in state) {
    const value = (state as Record<string, unknown>)[key];
    return typeof value === 'string' ? value : null;
  }
  return null;
};

/**
 * Xem hồ sơ (/ca-nhan/ho-so/:id): the dossier read-only, with what its state calls for:
 * the request to supplement, the reason it was returned, the result files and the
 * rating, the receipt (giấy tiếp nhận) once it has a code, and the processing history.
 */
export function DossierDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const dossier = useQuery(dossierQuery(id));
  const dialogs = useActionDialogs({ onDeleted: () => void navigate(paths.citizen.dossierList('unsent')) });
  const data = dossier.data;

  const title = data ? (data.code ? t('dossiers.detail.title', { code: data.code }) : t('dossiers.detail.titleUnsent', { name: data.procedure.name })) : t('dossiers.actions.view');
  const submitted = flash(location.state, 'submitted');
  const supplemented = flash(location.state, 'supplemented');

  return (
    <Page
      title={title}
      breadcrumbs={[
        { label: t('dossiers.dashboard.title'), to: paths.citizen.home },
        ...(data ? [{ label: t(`dossiers.category.${data.status}`), to: paths.citizen.dossierList(data.status) }] : []),
      ]}
    >
      <div role="status" aria-live="polite">
        {submitted && data ? (
          <div className="alert alert--success">
            <p>{t('dossiers.detail.justSubmitted', { code: submitted })}</p>
            <ToBring dossier={data} />
            <p>
              <Link to={paths.lookupCode(submitted)}>{t('lookup.publicLink')}</Link>
            </p>
          </div>
        ) : null}
        {supplemented && data ? <p className="alert alert--success">{t('dossiers.detail.justSupplemented', { code: supplemented })}</p> : null}
        {dialogs.notice ? <p className="alert alert--success">{dialogs.notice}</p> : null}
      </div>
      {dossier.isPending ? <Spinner /> : null}
      {dossier.isError ? (
        isApiError(dossier.error) && dossier.error.status === 404 ? (
          <div className="alert alert--info">
            <p>{t('dossiers.detail.notFound')}</p>
            <p>
              <Link to={paths.citizen.dossiers}>{t('dossiers.detail.backToList')}</Link>
            </p>
          </div>
        ) : (
          <ErrorMessage error={dossier.error} onRetry={() => void dossier.refetch()} />
        )
      ) : null}
      {data ? <DossierView dossier={data} dialogs={dialogs} /> : null}
      {dialogs.dialogs}
    </Page>
  );
}

/** The papers to bring to the one-stop desk (seed 003, Chọn thông tin bạn có). */
function ToBring({ dossier }: { dossier: TDossier }) {
  const { t } = useTranslation();
  const names = dossier.components.filter((component) => component.bringOriginal).map((component) => component.name);
  if (names.length === 0) return null;
  return (
    <>
      <p>{t('dossiers.detail.toBring')}</p>
      <ul>
        {names.map((name) => (
          <li key={name}>{name}</li>
        ))}
      </ul>
    </>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="dossier-view__section" aria-labelledby={id} id={id === 'ket-qua-heading' ? 'ket-qua' : undefined}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

function DossierView({ dossier, dialogs }: { dossier: TDossier; dialogs: ReturnType<typeof useActionDialogs> }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const date = (value: string | null) => (value ? formatDateVn(new Date(value)) : '—');
  const results = dossier.files.filter((file) => file.role === 'result');

  return (
    <div className="dossier-view">
      <div className="dossier-view__actions">
        <DossierActions
          dossier={dossier}
          exclude={['view', 'history', 'view-result', 'rate']}
          onDelete={dialogs.openDelete}
          onSubmit={dialogs.openSubmit}
          onHistory={dialogs.openHistory}
        />
      </div>

      {dossier.status === 'supplement-requested' && dossier.supplementRequest ? (
        <section className="alert alert--warning supplement-request" aria-labelledby="supplement-heading">
          <h2 id="supplement-heading" className="alert__title">
            {t('dossiers.editor.supplementRequest')}
          </h2>
          <p className="preserve-lines">{dossier.supplementRequest}</p>
          {dossier.allowedActions.includes('supplement') ? (
            <p>
              <Link className="button button--primary" to={paths.citizen.supplementDossier(dossier.id)}>
                {t('dossiers.actions.supplement')}
              </Link>
            </p>
          ) : null}
        </section>
      ) : null}

      {dossier.status === 'returned' && dossier.returnReason ? (
        <section className="alert alert--error" aria-labelledby="return-heading">
          <h2 id="return-heading" className="alert__title">
            {t('dossiers.detail.returnReason')}
          </h2>
          <p className="preserve-lines">{dossier.returnReason}</p>
        </section>
      ) : null}

      <Section id="summary-heading" title={t('dossiers.detail.summary')}>
        <dl className="facts">
          <div>
            <dt>{t('dossiers.detail.code')}</dt>
            <dd>
              {dossier.code ?? t('dossiers.list.noCode')}
              {dossier.code && dossier.status !== 'unsent' ? (
                <>
                  {' · '}
                  <Link to={paths.lookupCode(dossier.code)} title={t('lookup.publicLinkHint')}>
                    {t('lookup.publicLink')}
                  </Link>
                </>
              ) : null}
            </dd>
          </div>
          <div>
            <dt>{t('dossiers.detail.status')}</dt>
            <dd>
              <StatusBadge status={dossier.status} />
            </dd>
          </div>
          <div>
            <dt>{t('dossiers.detail.procedure')}</dt>
            <dd>
              <Link to={paths.procedure(dossier.procedure.code)} lang="vi">
                {dossier.procedure.name}
              </Link>{' '}
              ({dossier.procedure.code})
            </dd>
          </div>
          <div>
            <dt>{t('dossiers.detail.agency')}</dt>
            <dd lang="vi">{dossier.agency.name}</dd>
          </div>
          <div>
            <dt>{t('dossiers.detail.createdAt')}</dt>
            <dd>{date(dossier.createdAt)}</dd>
          </div>
          {dossier.submittedAt ? (
            <div>
              <dt>{t('dossiers.detail.submittedAt')}</dt>
              <dd>{formatDateTimeVn(new Date(dossier.submittedAt))}</dd>
            </div>
          ) : null}
          {dossier.receivedAt ? (
            <div>
              <dt>{t('dossiers.detail.receivedAt')}</dt>
              <dd>{formatDateTimeVn(new Date(dossier.receivedAt))}</dd>
            </div>
          ) : null}
          {dossier.dueAt ? (
            <div>
              <dt>{t('dossiers.detail.dueAt')}</dt>
              <dd>{date(dossier.dueAt)}</dd>
            </div>
          ) : null}
          {dossier.finishedAt ? (
            <div>
              <dt>{t('dossiers.detail.finishedAt')}</dt>
              <dd>{date(dossier.finishedAt)}</dd>
            </div>
          ) : null}
        </dl>
      </Section>

      {dossier.status === 'result' ? (
        <Section id="ket-qua-heading" title={t('dossiers.detail.result')}>
          <h3>{t('dossiers.detail.resultFiles')}</h3>
          {results.length > 0 ? (
            <ul className="file-list">
              {results.map((file) => (
                <li key={file.id}>
                  <a href={dossierFileUrl(dossier.id, file.id)} download={file.name}>
                    {file.name}
                  </a>{' '}
                  <span className="file-meta">({formatBytes(file.size, lang)})</span>
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('dossiers.detail.noResultFiles')}</p>
          )}
          <div id="danh-gia">
            <RatingForm dossierId={dossier.id} rating={dossier.rating} canRate={dossier.allowedActions.includes('rate')} />
          </div>
        </Section>
      ) : null}

      <Section id="applicant-heading" title={t('dossiers.detail.applicant')}>
        <ApplicantFacts applicant={dossier.applicant} />
      </Section>

      <Section id="form-heading" title={t('dossiers.detail.form')}>
        <SampleDossier form={dossier.form.definition} values={dossier.formData} />
      </Section>

      <Section id="components-heading" title={t('dossiers.detail.components')}>
        <ul className="component-summary">
          {dossier.components.map((component) => (
            <li key={component.id}>
              <span className="data-table__primary">{component.name}</span>
              {component.bringOriginal ? <span className="badge badge--optional">{t('dossiers.detail.bringOriginal')}</span> : null}
              {component.files.length === 0 ? (
                component.bringOriginal ? null : <span className="file-meta">{t('dossiers.detail.noFiles')}</span>
              ) : (
                <ul className="file-list">
                  {component.files.map((file) => (
                    <li key={file.id}>
                      <a href={dossierFileUrl(dossier.id, file.id)} download={file.name}>
                        {file.name}
                      </a>{' '}
                      <span className="file-meta">({formatBytes(file.size, lang)})</span>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      </Section>

      {dossier.status !== 'unsent' ? (
        <Section id="history-heading" title={t('dossiers.detail.history')}>
          <DossierHistory dossierId={dossier.id} captionId="history-heading" />
        </Section>
      ) : null}
    </div>
  );
}
