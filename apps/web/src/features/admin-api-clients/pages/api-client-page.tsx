import '../api-clients.css';
import { DEFAULT_ROTATION_OVERLAP_HOURS, MAX_ROTATION_OVERLAP_HOURS, ZApiClientRotate, type TApiClient } from '@portal/domain';
import { useQuery } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { Button } from '../../../components/button.tsx';
import { ErrorMessage } from '../../../components/error-message.tsx';
import { TextField } from '../../../components/form-field.tsx';
import { Page } from '../../../components/page.tsx';
import { Spinner } from '../../../components/spinner.tsx';
import { useRevisionedEdit } from '../../../lib/use-revisioned-edit.ts';
import { fieldMessage } from '../../../lib/api-error-text.ts';
import { paths } from '../../../lib/paths.ts';
import { ConfirmDialog } from '../../dossiers/components/modal-dialog.tsx';
import { ApiClientForm, type ApiClientEdit } from '../components/api-client-form.tsx';
import { ApiClientStatusBadge } from '../components/api-client-table.tsx';
import { SecretDialog, type RevealedSecret } from '../components/secret-dialog.tsx';
import { SecretTable } from '../components/secret-table.tsx';
import { WebhookSection } from '../components/webhook-section.tsx';
import { dateTimeText } from '../format.ts';
import { scopeText } from '../scope-text.ts';
import { useRevokeApiClient, useRotateApiClientSecret, useUpdateApiClient } from '../mutations.ts';
import { apiClientQuery } from '../queries.ts';
import { useApiClientCrumbs } from './api-client-new-page.tsx';

/**
 * /can-bo/quan-tri/ung-dung-tich-hop/:id: the facts of a client; its details saved with
 * the revision they were loaded at (someone else's save in between answers 409: the page
 * reloads the client and says so); its secrets; a rotation whose new secret is shown once;
 * revocation after a confirmation; its webhooks and their delivery log (read only).
 */
export function ApiClientPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const crumbs = useApiClientCrumbs();
  const client = useQuery(apiClientQuery(id));
  /** Revision, form remount key and notice; a rotation moves the revision without touching the values. */
  const { revision, setRevision, formKey, notice, setNotice, saveCallbacks } = useRevisionedEdit(client);
  const [revealed, setRevealed] = useState<RevealedSecret | null>(null);
  const [confirming, setConfirming] = useState(false);
  const update = useUpdateApiClient();
  const revoke = useRevokeApiClient();
  const created = (location.state as { created?: boolean } | null)?.created === true;

  if (client.isError) {
    return (
      <Page title={t('apiClients.notFound')} breadcrumbs={crumbs}>
        <ErrorMessage error={client.error} onRetry={() => void client.refetch()} />
        <p>
          <Link to={paths.staff.admin.apiClients}>{t('apiClients.back')}</Link>
        </p>
      </Page>
    );
  }
  if (!client.data || revision === null) return <Spinner />;
  const data = client.data;
  const active = data.status === 'active';

  const save = (values: ApiClientEdit) => {
    setNotice(null);
    update.mutate({ id, body: { ...values, revision } }, saveCallbacks);
  };

  return (
    <Page
      title={t('apiClients.detail.title', { name: data.name })}
      breadcrumbs={crumbs}
      lead={<ApiClientStatusBadge status={data.status} />}
      actions={
        active ? (
          <Button variant="secondary" className="button--danger" onClick={() => setConfirming(true)} aria-haspopup="dialog">
            {t('apiClients.revoke.open')}
          </Button>
        ) : null
      }
    >
      <div role="status" aria-live="polite">
        {created && notice === null && active ? <p className="alert alert--success">{t('apiClients.secretDialog.titleCreated', { name: data.name })}</p> : null}
        {notice === 'saved' ? <p className="alert alert--success">{t('apiClients.detail.saved')}</p> : null}
      </div>
      {notice === 'conflict' ? (
        <p className="alert alert--error" role="alert">
          {t('apiClients.detail.conflict')}
        </p>
      ) : null}
      {data.revokedAt ? <p className="alert alert--info">{t('apiClients.detail.revokedNotice', { when: dateTimeText(data.revokedAt) })}</p> : null}

      <section aria-labelledby="api-client-facts">
        <h2 id="api-client-facts">{t('apiClients.detail.facts')}</h2>
        <ClientFacts client={data} />
      </section>

      <section aria-labelledby="api-client-secrets">
        <h2 id="api-client-secrets">{t('apiClients.secrets.heading')}</h2>
        <p className="form-note">{t('apiClients.secrets.lead')}</p>
        <SecretTable secrets={data.secrets} />
        {active ? <RotatePanel client={data} onRotated={(next) => setRevealed(next)} onRevision={setRevision} /> : null}
      </section>

      {active ? (
        <section aria-labelledby="api-client-edit" className="admin-panel">
          <h2 id="api-client-edit">{t('apiClients.detail.edit')}</h2>
          <ApiClientForm key={formKey} client={data} pending={update.isPending} error={update.error} onSubmit={save} />
        </section>
      ) : null}

      <WebhookSection client={data} />

      <p>
        <Link to={paths.staff.admin.apiClients}>{t('apiClients.back')}</Link>
      </p>

      <SecretDialog revealed={revealed} onClose={() => setRevealed(null)} />
      <ConfirmDialog
        open={confirming}
        title={t('apiClients.revoke.title', { name: data.name })}
        body={<p>{t('apiClients.revoke.body')}</p>}
        confirmLabel={revoke.isPending ? t('apiClients.revoke.pending') : t('apiClients.revoke.confirm')}
        cancelLabel={t('apiClients.revoke.cancel')}
        busy={revoke.isPending}
        danger
        error={revoke.error ? <ErrorMessage error={revoke.error} /> : null}
        onCancel={() => {
          setConfirming(false);
          revoke.reset();
        }}
        onConfirm={() =>
          revoke.mutate(id, {
            onSuccess: () => {
              setConfirming(false);
              navigate(paths.staff.admin.apiClients, { state: { revoked: data.name } });
            },
          })
        }
      />
    </Page>
  );
}

function ClientFacts({ client }: { client: TApiClient }) {
  const { t } = useTranslation();
  return (
    <dl className="api-client-facts">
      <dt>{t('apiClients.fields.clientId')}</dt>
      <dd>
        <code>{client.clientId}</code>
      </dd>
      <dt>{t('apiClients.fields.agency')}</dt>
      <dd>{client.agency?.name ?? t('apiClients.provinceWide')}</dd>
      <dt>{t('apiClients.fields.scopes')}</dt>
      <dd>
        <ul className="scope-facts">
          {client.scopes.map((scope) => (
            <li key={scope}>
              <code>{scope}</code>: {scopeText(t, scope)}
            </li>
          ))}
        </ul>
      </dd>
      <dt>{t('apiClients.fields.rateLimit')}</dt>
      <dd>{new Intl.NumberFormat('vi-VN').format(client.rateLimitPerMinute)}</dd>
      <dt>{t('apiClients.fields.lastUsed')}</dt>
      <dd>{client.lastUsedAt ? dateTimeText(client.lastUsedAt) : t('apiClients.never')}</dd>
      <dt>{t('apiClients.fields.createdAt')}</dt>
      <dd>{dateTimeText(client.createdAt)}</dd>
    </dl>
  );
}

/** A new secret, the old ones working `overlapHours` more; the answer's secret goes to the dialog. */
function RotatePanel({ client, onRotated, onRevision }: { client: TApiClient; onRotated(revealed: RevealedSecret): void; onRevision(revision: number): void }) {
  const { t, i18n } = useTranslation();
  const inputId = useId();
  const rotate = useRotateApiClientSecret();
  const [overlap, setOverlap] = useState(String(DEFAULT_ROTATION_OVERLAP_HOURS));
  const [error, setError] = useState<string | undefined>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = ZApiClientRotate.safeParse({ overlapHours: overlap.trim() === '' ? Number.NaN : Number(overlap) });
    if (!parsed.success) {
      setError(fieldMessage(parsed.error.issues[0]?.message ?? '', i18n.language));
      document.getElementById(inputId)?.focus();
      return;
    }
    setError(undefined);
    rotate.mutate(
      { id: client.id, body: parsed.data },
      {
        onSuccess: ({ client: saved, clientSecret }) => {
          onRevision(saved.revision);
          // The previous secrets still working end with the overlap.
          const previous = saved.secrets.flatMap((secret) => (secret.active && secret.expiresAt ? [secret.expiresAt] : [])).sort().at(-1) ?? null;
          onRotated({ kind: 'rotated', name: saved.name, clientId: saved.clientId, secret: clientSecret, previousExpiresAt: previous });
        },
      },
    );
  };

  return (
    <form className="admin-panel" noValidate onSubmit={submit} aria-labelledby={`${inputId}-title`}>
      <h3 id={`${inputId}-title`}>{t('apiClients.rotate.heading')}</h3>
      <p>{t('apiClients.rotate.lead')}</p>
      {rotate.error ? <ErrorMessage error={rotate.error} /> : null}
      <div className="api-client-rotate">
        <TextField
          id={inputId}
          label={t('apiClients.rotate.overlap')}
          hint={t('apiClients.rotate.overlapHint')}
          type="number"
          inputMode="numeric"
          min={0}
          max={MAX_ROTATION_OVERLAP_HOURS}
          value={overlap}
          error={error}
          onChange={(event) => setOverlap(event.target.value)}
        />
        <Button type="submit" disabled={rotate.isPending}>
          {rotate.isPending ? t('apiClients.rotate.pending') : t('apiClients.rotate.submit')}
        </Button>
      </div>
    </form>
  );
}
