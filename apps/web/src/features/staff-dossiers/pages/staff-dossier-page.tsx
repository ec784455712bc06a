import { isTerminal, type TDossierFile, type TStaffDossier } from '@portal/domain';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorMessage } from '../../../components/error-message.tsx';
import { Page } from '../../../components/page.tsx';
import { Spinner } from '../../../components/spinner.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { paths } from '../../../lib/paths.ts';
import { SampleDossier } from '../../catalogue/components/sample-dossier.tsx';
import { ApplicantFacts } from '../../dossiers/components/applicant-facts.tsx';
import { HistoryTable } from '../../dossiers/components/history-table.tsx';
import { StatusBadge } from '../../dossiers/components/status-badge.tsx';
import { formatBytes } from '../../dossiers/uploads/file-checks.ts';
import { staffFileUrl } from '../api.ts';
import { ActionPanel } from '../components/action-panel.tsx';
import { DueBadge, ReceiveDeadline } from '../components/deadline-info.tsx';
import { formatDueVn } from '../deadlines.ts';
import { staffDossierQuery } from '../queries.ts';
import { useNow } from '../use-now.ts';

type Notice = { kind: 'done'; text: string } | { kind: 'conflict' };

/**
 * Hồ sơ (/can-bo/ho-so/:id) as staff see it: the facts and deadlines, the applicant, the
 * declaration (read-only), the components with their files, the results, the processing
 * history, and the panel with the actions this user may take now.
 */
export function StaffDossierPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const dossier = useQuery(staffDossierQuery(id));
  const [notice, setNotice] = useState<Notice | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const data = dossier.data;

  // The button that opened the dialog is often gone after the action: focus the outcome instead.
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  const title = data ? t('staffDossiers.detail.title', { code: data.code }) : t('staffDossiers.list.title');

  return (
    <Page
      title={title}
      breadcrumbs={[
        { label: t('staffDossiers.home.title'), to: paths.staff.home },
        { label: t('staffDossiers.list.title'), to: paths.staff.dossiers },
      ]}
    >
      <div ref={noticeRef} tabIndex={-1} className="list-notice">
        <div role="status" aria-live="polite">
          {notice?.kind === 'done' ? <p className="alert alert--success">{t('staffDossiers.panel.done', { action: notice.text })}</p> : null}
        </div>
        {notice?.kind === 'conflict' ? (
          <p className="alert alert--warning" role="alert">
            {t('staffDossiers.dialog.conflict')}
          </p>
        ) : null}
      </div>
      {dossier.isPending ? <Spinner /> : null}
      {dossier.isError ? (
        isApiError(dossier.error) && (dossier.error.status === 404 || dossier.error.status === 403) ? (
          <div className="alert alert--info">
            <p>{t('staffDossiers.detail.notFound')}</p>
            <p>
              <Link to={paths.staff.dossiers}>{t('staffDossiers.detail.backToList')}</Link>
            </p>
          </div>
        ) : (
          <ErrorMessage error={dossier.error} onRetry={() => void dossier.refetch()} />
        )
      ) : null}
      {data ? (
        <div className="staff-dossier">
          <ActionPanel
            dossier={data}
            onDone={(text) => setNotice({ kind: 'done', text })}
            onConflict={() => {
              setNotice({ kind: 'conflict' });
              void dossier.refetch();
            }}
          />
          <StaffDossierView dossier={data} />
        </div>
      ) : null}
      {data ? (
        // Full width below the panel: the history table has seven columns.
        <Section id="history-heading" title={t('staffDossiers.detail.history')}>
          <HistoryTable rows={data.history} captionId="history-heading" attachmentHref={(file) => staffFileUrl(data.id, file.id)} />
        </Section>
      ) : null}
    </Page>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="dossier-view__section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** A file that opens in a new tab: PDFs and images show in the browser, other kinds download. */
function FileLinks({ dossierId, files }: { dossierId: string; files: readonly TDossierFile[] }) {
  const { t, i18n } = useTranslation();
  return (
    <ul className="file-list">
      {files.map((file) => (
        <li key={file.id}>
          <a className="file-open" href={staffFileUrl(dossierId, file.id)} target="_blank" rel="noopener" aria-label={t('staffDossiers.detail.openFile', { name: file.name })}>
            {file.name}
          </a>{' '}
          <span className="file-meta">({formatBytes(file.size, i18n.language)})</span>
        </li>
      ))}
    </ul>
  );
}

function StaffDossierView({ dossier }: { dossier: TStaffDossier }) {
  const { t } = useTranslation();
  const now = useNow();
  return (
    <div className="staff-dossier__main dossier-view">
      {dossier.status === 'supplement-requested' && dossier.supplementRequest ? (
        <section className="alert alert--warning" aria-labelledby="supplement-heading">
          <h2 id="supplement-heading" className="alert__title">
            {t('staffDossiers.detail.supplementRequest')}
          </h2>
          <p className="preserve-lines">{dossier.supplementRequest}</p>
        </section>
      ) : null}
      {dossier.status === 'returned' && dossier.returnReason ? (
        <section className="alert alert--error" aria-labelledby="return-heading">
          <h2 id="return-heading" className="alert__title">
            {t('staffDossiers.detail.returnReason')}
          </h2>
          <p className="preserve-lines">{dossier.returnReason}</p>
        </section>
      ) : null}

      <Section id="summary-heading" title={t('staffDossiers.detail.summary')}>
        <dl className="facts">
          <Fact label={t('staffDossiers.detail.code')}>{dossier.code}</Fact>
          <Fact label={t('staffDossiers.detail.status')}>
            <StatusBadge status={dossier.status} /> {dossier.overdue ? <DueBadge kind="overdue" /> : null} {dossier.paused ? <DueBadge kind="paused" /> : null}
          </Fact>
          <Fact label={t('staffDossiers.detail.procedure')}>
            <Link to={paths.procedure(dossier.procedure.code)} lang="vi">
              {dossier.procedure.name}
            </Link>{' '}
            ({dossier.procedure.code})
          </Fact>
          <Fact label={t('staffDossiers.detail.submittedAt')}>{formatDueVn(dossier.submittedAt)}</Fact>
          {dossier.status === 'sent' ? (
            <Fact label={t('staffDossiers.detail.receiveDeadline')}>
              <ReceiveDeadline deadlineAt={dossier.receiveDeadlineAt} now={now} />
            </Fact>
          ) : null}
          {dossier.receivedAt ? <Fact label={t('staffDossiers.detail.receivedAt')}>{formatDueVn(dossier.receivedAt)}</Fact> : null}
          {dossier.dueAt ? (
            <Fact label={t('staffDossiers.detail.dueAt')}>
              {formatDueVn(dossier.dueAt)}
              {dossier.originalDueAt && dossier.originalDueAt !== dossier.dueAt ? (
                <span className="data-table__secondary">{t('staffDossiers.detail.originalDueAt', { date: formatDueVn(dossier.originalDueAt) })}</span>
              ) : null}
            </Fact>
          ) : null}
          {dossier.finishedAt ? <Fact label={t('staffDossiers.detail.finishedAt')}>{formatDueVn(dossier.finishedAt)}</Fact> : null}
          {isTerminal(dossier.status) ? null : (
            <Fact label={t('staffDossiers.detail.handler')}>
              {dossier.assignee ? [dossier.assignee.name, dossier.assignee.position].filter(Boolean).join(' — ') : t('staffDossiers.detail.nobody')}
            </Fact>
          )}
        </dl>
      </Section>

      <Section id="applicant-heading" title={t('staffDossiers.detail.applicant')}>
        <ApplicantFacts applicant={dossier.applicant} />
      </Section>

      <Section id="form-heading" title={t('staffDossiers.detail.form')}>
        <SampleDossier form={dossier.form.definition} values={dossier.formData} />
      </Section>

      <Section id="components-heading" title={t('staffDossiers.detail.components')}>
        <ul className="component-summary">
          {dossier.components.map((component) => (
            <li key={component.id}>
              <span className="data-table__primary">
                {component.name}
                {component.required ? <span className="file-meta"> ({t('staffDossiers.detail.required')})</span> : null}
              </span>
              {component.bringOriginal ? <span className="badge badge--optional">{t('staffDossiers.detail.bringOriginal')}</span> : null}
              {component.files.length === 0 ? (
                component.bringOriginal ? null : <span className="file-meta">{t('staffDossiers.detail.noFiles')}</span>
              ) : (
                <FileLinks dossierId={dossier.id} files={component.files} />
              )}
            </li>
          ))}
        </ul>
      </Section>

      <Section id="results-heading" title={t('staffDossiers.detail.results')}>
        {dossier.resultFiles.length === 0 ? <p>{t('staffDossiers.detail.noResults')}</p> : <FileLinks dossierId={dossier.id} files={dossier.resultFiles} />}
      </Section>

    </div>
  );
}
